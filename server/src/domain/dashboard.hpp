#pragma once
// The office dashboard's charts, each a small table (categories × series) that the web app draws
// and also shows as a table, and that downloads as CSV/XLSX. Built from rows read in a few
// set-based queries. Pure: no I/O. Labels are in Norwegian, as shown.

#include "domain/economics.hpp"
#include "domain/kostra.hpp"
#include "domain/statuses.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace husly {

struct ChartSeries {
    std::string key;
    std::string label;
};

struct ChartRow {
    std::string label;
    std::vector<double> values; // one per series
};

struct Chart {
    std::string id;
    std::string title;
    std::string kind;     // "bar", "stacked" or "line"
    std::string unit;     // "antall", "kroner" or "prosent"
    std::string category; // what the rows are ("Måned", "Type botilbud")
    std::vector<ChartSeries> series;
    std::vector<ChartRow> rows;
    std::optional<std::string> marker; // a row to mark with a line (the 3-month line)
    std::string note;                  // a sentence under the chart (a median, a share)
};

// A request received in the year before or the year asked, with what became of it.
struct RequestFact {
    Date received;               // the day in Norway
    std::string outcome;         // vedtak, trukket, ikke_sokt, veiledning (before the rule), or "" while open
    std::string decision;        // the vedtak outcome (INNVILGET …), or "" while not decided
    std::optional<Date> decided; // the day in Norway the vedtak was made
};

struct TurnawayFact {
    std::string reason;
    std::vector<std::string> instead;
};

// A § 18 decision on money for a night (docs/domain.md#rule-cash-is-section-18-support).
struct CashFact {
    bool granted{false};
    int64_t amount_kroner{0};
    int64_t nights{0};
};

struct DeviationFact {
    Date opened;
    std::optional<Date> closed;
};

Chart requests_by_month(const std::vector<RequestFact>& requests, int year);
Chart request_outcomes(const std::vector<RequestFact>& requests, int year);
Chart time_to_decision(const std::vector<RequestFact>& requests, int year);
Chart turnaways_instead(const std::vector<TurnawayFact>& turnaways);
// The year's § 18 decisions on money for a night, granted and refused, with the nights and kroner:
// money, not a place, so never part of the § 27 figures.
Chart cash_for_a_night(const std::vector<CashFact>& decisions);
// Stays counted in the year (as KOSTRA counts them, night shelters left out) by their length,
// families with children and under-25s apart; the 3-month line marked.
Chart stays_by_length(const std::vector<KostraStay>& stays, int year, Date today);
Chart deviations_by_month(const std::vector<DeviationFact>& deviations, int year);
// Exits in the year by outcome; the note gives the share to permanent housing.
Chart exits_by_outcome(const std::map<ExitOutcome, int64_t>& exits);
// Tonight's places in use by the unit's quality status (codes of CodeList::quality_status).
Chart quality_in_use(const std::map<std::string, int64_t>& in_use);
Chart bed_nights_by_kind(const YearEconomics& economics);
Chart cost_per_bed_night_by_kind(const YearEconomics& economics);
Chart spend_against_budget(const YearEconomics& economics);
Chart own_units_against_alternative(const YearEconomics& economics);

// Exit outcomes that are a permanent home.
bool is_permanent_housing(ExitOutcome outcome);

} // namespace husly
