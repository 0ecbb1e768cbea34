// The place search for a request: free, suitable and adequate units first, the rest with their
// reasons.

#include "http/app.hpp"
#include "http/handlers/shared_json.hpp"
#include "http/handlers/units_json.hpp"
#include "http/query.hpp"
#include "http/routes.hpp"
#include "service/placement_service.hpp"

namespace husly::http {
namespace {

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

Result<Response> search(RequestContext& context) {
    placements::SearchInput input;
    input.request_id = TRY(context.path_id("requestId"));
    auto from = query_value(context, "from");
    if (!from) return invalid("from", "Velg datoen for første natt.");
    input.from = *from;
    input.to = query_value(context, "to");
    input.need.women_only = TRY(query_flag(context, "womenOnly"));
    input.need.wheelchair = TRY(query_flag(context, "wheelchair"));
    input.need.cannot_self_evacuate = TRY(query_flag(context, "cannotSelfEvacuate"));
    auto limit = TRY(query_int(context, "limit", static_cast<int>(placements::default_search_limit)));
    if (limit < 1 || limit > static_cast<int>(placements::max_search_limit))
        return invalid("limit", "Velg mellom 1 og 5000 plasser.");
    input.limit = static_cast<size_t>(limit);
    return json_response(200, search_json(TRY(placements::search(context.db(), context.actor(), input))));
}

} // namespace

void register_place_search_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"GET", "/api/v1/requests/{requestId}/place-search", case_roles, search});
}

} // namespace husly::http
