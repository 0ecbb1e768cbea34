#pragma once
// JSON of a unit with its prices, quality status and inspections (units, inspections, providers,
// the place search, the occupancy board).

#include "common/error.hpp"
#include "http/message.hpp"
#include "service/accommodation_service.hpp"

#include <nlohmann/json.hpp>

namespace husly::http {

nlohmann::json unit_json(const accommodation::UnitView& view);
nlohmann::json unit_detail_json(const accommodation::UnitDetail& detail);

// The unit with its inspections as the answer (`status` on success), or the error.
Result<Response> unit_response(const Result<accommodation::UnitDetail>& detail, int status = 200);

} // namespace husly::http
