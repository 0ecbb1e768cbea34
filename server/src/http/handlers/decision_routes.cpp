// The vedtak on a request: draft, decide, and download the letter.

#include "http/app.hpp"
#include "http/case_views.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "http/views.hpp"
#include "service/decision_service.hpp"

namespace husly::http {
namespace {

Result<Response> get_decision(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    return json_response(200, decision_view_json(TRY(decisions::get(context.db(), context.actor(), id))));
}

Result<Response> save_decision(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    decisions::DecisionInput input;
    input.outcome = TRY(reader.optional_string("outcome")).value_or("");
    input.period_from = TRY(reader.optional_string("periodFrom"));
    input.period_to = TRY(reader.optional_string("periodTo"));
    input.long_period_reason = TRY(reader.optional_string("longPeriodReason")).value_or("");
    input.conditions = TRY(reader.string_array("conditions", 10, 40));
    input.conditions_text = TRY(reader.optional_string("conditionsText")).value_or("");
    input.refusal_reasons = TRY(reader.string_array("refusalReasons", 10, 40));
    input.facts = TRY(reader.optional_string("facts")).value_or("");
    input.considerations = TRY(reader.optional_string("considerations")).value_or("");
    input.informed_on = TRY(reader.optional_string("informedOn"));
    TRY(reader.finish());
    auto view = TRY(decisions::save_draft(context.db(), context.actor(), id, input));
    return json_response(200, decision_view_json(view));
}

Result<Response> decide(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto view = TRY(decisions::decide(context.db(), context.actor(), id));
    return json_response(200, decision_view_json(view));
}

Result<Response> return_to_draft(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    auto note = TRY(reader.optional_string("note")).value_or("");
    TRY(reader.finish());
    return json_response(
        200, decision_view_json(TRY(decisions::return_to_draft(context.db(), context.actor(), id, note))));
}

Result<Response> register_appeal(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    auto received_on = TRY(reader.required_string("receivedOn"));
    auto summary = TRY(reader.optional_string("summary")).value_or("");
    TRY(reader.finish());
    auto view = TRY(decisions::register_appeal(context.db(), context.actor(), id, received_on, summary));
    return json_response(201, decision_view_json(view));
}

Result<Response> record_appeal_result(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto appeal_id = TRY(context.path_id("appealId"));
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    auto result = TRY(reader.required_string("result"));
    auto on = TRY(reader.required_string("resultOn"));
    auto note = TRY(reader.optional_string("note")).value_or("");
    TRY(reader.finish());
    auto view =
        TRY(decisions::record_appeal_result(context.db(), context.actor(), id, appeal_id, result, on, note));
    return json_response(200, decision_view_json(view));
}

Result<Response> letter(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto pdf = TRY(decisions::letter(context.db(), context.actor(), id));
    return pdf_response(std::move(pdf), "vedtak-" + std::to_string(id) + ".pdf");
}

} // namespace

void register_decision_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"GET", "/api/v1/requests/{requestId}/decision", case_roles, get_decision});
    router.add({"PUT", "/api/v1/requests/{requestId}/decision", case_roles, save_decision});
    router.add({"POST", "/api/v1/requests/{requestId}/decision/decide", case_roles, decide});
    router.add({"GET", "/api/v1/requests/{requestId}/decision/letter", case_roles, letter});
    router.add({"POST", "/api/v1/requests/{requestId}/decision/return", case_roles, return_to_draft});
    router.add({"POST", "/api/v1/requests/{requestId}/decision/appeals", case_roles, register_appeal});
    router.add({"PUT", "/api/v1/requests/{requestId}/decision/appeals/{appealId}", case_roles,
                record_appeal_result});
}

} // namespace husly::http
