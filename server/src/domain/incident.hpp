#pragma once
// Incident reports by provider staff, and Nav's follow-up (docs/domain.md#rule-exclusion-by-a-provider).
// A provider that ends a stay or shuts the person out does what Nav may only do by a decision
// (Sivilombudet 20.10.2025, the Trondheim case): the provider files an incident report with its
// facts, Nav is alerted at once, records the person's own account (fvl §§ 16–17), assesses a new
// place the same day (sotjl § 27) and decides: a stans vedtak with letter and appeal, or no stans
// with its reason. Provider staff may report an incident at any time. Pure: no I/O.

#include "common/error.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace husly {

// Nav's decision on an incident.
enum class IncidentDecision { stans, no_stans };
std::string_view to_string(IncidentDecision decision); // "stans", "ikke_stans"
std::optional<IncidentDecision> parse_incident_decision(std::string_view code);

// Nav's follow-up of one incident.
struct IncidentFollowUp {
    std::string resident_account;                     // the person's own account (fvl §§ 16–17)
    std::string new_place_assessment;                 // where the person can live now (sotjl § 27)
    std::optional<std::string> new_place_assessed_on; // date
    std::optional<IncidentDecision> decision;         // none: Nav has not decided yet
    std::string decision_reason;                      // why no stans
    std::optional<int64_t> termination_id;            // the stans vedtak, for stans
    std::optional<std::string> followed_up_at;
    std::optional<int64_t> followed_up_by;
};

struct IncidentReport {
    int64_t id{0};
    int64_t office_id{0};
    int64_t placement_id{0};
    std::optional<int64_t> stay_id; // the stay, once the person has checked in
    int64_t person_id{0};
    std::string occurred_on;  // date
    std::string facts;        // what happened
    std::string action_taken; // what the provider did
    bool ends_stay{false};    // the provider has ended the stay or shut the person out
    std::string reported_at;
    int64_t reported_by{0};
    IncidentFollowUp follow_up;
};

inline constexpr size_t incident_text_max = 4000;
inline constexpr size_t incident_facts_min = 10;

// Every problem of a new report, in the order of the form (occurredOn, facts, actionTaken): the
// date is a date, not in the future nor before the placement's first night; the facts hold at least
// 10 characters of clean text; what the provider did is clean text. A report that ends the stay
// says what the provider did.
std::vector<Error> incident_report_problems(const IncidentReport& report,
                                            std::string_view placement_starts_on,
                                            std::chrono::year_month_day today);

// Every problem of Nav's follow-up, in the order of the form (residentAccount, newPlaceAssessment,
// newPlaceAssessedOn, decision, decisionReason). The account, assessment and reason are clean text;
// the assessment's date is not in the future nor before the incident. Deciding needs the person's
// account; when the provider ended the stay also the assessment of a new place with its date. Stans
// needs the stay's stans vedtak (`termination_id`); no stans needs its reason (10 characters).
std::vector<Error> incident_follow_up_problems(const IncidentReport& report,
                                               const IncidentFollowUp& follow_up,
                                               std::optional<int64_t> termination_id,
                                               std::chrono::year_month_day today);

// Nav has decided on it. An incident that ended the stay and is not handled shows on the front page.
bool is_handled(const IncidentReport& report);
// Whether the new place was assessed on the day the provider reported (the duty of sotjl § 27).
bool assessed_same_day(const IncidentReport& report);

// A provider's staff checking a person out (or declining a booking already checked in) ends the
// stay: allowed only with an incident report at the placement that says so (409 incident_required).
Status check_provider_ending(const std::vector<IncidentReport>& reports_of_placement);

// The exit «avsluttet av tilbyder» rests on a report at the stay that ended it, with the person's
// account and the assessment of a new place recorded by Nav: gives that report's id.
Result<int64_t> provider_ending_report(const std::vector<IncidentReport>& reports_of_stay,
                                       std::optional<int64_t> incident_id);

} // namespace husly
