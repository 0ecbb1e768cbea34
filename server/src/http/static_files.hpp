#pragma once
// Serves the built web app: content types, long cache for hashed /assets/*, no-cache for
// index.html, and index.html for client-side routes.

#include "http/message.hpp"

#include <optional>
#include <string>

namespace husly::http {

class StaticFiles {
public:
    explicit StaticFiles(std::string root) : m_root(std::move(root)) {}
    // nullopt when the path names no file and is not a client route.
    std::optional<Response> serve(const std::string& decoded_path) const;
    bool available() const;

private:
    std::optional<Response> file_response(const std::string& relative) const;
    std::string m_root;
};

std::string content_type_for(const std::string& path);

} // namespace husly::http
