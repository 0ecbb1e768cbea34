#pragma once
// What surrounds a stay: the stay agreement (bo- og oppfølgingsavtale), the action plan
// (tiltaksplan), journal notes, appointments, house-rule breaches, after-care, and ending a place
// by a decision (stans). The rules each must meet before it is stored. Pure: no I/O.

#include "common/error.hpp"
#include "domain/stay.hpp"

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
};

// A decision to end a place against the person's will (vedtak om stans).
struct StayTermination {
    int64_t id{0};
    std::string effective_on;
    std::vector<int64_t> breach_ids; // the documented breaches it rests on
    std::string facts;
    std::string resident_account; // the person's own account, heard before deciding
    std::string considerations;
    std::string informed_on;
    std::string appeal_deadline;
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
// Every element a stans needs, in the order of the form; all are reported at once.
std::vector<Error> termination_problems(const Stay& stay, const StayTermination& termination,
                                        const std::vector<HouseRuleBreach>& breaches, Date today);

// "YYYY-MM-DDTHH:MM" local time.
bool is_local_minute(std::string_view text);

} // namespace husly
