// The office's waiting list: in order, moved up and down, offered, and left with an outcome.

#include "http/app.hpp"
#include "http/handlers/waiting_list_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/waiting_list_service.hpp"

namespace husly::http {
namespace {

Result<nlohmann::json> body_of(RequestContext& context) {
    return parse_json_object(context.request.body);
}

Result<Response> list_waiting(RequestContext& context) {
    auto which = waiting_list::Which::active;
    if (auto it = context.query.find("list"); it != context.query.end()) {
        if (it->second == "removed")
            which = waiting_list::Which::removed;
        else if (it->second != "active")
            return invalid("list", "Velg active eller removed.");
    }
    auto list = nlohmann::json::array();
    for (const auto& entry : TRY(waiting_list::list(context.db(), context.actor(), which)))
        list.push_back(waiting_entry_json(entry));
    return json_response(200, {{"entries", list}});
}

Result<Response> add_waiting(RequestContext& context) {
    auto body = TRY(body_of(context));
    JsonReader reader(body);
    waiting_list::NewEntry input;
    input.person_id = TRY(reader.required_integer("personId", 1, INT64_MAX));
    input.request_id = TRY(reader.optional_integer("requestId", 1, INT64_MAX));
    input.note = TRY(reader.optional_string("note")).value_or("");
    TRY(reader.finish());
    return json_response(201,
                         waiting_entry_json(TRY(waiting_list::add(context.db(), context.actor(), input))));
}

Result<Response> move_waiting(RequestContext& context) {
    auto id = TRY(context.path_id("entryId"));
    auto body = TRY(body_of(context));
    JsonReader reader(body);
    auto direction = TRY(reader.required_string("direction"));
    TRY(reader.finish());
    if (direction != "up" && direction != "down") return invalid("direction", "Velg up eller down.");
    auto list = nlohmann::json::array();
    for (const auto& entry :
         TRY(waiting_list::move(context.db(), context.actor(), id, direction == "up" ? -1 : 1)))
        list.push_back(waiting_entry_json(entry));
    return json_response(200, {{"entries", list}});
}

Result<Response> offer_waiting(RequestContext& context) {
    auto id = TRY(context.path_id("entryId"));
    auto body = TRY(body_of(context));
    JsonReader reader(body);
    auto offered_on = TRY(reader.required_string("offeredOn"));
    TRY(reader.finish());
    return json_response(
        200, waiting_entry_json(TRY(waiting_list::offer(context.db(), context.actor(), id, offered_on))));
}

Result<Response> remove_waiting(RequestContext& context) {
    auto id = TRY(context.path_id("entryId"));
    auto body = TRY(body_of(context));
    JsonReader reader(body);
    auto outcome = TRY(reader.required_string("outcome"));
    auto removed_on = TRY(reader.required_string("removedOn"));
    TRY(reader.finish());
    return json_response(200, waiting_entry_json(TRY(waiting_list::remove(context.db(), context.actor(), id,
                                                                          outcome, removed_on))));
}

} // namespace

void register_waiting_list_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"GET", "/api/v1/waiting-list", case_roles, list_waiting});
    router.add({"POST", "/api/v1/waiting-list", case_roles, add_waiting});
    router.add({"POST", "/api/v1/waiting-list/{entryId}/move", case_roles, move_waiting});
    router.add({"POST", "/api/v1/waiting-list/{entryId}/offer", case_roles, offer_waiting});
    router.add({"POST", "/api/v1/waiting-list/{entryId}/remove", case_roles, remove_waiting});
}

} // namespace husly::http
