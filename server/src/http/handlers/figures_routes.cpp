// Figures: the KOSTRA report with its data-quality panel, the national and county view with small
// counts hidden, and their downloads (XLSX, CSV).

#include "common/clock.hpp"
#include "domain/suppression.hpp"
#include "http/app.hpp"
#include "http/query.hpp"
#include "http/routes.hpp"
#include "http/views.hpp"
#include "service/figures_service.hpp"

namespace husly::http {
namespace {

// `year=`, this year when absent.
Result<int> report_year(RequestContext& context) {
    return query_int(context, "year", static_cast<int>(today().year()));
}

nlohmann::json kostra_json(const figures::KostraReport& report) {
    auto municipalities = nlohmann::json::array();
    for (const auto& m : report.municipalities)
        municipalities.push_back({{"number", m.number}, {"name", m.name}});
    auto lines = nlohmann::json::array();
    for (const auto& line : figures::kostra_lines(report.figures))
        lines.push_back({{"key", line.key},
                         {"label", line.label},
                         {"count", line.count},
                         {"percent", line.percent ? nlohmann::json(*line.percent) : nlohmann::json()},
                         {"percentOf", line.percent_of}});
    auto quality = nlohmann::json::array();
    for (const auto& issue : report.quality)
        quality.push_back({{"kind", issue.kind},
                           {"label", figures::quality_issue_label(issue.kind)},
                           {"stayId", issue.stay_id},
                           {"requestId", issue.request_id},
                           {"startedOn", issue.started_on},
                           {"date", optional_json(issue.date)}});
    return {{"year", report.year},
            {"asOf", report.as_of},
            {"municipalities", municipalities},
            {"lines", lines},
            {"footnotes", kostra_footnotes()},
            {"quality", quality}};
}

Result<figures::KostraReport> read_kostra(RequestContext& context) {
    auto year = TRY(report_year(context));
    return figures::kostra(context.db(), context.actor(), year, query_value(context, "municipality"));
}

Result<Response> kostra_report(RequestContext& context) {
    return json_response(200, kostra_json(TRY(read_kostra(context))));
}

Result<Response> kostra_export(RequestContext& context) {
    auto format = TRY(export_format(context, "xlsx"));
    auto report = TRY(read_kostra(context));
    auto sheets = figures::kostra_sheets(report);
    figures::audit_export(context.db(), context.actor(), "kostra." + format, report.year);
    return sheets_response(sheets, format, "kostra-" + std::to_string(report.year));
}

nlohmann::json row_json(const NationalRow& row) {
    nlohmann::json values = nlohmann::json::object();
    for (size_t m = 0; m < national_measure_count; ++m)
        values[std::string(measure_key(static_cast<NationalMeasure>(m)))] =
            row.values[m] ? nlohmann::json(*row.values[m]) : nlohmann::json();
    return {{"key", row.key},
            {"name", row.name},
            {"values", values},
            {"shareOfStaysOver3Months", optional_json(row.share_of_stays_over_3_months)}};
}

nlohmann::json national_json(const NationalTable& table) {
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
    return {{"year", table.year},
            {"threshold", suppression_threshold},
            {"measures", measures},
            {"country", row_json(table.country)},
            {"counties", counties}};
}

Result<NationalTable> read_national(RequestContext& context) {
    auto year = TRY(report_year(context));
    return figures::national(context.db(), context.actor(), year);
}

Result<Response> national_report(RequestContext& context) {
    return json_response(200, national_json(TRY(read_national(context))));
}

Result<Response> national_export(RequestContext& context) {
    auto format = TRY(export_format(context, "xlsx"));
    auto table = TRY(read_national(context));
    auto sheets = figures::national_sheets(table);
    figures::audit_export(context.db(), context.actor(), "national." + format, table.year);
    return sheets_response(sheets, format, "nasjonalt-" + std::to_string(table.year));
}

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
    auto year = TRY(report_year(context));
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

void register_figures_routes(Router& router) {
    auto leder = Access::roles_of({Role::leder});
    router.add({"GET", "/api/v1/figures/kostra", leder, kostra_report});
    router.add({"GET", "/api/v1/figures/kostra/export", leder, kostra_export});
    router.add({"GET", "/api/v1/figures/dashboard", leder, dashboard_report});
    router.add({"GET", "/api/v1/figures/dashboard/export", leder, dashboard_export});
    auto analytiker = Access::roles_of({Role::analytiker});
    router.add({"GET", "/api/v1/figures/national", analytiker, national_report});
    router.add({"GET", "/api/v1/figures/national/export", analytiker, national_export});
}

} // namespace husly::http
