// The office's year (leder only): nights, bed-nights and cost by provider kind, the budget and
// forecast, and the comparison with the office's own units.

#include "http/app.hpp"
#include "http/handlers/shared_json.hpp"
#include "http/json_body.hpp"
#include "http/query.hpp"
#include "http/routes.hpp"
#include "service/economics_service.hpp"

namespace husly::http {
namespace {

nlohmann::json office_year_json(const economics::OfficeYear& year) {
    const auto& e = year.economics;
    auto kinds = nlohmann::json::array();
    for (const auto& [kind, line] : e.by_kind) {
        auto json = cost_line_json(line);
        json["kind"] = kind;
        json["costPerBedNight"] =
            line.bed_nights == 0 ? 0 : (line.cost + line.bed_nights / 2) / line.bed_nights;
        kinds.push_back(json);
    }
    return {{"year", e.year},
            {"byKind", kinds},
            {"total", cost_line_json(e.total)},
            {"costPerBedNight", e.cost_per_bed_night},
            {"spendToDate", e.spend_to_date},
            {"forecast", e.forecast},
            {"budget", year.budget_set ? nlohmann::json(year.budget.amount) : nlohmann::json()},
            {"alternativePrice", year.budget.alternative_price},
            {"ownUnits",
             {{"nights", e.own_nights},
              {"bedNights", e.own_bed_nights},
              {"cost", e.own_cost},
              {"alternativeCost", e.alternative_cost}}}};
}

Result<Response> office_economics(RequestContext& context) {
    auto year = TRY(query_year(context));
    return json_response(200,
                         office_year_json(TRY(economics::office_year(context.db(), context.actor(), year))));
}

Result<Response> save_budget(RequestContext& context) {
    struct Input {
        int year;
        economics::Budget budget;
    };
    auto input = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<Input> {
        Input i;
        i.year = static_cast<int>(TRY(reader.required_integer("year", 2000, 2100)));
        i.budget.amount = TRY(reader.required_integer("amount", 0, 10'000'000'000));
        i.budget.alternative_price =
            TRY(reader.optional_integer("alternativePrice", 0, 100'000)).value_or(850);
        return i;
    }));
    return json_response(200, office_year_json(TRY(economics::save_budget(context.db(), context.actor(),
                                                                          input.year, input.budget))));
}

} // namespace

void register_economics_routes(Router& router) {
    router.add({"GET", "/api/v1/economics", Access::roles_of({Role::leder}), office_economics});
    router.add({"PUT", "/api/v1/economics/budget", Access::roles_of({Role::leder}), save_budget});
}

} // namespace husly::http
