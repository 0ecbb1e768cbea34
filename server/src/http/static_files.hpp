#pragma once
// Serves the built web app: content types, long cache for hashed /assets/*, no-cache for
// index.html, and index.html for client-side routes. A file the build also wrote compressed
// (name.gz beside it) is sent compressed to a client that accepts gzip. Only files inside the canonical web
// root are ever opened: a path is joined to the root, its links resolved, and refused unless the result is
// still inside (docs/security.md, "Static files").

#include "http/message.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace husly::http {

class StaticFiles {
public:
    // An empty root serves nothing (an API-only server).
    explicit StaticFiles(std::string root) : m_root(std::move(root)) {}
    // nullopt when the path names no file inside the root and is not a client route.
    std::optional<Response> serve(const std::string& decoded_path, bool accepts_gzip = false) const;
    // The root holds index.html.
    bool available() const;
    bool configured() const { return !m_root.empty(); }

private:
    struct Lookup {
        enum Kind { file, missing, refused } kind;
        std::filesystem::path path; // canonical, inside the root (kind == file)
    };
    Lookup find(const std::string& relative) const;
    std::optional<Response> file_response(const std::string& relative, bool accepts_gzip = false) const;
    std::optional<std::string> read_file(const std::string& relative) const;
    std::string m_root;
};

std::string content_type_for(const std::string& path);

} // namespace husly::http

namespace husly::http {
// Whether an Accept-Encoding header value accepts gzip (not refused with q=0).
bool accepts_gzip(const std::string& accept_encoding);
} // namespace husly::http
