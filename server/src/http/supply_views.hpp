#pragma once
// JSON of the supply side: providers, units, inspections, search hits, placements, the board,
// turnaways, deviations and costs (camelCase, as in openapi.json).

#include "service/accommodation_service.hpp"
#include "service/deviation_service.hpp"
#include "service/economics_service.hpp"
#include "service/placement_service.hpp"

#include <nlohmann/json.hpp>

namespace husly::http {

nlohmann::json provider_json(const accommodation::ProviderView& view);
nlohmann::json unit_json(const accommodation::UnitView& view);
nlohmann::json unit_detail_json(const accommodation::UnitDetail& detail);
nlohmann::json search_json(const placements::SearchResult& result);
nlohmann::json placement_json(const placements::PlacementView& view);
nlohmann::json provider_booking_json(const placements::ProviderBookingView& view);
nlohmann::json board_json(const placements::Board& board);
nlohmann::json turnaway_json(const Turnaway& turnaway);
nlohmann::json deviation_json(const deviations::DeviationView& view);
nlohmann::json stay_cost_json(const economics::StayCost& cost);
nlohmann::json office_year_json(const economics::OfficeYear& year);

} // namespace husly::http
