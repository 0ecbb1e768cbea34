// The vedtak on a request: the draft with its completeness check, deciding (or sending for
// approval), a leder's return to draft, how and when it was given (the appeal deadline), and the
// letter.

#include "http/app.hpp"
#include "http/handlers/decisions_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
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
    input.applied_for = TRY(reader.optional_string("appliedFor")).value_or("");
    input.refused_part = TRY(reader.optional_string("refusedPart")).value_or("");
    input.conditions = TRY(reader.string_array("conditions", 10, 40));
    input.conditions_text = TRY(reader.optional_string("conditionsText")).value_or("");
    input.refusal_reasons = TRY(reader.string_array("refusalReasons", 10, 40));
    input.facts = TRY(reader.optional_string("facts")).value_or("");
    input.considerations = TRY(reader.optional_string("considerations")).value_or("");
    if (auto kind = TRY(reader.optional_string("offerKind"))) {
        input.offer.kind = parse_offer_kind(*kind);
        if (!input.offer.kind)
            return invalid("offerKind", "Velg om stedet er navngitt, eller om Nav-kontoret skaffer det.",
                           "unknown_code");
    }
    input.offer.provider = TRY(reader.optional_string("offerProvider")).value_or("");
    input.offer.address = TRY(reader.optional_string("offerAddress")).value_or("");
    input.offer.from = TRY(reader.optional_string("offerFrom"));
    input.offer.find_by = TRY(reader.optional_string("offerFindBy"));
    input.own_payment.rate_per_night = TRY(reader.optional_integer("ownPaymentRate", 0, 10'000));
    input.own_payment.monthly_cap = TRY(reader.optional_integer("ownPaymentMonthlyCap", 0, 100'000));
    input.own_payment.can_pay_per_month = TRY(reader.optional_integer("ownPaymentCanPay", 0, 100'000));
    input.own_payment.income_is_social_assistance =
        TRY(reader.optional_bool("ownPaymentSocialAssistance")).value_or(false);
    input.own_payment.assessment = TRY(reader.optional_string("ownPaymentAssessment")).value_or("");
    input.responsibility.forwarded_to = TRY(reader.optional_string("forwardedTo")).value_or("");
    input.responsibility.forwarded_on = TRY(reader.optional_string("forwardedOn"));
    input.responsibility.without_fixed_home = TRY(reader.optional_bool("withoutFixedHome")).value_or(false);
    input.responsibility.limited_right_assessment =
        TRY(reader.optional_string("limitedRightAssessment")).value_or("");
    TRY(reader.finish());
    auto view = TRY(decisions::save_draft(context.db(), context.actor(), id, input));
    return json_response(200, decision_view_json(view));
}

Result<Response> decide(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto view = TRY(decisions::decide(context.db(), context.actor(), id));
    return json_response(200, decision_view_json(view));
}

Result<Response> record_delivery(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    auto method = TRY(reader.required_string("deliveryMethod"));
    auto on = TRY(reader.required_string("deliveredOn"));
    TRY(reader.finish());
    return json_response(200, decision_view_json(TRY(decisions::record_delivery(context.db(), context.actor(),
                                                                                id, method, on))));
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

Result<Response> change_place(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    PlaceChange change;
    change.provider = TRY(reader.optional_string("provider")).value_or("");
    change.address = TRY(reader.optional_string("address")).value_or("");
    change.from = TRY(reader.optional_string("fromDate")).value_or("");
    change.reason = TRY(reader.optional_string("reason")).value_or("");
    change.person_agrees = TRY(reader.optional_bool("personAgrees")).value_or(false);
    TRY(reader.finish());
    return json_response(
        200, decision_view_json(TRY(decisions::change_place(context.db(), context.actor(), id, change))));
}

Result<Response> place_change_letter(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto change_id = TRY(context.path_id("changeId"));
    auto pdf = TRY(decisions::place_change_letter(context.db(), context.actor(), id, change_id));
    return pdf_response(std::move(pdf),
                        "endring-" + std::to_string(id) + "-" + std::to_string(change_id) + ".pdf");
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
    router.add({"POST", "/api/v1/requests/{requestId}/decision/delivery", case_roles, record_delivery});
    router.add({"POST", "/api/v1/requests/{requestId}/decision/place-changes", case_roles, change_place});
    router.add({"GET", "/api/v1/requests/{requestId}/decision/place-changes/{changeId}/letter", case_roles,
                place_change_letter});
}

} // namespace husly::http
