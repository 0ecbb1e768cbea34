#pragma once
// A small router: method + path pattern ("/api/v1/offices/{officeId}") to a route, with the
// route's access rule kept beside it so that every handler states who may call it.

#include "common/error.hpp"
#include "domain/role.hpp"
#include "http/message.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace husly::http {

struct RequestContext;
using Handler = std::function<Result<Response>(RequestContext&)>;

struct Access {
    bool requires_login{true};
    std::vector<Role> roles; // empty with requires_login: any logged-in user
    // Open to a session whose password must be changed first (who am I, change it, log out).
    bool before_password_change{false};
    static Access everyone() { return Access{false, {}}; }
    static Access logged_in() { return Access{true, {}}; }
    static Access roles_of(std::vector<Role> roles) { return Access{true, std::move(roles)}; }
    static Access logged_in_before_password_change() { return Access{true, {}, true}; }
};

struct Route {
    std::string method;
    std::string pattern; // as written in the OpenAPI description
    Access access;
    Handler handler;
    bool uses_database{true};
};

using PathParams = std::map<std::string, std::string, std::less<>>;

struct RouteMatch {
    const Route* route{nullptr};
    PathParams params;
    bool path_known{false}; // the path matched some route, but not with this method (405)
};

class Router {
public:
    void add(Route route);
    RouteMatch match(std::string_view method, std::string_view path) const;
    const std::vector<Route>& routes() const { return m_routes; }

private:
    std::vector<Route> m_routes;
};

// Percent-decodes a path or query component ('+' as space when `plus_is_space`). Returns
// nullopt for malformed escapes.
std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space);
// A request target split into its path, percent-decoded exactly once, and its raw query.
struct Target {
    std::string path;
    std::string query;
};
// Accepts only the origin form ("/path?query", RFC 9112 § 3.2.1): a target that does not start
// with "/" (absolute form, "*", "a/etc/passwd") is refused, and so is a path that holds an encoded
// separator or NUL (%2F, %5C, %00), a malformed escape, after decoding anything but clean UTF-8
// (overlong forms, control characters), a backslash, an empty segment ("//") or a dot segment
// ("." or ".."). nullopt means 400.
std::optional<Target> parse_target(std::string_view target);
// Parses "a=1&b=x%20y". Malformed pairs make the whole query invalid (nullopt).
std::optional<std::map<std::string, std::string>> parse_query(std::string_view query);

} // namespace husly::http
