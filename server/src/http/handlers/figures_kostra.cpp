// The office's KOSTRA figures for a year with the data-quality panel, and their download (leder).

#include "common/clock.hpp"
#include "http/app.hpp"
#include "http/handlers/shared_json.hpp"
#include "http/query.hpp"
#include "http/routes.hpp"
#include "service/figures_service.hpp"

namespace husly::http {
namespace {

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
                           {"date", optional_json(issue.date)},
                           {"personName", issue.person_name}});
    return {{"year", report.year},
            {"asOf", report.as_of},
            {"municipalities", municipalities},
            {"lines", lines},
            {"footnotes", kostra_footnotes()},
            {"quality", quality}};
}

Result<figures::KostraReport> read_kostra(RequestContext& context) {
    auto year = TRY(query_year(context));
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

} // namespace

void register_figures_kostra_routes(Router& router) {
    auto leder = Access::roles_of({Role::leder});
    router.add({"GET", "/api/v1/figures/kostra", leder, kostra_report});
    router.add({"GET", "/api/v1/figures/kostra/export", leder, kostra_export});
}

} // namespace husly::http
