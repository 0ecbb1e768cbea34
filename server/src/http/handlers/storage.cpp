// Storage of belongings (lagring av innbo) for a person and their request.

#include "http/app.hpp"
#include "http/handlers/storage_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/storage_service.hpp"

namespace husly::http {
namespace {

Result<nlohmann::json> body_of(RequestContext& context) {
    return parse_json_object(context.request.body);
}

Result<StorageRecord> read_storage(JsonReader& reader) {
    StorageRecord record;
    record.request_id = TRY(reader.optional_integer("requestId", 1, INT64_MAX));
    record.location = TRY(reader.optional_string("location")).value_or("");
    record.stored_from = TRY(reader.required_string("storedFrom"));
    record.stored_to = TRY(reader.optional_string("storedTo"));
    record.monthly_cost = TRY(reader.required_integer("monthlyCost", 0, max_monthly_storage_cost));
    record.note = TRY(reader.optional_string("note")).value_or("");
    TRY(reader.finish());
    return record;
}

Result<Response> list_storage(RequestContext& context) {
    auto person_id = TRY(context.path_id("personId"));
    auto list = nlohmann::json::array();
    for (const auto& record : TRY(storage::for_person(context.db(), context.actor(), person_id)))
        list.push_back(storage_json(record));
    return json_response(200, {{"storage", list}});
}

Result<Response> add_storage(RequestContext& context) {
    auto person_id = TRY(context.path_id("personId"));
    auto body = TRY(body_of(context));
    JsonReader reader(body);
    auto record = TRY(read_storage(reader));
    record.person_id = person_id;
    return json_response(201, storage_json(TRY(storage::add(context.db(), context.actor(), record))));
}

Result<Response> update_storage(RequestContext& context) {
    auto id = TRY(context.path_id("storageId"));
    auto body = TRY(body_of(context));
    JsonReader reader(body);
    auto record = TRY(read_storage(reader));
    return json_response(200, storage_json(TRY(storage::update(context.db(), context.actor(), id, record))));
}

} // namespace

void register_storage_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"GET", "/api/v1/persons/{personId}/storage", case_roles, list_storage});
    router.add({"POST", "/api/v1/persons/{personId}/storage", case_roles, add_storage});
    router.add({"PUT", "/api/v1/storage/{storageId}", case_roles, update_storage});
}

} // namespace husly::http
