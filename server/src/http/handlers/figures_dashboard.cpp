// The office's dashboard: its charts for a year, and a chart's (or all) download (leder).

#include "http/app.hpp"
#include "http/handlers/shared_json.hpp"
#include "http/query.hpp"
#include "http/routes.hpp"
#include "service/figures_service.hpp"

namespace husly::http {
namespace {

nlohmann::json chart_json(const Chart& chart) {
    auto series = nlohmann::json::array();
    for (const auto& s : chart.series) series.push_back({{"key", s.key}, {"label", s.label}});
    auto rows = nlohmann::json::array();
    for (const auto& row : chart.rows) {
        nlohmann::json values = nlohmann::json::object();
        for (size_t i = 0; i < chart.series.size() && i < row.values.size(); ++i)
            values[chart.series[i].key] = row.values[i];
        rows.push_back({{"label", row.label}, {"values", values}});
    }
    return {{"id", chart.id},
            {"title", chart.title},
            {"kind", chart.kind},
            {"unit", chart.unit},
            {"category", chart.category},
            {"series", series},
            {"rows", rows},
            {"marker", optional_json(chart.marker)},
            {"note", chart.note}};
}

Result<figures::Dashboard> read_dashboard(RequestContext& context) {
    auto year = TRY(query_year(context));
    return figures::dashboard(context.db(), context.actor(), year);
}

Result<Response> dashboard_report(RequestContext& context) {
    auto dashboard = TRY(read_dashboard(context));
    auto charts = nlohmann::json::array();
    for (const auto& chart : dashboard.charts) charts.push_back(chart_json(chart));
    return json_response(200, {{"year", dashboard.year}, {"asOf", dashboard.as_of}, {"charts", charts}});
}

Result<Response> dashboard_export(RequestContext& context) {
    auto format = TRY(export_format(context, "xlsx"));
    auto dashboard = TRY(read_dashboard(context));
    auto chart = query_value(context, "chart");
    auto sheets = TRY(figures::dashboard_sheets(dashboard, chart));
    figures::audit_export(context.db(), context.actor(), "dashboard." + format, dashboard.year);
    return sheets_response(sheets, format,
                           (chart ? *chart : std::string("oversikt")) + "-" + std::to_string(dashboard.year));
}

} // namespace

void register_figures_dashboard_routes(Router& router) {
    auto leder = Access::roles_of({Role::leder});
    router.add({"GET", "/api/v1/figures/dashboard", leder, dashboard_report});
    router.add({"GET", "/api/v1/figures/dashboard/export", leder, dashboard_export});
}

} // namespace husly::http
