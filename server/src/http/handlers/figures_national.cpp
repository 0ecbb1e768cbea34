// The national and county figures for analysts, from the snapshot, with small counts hidden
// across related cells; and their download.

#include "domain/suppression.hpp"
#include "http/app.hpp"
#include "http/handlers/shared_json.hpp"
#include "http/query.hpp"
#include "http/routes.hpp"
#include "service/figures_service.hpp"
#include "service/figures_snapshot.hpp"

namespace husly::http {
namespace {

nlohmann::json row_json(const NationalRow& row) {
    nlohmann::json values = nlohmann::json::object();
    nlohmann::json status = nlohmann::json::object();
    for (size_t m = 0; m < national_measure_count; ++m) {
        auto key = std::string(measure_key(static_cast<NationalMeasure>(m)));
        values[key] = row.values[m] ? nlohmann::json(*row.values[m]) : nlohmann::json();
        status[key] = cell_status_code(row.status[m]);
    }
    return {{"key", row.key},
            {"name", row.name},
            {"values", values},
            {"status", status},
            {"shareOfStaysOver3Months", optional_json(row.share_of_stays_over_3_months)},
            {"shareStatus", share_status_code(row.share_status)}};
}

nlohmann::json national_json(const figures::NationalSnapshot& snapshot) {
    const auto& table = snapshot.table;
    auto measures = nlohmann::json::array();
    for (size_t m = 0; m < national_measure_count; ++m) {
        auto measure = static_cast<NationalMeasure>(m);
        measures.push_back({{"key", measure_key(measure)}, {"label", measure_label(measure)}});
    }
    auto counties = nlohmann::json::array();
    for (const auto& county : table.counties) {
        auto offices = nlohmann::json::array();
        for (const auto& office : county.offices) offices.push_back(row_json(office));
        counties.push_back({{"county", row_json(county.county)}, {"offices", offices}});
    }
    auto symbols = nlohmann::json::array();
    for (const auto& note : symbol_notes()) symbols.push_back({{"symbol", note.symbol}, {"text", note.text}});
    auto coverage = coverage_note(table);
    return {{"year", table.year},
            {"threshold", suppression_threshold},
            {"snapshotAt", snapshot.computed_at},
            {"snapshotLabel", figures::snapshot_label(snapshot.computed_at)},
            {"coverage", coverage.empty() ? nlohmann::json() : nlohmann::json(coverage)},
            {"symbols", symbols},
            {"measures", measures},
            {"country", row_json(table.country)},
            {"counties", counties}};
}

Result<figures::NationalSnapshot> read_national(RequestContext& context) {
    auto year = TRY(query_year(context));
    return figures::national(context.db(), context.actor(), year, context.app.config().figures_refresh);
}

Result<Response> national_report(RequestContext& context) {
    return json_response(200, national_json(TRY(read_national(context))));
}

Result<Response> national_export(RequestContext& context) {
    auto format = TRY(export_format(context, "xlsx"));
    auto snapshot = TRY(read_national(context));
    auto sheets = figures::national_sheets(snapshot.table, snapshot.computed_at, format == "csv");
    figures::audit_export(context.db(), context.actor(), "national." + format, snapshot.table.year);
    return sheets_response(sheets, format, "nasjonalt-" + std::to_string(snapshot.table.year));
}

} // namespace

void register_figures_national_routes(Router& router) {
    auto analytiker = Access::roles_of({Role::analytiker});
    router.add({"GET", "/api/v1/figures/national", analytiker, national_report});
    router.add({"GET", "/api/v1/figures/national/export", analytiker, national_export});
}

} // namespace husly::http
