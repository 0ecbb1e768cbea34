#pragma once
// JSON of a survey round and of an office's response's status (survey rounds, survey responses).

#include "service/survey_service.hpp"

#include <nlohmann/json.hpp>

namespace husly::http {

nlohmann::json round_json(const surveys::Round& round);
nlohmann::json response_status_json(const surveys::OfficeResponse& response);

} // namespace husly::http
