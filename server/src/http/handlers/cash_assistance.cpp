// § 18 decisions on money for a night on a request (docs/domain.md#rule-cash-is-section-18-support):
// the request's list, a new decision, and each decision's letter.

#include "http/app.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/cash_assistance_service.hpp"

namespace husly::http {
namespace {

nlohmann::json cash_json(const CashAssistance& decision) {
    return {
        {"id", decision.id},
        {"requestId", decision.request_id},
        {"granted", decision.granted},
        {"amountKroner", decision.amount_kroner},
        {"nights", decision.nights},
        {"decidedOn", decision.decided_on},
        {"reasons", decision.reasons},
        {"decidedAt", decision.decided_at},
        {"decidedBy", decision.decided_by},
        {"deliveryMethod",
         decision.delivery ? nlohmann::json(to_string(decision.delivery->method)) : nlohmann::json()},
        {"deliveredOn",
         decision.delivery ? nlohmann::json(decision.delivery->delivered_on) : nlohmann::json()},
        {"informedOn", decision.delivery ? nlohmann::json(decision.delivery->informed_on) : nlohmann::json()},
        {"appealDeadline",
         decision.delivery ? nlohmann::json(decision.delivery->appeal_deadline) : nlohmann::json()}};
}

Result<Response> list(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto items = nlohmann::json::array();
    for (const auto& decision : TRY(cash_assistance::for_request(context.db(), context.actor(), id)))
        items.push_back(cash_json(decision));
    return json_response(200, {{"decisions", items}});
}

Result<Response> record(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto input = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<CashAssistance> {
        CashAssistance decision;
        auto granted = TRY(reader.optional_bool("granted"));
        if (!granted) return invalid("granted", "Velg om stønaden innvilges eller avslås.", "required");
        decision.granted = *granted;
        // The domain's limits, with their own messages (domain/cash_assistance.hpp).
        constexpr int64_t any_count = 1'000'000'000;
        decision.amount_kroner = TRY(reader.optional_integer("amountKroner", 0, any_count)).value_or(0);
        decision.nights = TRY(reader.optional_integer("nights", 0, any_count)).value_or(0);
        decision.decided_on = TRY(reader.optional_string("decidedOn")).value_or("");
        decision.reasons = TRY(reader.optional_string("reasons")).value_or("");
        return decision;
    }));
    auto decision = TRY(cash_assistance::record(context.db(), context.actor(), id, std::move(input)));
    return json_response(201, cash_json(decision));
}

Result<Response> record_delivery(RequestContext& context) {
    auto request_id = TRY(context.path_id("requestId"));
    auto decision_id = TRY(context.path_id("cashDecisionId"));
    auto [method, on] = TRY(read_json_body(
        context.request.body, [](JsonReader& reader) -> Result<std::pair<std::string, std::string>> {
            return std::pair{TRY(reader.required_string("deliveryMethod")),
                             TRY(reader.required_string("deliveredOn"))};
        }));
    auto decision = TRY(
        cash_assistance::record_delivery(context.db(), context.actor(), request_id, decision_id, method, on));
    return json_response(200, cash_json(decision));
}

Result<Response> letter(RequestContext& context) {
    auto request_id = TRY(context.path_id("requestId"));
    auto decision_id = TRY(context.path_id("cashDecisionId"));
    auto pdf = TRY(cash_assistance::letter(context.db(), context.actor(), request_id, decision_id));
    return pdf_response(std::move(pdf), "vedtak-stonad-" + std::to_string(decision_id) + ".pdf");
}

} // namespace

void register_cash_assistance_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"GET", "/api/v1/requests/{requestId}/cash-assistance", case_roles, list});
    router.add({"POST", "/api/v1/requests/{requestId}/cash-assistance", case_roles, record});
    router.add(
        {"GET", "/api/v1/requests/{requestId}/cash-assistance/{cashDecisionId}/letter", case_roles, letter});
    router.add({"POST", "/api/v1/requests/{requestId}/cash-assistance/{cashDecisionId}/delivery", case_roles,
                record_delivery});
}

} // namespace husly::http
