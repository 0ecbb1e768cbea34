// Requests (henvendelser): register, the work lists, read, correct (with its revisions), and an
// outcome without a vedtak.

#include "http/app.hpp"
#include "http/handlers/requests_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/request_service.hpp"

namespace husly::http {
namespace {

Result<requests::RequestInput> read_request(const std::string& text) {
    auto body = TRY(parse_json_object(text));
    JsonReader reader(body);
    requests::RequestInput input;
    input.person_id = TRY(reader.required_integer("personId", 1, INT64_MAX));
    input.municipality_number = TRY(reader.optional_string("municipalityNumber"));
    input.channel = TRY(reader.required_string("channel"));
    input.received_at = TRY(reader.optional_string("receivedAt"));
    input.acute = TRY(reader.optional_bool("acute")).value_or(false);
    input.reasons = TRY(reader.string_array("reasons", 20, 40));
    input.reason_text = TRY(reader.optional_string("reasonText")).value_or("");
    input.groups = TRY(reader.string_array("groups", 20, 40));
    input.network = TRY(reader.optional_string("network")).value_or("ikke_sjekket");
    input.network_note = TRY(reader.optional_string("networkNote")).value_or("");
    input.housing_situation = TRY(reader.optional_string("housingSituation"));
    input.service_needs = TRY(reader.string_array("serviceNeeds", 20, 40));
    if (auto sensitive = reader.raw("sensitive")) {
        if (!sensitive->get().is_object()) return invalid("sensitive", "Feltet må være et objekt.");
        JsonReader flags(sensitive->get(), "sensitive.");
        input.sensitive.substance_use = TRY(flags.optional_bool("substanceUse")).value_or(false);
        input.sensitive.mental_health = TRY(flags.optional_bool("mentalHealth")).value_or(false);
        TRY(flags.finish());
    }
    input.members = TRY(read_object_array<requests::MemberInput>(
        reader, "members", 20, [](JsonReader& item) -> Result<requests::MemberInput> {
            requests::MemberInput member;
            member.role = TRY(item.required_string("role"));
            member.first_name = TRY(item.optional_string("firstName")).value_or("");
            member.birth_date = TRY(item.optional_string("birthDate"));
            return member;
        }));
    TRY(reader.finish());
    return input;
}

Result<Response> create_request(RequestContext& context) {
    auto input = TRY(read_request(context.request.body));
    auto request = TRY(requests::register_request(context.db(), context.actor(), input));
    return json_response(201, request_json(request));
}

Result<Response> list_requests(RequestContext& context) {
    if (auto it = context.query.find("q"); it != context.query.end()) {
        auto list = nlohmann::json::array();
        for (const auto& summary : TRY(requests::search(context.db(), context.actor(), it->second)))
            list.push_back(request_summary_json(summary));
        return json_response(200, {{"requests", list}});
    }
    auto which = requests::WorkList::without_outcome;
    if (auto it = context.query.find("list"); it != context.query.end()) {
        if (it->second == "today")
            which = requests::WorkList::needs_answer_today;
        else if (it->second == "recent")
            which = requests::WorkList::recent;
        else if (it->second == "approval")
            which = requests::WorkList::awaiting_approval;
        else if (it->second == "declined")
            which = requests::WorkList::booking_declined;
        else if (it->second == "children")
            which = requests::WorkList::child_assessment_open;
        else if (it->second != "open")
            return invalid("list", "Velg today, open, recent, approval, declined eller children.");
    }
    auto list = nlohmann::json::array();
    for (const auto& summary : TRY(requests::work_list(context.db(), context.actor(), which)))
        list.push_back(request_summary_json(summary));
    return json_response(200, {{"requests", list}});
}

Result<Response> get_request(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto request = TRY(requests::get(context.db(), context.actor(), id));
    return json_response(200, request_json(request));
}

Result<Response> correct_request(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto input = TRY(read_request(context.request.body));
    return json_response(200, request_json(TRY(requests::correct(context.db(), context.actor(), id, input))));
}

Result<Response> request_revisions(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto list = nlohmann::json::array();
    for (const auto& revision : TRY(requests::revisions(context.db(), context.actor(), id)))
        list.push_back({{"revisedAt", revision.revised_at},
                        {"revisedBy", revision.revised_by_name},
                        {"changed", revision.changed}});
    return json_response(200, {{"revisions", list}});
}

Result<Response> record_outcome(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    requests::OutcomeInput input;
    input.kind = TRY(reader.required_string("kind"));
    input.guidance = TRY(reader.string_array("guidance", 10, 40));
    input.note = TRY(reader.optional_string("note")).value_or("");
    TRY(reader.finish());
    auto request = TRY(requests::record_outcome(context.db(), context.actor(), id, input));
    return json_response(200, request_json(request));
}

} // namespace

void register_request_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"GET", "/api/v1/requests", case_roles, list_requests});
    router.add({"POST", "/api/v1/requests", case_roles, create_request});
    router.add({"GET", "/api/v1/requests/{requestId}", case_roles, get_request});
    router.add({"PUT", "/api/v1/requests/{requestId}", case_roles, correct_request});
    router.add({"GET", "/api/v1/requests/{requestId}/revisions", case_roles, request_revisions});
    router.add({"POST", "/api/v1/requests/{requestId}/outcome", case_roles, record_outcome});
}

} // namespace husly::http
