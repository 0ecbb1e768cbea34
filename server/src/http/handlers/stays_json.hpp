#pragma once
// JSON of a stay, and of a stay with its follow-up (stays, their follow-up and termination,
// the person's own copy).

#include "common/error.hpp"
#include "http/message.hpp"
#include "service/stay_service.hpp"

#include <nlohmann/json.hpp>

namespace husly::http {

nlohmann::json stay_json(const stays::StayView& view);
nlohmann::json stay_detail_json(const stays::StayDetail& detail);

// The stay with its follow-up as the answer (`status` on success), or the error.
Result<Response> stay_detail_response(const Result<stays::StayDetail>& detail, int status = 200);

} // namespace husly::http
