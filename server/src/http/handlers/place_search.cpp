// The place search for a request: free, suitable and adequate units first, the rest with their
// reasons.

#include "http/app.hpp"
#include "http/handlers/shared_json.hpp"
#include "http/handlers/units_json.hpp"
#include "http/query.hpp"
#include "http/routes.hpp"
#include "service/placement_service.hpp"

#include <charconv>

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
    // placedMembers=0,2: the members of the household who will live there (none given: all).
    if (auto placed = query_value(context, "placedMembers")) {
        std::vector<int64_t> indices;
        std::string_view rest = *placed;
        while (!rest.empty() || indices.empty()) {
            auto comma = rest.find(',');
            auto part = rest.substr(0, comma);
            int64_t value = -1;
            auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), value);
            if (error != std::errc{} || end != part.data() + part.size() || part.empty() ||
                indices.size() >= 20)
                return invalid("placedMembers", "Velg blant husstandens medlemmer på henvendelsen.");
            indices.push_back(value);
            if (comma == std::string_view::npos) break;
            rest = rest.substr(comma + 1);
            if (rest.empty())
                return invalid("placedMembers", "Velg blant husstandens medlemmer på henvendelsen.");
        }
        input.placed_members = std::move(indices);
    }
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
