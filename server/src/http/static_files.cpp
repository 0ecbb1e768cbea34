#include "http/static_files.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace husly::http {
namespace {

bool ends_with(const std::string& text, std::string_view suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Refuses "..", backslashes, NUL and hidden files: the path must stay inside the root.
bool is_safe_relative(const std::string& relative) {
    if (relative.find('\0') != std::string::npos || relative.find('\\') != std::string::npos) return false;
    std::istringstream segments(relative);
    std::string segment;
    while (std::getline(segments, segment, '/'))
        if (segment == ".." || (!segment.empty() && segment.front() == '.')) return false;
    return true;
}

} // namespace

std::string content_type_for(const std::string& path) {
    static const std::pair<std::string_view, std::string_view> types[] = {
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".json", "application/json"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".ico", "image/x-icon"},
        {".woff2", "font/woff2"},
        {".woff", "font/woff"},
        {".txt", "text/plain; charset=utf-8"},
        {".map", "application/json"},
        {".webmanifest", "application/manifest+json"},
    };
    for (const auto& [suffix, type] : types)
        if (ends_with(path, suffix)) return std::string(type);
    return "application/octet-stream";
}

bool StaticFiles::available() const {
    return std::filesystem::exists(std::filesystem::path(m_root) / "index.html");
}

std::optional<Response> StaticFiles::file_response(const std::string& relative) const {
    auto full = std::filesystem::path(m_root) / relative;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(full, ec)) return std::nullopt;
    std::ifstream file(full, std::ios::binary);
    if (!file) return std::nullopt;
    std::ostringstream content;
    content << file.rdbuf();
    Response response{200, content_type_for(relative), content.str(), {}};
    bool hashed_asset = relative.rfind("assets/", 0) == 0;
    response.headers.emplace_back("Cache-Control",
                                  hashed_asset ? "public, max-age=31536000, immutable" : "no-cache");
    return response;
}

std::optional<Response> StaticFiles::serve(const std::string& decoded_path) const {
    std::string relative = decoded_path.empty() ? "" : decoded_path.substr(1);
    if (!is_safe_relative(relative)) return std::nullopt;
    if (relative.empty() || relative == "index.html") return file_response("index.html");
    if (auto response = file_response(relative)) return response;
    // A client route (no file extension in its last segment) gets the app; a missing file 404s.
    auto last_slash = relative.rfind('/');
    auto last_segment = last_slash == std::string::npos ? relative : relative.substr(last_slash + 1);
    if (relative.rfind("assets/", 0) == 0 || last_segment.find('.') != std::string::npos) return std::nullopt;
    return file_response("index.html");
}

} // namespace husly::http
