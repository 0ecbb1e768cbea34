#include "common/error.hpp"

namespace husly {

int http_status(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::bad_request:
        return 400;
    case ErrorKind::unauthenticated:
        return 401;
    case ErrorKind::forbidden:
        return 403;
    case ErrorKind::not_found:
        return 404;
    case ErrorKind::conflict:
        return 409;
    case ErrorKind::payload_too_large:
        return 413;
    case ErrorKind::unsupported_media:
        return 415;
    case ErrorKind::validation:
        return 422;
    case ErrorKind::too_many_requests:
        return 429;
    case ErrorKind::unavailable:
        return 503;
    case ErrorKind::internal:
        return 500;
    }
    return 500;
}

std::unexpected<Error> invalid_all(const std::vector<Error>& problems) {
    Error error = problems.empty()
                      ? Error{ErrorKind::validation, "invalid_field", "Skjemaet har feil.", "", {}}
                      : problems.front();
    error.problems.clear();
    for (const auto& problem : problems) error.problems.push_back({problem.field, problem.message});
    return std::unexpected(std::move(error));
}

} // namespace husly
