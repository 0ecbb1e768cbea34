#include "http/handlers/units_json.hpp"

#include "http/app.hpp"
#include "http/handlers/shared_json.hpp"

namespace husly::http {
namespace {

nlohmann::json inspection_json(const Inspection& inspection) {
    auto items = nlohmann::json::array();
    for (const auto& item : inspection.items)
        items.push_back({{"code", item.code}, {"result", item.result}, {"note", item.note}});
    return {{"id", inspection.id},
            {"inspectedOn", inspection.inspected_on},
            {"inspector", inspection.inspector},
            {"items", items},
            {"problems", inspection.problems},
            {"problemNote", inspection.problem_note},
            {"verdict", inspection.verdict},
            {"nextDueOn", inspection.next_due_on},
            {"note", inspection.note},
            {"registeredAt", inspection.registered_at}};
}

} // namespace

nlohmann::json unit_json(const accommodation::UnitView& view) {
    const auto& u = view.unit;
    auto prices = nlohmann::json::array();
    for (const auto& price : u.prices)
        prices.push_back({{"fromDate", price.from_date}, {"perNight", price.per_night}});
    return {{"id", u.id},
            {"providerId", u.provider_id},
            {"providerName", view.provider_name},
            {"providerKind", view.provider_kind},
            {"name", u.name},
            {"kind", u.kind},
            {"municipalityNumber", u.municipality_number},
            {"rooms", u.rooms},
            {"beds", u.beds},
            {"onRequest", view.on_request},
            {"facilities", u.facilities},
            {"staffing", u.staffing},
            {"suits", u.suits},
            {"notSuits", u.not_suits},
            {"requiresSelfEvacuation", u.requires_self_evacuation},
            {"nightShelter", u.night_shelter},
            {"active", u.active},
            {"note", u.note},
            {"prices", prices},
            {"priceToday", optional_json(view.price_today)},
            {"qualityStatus", std::string(to_string(view.quality))},
            {"latestInspection", view.latest_inspection
                                     ? nlohmann::json{{"inspectedOn", view.latest_inspection->inspected_on},
                                                      {"verdict", view.latest_inspection->verdict},
                                                      {"nextDueOn", view.latest_inspection->next_due_on}}
                                     : nlohmann::json()}};
}

nlohmann::json unit_detail_json(const accommodation::UnitDetail& detail) {
    auto json = unit_json(detail.view);
    auto inspections = nlohmann::json::array();
    for (const auto& inspection : detail.inspections) inspections.push_back(inspection_json(inspection));
    json["inspections"] = inspections;
    return json;
}

Result<Response> unit_response(const Result<accommodation::UnitDetail>& detail, int status) {
    if (!detail) return std::unexpected(detail.error());
    return json_response(status, unit_detail_json(*detail));
}

} // namespace husly::http
