// Persons, requests (henvendelser) and the code lists the intake form needs.

#include "common/clock.hpp"
#include "domain/request_codes.hpp"
#include "http/app.hpp"
#include "http/case_views.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "http/views.hpp"
#include "service/person_service.hpp"
#include "service/request_service.hpp"

namespace husly::http {
namespace {

const std::vector<Role> case_roles{Role::veileder, Role::leder};

Result<Response> list_codes(RequestContext&) {
    nlohmann::json body = nlohmann::json::object();
    for (auto list : all_code_lists) {
        auto entries = nlohmann::json::array();
        for (const auto& entry : codes(list)) {
            nlohmann::json item = {{"code", entry.code}, {"label", entry.label}};
            if (list == CodeList::group)
                item["derived"] = entry.code == group_families_with_children || entry.code == group_under_25;
            entries.push_back(item);
        }
        body[std::string(list_name(list))] = entries;
    }
    return json_response(200, body);
}

Result<Response> search_persons(RequestContext& context) {
    auto identity = context.query.find("identityNumber");
    auto name = context.query.find("name");
    auto matches = nlohmann::json::array();
    if (identity != context.query.end()) {
        auto found = TRY(persons::find_by_identity_number(context.db(), context.actor(), identity->second));
        if (found) matches.push_back(person_json(*found));
    } else if (name != context.query.end()) {
        std::optional<std::string> birth;
        if (auto it = context.query.find("birthDate"); it != context.query.end() && !it->second.empty())
            birth = it->second;
        for (const auto& person :
             TRY(persons::search_by_name(context.db(), context.actor(), name->second, birth)))
            matches.push_back(person_json(person));
    } else {
        return invalid("identityNumber", "Søk på fødselsnummer eller navn.", "required");
    }
    return json_response(200, {{"matches", matches}});
}

Result<Response> create_person(RequestContext& context) {
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    persons::PersonInput input;
    input.identity_number = TRY(reader.optional_string("identityNumber"));
    input.first_name = TRY(reader.required_string("firstName"));
    input.last_name = TRY(reader.required_string("lastName"));
    input.birth_date = TRY(reader.optional_string("birthDate"));
    input.phone = TRY(reader.optional_string("phone")).value_or("");
    TRY(reader.finish());
    auto registered = TRY(persons::register_person(context.db(), context.actor(), input));
    auto json = person_json(registered.person);
    json["existing"] = registered.existing;
    return json_response(registered.existing ? 200 : 201, json);
}

Result<Response> get_person(RequestContext& context) {
    auto id = TRY(context.path_id("personId"));
    auto person = TRY(persons::get(context.db(), context.actor(), id));
    auto list = nlohmann::json::array();
    for (const auto& summary : TRY(requests::for_person(context.db(), context.actor(), id)))
        list.push_back(summary_json(summary));
    auto json = person_json(person);
    json["requests"] = list;
    return json_response(200, json);
}

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
    auto which = request_repository::WorkList::without_outcome;
    if (auto it = context.query.find("list"); it != context.query.end()) {
        if (it->second == "today")
            which = request_repository::WorkList::needs_answer_today;
        else if (it->second == "recent")
            which = request_repository::WorkList::recent;
        else if (it->second == "approval")
            which = request_repository::WorkList::awaiting_approval;
        else if (it->second != "open")
            return invalid("list", "Velg today, open, recent eller approval.");
    }
    auto list = nlohmann::json::array();
    for (const auto& summary : TRY(requests::work_list(context.db(), context.actor(), which)))
        list.push_back(summary_json(summary));
    return json_response(200, {{"requests", list}});
}

Result<Response> get_request(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto request = TRY(requests::get(context.db(), context.actor(), id));
    return json_response(200, request_json(request));
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

void register_case_routes(Router& router) {
    router.add({"GET", "/api/v1/codes", Access::logged_in(), list_codes, false});
    router.add({"GET", "/api/v1/persons", Access::roles_of(case_roles), search_persons});
    router.add({"POST", "/api/v1/persons", Access::roles_of(case_roles), create_person});
    router.add({"GET", "/api/v1/persons/{personId}", Access::roles_of(case_roles), get_person});
    router.add({"GET", "/api/v1/requests", Access::roles_of(case_roles), list_requests});
    router.add({"POST", "/api/v1/requests", Access::roles_of(case_roles), create_request});
    router.add({"GET", "/api/v1/requests/{requestId}", Access::roles_of(case_roles), get_request});
    router.add(
        {"POST", "/api/v1/requests/{requestId}/outcome", Access::roles_of(case_roles), record_outcome});
}

} // namespace husly::http
