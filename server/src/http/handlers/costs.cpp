// A stay's cost (nights at their prices, storage) and the person's own payment.

#include "http/app.hpp"
#include "http/handlers/shared_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/economics_service.hpp"

namespace husly::http {
namespace {

nlohmann::json stay_cost_json(const economics::StayCost& cost) {
    auto months = nlohmann::json::array();
    for (const auto& month : cost.own_payment)
        months.push_back({{"month", month.month}, {"nights", month.nights}, {"amount", month.amount}});
    return {{"placements", cost_line_json(cost.placements)},
            {"storage", cost.storage},
            {"total", cost.total},
            {"ownPaymentTerms",
             {{"ratePerNight", cost.terms.rate_per_night},
              {"monthlyCap", cost.terms.monthly_cap},
              {"incomeIsSocialAssistance", cost.terms.income_is_social_assistance},
              {"canPayPerMonth", optional_json(cost.terms.can_pay_per_month)},
              {"set", cost.terms_set},
              {"fromVedtak", cost.terms_from_vedtak}}},
            {"ownPayment", months},
            {"ownPaymentTotal", cost.own_payment_total}};
}

Result<Response> stay_cost(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    return json_response(200, stay_cost_json(TRY(economics::stay_cost(context.db(), context.actor(), id))));
}

Result<Response> save_own_payment(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto terms = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<OwnPaymentTerms> {
        OwnPaymentTerms t;
        t.rate_per_night = TRY(reader.required_integer("ratePerNight", 0, 10'000));
        t.monthly_cap = TRY(reader.required_integer("monthlyCap", 0, 100'000));
        t.income_is_social_assistance = TRY(reader.optional_bool("incomeIsSocialAssistance")).value_or(false);
        t.can_pay_per_month = TRY(reader.optional_integer("canPayPerMonth", 0, 100'000));
        return t;
    }));
    return json_response(
        200, stay_cost_json(TRY(economics::save_own_payment(context.db(), context.actor(), id, terms))));
}

} // namespace

void register_cost_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"GET", "/api/v1/stays/{stayId}/cost", case_roles, stay_cost});
    router.add({"PUT", "/api/v1/stays/{stayId}/own-payment", case_roles, save_own_payment});
}

} // namespace husly::http
