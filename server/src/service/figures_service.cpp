#include "service/figures_service.hpp"

#include "common/clock.hpp"
#include "service/audit_service.hpp"
#include "service/case_access.hpp"
#include "service/economics_service.hpp"
#include "service/figures_snapshot.hpp"
#include "service/placement_service.hpp"
#include "store/office_repository.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace husly::figures {
namespace {

Status check_report_year(int year, Date today) {
    int current = static_cast<int>(today.year());
    if (year < 2000 || year > current)
        return invalid("year", "Velg et år fra 2000 til og med " + std::to_string(current) + ".");
    return {};
}

} // namespace

std::vector<KostraLine> kostra_lines(const KostraFigures& f) {
    const std::string of_households = "husstander i midlertidig botilbud";
    return {
        {"husstander", "Husstander i midlertidig botilbud i løpet av året", f.all.households, std::nullopt,
         ""},
        {"husstander_med_barn", "Husstander med barn under 18 år", f.households_with_children,
         percent_of(f.households_with_children, f.all.households), of_households},
        {"husstander_14_dager", "Husstander med opphold på 14 dager eller mindre",
         f.households_14_days_or_fewer, percent_of(f.households_14_days_or_fewer, f.all.households),
         of_households},
        {"barnefamilier_over_3_mnd", "Husstander med barn som bodde mer enn 3 måneder",
         f.households_with_children_over_3_months,
         percent_of(f.households_with_children_over_3_months, f.households_with_children),
         "husstander med barn"},
        {"opphold", "Opphold", f.all.stays, std::nullopt, ""},
        {"bodogn", "Bodøgn", f.all.bed_nights, std::nullopt, ""},
        {"natthjem_husstander", "Natthjem: husstander (telles ikke i KOSTRA-tallene over)",
         f.night_shelter.households, std::nullopt, ""},
        {"natthjem_opphold", "Natthjem: opphold", f.night_shelter.stays, std::nullopt, ""},
        {"natthjem_bodogn", "Natthjem: bodøgn", f.night_shelter.bed_nights, std::nullopt, ""},
    };
}

std::string_view quality_issue_label(std::string_view kind) {
    if (kind == "apent_uten_utflytting") return "Vedtaksperioden er ute, men utflytting er ikke registrert";
    if (kind == "utflytting_fram_i_tid") return "Utflyttingsdatoen er fram i tid";
    if (kind == "barn_uten_fodselsdato") return "Barn i husstanden mangler fødselsdato";
    if (kind == "uten_plassering") return "Oppholdet har ingen innsjekket plassering (type botilbud ukjent)";
    return kind;
}

Result<KostraReport> kostra(Connection& connection, const Actor& actor, int year,
                            const std::optional<std::string>& municipality) {
    auto office_id = TRY(leader_office(actor));
    auto day = today();
    TRY(check_report_year(year, day));
    auto office = office_repository::find(connection, office_id);
    if (!office) return not_found("Fant ikke kontoret.");
    KostraReport report;
    report.year = year;
    report.as_of = format_date(day);
    const auto& served = office->municipality_numbers;
    if (municipality && std::find(served.begin(), served.end(), *municipality) == served.end())
        return invalid("municipality", "Velg en av kommunene kontoret betjener.", "unknown_code");
    for (const auto& number : municipality ? std::vector<std::string>{*municipality} : served)
        report.municipalities.push_back(
            {number, office_repository::municipality_name(connection, number).value_or(number)});
    auto cutoff = format_date(kostra_cutoff(year, day));
    auto stays = figures_repository::kostra_stays(connection, {office_id, municipality}, year, cutoff);
    report.figures = kostra_figures(stays, year, day);
    report.quality = figures_repository::data_quality(connection, office_id, year, format_date(day));
    if (!report.quality.empty()) {
        // The panel names the person of each stay it lists: one audit entry per stay shown, as
        // the list of stays writes them.
        Transaction transaction(connection);
        for (const auto& issue : report.quality)
            audit::record(connection, &actor, actor.address,
                          {"stay.list",
                           "stay",
                           std::to_string(issue.stay_id),
                           issue.person_id,
                           {{"list", "datakvalitet"}, {"year", year}}});
        transaction.commit();
    }
    return report;
}

std::vector<table_export::Sheet> national_sheets(const NationalTable& table, const std::string& computed_at,
                                                 bool notes_below) {
    using table_export::Cell;
    table_export::Sheet sheet{"Nasjonalt " + std::to_string(table.year), {"Fylke", "Kontor"}, {}};
    for (size_t m = 0; m < national_measure_count; ++m)
        sheet.header.emplace_back(measure_label(static_cast<NationalMeasure>(m)));
    sheet.header.emplace_back("Andel opphold over 3 måneder (%)");
    auto add = [&](const std::string& county, const std::string& office, const NationalRow& row) {
        std::vector<Cell> cells{county, office};
        for (size_t m = 0; m < national_measure_count; ++m)
            cells.push_back(row.values[m] ? Cell{*row.values[m]}
                                          : Cell{std::string(cell_symbol(row.status[m]))});
        cells.push_back(row.share_of_stays_over_3_months ? Cell{*row.share_of_stays_over_3_months}
                                                         : Cell{std::string(share_symbol(row.share_status))});
        sheet.rows.push_back(std::move(cells));
    };
    add("Hele landet", "", table.country);
    for (const auto& county : table.counties) {
        add(county.county.name, "", county.county);
        for (const auto& office : county.offices) add(county.county.name, office.name, office);
    }
    table_export::Sheet definitions{"Definisjoner", {"Tegn", "Forklaring"}, {}};
    for (const auto& note : symbol_notes()) definitions.rows.push_back({note.symbol, note.text});
    auto label = snapshot_label(computed_at);
    if (!label.empty())
        definitions.rows.push_back({std::string("Tidspunkt"),
                                    label + ". Tallene utenfor kontoret oppdateres etter en fast plan, ikke "
                                            "ved hvert oppslag."});
    if (auto coverage = coverage_note(table); !coverage.empty())
        definitions.rows.push_back({std::string("Dekning"), coverage});
    for (const auto& note : kostra_footnotes()) definitions.rows.push_back({std::string("Regel"), note});
    if (notes_below) {
        sheet.rows.emplace_back();
        for (auto& row : definitions.rows) sheet.rows.push_back(std::move(row));
        return {sheet};
    }
    return {sheet, definitions};
}

std::vector<table_export::Sheet> kostra_sheets(const KostraReport& report) {
    using table_export::Cell;
    table_export::Sheet figures{
        "KOSTRA " + std::to_string(report.year), {"Tall", "Antall", "Prosent", "Prosent av"}, {}};
    for (const auto& line : kostra_lines(report.figures)) {
        figures.rows.push_back({line.label, line.count, line.percent ? Cell{*line.percent} : Cell{},
                                line.percent ? Cell{line.percent_of} : Cell{}});
    }
    table_export::Sheet quality{
        "Datakvalitet", {"Problem", "Opphold", "Henvendelse", "Innflyttet", "Dato"}, {}};
    for (const auto& issue : report.quality) {
        auto date = issue.date ? parse_date(*issue.date) : std::nullopt;
        auto started = parse_date(issue.started_on);
        quality.rows.push_back({std::string(quality_issue_label(issue.kind)), issue.stay_id, issue.request_id,
                                started ? Cell{*started} : Cell{}, date ? Cell{*date} : Cell{}});
    }
    table_export::Sheet definitions{"Definisjoner", {"Regel"}, {}};
    for (const auto& note : kostra_footnotes()) definitions.rows.push_back({note});
    definitions.rows.push_back({"Beregnet " + report.as_of + " fra registeret i Husly."});
    return {figures, quality, definitions};
}

Result<Dashboard> dashboard(Connection& connection, const Actor& actor, int year) {
    auto office_id = TRY(leader_office(actor));
    auto day = today();
    TRY(check_report_year(year, day));
    auto economics = TRY(economics::office_year(connection, actor, year)).economics;
    auto board = TRY(placements::board(connection, actor, format_date(day), 1));
    std::map<std::string, int64_t> in_use;
    for (const auto& unit : board.units)
        if (unit.in_use_today > 0) in_use[std::string(to_string(unit.unit.quality))] += unit.in_use_today;
    auto requests = figures_repository::request_facts(connection, office_id, year);
    auto cutoff = format_date(kostra_cutoff(year, day));
    auto stays = figures_repository::kostra_stays(connection, {office_id, std::nullopt}, year, cutoff);

    Dashboard result;
    result.year = year;
    result.as_of = format_date(day);
    result.charts = {
        requests_by_month(requests, year),
        request_outcomes(requests, year),
        time_to_decision(requests, year),
        turnaways_instead(figures_repository::turnaway_facts(connection, office_id, year)),
        cash_for_a_night(figures_repository::cash_facts(connection, office_id, year)),
        bed_nights_by_kind(economics),
        stays_by_length(stays, year, day),
        quality_in_use(in_use),
        deviations_by_month(figures_repository::deviation_facts(connection, office_id, year), year),
        exits_by_outcome(figures_repository::exits_by_outcome(connection, office_id, year)),
        cost_per_bed_night_by_kind(economics),
        spend_against_budget(economics),
        own_units_against_alternative(economics),
    };
    return result;
}

Result<std::vector<table_export::Sheet>> dashboard_sheets(const Dashboard& dashboard,
                                                          const std::optional<std::string>& chart_id) {
    std::vector<table_export::Sheet> sheets;
    for (const auto& chart : dashboard.charts) {
        if (chart_id && chart.id != *chart_id) continue;
        table_export::Sheet sheet{chart.title, {chart.category.empty() ? "Hva" : chart.category}, {}};
        for (const auto& series : chart.series) sheet.header.push_back(series.label);
        for (const auto& row : chart.rows) {
            std::vector<table_export::Cell> cells{row.label};
            for (double value : row.values) {
                if (chart.unit == "prosent")
                    cells.emplace_back(value);
                else
                    cells.emplace_back(static_cast<int64_t>(std::llround(value)));
            }
            sheet.rows.push_back(std::move(cells));
        }
        sheets.push_back(std::move(sheet));
    }
    if (chart_id && sheets.empty()) return invalid("chart", "Ukjent figur.", "unknown_code");
    table_export::Sheet definitions{"Definisjoner", {"Figur", "Forklaring"}, {}};
    for (const auto& chart : dashboard.charts)
        if (!chart.note.empty()) definitions.rows.push_back({chart.title, chart.note});
    definitions.rows.push_back({std::string("Beregnet"), "Fra registeret i Husly " + dashboard.as_of + "."});
    for (const auto& note : kostra_footnotes()) definitions.rows.push_back({std::string("Opphold"), note});
    sheets.push_back(std::move(definitions));
    return sheets;
}

void audit_export(Connection& connection, const Actor& actor, const std::string& what, int year) {
    Transaction transaction(connection);
    audit::record(connection, &actor, actor.address,
                  {"figures.export",
                   "office",
                   std::to_string(actor.active_office_id.value_or(0)),
                   std::nullopt,
                   {{"report", what}, {"year", year}}});
    transaction.commit();
}

} // namespace husly::figures
