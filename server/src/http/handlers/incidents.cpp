// Incident reports (docs/domain.md#rule-exclusion-by-a-provider): provider staff (or the office's
// caseworkers) report an incident at a placement; caseworkers read a stay's incidents and the office's
// unhandled ones, and record Nav's follow-up. Provider staff get back their report only, never Nav's
// follow-up, the case or the person's identity number.

#include "http/app.hpp"
#include "http/handlers/shared_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/incident_service.hpp"

namespace husly::http {
namespace {

nlohmann::json incident_json(const incidents::IncidentView& view) {
    const auto& r = view.report;
    nlohmann::json json{{"id", r.id},
                        {"placementId", r.placement_id},
                        {"occurredOn", r.occurred_on},
                        {"facts", r.facts},
                        {"actionTaken", r.action_taken},
                        {"endsStay", r.ends_stay},
                        {"reportedAt", r.reported_at},
                        {"reportedByName", view.reported_by_name},
                        {"handled", is_handled(r)}};
    if (view.by_provider_staff) return json;
    const auto& f = r.follow_up;
    json["stayId"] = optional_json(r.stay_id);
    json["personId"] = r.person_id;
    json["personName"] = view.person_name;
    json["residentAccount"] = f.resident_account;
    json["newPlaceAssessment"] = f.new_place_assessment;
    json["newPlaceAssessedOn"] = optional_json(f.new_place_assessed_on);
    json["assessedSameDay"] = assessed_same_day(r);
    json["decision"] = f.decision ? nlohmann::json(std::string(to_string(*f.decision))) : nlohmann::json();
    json["decisionReason"] = f.decision_reason;
    json["terminationId"] = optional_json(f.termination_id);
    json["followedUpAt"] = optional_json(f.followed_up_at);
    return json;
}

nlohmann::json incident_list_json(const std::vector<incidents::IncidentView>& views) {
    auto list = nlohmann::json::array();
    for (const auto& view : views) list.push_back(incident_json(view));
    return {{"incidents", list}};
}

Result<Response> report(RequestContext& context) {
    auto id = TRY(context.path_id("placementId"));
    auto input = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<IncidentReport> {
        IncidentReport r;
        r.occurred_on = TRY(reader.optional_string("occurredOn")).value_or("");
        r.facts = TRY(reader.optional_string("facts")).value_or("");
        r.action_taken = TRY(reader.optional_string("actionTaken")).value_or("");
        r.ends_stay = TRY(reader.optional_bool("endsStay")).value_or(false);
        return r;
    }));
    auto view = TRY(incidents::report(context.db(), context.actor(), id, input));
    return json_response(201, incident_json(view));
}

Result<Response> stay_incidents(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    return json_response(200,
                         incident_list_json(TRY(incidents::for_stay(context.db(), context.actor(), id))));
}

Result<Response> unhandled_incidents(RequestContext& context) {
    return json_response(200, incident_list_json(TRY(incidents::unhandled(context.db(), context.actor()))));
}

Result<Response> follow_up(RequestContext& context) {
    auto id = TRY(context.path_id("incidentId"));
    auto input = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<IncidentFollowUp> {
        IncidentFollowUp f;
        f.resident_account = TRY(reader.optional_string("residentAccount")).value_or("");
        f.new_place_assessment = TRY(reader.optional_string("newPlaceAssessment")).value_or("");
        f.new_place_assessed_on = TRY(reader.optional_string("newPlaceAssessedOn"));
        if (auto code = TRY(reader.optional_string("decision"))) {
            f.decision = parse_incident_decision(*code);
            if (!f.decision)
                return invalid("decision", "Velg om Nav stanser botilbudet eller ikke.", "unknown_code");
        }
        f.decision_reason = TRY(reader.optional_string("decisionReason")).value_or("");
        return f;
    }));
    return json_response(200,
                         incident_json(TRY(incidents::follow_up(context.db(), context.actor(), id, input))));
}

} // namespace

void register_incident_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    auto reporters = Access::roles_of({Role::veileder, Role::leder, Role::tilbyder});
    router.add({"POST", "/api/v1/placements/{placementId}/incidents", reporters, report});
    router.add({"GET", "/api/v1/stays/{stayId}/incidents", case_roles, stay_incidents});
    router.add({"GET", "/api/v1/incidents", case_roles, unhandled_incidents});
    router.add({"PUT", "/api/v1/incidents/{incidentId}/follow-up", case_roles, follow_up});
}

} // namespace husly::http
