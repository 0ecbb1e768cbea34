#include "http/handlers/decisions_json.hpp"

#include "http/handlers/shared_json.hpp"

namespace husly::http {
namespace {

nlohmann::json place_basis_json(const std::optional<PlaceBasis>& basis) {
    if (!basis) return nullptr;
    switch (*basis) {
    case PlaceBasis::decided_grant:
        return "decided";
    case PlaceBasis::grant_awaiting_approval:
        return "beforeApproval";
    }
    return nullptr;
}

} // namespace

nlohmann::json decision_view_json(const std::optional<decisions::DecisionView>& view) {
    if (!view)
        return {{"decision", nullptr},
                {"problems", nlohmann::json::array()},
                {"appeals", nlohmann::json::array()},
                {"placeBasis", nullptr},
                {"placeChanges", nlohmann::json::array()}};
    const auto& d = view->decision;
    auto problems = nlohmann::json::array();
    for (const auto& problem : view->problems)
        problems.push_back({{"field", problem.field}, {"message", problem.message}});
    auto appeals = nlohmann::json::array();
    for (const auto& a : view->appeals)
        appeals.push_back(
            {{"id", a.id},
             {"sentOn", a.sent_on},
             {"receivedOn", a.received_on},
             {"summary", a.summary},
             {"late", a.late},
             {"forwardedOn", optional_json(a.forwarded_on)},
             {"result", a.result ? nlohmann::json(to_string(*a.result)) : nlohmann::json()},
             {"resultOn", optional_json(a.result_on)},
             {"resultNote", a.result_note},
             {"registeredAt", a.registered_at},
             {"lateAssessment",
              a.late_assessment ? nlohmann::json(to_string(*a.late_assessment)) : nlohmann::json()},
             {"lateReason", a.late_reason},
             {"lateAssessedAt", optional_json(a.late_assessed_at)}});
    auto place_changes = nlohmann::json::array();
    for (const auto& c : view->place_changes)
        place_changes.push_back({{"id", c.id},
                                 {"provider", c.provider},
                                 {"address", c.address},
                                 {"fromDate", c.from},
                                 {"reason", c.reason},
                                 {"personAgrees", c.person_agrees},
                                 {"decidedAt", c.decided_at}});
    return {{"decision",
             {{"id", d.id},
              {"requestId", d.request_id},
              {"status", to_string(d.status)},
              {"outcome", d.outcome},
              {"periodFrom", optional_json(d.period_from)},
              {"periodTo", optional_json(d.period_to)},
              {"longPeriodReason", d.long_period_reason},
              {"appliedFor", d.applied_for},
              {"refusedPart", d.refused_part},
              {"conditions", d.conditions},
              {"conditionsText", d.conditions_text},
              {"refusalReasons", d.refusal_reasons},
              {"facts", d.facts},
              {"considerations", d.considerations},
              {"offerKind", d.offer.kind ? nlohmann::json(to_string(*d.offer.kind)) : nlohmann::json()},
              {"offerProvider", d.offer.provider},
              {"offerAddress", d.offer.address},
              {"offerFrom", optional_json(d.offer.from)},
              {"offerFindBy", optional_json(d.offer.find_by)},
              {"ownPaymentRate", optional_json(d.own_payment.rate_per_night)},
              {"ownPaymentMonthlyCap", optional_json(d.own_payment.monthly_cap)},
              {"ownPaymentCanPay", optional_json(d.own_payment.can_pay_per_month)},
              {"ownPaymentSocialAssistance", d.own_payment.income_is_social_assistance},
              {"ownPaymentAssessment", d.own_payment.assessment},
              {"forwardedTo", d.responsibility.forwarded_to},
              {"forwardedOn", optional_json(d.responsibility.forwarded_on)},
              {"withoutFixedHome", d.responsibility.without_fixed_home},
              {"limitedRightAssessment", d.responsibility.limited_right_assessment},
              {"deliveryMethod",
               d.delivery_method ? nlohmann::json(to_string(*d.delivery_method)) : nlohmann::json()},
              {"deliveredOn", optional_json(d.delivered_on)},
              {"informedOn", optional_json(d.informed_on)},
              {"appealDeadline", optional_json(d.appeal_deadline)},
              {"legalBasis", legal_basis_of(d)},
              {"decidedAt", optional_json(d.decided_at)},
              {"processingHours", optional_json(d.processing_hours)},
              {"submittedAt", optional_json(d.submitted_at)},
              {"submittedByName", view->submitted_by_name},
              {"returnNote", d.return_note}}},
            {"problems", problems},
            {"appeals", appeals},
            {"placeBasis", place_basis_json(view->place_allowed)},
            {"placeChanges", place_changes}};
}

} // namespace husly::http
