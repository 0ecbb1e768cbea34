#include "support/http_client.hpp"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <mutex>
#include <stdexcept>
#include <unistd.h>

namespace husly::test {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

nlohmann::json HttpResult::json() const {
    return nlohmann::json::parse(body, nullptr, false);
}

std::string HttpResult::error_code() const {
    auto parsed = json();
    if (parsed.is_object() && parsed.contains("error") && parsed["error"].contains("code"))
        return parsed["error"]["code"].get<std::string>();
    return {};
}

std::string HttpResult::error_field() const {
    auto parsed = json();
    if (parsed.is_object() && parsed.contains("error") && parsed["error"]["field"].is_string())
        return parsed["error"]["field"].get<std::string>();
    return {};
}

namespace {

// With HUSLY_TEST_RESPONSES_DIR set, every response a test receives is appended as one JSON line
// to DIR/responses-PID.jsonl (one file per process: ctest runs many at once), for
// web/scripts/check-responses.mjs to check against server/openapi.json. Each line is written with
// one write() under a lock, so clients in several threads never interleave.
class ResponseRecorder {
public:
    ResponseRecorder() {
        const char* dir = std::getenv("HUSLY_TEST_RESPONSES_DIR"); // NOLINT(concurrency-mt-unsafe)
        if (dir == nullptr || *dir == '\0') return;
        auto path = std::string(dir) + "/responses-" + std::to_string(::getpid()) + ".jsonl";
        m_fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        if (m_fd < 0) throw std::runtime_error("cannot write the recorded responses to " + path);
    }
    ~ResponseRecorder() {
        if (m_fd >= 0) ::close(m_fd);
    }
    ResponseRecorder(const ResponseRecorder&) = delete;
    ResponseRecorder& operator=(const ResponseRecorder&) = delete;

    void record(const std::string& method, const std::string& target, const HttpResult& result) {
        if (m_fd < 0) return;
        nlohmann::json line = {{"method", method}, {"target", target}, {"status", result.status}};
        auto type = result.headers.find("content-type");
        if (type != result.headers.end()) line["contentType"] = type->second;
        if (!result.body.empty()) {
            bool json = type != result.headers.end() && type->second.starts_with("application/json");
            auto parsed = json ? nlohmann::json::parse(result.body, nullptr, false) : nlohmann::json();
            if (!json)
                line["bodyBytes"] = result.body.size();
            else if (parsed.is_discarded())
                line["bodyText"] = result.body.substr(0, 200); // the checker reports it as not JSON
            else
                line["body"] = std::move(parsed);
        }
        if (const auto* test = ::testing::UnitTest::GetInstance()->current_test_info())
            line["test"] = std::string(test->test_suite_name()) + "." + test->name();
        auto text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
        std::lock_guard lock(m_mutex);
        for (size_t written = 0; written < text.size();) {
            auto n = ::write(m_fd, text.data() + written, text.size() - written);
            if (n < 0) {
                if (errno == EINTR) continue;
                throw std::runtime_error("cannot write the recorded responses");
            }
            written += static_cast<size_t>(n);
        }
    }

private:
    int m_fd{-1};
    std::mutex m_mutex;
};

ResponseRecorder& recorder() {
    static ResponseRecorder instance;
    return instance;
}

} // namespace

HttpResult HttpClient::send(const std::string& method, const std::string& target, const std::string& body,
                            const std::string& content_type,
                            const std::map<std::string, std::string>& extra_headers) {
    asio::io_context io;
    tcp::socket socket(io);
    socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), m_port));
    bhttp::request<bhttp::string_body> request(bhttp::string_to_verb(method), target, 11);
    request.set(bhttp::field::host, "127.0.0.1");
    if (!session_cookie.empty()) request.set(bhttp::field::cookie, "husly_session=" + session_cookie);
    if (send_csrf && !csrf_token.empty() && method != "GET") request.set("X-CSRF-Token", csrf_token);
    if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH") {
        if (!content_type.empty()) request.set(bhttp::field::content_type, content_type);
        request.body() = body;
        request.prepare_payload();
    }
    for (const auto& [name, value] : extra_headers) request.set(name, value);
    beast::error_code write_error;
    bhttp::write(socket, request, write_error); // the server may answer (413) before reading all
    beast::flat_buffer buffer;
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(std::uint64_t{64} * 1024 * 1024);
    bhttp::read(socket, buffer, parser);
    auto response = parser.release();
    HttpResult result;
    result.status = static_cast<int>(response.result_int());
    for (const auto& field : response) {
        std::string name(field.name_string());
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (result.headers.contains(name))
            result.headers[name] += "\n" + std::string(field.value());
        else
            result.headers[name] = std::string(field.value());
    }
    result.body = response.body();
    beast::error_code ec;
    socket.shutdown(tcp::socket::shutdown_both, ec);
    recorder().record(method, target, result);
    follow_session(result);
    return result;
}

void HttpClient::follow_session(const HttpResult& result) {
    auto cookie = result.headers.find("set-cookie");
    if (cookie == result.headers.end()) return;
    constexpr std::string_view name = "husly_session=";
    auto start = cookie->second.find(name);
    if (start == std::string::npos) return;
    start += name.size();
    // A new session (login, a password change) or none (logout: an empty value).
    session_cookie = cookie->second.substr(start, cookie->second.find(';', start) - start);
    auto body = result.json();
    if (session_cookie.empty())
        csrf_token.clear();
    else if (body.is_object() && body.contains("csrfToken") && body["csrfToken"].is_string())
        csrf_token = body["csrfToken"].get<std::string>();
}

HttpResult HttpClient::login(const std::string& email, const std::string& password) {
    return post("/api/v1/auth/login", {{"email", email}, {"password", password}});
}

std::string raw_exchange(unsigned short port, const std::string& bytes) {
    asio::io_context io;
    tcp::socket socket(io);
    socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
    asio::write(socket, asio::buffer(bytes));
    std::string response;
    beast::error_code ec;
    char chunk[4096];
    socket.shutdown(tcp::socket::shutdown_send, ec);
    for (;;) {
        auto n = socket.read_some(asio::buffer(chunk), ec);
        response.append(chunk, n);
        if (ec) break;
    }
    return response;
}

} // namespace husly::test
