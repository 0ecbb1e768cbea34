// The occupancy board: per unit of the office's providers and night, rooms and beds used and free.

#include "common/clock.hpp"
#include "http/app.hpp"
#include "http/handlers/units_json.hpp"
#include "http/query.hpp"
#include "http/routes.hpp"
#include "service/placement_service.hpp"

namespace husly::http {
namespace {

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

Result<Response> occupancy(RequestContext& context) {
    auto from = query_value(context, "from").value_or(format_date(today()));
    auto days = TRY(query_int(context, "days", 14));
    return json_response(200, board_json(TRY(placements::board(context.db(), context.actor(), from, days))));
}

} // namespace

void register_occupancy_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"GET", "/api/v1/occupancy", case_roles, occupancy});
}

} // namespace husly::http
