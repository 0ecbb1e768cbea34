// Stays: the lists (open, the 3-month watch, ended), start, read, a person's stays, an extension by
// a new vedtak, and the exit.

#include "http/app.hpp"
#include "http/handlers/stays_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/stay_service.hpp"

namespace husly::http {
namespace {

Result<Response> list_stays(RequestContext& context) {
    auto which = stays::StayList::open;
    if (auto it = context.query.find("list"); it != context.query.end()) {
        if (it->second == "watch")
            which = stays::StayList::watch;
        else if (it->second == "ended")
            which = stays::StayList::ended;
        else if (it->second != "open")
            return invalid("list", "Velg open, watch eller ended.");
    }
    auto list = nlohmann::json::array();
    for (const auto& view : TRY(stays::list(context.db(), context.actor(), which)))
        list.push_back(stay_json(view));
    return json_response(200, {{"stays", list}});
}

Result<Response> start_stay(RequestContext& context) {
    struct Input {
        int64_t request_id;
        std::string started_on;
    };
    auto input = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<Input> {
        return Input{TRY(reader.required_integer("requestId", 1, INT64_MAX)),
                     TRY(reader.required_string("startedOn"))};
    }));
    return stay_detail_response(
        stays::start(context.db(), context.actor(), input.request_id, input.started_on), 201);
}

Result<Response> get_stay(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    return stay_detail_response(stays::get(context.db(), context.actor(), id));
}

Result<Response> person_stays(RequestContext& context) {
    auto id = TRY(context.path_id("personId"));
    auto list = nlohmann::json::array();
    for (const auto& view : TRY(stays::for_person(context.db(), context.actor(), id)))
        list.push_back(stay_json(view));
    return json_response(200, {{"stays", list}});
}

Result<Response> record_exit(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto exit = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<ExitInput> {
        ExitInput e;
        e.ended_on = TRY(reader.required_string("endedOn"));
        e.outcome = TRY(reader.required_string("outcome"));
        e.transit_kind = TRY(reader.optional_string("transitKind")).value_or("");
        e.transit_until = TRY(reader.optional_string("transitUntil"));
        e.note = TRY(reader.optional_string("note")).value_or("");
        e.incident_id = TRY(reader.optional_integer("incidentId", 1, INT64_MAX));
        return e;
    }));
    return stay_detail_response(stays::record_exit(context.db(), context.actor(), id, exit));
}

Result<Response> extend_stay(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto request_id = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<int64_t> {
        return reader.required_integer("requestId", 1, INT64_MAX);
    }));
    return stay_detail_response(stays::extend(context.db(), context.actor(), id, request_id), 201);
}

} // namespace

void register_stay_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"GET", "/api/v1/stays", case_roles, list_stays});
    router.add({"POST", "/api/v1/stays", case_roles, start_stay});
    router.add({"GET", "/api/v1/stays/{stayId}", case_roles, get_stay});
    router.add({"GET", "/api/v1/persons/{personId}/stays", case_roles, person_stays});
    router.add({"POST", "/api/v1/stays/{stayId}/exit", case_roles, record_exit});
    router.add({"POST", "/api/v1/stays/{stayId}/extensions", case_roles, extend_stay});
}

} // namespace husly::http
