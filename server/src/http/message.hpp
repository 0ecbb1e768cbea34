#pragma once
// HTTP requests and responses as plain values, independent of Beast (which stays in server.cpp).

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace husly::http {

struct Request {
    std::string method;                         // "GET", "POST", …
    std::string target;                         // raw target: path and query
    std::string path;                           // percent-decoded path
    std::string query;                          // raw query string (after '?')
    std::map<std::string, std::string> headers; // lower-case names
    std::string body;
    std::string remote_address; // the client: the peer, or who a trusted proxy says it serves
    std::string peer_address;   // the socket's other end (the proxy, behind one)

    const std::string* header(const std::string& lower_name) const {
        auto it = headers.find(lower_name);
        return it == headers.end() ? nullptr : &it->second;
    }
    std::string cookie(std::string_view name) const;
};

struct Response {
    int status{200};
    std::string content_type{"application/json"};
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;

    static Response json(int status, std::string body) {
        return Response{status, "application/json", std::move(body), {}};
    }
};

} // namespace husly::http
