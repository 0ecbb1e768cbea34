#pragma once
// A stay (opphold) in temporary accommodation: from check-in to exit, the 3-month watch, the
// exit and its outcome, and a return within 12 months. Pure: no I/O. Dates only, so daylight
// saving never moves a count.

#include "common/error.hpp"
#include "domain/statuses.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace husly {

using Date = std::chrono::year_month_day;

struct StayExit {
    std::string ended_on; // date
    // None only in a row imported without one: the figures' data-quality panel flags it.
    std::optional<ExitOutcome> outcome;
    std::string transit_kind;                 // CodeList::transit_kind, for overgang
    std::optional<std::string> transit_until; // date, for overgang
    std::string note;                         // required for avsluttet_av_tilbyder and annet
};

// An exit as the caseworker registers it: the outcome is still a code.
struct ExitInput {
    std::string ended_on;
    std::string outcome; // CodeList::exit_outcome
    std::string transit_kind;
    std::optional<std::string> transit_until;
    std::string note;
    // For avsluttet_av_tilbyder: the incident report it rests on (domain/incident.hpp:
    // provider_ending_report, checked by the service).
    std::optional<int64_t> incident_id{};
};

struct Stay {
    int64_t id{0};
    int64_t office_id{0};
    int64_t person_id{0};
    int64_t request_id{0};
    int64_t decision_id{0};
    std::string started_on;               // date of check-in
    std::optional<std::string> period_to; // the granted vedtak period's last day
    std::optional<StayExit> exit;         // set when the stay has ended
    bool family_with_children{false};     // from the household on the request
    bool under_25{false};
    std::optional<int64_t> previous_stay_id; // a return within 12 months of that stay's exit
    std::string created_at;
    int64_t created_by{0};
};

// `date` plus whole months; a day that does not exist in the target month becomes its last day
// (31 August + 3 months = 30 November; 30 November + 3 months = 28/29 February).
Date add_months(Date date, int months);
int64_t days_between(Date from, Date to);

// The day a stay that began on `started` has lasted 3 months.
Date three_month_mark(Date started);

enum class WatchLevel {
    none,        // more than 14 days left to 3 months
    approaching, // reaches 3 months within 14 days
    past,        // has lasted 3 months or more
};
inline constexpr int watch_warning_days = 14;
std::string_view to_string(WatchLevel level);

// Where an open stay stands on `today`. An ended stay is never on the watch.
WatchLevel watch_level(const Stay& stay, Date today);
// Past 3 months for a family with children or someone under 25: the office lead must know.
bool is_escalated(const Stay& stay, Date today);
// The granted period has run out while the person still lives there, without a new decision.
bool period_expired(const Stay& stay, Date today);
// Nights so far (open) or in all (ended).
int64_t length_in_days(const Stay& stay, Date today);

// True when a stay starting on `started` begins within 12 months of an earlier exit.
bool is_return(Date previous_exit, Date started);

// Checks an exit against its stay: a known outcome (never stans, which is a decision), the
// transit details or note it needs, a date neither before the check-in nor after today.
Result<StayExit> check_exit(const Stay& stay, const ExitInput& exit, Date today);

// The order of a watch list: families with children and under-25s first, then past before
// approaching, then the longest stay first. A strict weak order for std::stable_sort.
bool comes_first_on_watch(const Stay& a, const Stay& b, Date today);
void sort_for_watch(std::vector<Stay>& stays, Date today);

} // namespace husly
