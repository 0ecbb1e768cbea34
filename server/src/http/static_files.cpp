#include "http/static_files.hpp"

#include <algorithm>
#include <boost/beast/core/string.hpp>
#include <cerrno>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace husly::http {
namespace {

namespace fs = std::filesystem;

bool ends_with(const std::string& text, std::string_view suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A path relative to the web root, segment by segment: no empty segment (but a trailing slash),
// no "." or "..", no hidden file, no backslash or NUL. The server has refused these already
// (parse_target); this holds on its own for any caller.
bool is_safe_relative(std::string_view relative) {
    if (relative.find('\0') != std::string_view::npos || relative.find('\\') != std::string_view::npos)
        return false;
    while (!relative.empty()) {
        auto slash = relative.find('/');
        auto segment = relative.substr(0, slash);
        if (segment.empty() || segment.front() == '.') return false;
        if (slash == std::string_view::npos) break;
        relative.remove_prefix(slash + 1);
    }
    return true;
}

// True when `path` is `root` or below it (both canonical).
bool is_within(const fs::path& root, const fs::path& path) {
    auto [root_end, path_end] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
    return root_end == root.end();
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
    if (m_root.empty()) return false;
    std::error_code ec;
    return fs::is_regular_file(fs::path(m_root) / "index.html", ec);
}

StaticFiles::Lookup StaticFiles::find(const std::string& relative) const {
    if (m_root.empty()) return {Lookup::refused, {}};
    std::error_code ec;
    auto root = fs::canonical(m_root, ec);
    if (ec) return {Lookup::refused, {}};
    auto candidate = root / relative;
    // Nothing there at all (not even a dangling link): the caller may answer with the app.
    if (!fs::exists(fs::symlink_status(candidate, ec))) return {Lookup::missing, {}};
    // Links resolved: what is served must stay inside the canonical root, wherever a link points.
    auto resolved = fs::weakly_canonical(candidate, ec);
    if (ec || !is_within(root, resolved)) return {Lookup::refused, {}};
    if (!fs::is_regular_file(resolved, ec)) return {Lookup::missing, {}};
    return {Lookup::file, resolved};
}

std::optional<std::string> StaticFiles::read_file(const std::string& relative) const {
    auto found = find(relative);
    if (found.kind != Lookup::file) return std::nullopt;
    // The resolved path has no links left; O_NOFOLLOW keeps its last part from becoming one now.
    int fd = ::open(found.path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    std::string content;
    struct stat info {};
    bool ok = fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
    if (ok) {
        content.resize(static_cast<size_t>(info.st_size));
        size_t done = 0;
        while (ok && done < content.size()) {
            auto n = ::read(fd, content.data() + done, content.size() - done);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0)
                ok = false;
            else
                done += static_cast<size_t>(n);
        }
    }
    ::close(fd);
    if (!ok) return std::nullopt;
    return content;
}

std::optional<Response> StaticFiles::file_response(const std::string& relative, bool accepts_gzip) const {
    auto content = read_file(relative);
    if (!content) return std::nullopt;
    Response response{200, content_type_for(relative), {}, {}};
    std::optional<std::string> compressed;
    if (accepts_gzip) compressed = read_file(relative + ".gz");
    if (compressed) {
        response.body = std::move(*compressed);
        response.headers.emplace_back("Content-Encoding", "gzip");
    } else {
        response.body = std::move(*content);
    }
    response.headers.emplace_back("Vary", "Accept-Encoding");
    bool hashed_asset = relative.rfind("assets/", 0) == 0;
    response.headers.emplace_back("Cache-Control",
                                  hashed_asset ? "public, max-age=31536000, immutable" : "no-cache");
    return response;
}

bool accepts_gzip(const std::string& accept_encoding) {
    std::string_view rest(accept_encoding);
    while (!rest.empty()) {
        auto comma = rest.find(',');
        auto item = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        auto semicolon = item.find(';');
        auto coding = item.substr(0, semicolon);
        while (!coding.empty() && coding.back() == ' ') coding.remove_suffix(1);
        // Content codings are case-insensitive (RFC 9110, 8.4.1): "GZIP" is gzip.
        if (!boost::beast::iequals({coding.data(), coding.size()}, "gzip") && coding != "*") continue;
        if (semicolon == std::string_view::npos) return true;
        auto params = item.substr(semicolon + 1);
        auto q = params.find("q=");
        if (q == std::string_view::npos) return true;
        auto value = params.substr(q + 2);
        // q=0, q=0.0, q=0.000: refused.
        bool zero = !value.empty() && value.front() == '0';
        for (size_t i = 1; zero && i < value.size() && value[i] != ' ' && value[i] != ';'; ++i)
            zero = value[i] == '.' || value[i] == '0';
        return !zero;
    }
    return false;
}

std::optional<Response> StaticFiles::serve(const std::string& decoded_path, bool accepts_gzip) const {
    if (decoded_path.empty() || decoded_path.front() != '/') return std::nullopt;
    std::string relative = decoded_path.substr(1);
    if (!is_safe_relative(relative)) return std::nullopt;
    if (relative.empty() || relative == "index.html") return file_response("index.html", accepts_gzip);
    auto found = find(relative);
    if (found.kind == Lookup::refused) return std::nullopt;
    if (found.kind == Lookup::file) return file_response(relative, accepts_gzip);
    // A client route (no file extension in its last segment) gets the app; a missing file 404s.
    auto last_slash = relative.rfind('/');
    auto last_segment = last_slash == std::string::npos ? relative : relative.substr(last_slash + 1);
    if (relative.rfind("assets/", 0) == 0 || last_segment.find('.') != std::string::npos) return std::nullopt;
    return file_response("index.html", accepts_gzip);
}

} // namespace husly::http
