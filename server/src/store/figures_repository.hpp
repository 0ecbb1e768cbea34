#pragma once
// The rows the figures are computed from, each read in one set-based query (no query per row).
// No names or identity numbers: the figures never need them.

#include "domain/dashboard.hpp"
#include "domain/kostra.hpp"
#include "store/database.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace husly::figures_repository {

// Which stays a report covers: one office, one municipality, or (both empty) the whole country.
struct Scope {
    std::optional<int64_t> office_id;
    std::optional<std::string> municipality_number;
};

// Every stay with a night in `year` (nights before `cutoff`), with its household and placements.
std::vector<KostraStay> kostra_stays(Connection& connection, const Scope& scope, int year,
                                     const std::string& cutoff);

// One thing on the data-quality panel: what is wrong and where to fix it.
struct QualityIssue {
    std::string kind; // apent_uten_utflytting, utflytting_fram_i_tid, barn_uten_fodselsdato, uten_plassering
    int64_t stay_id{0};
    int64_t request_id{0};
    std::string started_on;
    std::optional<std::string> date; // the period's end, or the exit date
    int64_t person_id{0};
    std::string person_name; // the stay's person, "first last": the panel's link names them
};
std::vector<QualityIssue> data_quality(Connection& connection, int64_t office_id, int year,
                                       const std::string& today);

// The dashboard's rows for one office: requests received in the year and the year before (with
// their outcome and vedtak), turnaways and deviations of the year, and exits by outcome.
std::vector<RequestFact> request_facts(Connection& connection, int64_t office_id, int year);
std::vector<TurnawayFact> turnaway_facts(Connection& connection, int64_t office_id, int year);
// The office's § 18 decisions on money for a night decided in the year.
std::vector<CashFact> cash_facts(Connection& connection, int64_t office_id, int year);
std::vector<DeviationFact> deviation_facts(Connection& connection, int64_t office_id, int year);
// Exits in the year by outcome; rows imported without one are left out (the data-quality panel
// shows them).
std::map<ExitOutcome, int64_t> exits_by_outcome(Connection& connection, int64_t office_id, int year);

} // namespace husly::figures_repository
