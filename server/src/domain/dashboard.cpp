#include "domain/dashboard.hpp"

#include "domain/decision.hpp"
#include "domain/request_codes.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace husly {
namespace {

// "1 dag", "2 dager".
std::string days_text(int64_t days) {
    auto text = std::to_string(days);
    text += days == 1 ? " dag" : " dager";
    return text;
}

using std::chrono::days;
using std::chrono::sys_days;

constexpr std::array<const char*, 12> month_names{"jan", "feb", "mar", "apr", "mai", "jun",
                                                  "jul", "aug", "sep", "okt", "nov", "des"};

int year_of(Date date) {
    return static_cast<int>(date.year());
}
size_t month_index(Date date) {
    return static_cast<unsigned>(date.month()) - 1;
}

std::string code_label(CodeList list, const std::string& code) {
    const auto* entry = find_code(list, code);
    return entry ? std::string(entry->label) : code;
}

Chart months_chart(std::string id, std::string title, std::vector<ChartSeries> series) {
    Chart chart{
        std::move(id), std::move(title), "bar", "antall", "Måned", std::move(series), {}, std::nullopt, ""};
    for (const auto* name : month_names)
        chart.rows.push_back({name, std::vector<double>(chart.series.size(), 0)});
    return chart;
}

Chart single_series(std::string id, std::string title, std::string unit, std::string category,
                    std::string series_label) {
    return {std::move(id),
            std::move(title),
            "bar",
            std::move(unit),
            std::move(category),
            {{"verdi", std::move(series_label)}},
            {},
            std::nullopt,
            ""};
}

std::string thousands(int64_t value) {
    auto text = std::to_string(std::llabs(value));
    for (int i = static_cast<int>(text.size()) - 3; i > 0; i -= 3)
        text.insert(static_cast<size_t>(i), "\u00a0");
    return (value < 0 ? "-" : "") + text;
}

} // namespace

bool is_permanent_housing(ExitOutcome outcome) {
    switch (outcome) {
    case ExitOutcome::municipal_housing:
    case ExitOutcome::private_rental:
    case ExitOutcome::own_home:
        return true;
    case ExitOutcome::transit:
    case ExitOutcome::declined_offer:
    case ExitOutcome::ended_by_provider:
    case ExitOutcome::terminated:
    case ExitOutcome::left_without_notice:
    case ExitOutcome::other:
        return false;
    }
    return false;
}

Chart requests_by_month(const std::vector<RequestFact>& requests, int year) {
    auto chart = months_chart("henvendelser_per_maned", "Henvendelser per måned",
                              {{"i_ar", std::to_string(year)}, {"i_fjor", std::to_string(year - 1)}});
    chart.kind = "line";
    int64_t this_year = 0, last_year = 0;
    for (const auto& request : requests) {
        auto y = year_of(request.received);
        if (y != year && y != year - 1) continue;
        chart.rows[month_index(request.received)].values[y == year ? 0 : 1] += 1;
        (y == year ? this_year : last_year) += 1;
    }
    chart.note = thousands(this_year) + " i " + std::to_string(year) + " mot " + thousands(last_year) +
                 " i " + std::to_string(year - 1) + ".";
    return chart;
}

Chart request_outcomes(const std::vector<RequestFact>& requests, int year) {
    auto chart = single_series("utfall", "Utfall av henvendelsene", "antall", "Utfall", "Henvendelser");
    // A request for a place ends in a vedtak, a withdrawal or a finding that the person did not ask
    // for one (docs/domain.md#rule-a-request-for-a-place-ends-in-a-vedtak); «kun råd og veiledning»
    // is shown only for rows stored before that rule, when there are any.
    const std::array<const char*, 6> labels{"Innvilget (helt eller delvis)",
                                            "Avslått eller avvist",
                                            "Trukket av personen",
                                            "Ba ikke om plass",
                                            "Ikke avgjort ennå",
                                            "Kun råd og veiledning (før kravet om vedtak)"};
    std::array<int64_t, 6> counts{};
    for (const auto& request : requests) {
        if (year_of(request.received) != year) continue;
        size_t which = 4;
        if (request.outcome == "vedtak" && !request.decision.empty())
            which = grants_place(request.decision) ? 0 : 1;
        else if (request.outcome == "trukket")
            which = 2;
        else if (request.outcome == "ikke_sokt")
            which = 3;
        else if (request.outcome == "veiledning")
            which = 5;
        counts[which] += 1;
    }
    for (size_t i = 0; i < labels.size(); ++i)
        if (i < 5 || counts[i] > 0) chart.rows.push_back({labels[i], {static_cast<double>(counts[i])}});
    auto decided = counts[0] + counts[1];
    if (decided > 0)
        chart.note = "Andel avslag av vedtakene: " +
                     std::to_string(static_cast<int>(std::lround(100.0 * static_cast<double>(counts[1]) /
                                                                 static_cast<double>(decided)))) +
                     " %.";
    return chart;
}

Chart time_to_decision(const std::vector<RequestFact>& requests, int year) {
    auto chart = single_series("tid_til_vedtak", "Tid fra henvendelse til vedtak", "antall", "Tid", "Vedtak");
    const std::array<const char*, 6> labels{"Samme dag", "1 dag",      "2–3 dager",
                                            "4–7 dager", "8–14 dager", "Over 14 dager"};
    std::array<int64_t, 6> counts{};
    std::vector<int64_t> waits;
    for (const auto& request : requests) {
        if (!request.decided || year_of(*request.decided) != year) continue;
        auto wait = (sys_days{*request.decided} - sys_days{request.received}).count();
        waits.push_back(wait);
        size_t which = wait <= 0 ? 0 : wait == 1 ? 1 : wait <= 3 ? 2 : wait <= 7 ? 3 : wait <= 14 ? 4 : 5;
        counts[which] += 1;
    }
    for (size_t i = 0; i < labels.size(); ++i)
        chart.rows.push_back({labels[i], {static_cast<double>(counts[i])}});
    if (!waits.empty()) {
        std::sort(waits.begin(), waits.end());
        chart.note = "Median: " + days_text(waits[(waits.size() - 1) / 2]) + ".";
    }
    return chart;
}

Chart turnaways_instead(const std::vector<TurnawayFact>& turnaways) {
    auto chart = single_series("avvisninger", "Ingen plass funnet: hva som ble gjort i stedet", "antall",
                               "Tiltak", "Ganger");
    std::map<std::string, int64_t> counts;
    for (const auto& turnaway : turnaways)
        for (const auto& instead : turnaway.instead) counts[instead] += 1;
    for (const auto& entry : codes(CodeList::turnaway_instead))
        chart.rows.push_back(
            {std::string(entry.label), {static_cast<double>(counts[std::string(entry.code)])}});
    chart.note = thousands(static_cast<int64_t>(turnaways.size())) + " ganger ble det ikke funnet plass.";
    return chart;
}

Chart cash_for_a_night(const std::vector<CashFact>& decisions) {
    Chart chart{"penger_til_overnatting",
                "Penger til overnatting (§ 18), ikke plass",
                "bar",
                "antall",
                "Vedtak",
                {{"vedtak", "Vedtak"}, {"netter", "Netter"}},
                {},
                std::nullopt,
                ""};
    int64_t granted = 0, refused = 0, nights = 0, kroner = 0;
    for (const auto& decision : decisions) {
        if (!decision.granted) {
            refused += 1;
            continue;
        }
        granted += 1;
        nights += decision.nights;
        kroner += decision.amount_kroner;
    }
    chart.rows.push_back({"Innvilget", {static_cast<double>(granted), static_cast<double>(nights)}});
    chart.rows.push_back({"Avslått", {static_cast<double>(refused), 0}});
    chart.note = thousands(kroner) +
                 " kroner i alt. Økonomisk stønad etter § 18, ikke midlertidig botilbud: ikke med i tallene "
                 "for botilbud.";
    return chart;
}

Chart stays_by_length(const std::vector<KostraStay>& stays, int year, Date today) {
    Chart chart{"opphold_etter_lengde",
                "Opphold etter lengde",
                "stacked",
                "antall",
                "Lengde",
                {{"barnefamilier", "Barnefamilier"}, {"unge", "Unge under 25 år"}, {"andre", "Andre"}},
                {},
                std::string("3–6 mnd"),
                ""};
    const std::array<const char*, 7> labels{"0–14 dager", "15 dager–1 mnd", "1–2 mnd",    "2–3 mnd",
                                            "3–6 mnd",    "6–12 mnd",       "Over 12 mnd"};
    for (const auto* label : labels) chart.rows.push_back({label, {0, 0, 0}});
    auto year_start = Date{std::chrono::year{year}, std::chrono::January, std::chrono::day{1}};
    auto cutoff = kostra_cutoff(year, today);
    int64_t total = 0, longest = 0, sum = 0;
    for (const auto& stay : stays) {
        if (stay.night_shelter || nights_within(stay, year_start, cutoff) == 0) continue;
        auto until = sys_days{kostra_measured_until(stay, cutoff)};
        auto start = stay.started_on;
        size_t bucket = 6;
        if (until <= sys_days{start} + days{14})
            bucket = 0;
        else if (until <= sys_days{add_months(start, 1)})
            bucket = 1;
        else if (until <= sys_days{add_months(start, 2)})
            bucket = 2;
        else if (until <= sys_days{add_months(start, 3)})
            bucket = 3;
        else if (until <= sys_days{add_months(start, 6)})
            bucket = 4;
        else if (until <= sys_days{add_months(start, 12)})
            bucket = 5;
        auto first_night = Date{std::max(sys_days{start}, sys_days{year_start})};
        bool children = kostra_has_children_on(stay, first_night);
        size_t series = children ? 0 : stay.under_25 ? 1 : 2;
        chart.rows[bucket].values[series] += 1;
        auto length = (until - sys_days{start}).count();
        total += 1;
        sum += length;
        longest = std::max(longest, length);
    }
    if (total > 0)
        chart.note = "Gjennomsnitt " + thousands(sum / total) + " netter, lengste " + thousands(longest) +
                     " netter. Streken markerer 3 måneder.";
    return chart;
}

Chart deviations_by_month(const std::vector<DeviationFact>& deviations, int year) {
    auto chart = months_chart("avvik_per_maned", "Avvik åpnet og lukket per måned",
                              {{"apnet", "Åpnet"}, {"lukket", "Lukket"}});
    for (const auto& deviation : deviations) {
        if (year_of(deviation.opened) == year) chart.rows[month_index(deviation.opened)].values[0] += 1;
        if (deviation.closed && year_of(*deviation.closed) == year)
            chart.rows[month_index(*deviation.closed)].values[1] += 1;
    }
    return chart;
}

Chart exits_by_outcome(const std::map<ExitOutcome, int64_t>& exits) {
    auto chart = single_series("utflytting", "Utflytting etter utfall", "antall", "Utfall", "Opphold");
    int64_t total = 0, permanent = 0;
    for (auto outcome : all_exit_outcomes) {
        auto it = exits.find(outcome);
        auto count = it == exits.end() ? 0 : it->second;
        chart.rows.push_back({std::string(label(outcome)), {static_cast<double>(count)}});
        total += count;
        if (is_permanent_housing(outcome)) permanent += count;
    }
    if (total > 0)
        chart.note = thousands(permanent) + " av " + thousands(total) + " (" +
                     std::to_string(static_cast<int>(
                         std::lround(100.0 * static_cast<double>(permanent) / static_cast<double>(total)))) +
                     " %) flyttet til en varig bolig.";
    return chart;
}

Chart quality_in_use(const std::map<std::string, int64_t>& in_use) {
    auto chart = single_series("kvalitet_i_bruk", "Plasser i bruk i natt etter kvalitetsstatus", "antall",
                               "Kvalitetsstatus", "Plasseringer");
    for (const auto& entry : codes(CodeList::quality_status)) {
        auto it = in_use.find(std::string(entry.code));
        chart.rows.push_back(
            {std::string(entry.label), {static_cast<double>(it == in_use.end() ? 0 : it->second)}});
    }
    return chart;
}

Chart bed_nights_by_kind(const YearEconomics& economics) {
    auto chart =
        single_series("bodogn_etter_type", "Bodøgn etter type botilbud", "antall", "Type botilbud", "Bodøgn");
    for (const auto& [kind, line] : economics.by_kind)
        chart.rows.push_back(
            {code_label(CodeList::provider_kind, kind), {static_cast<double>(line.bed_nights)}});
    return chart;
}

Chart cost_per_bed_night_by_kind(const YearEconomics& economics) {
    auto chart = single_series("pris_per_bodogn", "Kostnad per bodøgn etter type botilbud", "kroner",
                               "Type botilbud", "Kroner per bodøgn");
    for (const auto& [kind, line] : economics.by_kind) {
        double per = line.bed_nights > 0
                         ? std::round(static_cast<double>(line.cost) / static_cast<double>(line.bed_nights))
                         : 0;
        chart.rows.push_back({code_label(CodeList::provider_kind, kind), {per}});
    }
    chart.note = "Snitt for alle: " + thousands(economics.cost_per_bed_night) + " kr.";
    return chart;
}

Chart spend_against_budget(const YearEconomics& economics) {
    auto chart = single_series("forbruk_budsjett", "Forbruk mot budsjett", "kroner", "", "Kroner");
    chart.rows.push_back({"Brukt så langt", {static_cast<double>(economics.spend_to_date)}});
    chart.rows.push_back({"Prognose for året", {static_cast<double>(economics.forecast)}});
    if (economics.budget) chart.rows.push_back({"Budsjett", {static_cast<double>(*economics.budget)}});
    chart.note = !economics.budget                        ? "Budsjett for året er ikke satt."
                 : economics.forecast > *economics.budget ? "Prognosen er over budsjettet."
                                                          : "Prognosen er innenfor budsjettet.";
    return chart;
}

Chart own_units_against_alternative(const YearEconomics& economics) {
    auto chart = single_series("bolig_nu", "Kontorets egne enheter: faktisk kostnad mot alternativ pris",
                               "kroner", "", "Kroner");
    chart.rows.push_back({"Faktisk kostnad", {static_cast<double>(economics.own_cost)}});
    chart.rows.push_back(
        {"Samme bodøgn til alternativ pris", {static_cast<double>(economics.alternative_cost)}});
    chart.note = thousands(economics.own_bed_nights) +
                 " bodøgn (personer × netter) i kommunale enheter kontoret selv har registrert, regnet til " +
                 thousands(economics.alternative_price) + " kr per bodøgn.";
    return chart;
}

} // namespace husly
