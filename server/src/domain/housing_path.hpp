#pragma once
// On the way to a home (docs/domain.md#on-the-way-to-a-home): the individuell plan and its
// coordinator (sosialtjenesteloven § 28), the person's consent to share information with named parties
// (§ 44 with forvaltningsloven § 13a), and the referrals to the housing office, Husbanken and a deposit
// guarantee with their outcome. Pure: no I/O.

#include "common/clock.hpp"
#include "common/error.hpp"
#include "domain/stay.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace husly {

// Whether the person wants an individuell plan, asked on a day; the coordinator by name (free text,
// never an identity number) and the day the plan was started.
struct IndividualPlan {
    std::string wish{"ikke_spurt"}; // CodeList::individual_plan_wish
    std::optional<std::string> asked_on;
    std::string coordinator;
    std::optional<std::string> started_on;
    std::string updated_at;
    int64_t updated_by{0};
};

// A stay this many days long (or longer) whose person has not been asked about an individuell plan
// shows a reminder: three weeks, the time a first mapping and action plan take.
inline constexpr int individual_plan_reminder_days = 21;

// The person's consent, given to the office, to share information with the parties named; in force
// from given_on through valid_until (open-ended when none) until it is withdrawn.
struct Consent {
    int64_t id{0};
    int64_t person_id{0};
    int64_t office_id{0};
    std::vector<std::string> parties; // CodeList::consent_party
    std::string given_on;
    std::optional<std::string> valid_until;
    std::optional<std::string> withdrawn_on;
    std::string registered_at;
    int64_t registered_by{0};
};

// A referral or application sent on the person's behalf, and what became of it.
struct Referral {
    int64_t id{0};
    int64_t stay_id{0};
    std::string kind; // CodeList::referral_kind
    std::string sent_on;
    std::string outcome{"venter"}; // CodeList::referral_outcome
    std::optional<std::string> outcome_on;
    std::string note;
    std::string registered_at;
    int64_t registered_by{0};
};

// Every problem of the plan, in the order of the form: a known wish; the day asked unless not asked
// (a real date, not in the future); the coordinator and the start day only when the person wants a
// plan; the coordinator a name (no identity number); the plan not started before it was asked for
// nor in the future.
std::vector<Error> individual_plan_problems(const IndividualPlan& plan, Date today);
// Whether the stay page reminds the caseworker to ask: the stay is open, at least
// individual_plan_reminder_days long, and the person has not been asked.
bool individual_plan_reminder(const Stay& stay, const std::optional<IndividualPlan>& plan, Date today);

// Every problem of a new consent: at least one known party, each once; given on a real day not in
// the future; valid until a day not before it was given.
std::vector<Error> consent_problems(const Consent& consent, Date today);
// Withdrawing: once, on a real day not before it was given and not in the future.
Status withdraw_consent(Consent& consent, const std::string& on, Date today);
// In force on `day` for `party`: given on or before the day, not expired, not withdrawn on or before it.
bool consent_in_force(const Consent& consent, std::string_view party, Date day);
bool any_consent_in_force(const std::vector<Consent>& consents, std::string_view party, Date day);

// The party a referral of this kind discloses information to (CodeList::consent_party): the housing
// office for kommunal bolig, Husbanken for startlån and bostøtte, the landlord for a deposit guarantee.
std::string_view party_of_referral(std::string_view kind);

// Every problem of a referral, in the order of the form: a known kind; sent on a real day not in the
// future; a known outcome; waiting has no outcome date, any other outcome has one, not before the
// referral was sent and not in the future; the note within 1000 characters.
std::vector<Error> referral_problems(const Referral& referral, Date today);
// A referral may be sent only with a consent in force for its party on the day it was sent
// (sotjl § 44 with fvl § 13a): otherwise a 422 naming the party.
Status check_referral_consent(const Referral& referral, const std::vector<Consent>& consents);

} // namespace husly
