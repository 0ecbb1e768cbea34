#pragma once
// Errors as values: every domain, store and service function that can fail for a reason a user
// or operator should hear about returns Result<T>. The HTTP layer maps Error::kind to a status.

#include <expected>
#include <string>
#include <utility>
#include <vector>

namespace husly {

enum class ErrorKind {
    bad_request,       // 400: the request itself is malformed (JSON, types, unknown fields)
    unauthenticated,   // 401: no valid session
    forbidden,         // 403: authenticated, but not allowed
    not_found,         // 404
    conflict,          // 409: the state changed under you (e.g. the last bed was taken)
    payload_too_large, // 413
    unsupported_media, // 415
    validation,        // 422: well-formed, but a field's value breaks a rule
    too_many_requests, // 429
    unavailable,       // 503: a dependency (the database) is down
    internal,          // 500: a bug; never for a user's mistake
};

// One problem with one field of a form.
struct FieldProblem {
    std::string field;
    std::string message;
    bool operator==(const FieldProblem&) const = default;
};

struct Error {
    ErrorKind kind{ErrorKind::internal};
    std::string code;    // stable, machine-readable, e.g. "invalid_field"
    std::string message; // Norwegian bokmål, shown to the user
    std::string field;   // JSON pointer-ish name of the offending field, or empty
    // A form checked as a whole: every problem in the order of the form, the first of them also
    // in code, message and field. Empty for an error that is one problem only.
    std::vector<FieldProblem> problems;
};

template <typename T> using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorKind kind, std::string code, std::string message,
                                   std::string field = {}) {
    return std::unexpected(Error{kind, std::move(code), std::move(message), std::move(field)});
}

inline std::unexpected<Error> invalid(std::string field, std::string message,
                                      std::string code = "invalid_field") {
    return fail(ErrorKind::validation, std::move(code), std::move(message), std::move(field));
}

// A 422 for a form with `problems` (not empty, as a domain check returns them): the first
// names the field, and every one is listed.
std::unexpected<Error> invalid_all(const std::vector<Error>& problems);

inline std::unexpected<Error> not_found(std::string message) {
    return fail(ErrorKind::not_found, "not_found", std::move(message));
}

inline std::unexpected<Error> forbidden(std::string message = "Du har ikke tilgang til dette.") {
    return fail(ErrorKind::forbidden, "forbidden", std::move(message));
}

int http_status(ErrorKind kind);

} // namespace husly

// Propagates the error of an expression yielding std::expected, else yields its value.
// A GNU statement expression, as SerenityOS' TRY: keeps failure paths visible at each call.
#define HUSLY_CONCAT_INNER(a, b) a##b
#define HUSLY_CONCAT(a, b) HUSLY_CONCAT_INNER(a, b)
// Each expansion gets its own variable name, so a TRY inside a lambda inside a TRY does not
// shadow the outer one.
#define TRY(expr) HUSLY_TRY_NAMED(expr, HUSLY_CONCAT(husly_try_, __COUNTER__))
// `name` is an identifier being declared, which cannot be parenthesized.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define HUSLY_TRY_NAMED(expr, name)                                                                          \
    ({                                                                                                       \
        auto&& name = (expr);                                                                                \
        if (!name) return std::unexpected(std::move(name).error());                                          \
        std::move(name).value();                                                                             \
    })
// NOLINTEND(bugprone-macro-parentheses)
