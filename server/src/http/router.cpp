#include "http/router.hpp"

#include "domain/text_rules.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace husly::http {
namespace {

std::vector<std::string_view> split_path(std::string_view path) {
    std::vector<std::string_view> segments;
    size_t start = 1;
    while (start <= path.size()) {
        auto end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        segments.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    return segments;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

} // namespace

void Router::add(Route route) {
    m_routes.push_back(std::move(route));
}

RouteMatch Router::match(std::string_view method, std::string_view path) const {
    RouteMatch result;
    if (path.empty() || path.front() != '/') return result;
    auto segments = split_path(path);
    for (const auto& route : m_routes) {
        auto pattern = split_path(route.pattern);
        if (pattern.size() != segments.size()) continue;
        PathParams params;
        bool matched = true;
        for (size_t i = 0; i < pattern.size() && matched; ++i) {
            auto part = pattern[i];
            if (part.size() > 2 && part.front() == '{' && part.back() == '}') {
                if (segments[i].empty())
                    matched = false;
                else
                    params.emplace(std::string(part.substr(1, part.size() - 2)), segments[i]);
            } else {
                matched = part == segments[i];
            }
        }
        if (!matched) continue;
        if (route.method != method) {
            result.path_known = true;
            continue;
        }
        result.route = &route;
        result.params = std::move(params);
        return result;
    }
    return result;
}

std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size()) return std::nullopt;
            int high = hex_value(text[i + 1]), low = hex_value(text[i + 2]);
            if (high < 0 || low < 0) return std::nullopt;
            out.push_back(static_cast<char>(high * 16 + low));
            i += 2;
        } else if (c == '+' && plus_is_space) {
            out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

std::optional<Target> parse_target(std::string_view target) {
    if (target.empty() || target.front() != '/') return std::nullopt;
    auto question = target.find('?');
    auto raw_path = target.substr(0, question);
    // Escapes that would turn into a separator or NUL after decoding: never part of a real path.
    static constexpr std::array<std::string_view, 3> encoded_separators{"%2f", "%5c", "%00"};
    for (size_t at = raw_path.find('%'); at != std::string_view::npos; at = raw_path.find('%', at + 1)) {
        std::string escape(raw_path.substr(at, 3));
        std::ranges::transform(escape, escape.begin(),
                               [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (std::ranges::find(encoded_separators, escape) != encoded_separators.end()) return std::nullopt;
    }
    auto path = percent_decode(raw_path, false);
    if (!path || !is_clean_text(*path) || path->find('\\') != std::string::npos) return std::nullopt;
    // Segments between slashes: none empty (a trailing slash aside), none "." or "..".
    std::string_view rest(*path);
    rest.remove_prefix(1);
    while (!rest.empty()) {
        auto slash = rest.find('/');
        auto segment = rest.substr(0, slash);
        if (segment.empty() || segment == "." || segment == "..") return std::nullopt;
        if (slash == std::string_view::npos) break;
        rest.remove_prefix(slash + 1);
    }
    Target result{std::move(*path), {}};
    if (question != std::string_view::npos) result.query = std::string(target.substr(question + 1));
    return result;
}

std::optional<std::map<std::string, std::string>> parse_query(std::string_view query) {
    std::map<std::string, std::string> result;
    size_t start = 0;
    while (start < query.size()) {
        auto end = query.find('&', start);
        if (end == std::string_view::npos) end = query.size();
        auto pair = query.substr(start, end - start);
        start = end + 1;
        if (pair.empty()) continue;
        auto equals = pair.find('=');
        auto key = percent_decode(pair.substr(0, equals), true);
        auto value = percent_decode(
            equals == std::string_view::npos ? std::string_view{} : pair.substr(equals + 1), true);
        // Decoded once and then text like any other input: valid UTF-8 without control
        // characters, so a value can reach a filter, a log or an audit entry as it is.
        if (!key || !value || key->empty() || !is_clean_text(*key) || !is_clean_text(*value))
            return std::nullopt;
        result[*key] = *value;
    }
    return result;
}

std::string Request::cookie(std::string_view name) const {
    auto it = headers.find("cookie");
    if (it == headers.end()) return {};
    std::string_view text = it->second;
    while (!text.empty()) {
        auto end = text.find(';');
        auto part = text.substr(0, end);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        auto equals = part.find('=');
        if (equals != std::string_view::npos && part.substr(0, equals) == name)
            return std::string(part.substr(equals + 1));
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return {};
}

} // namespace husly::http
