#pragma once
// JSON of a placement: as the office sees it (placements) and as the provider's staff see it
// (provider bookings, and the steps they take on a placement).

#include "service/placement_service.hpp"

#include <nlohmann/json.hpp>

namespace husly::http {

nlohmann::json placement_json(const placements::PlacementView& view);
nlohmann::json provider_booking_json(const placements::ProviderBookingView& view);

} // namespace husly::http
