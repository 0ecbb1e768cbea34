#include "http/handlers/placements_json.hpp"

#include "http/handlers/shared_json.hpp"

namespace husly::http {
namespace {

nlohmann::json placement_fields(const Placement& p) {
    return {{"id", p.id},
            {"requestId", p.request_id},
            {"personId", p.person_id},
            {"stayId", optional_json(p.stay_id)},
            {"unitId", p.unit_id},
            {"from", p.starts_on},
            {"to", optional_json(p.ends_on)},
            {"persons", p.persons},
            {"usesRoom", p.uses_room},
            {"status", to_string(p.status)},
            {"qualityStatus", p.quality_status},
            {"qualityReason", p.quality_reason},
            {"movedFromId", optional_json(p.moved_from_id)},
            {"beforeApproval", p.before_approval},
            {"bookedAt", p.booked_at}};
}

} // namespace

nlohmann::json placement_json(const placements::PlacementView& view) {
    auto json = placement_fields(view.placement);
    json["unitName"] = view.unit_name;
    json["providerName"] = view.provider_name;
    json["providerKind"] = view.provider_kind;
    json["deviationsRaised"] = view.deviations_raised;
    return json;
}

nlohmann::json provider_booking_json(const placements::ProviderBookingView& view) {
    const auto& p = view.placement;
    return {{"id", p.id},
            {"unitId", p.unit_id},
            {"unitName", view.unit_name},
            {"providerName", view.provider_name},
            {"personName", view.person_name},
            {"phone", view.phone},
            {"persons", p.persons},
            {"from", p.starts_on},
            {"to", optional_json(p.ends_on)},
            {"status", to_string(p.status)}};
}

} // namespace husly::http
