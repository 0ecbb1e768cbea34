#pragma once
// JSON of a request (henvendelse) and of its line in a work list (requests, a person's
// requests, the person's own copy).

#include "domain/request.hpp"

#include <nlohmann/json.hpp>

namespace husly::http {

nlohmann::json request_summary_json(const RequestSummary& summary);
nlohmann::json request_json(const husly::Request& request);

} // namespace husly::http
