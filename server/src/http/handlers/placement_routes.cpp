// Finding and booking places, the booking's life, provider staff's bookings, the occupancy
// board, turnaways, deviations and costs.

#include "common/clock.hpp"
#include "http/app.hpp"
#include "http/json_body.hpp"
#include "http/query.hpp"
#include "http/routes.hpp"
#include "http/supply_views.hpp"
#include "service/deviation_service.hpp"
#include "service/economics_service.hpp"
#include "service/placement_service.hpp"

namespace husly::http {
namespace {

Result<Response> placement_response(const Result<placements::PlacementView>& view, int status = 200) {
    if (!view) return std::unexpected(view.error());
    return json_response(status, placement_json(*view));
}

Result<placements::NeedInput> read_need(JsonReader& reader) {
    placements::NeedInput need;
    need.women_only = TRY(reader.optional_bool("womenOnly")).value_or(false);
    need.wheelchair = TRY(reader.optional_bool("wheelchair")).value_or(false);
    need.cannot_self_evacuate = TRY(reader.optional_bool("cannotSelfEvacuate")).value_or(false);
    return need;
}

Result<Response> search(RequestContext& context) {
    placements::SearchInput input;
    input.request_id = TRY(context.path_id("requestId"));
    auto from = query_value(context, "from");
    if (!from) return invalid("from", "Velg datoen for første natt.");
    input.from = *from;
    input.to = query_value(context, "to");
    input.need.women_only = TRY(query_flag(context, "womenOnly"));
    input.need.wheelchair = TRY(query_flag(context, "wheelchair"));
    input.need.cannot_self_evacuate = TRY(query_flag(context, "cannotSelfEvacuate"));
    auto limit = TRY(query_int(context, "limit", static_cast<int>(placements::default_search_limit)));
    if (limit < 1 || limit > static_cast<int>(placements::max_search_limit))
        return invalid("limit", "Velg mellom 1 og 5000 plasser.");
    input.limit = static_cast<size_t>(limit);
    return json_response(200, search_json(TRY(placements::search(context.db(), context.actor(), input))));
}

Result<Response> request_placements(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto list = nlohmann::json::array();
    for (const auto& view : TRY(placements::for_request(context.db(), context.actor(), id)))
        list.push_back(placement_json(view));
    return json_response(200, {{"placements", list}});
}

Result<Response> book(RequestContext& context) {
    auto input =
        TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<placements::BookingInput> {
            placements::BookingInput b;
            b.request_id = TRY(reader.required_integer("requestId", 1, INT64_MAX));
            b.unit_id = TRY(reader.required_integer("unitId", 1, INT64_MAX));
            b.from = TRY(reader.required_string("from"));
            b.to = TRY(reader.optional_string("to"));
            b.quality_reason = TRY(reader.optional_string("qualityReason")).value_or("");
            b.need = TRY(read_need(reader));
            return b;
        }));
    return placement_response(placements::book(context.db(), context.actor(), input), 201);
}

Handler step_handler(placements::Step step) {
    return [step](RequestContext& context) -> Result<Response> {
        auto id = TRY(context.path_id("placementId"));
        auto date = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<std::string> {
            return TRY(reader.optional_string("date")).value_or("");
        }));
        return placement_response(placements::change(context.db(), context.actor(), id, step, date));
    };
}

Result<Response> move(RequestContext& context) {
    auto id = TRY(context.path_id("placementId"));
    struct Input {
        int64_t unit_id;
        std::string date;
        std::string quality_reason;
        placements::NeedInput need;
    };
    auto input = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<Input> {
        return Input{TRY(reader.required_integer("unitId", 1, INT64_MAX)),
                     TRY(reader.required_string("date")),
                     TRY(reader.optional_string("qualityReason")).value_or(""), TRY(read_need(reader))};
    }));
    return placement_response(placements::move(context.db(), context.actor(), id, input.unit_id, input.date,
                                               input.quality_reason, input.need),
                              201);
}

Result<Response> extend(RequestContext& context) {
    auto id = TRY(context.path_id("placementId"));
    // Absent or null: open-ended.
    auto to = TRY(read_json_body(context.request.body,
                                 [](JsonReader& reader) { return reader.optional_string("to"); }));
    return placement_response(placements::extend(context.db(), context.actor(), id, to));
}

Result<Response> provider_bookings(RequestContext& context) {
    auto list = nlohmann::json::array();
    for (const auto& view : TRY(placements::provider_bookings(context.db(), context.actor())))
        list.push_back(provider_booking_json(view));
    return json_response(200, {{"bookings", list}});
}

Result<Response> occupancy(RequestContext& context) {
    auto from = query_value(context, "from").value_or(format_date(today()));
    auto days = TRY(query_int(context, "days", 14));
    return json_response(200, board_json(TRY(placements::board(context.db(), context.actor(), from, days))));
}

Result<Response> record_turnaway(RequestContext& context) {
    auto turnaway = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<Turnaway> {
        Turnaway t;
        t.request_id = TRY(reader.required_integer("requestId", 1, INT64_MAX));
        t.occurred_on = TRY(reader.required_string("occurredOn"));
        t.reason = TRY(reader.required_string("reason"));
        t.instead = TRY(reader.string_array("instead", 6, 40));
        t.note = TRY(reader.optional_string("note")).value_or("");
        return t;
    }));
    return json_response(
        201, turnaway_json(TRY(deviations::record_turnaway(context.db(), context.actor(), turnaway))));
}

Result<Response> office_turnaways(RequestContext& context) {
    auto list = nlohmann::json::array();
    for (const auto& view : TRY(deviations::turnaways_of_office(context.db(), context.actor()))) {
        auto json = turnaway_json(view.turnaway);
        json["personName"] = view.person_name;
        list.push_back(json);
    }
    return json_response(200, {{"turnaways", list}});
}

Result<Response> request_turnaways(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto list = nlohmann::json::array();
    for (const auto& turnaway : TRY(deviations::turnaways_for_request(context.db(), context.actor(), id)))
        list.push_back(turnaway_json(turnaway));
    return json_response(200, {{"turnaways", list}});
}

Result<Response> list_deviations(RequestContext& context) {
    auto list = nlohmann::json::array();
    auto status = query_value(context, "status").value_or("");
    for (const auto& view : TRY(deviations::list(context.db(), context.actor(), status)))
        list.push_back(deviation_json(view));
    return json_response(200, {{"deviations", list}});
}

Result<Response> create_deviation(RequestContext& context) {
    struct Input {
        std::string description;
        std::optional<int64_t> stay_id;
    };
    auto input = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<Input> {
        return Input{TRY(reader.required_string("description")),
                     TRY(reader.optional_integer("stayId", 1, INT64_MAX))};
    }));
    return json_response(201, deviation_json(TRY(deviations::create_manual(
                                  context.db(), context.actor(), input.description, input.stay_id))));
}

// `to_status` is a literal: the handler captures only a pointer.
Handler deviation_step(const char* to_status) {
    return [to_status](RequestContext& context) -> Result<Response> {
        auto id = TRY(context.path_id("deviationId"));
        auto note = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<std::string> {
            return TRY(reader.optional_string("note")).value_or("");
        }));
        return json_response(200, deviation_json(TRY(deviations::advance(context.db(), context.actor(), id,
                                                                         to_status, note))));
    };
}

Result<Response> export_deviations(RequestContext& context) {
    auto format = query_value(context, "format").value_or("csv");
    if (format != "xlsx" && format != "csv") return invalid("format", "Velg xlsx eller csv.");
    auto sheet = TRY(
        deviations::export_sheet(context.db(), context.actor(), query_value(context, "status").value_or("")));
    if (format == "xlsx")
        return file_response(table_export::to_xlsx({sheet}),
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             "avvik.xlsx");
    return file_response(table_export::to_csv(sheet), "text/csv; charset=utf-8", "avvik.csv");
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

Result<Response> office_economics(RequestContext& context) {
    auto year = TRY(query_int(context, "year", static_cast<int>(today().year())));
    return json_response(200,
                         office_year_json(TRY(economics::office_year(context.db(), context.actor(), year))));
}

Result<Response> save_budget(RequestContext& context) {
    struct Input {
        int year;
        finance_repository::Budget budget;
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

void register_placement_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    auto handlers = Access::roles_of({Role::veileder, Role::leder, Role::tilbyder});
    using placements::Step;
    router.add({"GET", "/api/v1/requests/{requestId}/place-search", case_roles, search});
    router.add({"GET", "/api/v1/requests/{requestId}/placements", case_roles, request_placements});
    router.add({"GET", "/api/v1/requests/{requestId}/turnaways", case_roles, request_turnaways});
    router.add({"POST", "/api/v1/placements", case_roles, book});
    router.add({"POST", "/api/v1/placements/{placementId}/confirm", handlers, step_handler(Step::confirm)});
    router.add({"POST", "/api/v1/placements/{placementId}/decline", handlers, step_handler(Step::decline)});
    router.add({"POST", "/api/v1/placements/{placementId}/cancel", case_roles, step_handler(Step::cancel)});
    router.add({"POST", "/api/v1/placements/{placementId}/check-in", handlers, step_handler(Step::check_in)});
    router.add(
        {"POST", "/api/v1/placements/{placementId}/check-out", handlers, step_handler(Step::check_out)});
    router.add({"POST", "/api/v1/placements/{placementId}/move", case_roles, move});
    router.add({"PUT", "/api/v1/placements/{placementId}/to", case_roles, extend});
    router.add({"GET", "/api/v1/provider-bookings", Access::roles_of({Role::tilbyder}), provider_bookings});
    router.add({"GET", "/api/v1/occupancy", case_roles, occupancy});
    router.add({"GET", "/api/v1/turnaways", case_roles, office_turnaways});
    router.add({"POST", "/api/v1/turnaways", case_roles, record_turnaway});
    router.add({"GET", "/api/v1/deviations", case_roles, list_deviations});
    router.add({"POST", "/api/v1/deviations", case_roles, create_deviation});
    router.add({"GET", "/api/v1/deviations/export", case_roles, export_deviations});
    router.add({"POST", "/api/v1/deviations/{deviationId}/report", case_roles, deviation_step("meldt")});
    router.add({"POST", "/api/v1/deviations/{deviationId}/close", case_roles, deviation_step("lukket")});
    router.add({"GET", "/api/v1/stays/{stayId}/cost", case_roles, stay_cost});
    router.add({"PUT", "/api/v1/stays/{stayId}/own-payment", case_roles, save_own_payment});
    router.add({"GET", "/api/v1/economics", Access::roles_of({Role::leder}), office_economics});
    router.add({"PUT", "/api/v1/economics/budget", Access::roles_of({Role::leder}), save_budget});
}

} // namespace husly::http
