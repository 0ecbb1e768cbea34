#pragma once
// Reading the query string of a request: a value, a true/false flag, a whole number. A malformed
// value is a 400 naming the parameter.

#include "http/app.hpp"

#include <optional>
#include <string>

namespace husly::http {

// The parameter's value, or nullopt when absent or empty.
std::optional<std::string> query_value(RequestContext& context, const std::string& name);
Result<bool> query_flag(RequestContext& context, const std::string& name);
Result<int> query_int(RequestContext& context, const std::string& name, int fallback);

} // namespace husly::http
