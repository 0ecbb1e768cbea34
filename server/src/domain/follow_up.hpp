#pragma once
// What surrounds a stay: the stay agreement (bo- og oppfølgingsavtale), the action plan
// (tiltaksplan), journal notes, appointments, house-rule breaches, after-care, and ending a place
// by a decision (stans). The rules each must meet before it is stored. Pure: no I/O.

#include "common/error.hpp"
#include "domain/statuses.hpp"
#include "domain/stay.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace husly {

struct StayAgreement {
    std::string period_from;          // date
    std::string period_to;            // date
    std::string resident_commitments; // what the resident agrees to
    std::string office_commitments;   // what the office and the place offer
    std::optional<std::string> signed_on;
    std::string updated_at;
    int64_t updated_by{0};
};

// A row of the action plan, as in Bolig Nu's form: Mål, Tiltak, Ansvar, Frist, Annet, and status.
struct ActionItem {
    std::string goal;
    std::string action;
    std::string responsible;
    std::optional<std::string> due_on;
    std::string other;
    std::string status{"ikke_startet"}; // CodeList::action_status
};

// Append-only: a correction is a new note pointing to the one it corrects.
struct JournalNote {
    int64_t id{0};
    std::string written_at;
    int64_t written_by{0};
    std::string written_by_name;
    std::string text;
    std::optional<int64_t> corrects_note_id;
};

struct Appointment {
    std::string starts_at; // local time "YYYY-MM-DDTHH:MM"
    std::string purpose;
    std::string place;
    std::string status{"planlagt"}; // CodeList::appointment_status
    std::string note;
};

struct HouseRuleBreach {
    int64_t id{0};
    std::string occurred_on;
    std::string description;      // what happened, documented (notoritet)
    std::string resident_account; // the resident's own account (kontradiksjon)
    std::string registered_at;
    int64_t registered_by{0};
};

struct AfterCareContact {
    std::string planned_on;
    std::string form; // CodeList::after_care_form
    std::optional<std::string> done_on;
    std::string note;
};

// Follow-up after moving out: 3 months from the day agreed.
struct AfterCare {
    std::string agreed_on;
    std::string until_on; // derived: agreed_on + 3 months
    std::vector<std::string> forms;
    std::string note;
    std::vector<AfterCareContact> contacts;
    // The follow-up offered besides the contacts (CodeList::after_care_offer): health and care
    // services, help setting up a home, moving, financial advice (docs/domain.md#rule-after-care-offer).
    std::vector<std::string> offers;
};

// The rule beyond sosialtjenesteloven § 27 that allows a place to be ended
// (docs/domain.md#rule-stans-is-a-vedtak).
enum class TerminationBasis {
    condition,   // "vilkar": a condition of the vedtak granting the place was breached
    house_rules, // "husordensregler": the house rules or the stay agreement the place was given on
    reversal,    // "omgjoring": the vedtak granting the place is reversed (fvl. § 35)
};
inline constexpr std::array all_termination_bases{TerminationBasis::condition, TerminationBasis::house_rules,
                                                  TerminationBasis::reversal};
std::string_view to_string(TerminationBasis basis);
std::string label(TerminationBasis basis); // with its citation in force today
std::optional<TerminationBasis> parse_termination_basis(std::string_view code);

// A stans takes effect no sooner than this many days after the day its letter can be taken to
// reach the person when posted on the day it is decided (reached_on), so that the person can ask
// for postponed implementation (fvl. § 42), unless the office states the danger of waiting.
inline constexpr int postponement_request_days = 7;

// A decision to end a place against the person's will (vedtak om stans).
struct StayTermination {
    int64_t id{0};
    std::string effective_on;
    std::vector<int64_t> breach_ids;   // the documented house-rule breaches it rests on
    std::vector<int64_t> incident_ids; // the providers' incident reports at the stay it rests on
    // The advance notice (fvl. § 16): the day and the way it was given, or why none was given.
    std::optional<std::string> notice_given_on;
    std::optional<DeliveryMethod> notice_method;
    std::string notice_exception;
    std::optional<TerminationBasis> basis; // none only on a stans decided before migration 0024
    std::string basis_detail;              // which condition or rule, and how it was breached
    std::string facts;
    std::string resident_account; // the person's own account, heard before deciding
    std::string considerations;
    std::string danger_reason; // why it takes effect before there is time to ask for postponement
    // The office's duty continues (sotjl § 27): where the person can live now, assessed on a day.
    std::string new_place_assessment;
    std::optional<std::string> new_place_assessed_on;
    // How and when the letter was given, recorded after deciding (delivery_of); until then the
    // appeal deadline has not begun to run.
    std::optional<DeliveryMethod> delivery_method;
    std::optional<std::string> delivered_on;
    std::optional<std::string> informed_on; // the day it reached the person
    std::optional<std::string> appeal_deadline;
    std::string decided_at;
    int64_t decided_by{0};
};

Status check_agreement(const Stay& stay, const StayAgreement& agreement, Date today);
Status check_action_plan(const std::vector<ActionItem>& items);
Status check_note(const std::string& text);
Status check_appointments(const std::vector<Appointment>& appointments);
Status check_breach(const Stay& stay, const HouseRuleBreach& breach, Date today);
// Fills until_on. After-care starts when the stay has ended.
Status check_after_care(const Stay& stay, AfterCare& after_care);
// The earliest day a stans decided on `decided_on` may take effect without a stated danger.
Date earliest_effective_without_danger(Date decided_on);
// Every element a stans needs, in the order of the form; all are reported at once: an effective
// date not backdated and, unless the danger is stated, no sooner than
// earliest_effective_without_danger; at least one documented breach or incident report of this stay
// (`incident_ids` of the stay's reports); the advance notice with its day and way, or the reason
// none was given; the basis beyond § 27 with its detail; the facts, the person's account and the
// considerations; the assessment of a new place with its day.
std::vector<Error> termination_problems(const Stay& stay, const StayTermination& termination,
                                        const std::vector<HouseRuleBreach>& breaches,
                                        const std::vector<int64_t>& incidents_of_stay, Date today);
// Records how and when the stans letter was given (delivery_of): once, not before it was decided.
Status record_termination_delivery(StayTermination& termination, const std::string& method,
                                   const std::string& on, Date today);
// Whether the day the letter reached the person leaves the days to ask for postponement before the
// stans takes effect (or the danger was stated): false when the letter came late.
bool leaves_time_for_postponement(const StayTermination& termination);

// "YYYY-MM-DDTHH:MM" local time.
bool is_local_minute(std::string_view text);

} // namespace husly
