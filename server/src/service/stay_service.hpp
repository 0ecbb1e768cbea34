#pragma once
// Stays and their follow-up: starting a stay on a granted decision, the 3-month watch, the
// agreement, the action plan, journal notes, appointments, house-rule breaches, the exit,
// after-care and a decision to end the place (stans).

#include "common/error.hpp"
#include "domain/account.hpp"
#include "domain/follow_up.hpp"
#include "domain/housing_path.hpp"
#include "domain/stay.hpp"
#include "domain/stay_extension.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly::stays {

// A stay as a list or page shows it: the stay with what is derived on the day asked.
struct StayView {
    Stay stay;
    std::string person_name;
    int64_t length_days{0};
    std::string three_month_mark; // date
    WatchLevel watch{WatchLevel::none};
    bool escalated{false};
    bool period_expired{false};
};

struct StayDetail {
    StayView view;
    std::optional<StayAgreement> agreement;
    std::vector<ActionItem> action_plan;
    std::vector<JournalNote> notes;
    std::vector<Appointment> appointments;
    std::vector<HouseRuleBreach> breaches;
    std::optional<AfterCare> after_care;
    std::optional<StayTermination> termination;
    std::vector<StayExtension> extensions; // oldest first
    // On the way to a home (docs/domain.md#on-the-way-to-a-home).
    std::optional<IndividualPlan> individual_plan;
    bool individual_plan_reminder{false};
    std::vector<Consent> consents; // the person's at the stay's office, oldest first
    std::vector<Referral> referrals;
};

enum class StayList {
    open,  // everyone living in temporary accommodation now
    watch, // approaching or past 3 months, or the period has run out; priority first
    ended, // recent exits
};

// A stay with everything around it, read without access checks or audit: for use cases that
// have done both (the person's own copy).
StayDetail load_detail(Connection& connection, const Stay& stay);

// Starts a stay on a request whose vedtak is granted and decided: the checks of a check-in,
// without access checks or audit (the caller has done both). Links the request's placements.
Result<Stay> open_stay(Connection& connection, int64_t office_id, int64_t user_id, int64_t request_id,
                       const std::string& started_on);
Result<StayDetail> start(Connection& connection, const Actor& actor, int64_t request_id,
                         const std::string& started_on);
Result<StayDetail> get(Connection& connection, const Actor& actor, int64_t stay_id);
Result<std::vector<StayView>> list(Connection& connection, const Actor& actor, StayList which);
Result<std::vector<StayView>> for_person(Connection& connection, const Actor& actor, int64_t person_id);

Result<StayDetail> save_agreement(Connection& connection, const Actor& actor, int64_t stay_id,
                                  StayAgreement agreement);
Result<StayDetail> save_action_plan(Connection& connection, const Actor& actor, int64_t stay_id,
                                    const std::vector<ActionItem>& items);
Result<StayDetail> add_note(Connection& connection, const Actor& actor, int64_t stay_id,
                            const std::string& text, std::optional<int64_t> corrects_note_id);
Result<StayDetail> save_appointments(Connection& connection, const Actor& actor, int64_t stay_id,
                                     const std::vector<Appointment>& appointments);
Result<StayDetail> add_breach(Connection& connection, const Actor& actor, int64_t stay_id,
                              HouseRuleBreach breach);
// Extends the open stay with the granted vedtak on another of the person's requests
// (docs/domain.md#rule-an-extension-continues-the-stay): the stay's period runs to the new vedtak's end, and
// the household's place is kept for the added nights where the unit has room (otherwise it keeps its
// check-out day, and the stay shows that a place is needed).
Result<StayDetail> extend(Connection& connection, const Actor& actor, int64_t stay_id, int64_t request_id);
Result<StayDetail> record_exit(Connection& connection, const Actor& actor, int64_t stay_id,
                               const ExitInput& exit);
Result<StayDetail> save_after_care(Connection& connection, const Actor& actor, int64_t stay_id,
                                   AfterCare after_care);
// The individuell plan (sotjl § 28): whether the person wants one, the coordinator, the day started.
Result<StayDetail> save_individual_plan(Connection& connection, const Actor& actor, int64_t stay_id,
                                        IndividualPlan plan);
// The person's consent to share information with the parties named (sotjl § 44, fvl § 13a), and its
// withdrawal.
Result<StayDetail> add_consent(Connection& connection, const Actor& actor, int64_t stay_id, Consent consent);
Result<StayDetail> withdraw_consent(Connection& connection, const Actor& actor, int64_t stay_id,
                                    int64_t consent_id, const std::string& withdrawn_on);
// A referral to the housing office, Husbanken or for a deposit guarantee: only with a consent in force
// for its party on the day it was sent. Its outcome is changed by update_referral.
Result<StayDetail> add_referral(Connection& connection, const Actor& actor, int64_t stay_id,
                                Referral referral);
Result<StayDetail> update_referral(Connection& connection, const Actor& actor, int64_t stay_id,
                                   int64_t referral_id, const std::string& outcome,
                                   const std::optional<std::string>& outcome_on, const std::string& note);
// Decides a stans: every element must be there; ends the stay and stores the letter.
Result<StayDetail> terminate(Connection& connection, const Actor& actor, int64_t stay_id,
                             StayTermination termination);
// Records how and when the stans letter was given (fvl. §§ 27, 29): from it the appeal deadline.
Result<StayDetail> record_termination_delivery(Connection& connection, const Actor& actor, int64_t stay_id,
                                               const std::string& method, const std::string& on);
Result<std::string> termination_letter(Connection& connection, const Actor& actor, int64_t stay_id);

} // namespace husly::stays
