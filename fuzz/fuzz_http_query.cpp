// Percent-decoding, query strings and route matching. Input: "METHOD PATH?QUERY".
// Oracles: no crash; a matched route's parameters are never empty and contain no '/'; a decoded
// component re-encoded and decoded again gives the same text; a query has no more pairs than parts;
// a request target parse_target accepts gives a path that starts with "/" and holds no "//", no
// "." or ".." segment, no backslash and no NUL (nothing the static files could be led astray by).

#include "http/router.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>

namespace {

using namespace husly::http;

const Router& router() {
    static const Router* instance = [] {
        auto* made = new Router;
        for (const char* pattern :
             {"/api/v1/offices/{officeId}", "/api/v1/offices/{officeId}/users",
              "/api/v1/cases/{caseId}/notes/{noteId}", "/api/v1/healthz", "/api/v1/persons"})
            for (const char* method : {"GET", "POST", "PUT"})
                made->add(Route{method, pattern, Access::everyone(), nullptr, false});
        return made;
    }();
    return *instance;
}

std::string encode(const std::string& text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    auto space = text.find(' ');
    std::string method = space == std::string::npos ? "GET" : text.substr(0, space);
    std::string target = space == std::string::npos ? text : text.substr(space + 1);
    auto question = target.find('?');
    std::string raw_path = target.substr(0, question);
    std::string raw_query = question == std::string::npos ? "" : target.substr(question + 1);

    if (auto decoded = percent_decode(raw_path, false)) {
        auto again = percent_decode(encode(*decoded), false);
        if (!again || *again != *decoded) std::abort();
        auto match = router().match(method, *decoded);
        if (match.route)
            for (const auto& [name, value] : match.params)
                if (value.empty() || value.find('/') != std::string::npos) std::abort();
    }
    if (auto parsed = parse_target(target)) {
        const auto& path = parsed->path;
        if (path.empty() || path.front() != '/' || path.find("//") != std::string::npos ||
            path.find('\\') != std::string::npos || path.find('\0') != std::string::npos)
            std::abort();
        std::string segments = path + "/";
        if (segments.find("/./") != std::string::npos || segments.find("/../") != std::string::npos)
            std::abort();
    }
    // A parsed query holds no more pairs than the text has '&'-separated parts.
    if (auto query = parse_query(raw_query))
        if (query->size() > static_cast<size_t>(std::count(raw_query.begin(), raw_query.end(), '&')) + 1)
            std::abort();
    return 0;
}
