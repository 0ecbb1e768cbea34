// Persons: the national lookup by identity number, search by name, register, read.

#include "http/app.hpp"
#include "http/handlers/persons_json.hpp"
#include "http/handlers/requests_json.hpp"
#include "http/json_body.hpp"
#include "http/query.hpp"
#include "http/routes.hpp"
#include "service/person_service.hpp"
#include "service/request_service.hpp"

#include <chrono>

namespace husly::http {
namespace {

nlohmann::json representative_json(const Representative& representative) {
    return {{"name", representative.name},
            {"address", representative.address},
            {"recordedAt", representative.recorded_at},
            {"recordedByName", representative.recorded_by_name}};
}

Result<Response> search_persons(RequestContext& context) {
    auto identity = context.query.find("identityNumber");
    auto name = context.query.find("name");
    auto matches = nlohmann::json::array();
    if (identity != context.query.end()) {
        auto found = persons::find_by_identity_number(context.db(), context.actor(), identity->second,
                                                      query_value(context, "purpose").value_or(""));
        if (!found) {
            auto refused = error_response(found.error());
            // Throttled: the lookups are counted over the last window (RFC 9110 § 10.2.3).
            if (found.error().code == "lookup_throttled")
                refused.headers.emplace_back(
                    "Retry-After",
                    std::to_string(std::chrono::duration_cast<std::chrono::seconds>(lookup_window).count()));
            return refused;
        }
        auto& lookup = *found;
        if (lookup.person) matches.push_back(person_json(*lookup.person));
        return json_response(200,
                             {{"matches", matches}, {"registeredElsewhere", lookup.registered_elsewhere}});
    }
    if (name != context.query.end()) {
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
    input.first_name = TRY(reader.optional_string("firstName")).value_or("");
    input.last_name = TRY(reader.optional_string("lastName")).value_or("");
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
        list.push_back(request_summary_json(summary));
    auto json = person_json(person);
    json["requests"] = list;
    auto representative = TRY(persons::representative(context.db(), context.actor(), id));
    json["representative"] = representative ? representative_json(*representative) : nlohmann::json();
    return json_response(200, json);
}

// The representative (fullmektig, fvl. § 12): recorded or replaced, and removed.
Result<Response> put_representative(RequestContext& context) {
    auto id = TRY(context.path_id("personId"));
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    auto name = TRY(reader.optional_string("name")).value_or("");
    auto address = TRY(reader.optional_string("address")).value_or("");
    TRY(reader.finish());
    auto saved = TRY(persons::set_representative(context.db(), context.actor(), id, name, address));
    return json_response(200, representative_json(saved));
}

Result<Response> delete_representative(RequestContext& context) {
    auto id = TRY(context.path_id("personId"));
    TRY(persons::remove_representative(context.db(), context.actor(), id));
    return Response{204, "application/json", "", {}};
}

} // namespace

void register_person_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"GET", "/api/v1/persons", case_roles, search_persons});
    router.add({"POST", "/api/v1/persons", case_roles, create_person});
    router.add({"GET", "/api/v1/persons/{personId}", case_roles, get_person});
    router.add({"PUT", "/api/v1/persons/{personId}/representative", case_roles, put_representative});
    router.add({"DELETE", "/api/v1/persons/{personId}/representative", case_roles, delete_representative});
}

} // namespace husly::http
