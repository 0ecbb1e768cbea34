// Deviations (avvik): raised by the rules or by hand, reported and closed, and the municipality's
// CSV or workbook.

#include "http/app.hpp"
#include "http/handlers/shared_json.hpp"
#include "http/json_body.hpp"
#include "http/query.hpp"
#include "http/routes.hpp"
#include "service/deviation_service.hpp"

namespace husly::http {
namespace {

nlohmann::json deviation_json(const deviations::DeviationView& view) {
    const auto& d = view.deviation;
    return {{"id", d.id},
            {"kind", d.kind},
            {"automatic", d.source_key.has_value()},
            {"personId", optional_json(d.person_id)},
            {"personName", view.person_name},
            {"requestId", optional_json(d.request_id)},
            {"stayId", optional_json(d.stay_id)},
            {"placementId", optional_json(d.placement_id)},
            {"unitId", optional_json(d.unit_id)},
            {"description", d.description},
            {"status", to_string(d.status)},
            {"openedOn", d.opened_on},
            {"openedAt", d.opened_at},
            {"reportedAt", optional_json(d.reported_at)},
            {"closedAt", optional_json(d.closed_at)},
            {"note", d.note}};
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

Handler deviation_step(DeviationStatus to_status) {
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

} // namespace

void register_deviation_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"GET", "/api/v1/deviations", case_roles, list_deviations});
    router.add({"POST", "/api/v1/deviations", case_roles, create_deviation});
    router.add({"GET", "/api/v1/deviations/export", case_roles, export_deviations});
    router.add({"POST", "/api/v1/deviations/{deviationId}/report", case_roles,
                deviation_step(DeviationStatus::reported)});
    router.add({"POST", "/api/v1/deviations/{deviationId}/close", case_roles,
                deviation_step(DeviationStatus::closed)});
}

} // namespace husly::http
