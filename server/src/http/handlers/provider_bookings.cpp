// Provider staff's bookings: the placements at their own providers' units, in their narrow view.

#include "http/app.hpp"
#include "http/handlers/placements_json.hpp"
#include "http/routes.hpp"
#include "service/placement_service.hpp"

namespace husly::http {
namespace {

Result<Response> provider_bookings(RequestContext& context) {
    auto list = nlohmann::json::array();
    for (const auto& view : TRY(placements::provider_bookings(context.db(), context.actor())))
        list.push_back(provider_booking_json(view));
    return json_response(200, {{"bookings", list}});
}

} // namespace

void register_provider_booking_routes(Router& router) {
    router.add({"GET", "/api/v1/provider-bookings", Access::roles_of({Role::tilbyder}), provider_bookings});
}

} // namespace husly::http
