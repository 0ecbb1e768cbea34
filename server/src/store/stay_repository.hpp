#pragma once
// Stays and what hangs on them: agreement, action plan, journal notes, appointments, house-rule
// breaches, after-care and a stans decision.

#include "domain/follow_up.hpp"
#include "domain/stay.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly::stay_repository {

struct StayRow {
    Stay stay;
    std::string person_name;
};

int64_t insert(Connection& connection, const Stay& stay);
std::optional<Stay> find(Connection& connection, int64_t stay_id);
std::optional<Stay> find_by_request(Connection& connection, int64_t request_id);
// The person's open stay at the office, if any.
std::optional<Stay> open_for_person(Connection& connection, int64_t office_id, int64_t person_id);
// The person's most recent ended stay at the office.
std::optional<Stay> last_ended_for_person(Connection& connection, int64_t office_id, int64_t person_id);
std::vector<Stay> for_person(Connection& connection, int64_t office_id, int64_t person_id);
// Open stays of the office (all), or ended ones (newest exits first, up to `limit`).
std::vector<StayRow> open_stays(Connection& connection, int64_t office_id);
std::vector<StayRow> ended_stays(Connection& connection, int64_t office_id, int limit);
void record_exit(Connection& connection, int64_t stay_id, const StayExit& exit);

std::optional<StayAgreement> agreement(Connection& connection, int64_t stay_id);
void save_agreement(Connection& connection, int64_t stay_id, const StayAgreement& agreement);

std::vector<ActionItem> action_plan(Connection& connection, int64_t stay_id);
void replace_action_plan(Connection& connection, int64_t stay_id, const std::vector<ActionItem>& items);

std::vector<JournalNote> notes(Connection& connection, int64_t stay_id);
std::optional<JournalNote> find_note(Connection& connection, int64_t note_id);
int64_t insert_note(Connection& connection, int64_t stay_id, const JournalNote& note);

std::vector<Appointment> appointments(Connection& connection, int64_t stay_id);
void replace_appointments(Connection& connection, int64_t stay_id, const std::vector<Appointment>& items);

std::vector<HouseRuleBreach> breaches(Connection& connection, int64_t stay_id);
int64_t insert_breach(Connection& connection, int64_t stay_id, const HouseRuleBreach& breach);

std::optional<AfterCare> after_care(Connection& connection, int64_t stay_id);
void save_after_care(Connection& connection, int64_t stay_id, const AfterCare& after_care,
                     const std::string& updated_at, int64_t updated_by);

std::optional<StayTermination> termination(Connection& connection, int64_t stay_id);
int64_t insert_termination(Connection& connection, int64_t stay_id, const StayTermination& termination,
                           const std::string& letter_base64);
// Records how and when the stans letter was given (its delivery fields, already checked).
void mark_termination_delivered(Connection& connection, int64_t termination_id, const StayTermination& t);
std::optional<std::string> termination_letter(Connection& connection, int64_t stay_id);

} // namespace husly::stay_repository
