#include "http/supply_views.hpp"

#include "http/views.hpp"

namespace husly::http {
namespace {

nlohmann::json agreement_json(const QualityAgreement& agreement) {
    return {{"id", agreement.id},
            {"startsOn", agreement.starts_on},
            {"endsOn", optional_json(agreement.ends_on)},
            {"documentName", agreement.document_name},
            {"hasDocument", agreement.has_document}};
}

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

nlohmann::json cost_line_json(const CostLine& line) {
    return {{"nights", line.nights}, {"bedNights", line.bed_nights}, {"cost", line.cost}};
}

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
            {"status", p.status},
            {"qualityStatus", p.quality_status},
            {"qualityReason", p.quality_reason},
            {"movedFromId", optional_json(p.moved_from_id)},
            {"bookedAt", p.booked_at}};
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
            {"qualityStatus", std::string(to_code(view.quality))},
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

nlohmann::json provider_json(const accommodation::ProviderView& view) {
    const auto& p = view.provider;
    auto contacts = nlohmann::json::array();
    for (const auto& c : p.contacts)
        contacts.push_back({{"name", c.name}, {"role", c.role}, {"phone", c.phone}, {"email", c.email}});
    auto agreements = nlohmann::json::array();
    for (const auto& a : p.agreements) agreements.push_back(agreement_json(a));
    auto units = nlohmann::json::array();
    for (const auto& unit : view.units) units.push_back(unit_json(unit));
    auto staff = nlohmann::json::array();
    for (const auto& member : view.staff)
        staff.push_back(
            {{"userId", member.user_id}, {"displayName", member.display_name}, {"email", member.email}});
    return {{"id", p.id},
            {"name", p.name},
            {"kind", p.kind},
            {"offerType", p.offer_type},
            {"organizationNumber", p.organization_number},
            {"address", p.address},
            {"phone", p.phone},
            {"email", p.email},
            {"note", p.note},
            {"active", p.active},
            {"municipalityNumbers", p.municipality_numbers},
            {"contacts", contacts},
            {"agreements", agreements},
            {"onRequest", view.on_request},
            {"agreementRequired", view.agreement_required},
            {"agreementValid", view.agreement_valid},
            {"units", units},
            {"staff", staff}};
}

nlohmann::json search_json(const placements::SearchResult& result) {
    auto hits = [](const std::vector<placements::SearchHit>& list) {
        auto json = nlohmann::json::array();
        for (const auto& hit : list)
            json.push_back({{"unit", unit_json(hit.unit)},
                            {"ownMunicipality", hit.own_municipality},
                            {"bookable", hit.bookable},
                            {"needsReason", hit.needs_reason},
                            {"reasons", hit.reasons},
                            {"freeRooms", optional_json(hit.free_rooms)},
                            {"freeBeds", optional_json(hit.free_beds)}});
        return json;
    };
    const auto& need = result.need;
    return {{"household",
             {{"persons", need.persons},
              {"familyWithChildren", need.family_with_children},
              {"under25", need.under_25},
              {"needsRoom", need.needs_room()}}},
            {"available", hits(result.available)},
            {"leftOut", hits(result.left_out)},
            {"availableTotal", result.available_total},
            {"leftOutTotal", result.left_out_total}};
}

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
            {"status", p.status}};
}

nlohmann::json board_json(const placements::Board& board) {
    auto units = nlohmann::json::array();
    for (const auto& row : board.units) {
        auto nights = nlohmann::json::array();
        const auto& u = row.unit.unit;
        for (const auto& use : row.nights) {
            nlohmann::json night{{"roomsUsed", use.rooms_used}, {"bedsUsed", use.beds_used}};
            if (row.counts_capacity) {
                night["freeRooms"] = std::max(0, free_rooms(u.rooms, u.beds, use));
                night["freeBeds"] = std::max(0, free_beds(u.rooms, u.beds, use));
            } else {
                night["freeRooms"] = nullptr;
                night["freeBeds"] = nullptr;
            }
            nights.push_back(night);
        }
        units.push_back({{"unit", unit_json(row.unit)},
                         {"countsCapacity", row.counts_capacity},
                         {"inUseToday", row.in_use_today},
                         {"nights", nights}});
    }
    return {{"from", board.from},
            {"days", board.days},
            {"units", units},
            {"freeRoomsToday", board.free_rooms_today},
            {"freeBedsToday", board.free_beds_today},
            {"inUseNotAdequate", board.in_use_not_adequate}};
}

nlohmann::json turnaway_json(const Turnaway& t) {
    return {{"id", t.id},
            {"requestId", t.request_id},
            {"personId", t.person_id},
            {"occurredOn", t.occurred_on},
            {"reason", t.reason},
            {"instead", t.instead},
            {"note", t.note},
            {"registeredAt", t.registered_at}};
}

nlohmann::json deviation_json(const deviations::DeviationView& view) {
    const auto& d = view.deviation;
    return {{"id", d.id},
            {"kind", d.kind},
            {"automatic", d.source_key.has_value()},
            {"personId", optional_json(d.person_id)},
            {"personName", view.person_name},
            {"requestId", optional_json(d.request_id)},
            {"stayId", optional_json(d.stay_id)},
            {"placementId", optional_json(d.placement_id)},
            {"unitId", optional_json(d.unit_id)},
            {"description", d.description},
            {"status", d.status},
            {"openedOn", d.opened_on},
            {"openedAt", d.opened_at},
            {"reportedAt", optional_json(d.reported_at)},
            {"closedAt", optional_json(d.closed_at)},
            {"note", d.note}};
}

nlohmann::json stay_cost_json(const economics::StayCost& cost) {
    auto months = nlohmann::json::array();
    for (const auto& month : cost.own_payment)
        months.push_back({{"month", month.month}, {"nights", month.nights}, {"amount", month.amount}});
    return {{"placements", cost_line_json(cost.placements)},
            {"storage", cost.storage},
            {"total", cost.total},
            {"ownPaymentTerms",
             {{"ratePerNight", cost.terms.rate_per_night},
              {"monthlyCap", cost.terms.monthly_cap},
              {"incomeIsSocialAssistance", cost.terms.income_is_social_assistance},
              {"canPayPerMonth", optional_json(cost.terms.can_pay_per_month)},
              {"set", cost.terms_set}}},
            {"ownPayment", months},
            {"ownPaymentTotal", cost.own_payment_total}};
}

nlohmann::json office_year_json(const economics::OfficeYear& year) {
    const auto& e = year.economics;
    auto kinds = nlohmann::json::array();
    for (const auto& [kind, line] : e.by_kind) {
        auto json = cost_line_json(line);
        json["kind"] = kind;
        json["costPerBedNight"] =
            line.bed_nights == 0 ? 0 : (line.cost + line.bed_nights / 2) / line.bed_nights;
        kinds.push_back(json);
    }
    return {
        {"year", e.year},
        {"byKind", kinds},
        {"total", cost_line_json(e.total)},
        {"costPerBedNight", e.cost_per_bed_night},
        {"spendToDate", e.spend_to_date},
        {"forecast", e.forecast},
        {"budget", year.budget_set ? nlohmann::json(year.budget.amount) : nlohmann::json()},
        {"alternativePrice", year.budget.alternative_price},
        {"ownUnits",
         {{"bedNights", e.own_bed_nights}, {"cost", e.own_cost}, {"alternativeCost", e.alternative_cost}}}};
}

} // namespace husly::http
