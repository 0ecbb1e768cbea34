#pragma once
// A small blocking HTTP/1.1 client for API tests, with a cookie jar and the CSRF token.

#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace husly::test {

struct HttpResult {
    int status{0};
    std::map<std::string, std::string> headers; // lower-case names
    std::string body;
    nlohmann::json json() const;
    // The error code of a JSON error body ("" if none).
    std::string error_code() const;
    std::string error_field() const;
};

class HttpClient {
public:
    explicit HttpClient(unsigned short port) : m_port(port) {}
    HttpResult get(const std::string& target) { return send("GET", target, ""); }
    HttpResult post(const std::string& target, const nlohmann::json& body) {
        return send("POST", target, body.dump());
    }
    HttpResult put(const std::string& target, const nlohmann::json& body) {
        return send("PUT", target, body.dump());
    }
    HttpResult patch(const std::string& target, const nlohmann::json& body) {
        return send("PATCH", target, body.dump());
    }
    // Sends a raw body with the given content type (and CSRF token when logged in). With
    // HUSLY_TEST_RESPONSES_DIR set, the response is recorded there for the check against
    // server/openapi.json (web/scripts/check-responses.mjs).
    HttpResult send(const std::string& method, const std::string& target, const std::string& body,
                    const std::string& content_type = "application/json",
                    const std::map<std::string, std::string>& extra_headers = {});
    // Logs in; stores the session cookie and CSRF token. Returns the response.
    HttpResult login(const std::string& email, const std::string& password);
    // Takes a session from any answer that sets the cookie, as a browser does: a new session id
    // (login, a password change) with the CSRF token of its body, or none (logout).
    void follow_session(const HttpResult& result);

    std::string session_cookie;
    std::string csrf_token;
    bool send_csrf{true};

private:
    unsigned short m_port;
};

// Sends bytes as they are (for malformed HTTP) and returns the raw response.
std::string raw_exchange(unsigned short port, const std::string& bytes);

} // namespace husly::test
