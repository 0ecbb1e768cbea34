// Around the household: the office's waiting list, storage of belongings, the person's own copy
// of everything Husly holds (GDPR art. 15) as JSON or PDF, and what waits for the office today.

#include "http/app.hpp"
#include "http/case_views.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "http/views.hpp"
#include "service/person_copy_service.hpp"
#include "service/storage_service.hpp"
#include "service/waiting_list_service.hpp"
#include "service/work_summary_service.hpp"

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

Result<Response> person_copy_json(RequestContext& context) {
    auto person_id = TRY(context.path_id("personId"));
    auto copy = TRY(person_copy::collect(context.db(), context.actor(), person_id));
    auto requests = nlohmann::json::array();
    for (size_t i = 0; i < copy.requests.size(); ++i) {
        auto request = request_json(copy.requests[i]);
        auto decision = decision_view_json(copy.decisions[i]);
        request["decision"] = decision["decision"];
        request["appeals"] = decision["appeals"];
        requests.push_back(request);
    }
    auto stays = nlohmann::json::array();
    for (const auto& stay : copy.stays) stays.push_back(stay_detail_json(stay));
    auto waiting = nlohmann::json::array();
    for (const auto& entry : copy.waiting_list) waiting.push_back(waiting_entry_json(entry));
    auto stored = nlohmann::json::array();
    for (const auto& record : copy.storage) stored.push_back(storage_json(record));
    auto log = nlohmann::json::array();
    for (const auto& line : copy.access_log)
        log.push_back({{"occurredAt", line.occurred_at},
                       {"who", line.who},
                       {"office", line.office},
                       {"action", line.action},
                       {"description", person_copy::describe_action(line.action)}});
    return json_response(200, {{"producedAt", copy.produced_at},
                               {"office", copy.office_name},
                               {"person", person_json(copy.person)},
                               {"requests", requests},
                               {"stays", stays},
                               {"waitingList", waiting},
                               {"storage", stored},
                               {"accessLog", log},
                               {"otherOffices", copy.other_offices}});
}

Result<Response> person_copy_pdf(RequestContext& context) {
    auto person_id = TRY(context.path_id("personId"));
    auto copy = TRY(person_copy::collect(context.db(), context.actor(), person_id));
    return pdf_response(person_copy::render_pdf(copy), "innsyn-" + std::to_string(person_id) + ".pdf");
}

Result<Response> office_work_summary(RequestContext& context) {
    auto s = TRY(work_summary::for_office(context.db(), context.actor()));
    return json_response(200, {{"needsAnswerToday", s.needs_answer_today},
                               {"withoutOutcome", s.without_outcome},
                               {"awaitingApproval", s.awaiting_approval},
                               {"staysOpen", s.stays_open},
                               {"staysApproaching", s.stays_approaching},
                               {"staysPast", s.stays_past},
                               {"staysEscalated", s.stays_escalated},
                               {"periodsExpired", s.periods_expired},
                               {"waitingList", s.waiting_list},
                               {"inspectionsDue", s.inspections_due},
                               {"deviationsUnclosed", s.deviations_unclosed}});
}

} // namespace

void register_household_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"GET", "/api/v1/work-summary", case_roles, office_work_summary});
    router.add({"GET", "/api/v1/waiting-list", case_roles, list_waiting});
    router.add({"POST", "/api/v1/waiting-list", case_roles, add_waiting});
    router.add({"POST", "/api/v1/waiting-list/{entryId}/move", case_roles, move_waiting});
    router.add({"POST", "/api/v1/waiting-list/{entryId}/offer", case_roles, offer_waiting});
    router.add({"POST", "/api/v1/waiting-list/{entryId}/remove", case_roles, remove_waiting});
    router.add({"GET", "/api/v1/persons/{personId}/storage", case_roles, list_storage});
    router.add({"POST", "/api/v1/persons/{personId}/storage", case_roles, add_storage});
    router.add({"PUT", "/api/v1/storage/{storageId}", case_roles, update_storage});
    router.add({"GET", "/api/v1/persons/{personId}/copy", case_roles, person_copy_json});
    router.add({"GET", "/api/v1/persons/{personId}/copy/pdf", case_roles, person_copy_pdf});
}

} // namespace husly::http
