#pragma once
// Answers to the survey that an office's own data gives: each with the figure behind it, the
// period and the rule that turned the figure into the answer (docs/survey.md lists the rules).
// The respondent sees them beside the questions and may change them. Pure: no I/O.

#include "domain/survey.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace husly::survey {

using Date = std::chrono::year_month_day;

// What the office's data holds about the period, as rows (the store reads them for one office).
struct RequestFact {
    Date received;
    std::vector<std::string> groups; // codes of the list «group»
    std::string decision;            // INNVILGET, DELVIS_INNVILGET, AVSLATT, AVVIST or ""
    std::optional<Date> decided;
};
struct TurnawayFact {
    Date occurred;
    std::vector<std::string> instead; // codes of «turnawayInstead»
};
struct PlacementFact {
    Date starts;
    std::optional<Date> ends;   // the check-out day; empty while open
    std::string provider_kind;  // codes of «providerKind»
    std::string quality_status; // at booking: godkjent, ikke_forsvarlig, …
};
struct StayFact {
    Date started;
    std::optional<Date> ended;
    bool family_with_children{false};
    bool under_25{false};
};
struct DeviationFact {
    std::string kind;
    Date opened;
    bool reported{false}; // reported to the municipality (or closed after being reported)
};
struct InspectionFact {
    Date inspected;
    std::vector<std::string> problems; // codes of «qualityProblem»
};
struct AgreementFact {
    std::string provider_name;
    std::string provider_kind;
};

struct OfficeFacts {
    std::optional<Date> first_request; // the office's earliest request: how far back its data goes
    std::vector<RequestFact> requests;
    std::vector<TurnawayFact> turnaways;
    std::vector<PlacementFact> placements;
    std::vector<StayFact> stays;
    std::vector<DeviationFact> deviations;
    std::vector<InspectionFact> inspections;
    std::vector<std::string> own_offer_types;    // «offerType» of the office's active municipal providers
    std::vector<AgreementFact> valid_agreements; // quality agreements valid on the last day
};

// The period asked about: 1 January of the round's year up to `until`, and the same days a
// year earlier.
struct Period {
    Date from;
    Date until;
    Date last_from;
    Date last_until;
};
Period period_until(Date until);
std::string describe(const Period& period); // "1.1.2026–23.11.2026"

struct Prefilled {
    std::string label;
    Answer answer;
    std::string figure; // the figure behind it, in bokmål: "37 søknader"
    std::string rule;   // how the figure became the answer
};

// {"label", "answer", "figure", "rule"}: as stored with the response and sent to the form.
nlohmann::json prefilled_json(const Prefilled& item);

std::vector<Prefilled> prefill(const Definition& definition, const OfficeFacts& facts, const Period& period);

// The number of days a stay lasted within its span up to `until` (a stay still open counts to it).
int64_t stay_days(const StayFact& stay, Date until);

} // namespace husly::survey
