// Turnaways (ingen plass funnet): recorded on a request, listed for the office and the request.

#include "http/app.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/deviation_service.hpp"

namespace husly::http {
namespace {

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

Result<Response> record_turnaway(RequestContext& context) {
    auto turnaway = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<Turnaway> {
        Turnaway t;
        t.request_id = TRY(reader.required_integer("requestId", 1, INT64_MAX));
        t.occurred_on = TRY(reader.required_string("occurredOn"));
        t.reason = TRY(reader.required_string("reason"));
        t.instead = TRY(reader.string_array("instead", 6, 40));
        t.note = TRY(reader.optional_string("note")).value_or("");
        return t;
    }));
    return json_response(
        201, turnaway_json(TRY(deviations::record_turnaway(context.db(), context.actor(), turnaway))));
}

Result<Response> office_turnaways(RequestContext& context) {
    auto list = nlohmann::json::array();
    for (const auto& view : TRY(deviations::turnaways_of_office(context.db(), context.actor()))) {
        auto json = turnaway_json(view.turnaway);
        json["personName"] = view.person_name;
        list.push_back(json);
    }
    return json_response(200, {{"turnaways", list}});
}

Result<Response> request_turnaways(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto list = nlohmann::json::array();
    for (const auto& turnaway : TRY(deviations::turnaways_for_request(context.db(), context.actor(), id)))
        list.push_back(turnaway_json(turnaway));
    return json_response(200, {{"turnaways", list}});
}

} // namespace

void register_turnaway_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"GET", "/api/v1/requests/{requestId}/turnaways", case_roles, request_turnaways});
    router.add({"GET", "/api/v1/turnaways", case_roles, office_turnaways});
    router.add({"POST", "/api/v1/turnaways", case_roles, record_turnaway});
}

} // namespace husly::http
