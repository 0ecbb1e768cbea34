#pragma once
// Placing a household in a unit: who a unit suits, how much of it is taken night by night, the
// booking's life, and the deviations the rules of docs/domain.md#deviations raise. Stays are date
// ranges [from, to) where `to` is the check-out day (the last night is the day before); an
// open-ended placement has no `to`. Pure: no I/O.

#include "common/error.hpp"
#include "domain/accommodation.hpp"
#include "domain/decision.hpp"
#include "domain/household.hpp"
#include "domain/statuses.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly {

// What the search knows about the household (from the request) and what the caseworker adds.
struct HouseholdNeed {
    int persons{1};
    bool family_with_children{false}; // anyone under 18
    bool under_25{false};             // the applicant
    bool women_only{false};           // the household may use a women-only place
    bool substance_use{false};        // uses drugs (special-category data: never stored here)
    bool wheelchair{false};
    bool cannot_self_evacuate{false};
    // A family or several people need a whole room; a single adult needs a bed.
    bool needs_room() const { return persons > 1 || family_with_children; }
};

// A booking of a unit for the household of a request (one stay may have several: a move ends
// one placement and begins the next on the same day).
struct Placement {
    int64_t id{0};
    int64_t office_id{0};
    int64_t request_id{0};
    int64_t person_id{0};
    std::optional<int64_t> stay_id; // set at check-in
    int64_t unit_id{0};
    std::string starts_on;              // first night
    std::optional<std::string> ends_on; // check-out day; open-ended when empty
    int persons{1};
    bool uses_room{false};
    PlacementStatus status{PlacementStatus::booked};
    std::string quality_status; // the unit's when booked (CodeList::quality_status)
    std::string quality_reason; // why a unit that is not adequate was used
    std::optional<int64_t> moved_from_id;
    bool before_approval{false}; // booked on an acute request's vedtak still awaiting approval
    std::string booked_at;
    int64_t booked_by{0};
    std::string status_changed_at;
    int64_t status_changed_by{0};
};

// Who of the request's household (`household_size` members: the applicant at 0, then the others
// in the order registered) a booking leaves out, from the members it places (none given: all of
// them). The applicant is always placed, each member is named once, and an index outside the
// household is refused (field placedMembers). The result is sorted.
Result<std::vector<int>> absent_members(size_t household_size,
                                        const std::optional<std::vector<int64_t>>& placed);
// The members a placement places: the household without the absent ones.
std::vector<HouseholdMember> placed_members(const std::vector<HouseholdMember>& members,
                                            const std::vector<int>& absent);

// No place found: why, and what was done instead.
struct Turnaway {
    int64_t id{0};
    int64_t office_id{0};
    int64_t person_id{0};
    int64_t request_id{0};
    std::string occurred_on;
    std::string reason;               // CodeList::turnaway_reason
    std::vector<std::string> instead; // CodeList::turnaway_instead
    std::string note;
    std::string registered_at;
    int64_t registered_by{0};
};
// The form on `today`: a day not in the future nor before the request came in (`received_on`),
// a known reason, and what was done instead, each answer once.
Status check_turnaway(const Turnaway& turnaway, Date today, Date received_on);
// Whether a turnaway fits the request at all (docs/domain.md#rule-no-place-found): a place was
// owed and not found. Not when its vedtak refused a place (nothing was owed: the turnaway figures
// would count it), not on a withdrawn request (nothing is sought), and not once the household has
// moved in on it (a place was found).
Status check_turnaway_fits(const std::optional<Decision>& decision, bool withdrawn, bool moved_in);

struct Deviation {
    int64_t id{0};
    int64_t office_id{0};
    std::string kind;                      // CodeList::deviation_kind
    std::optional<std::string> source_key; // the rule and what raised it; empty for manual ones
    std::optional<int64_t> person_id;
    std::optional<int64_t> request_id;
    std::optional<int64_t> stay_id;
    std::optional<int64_t> placement_id;
    std::optional<int64_t> unit_id;
    std::string description; // no names or identity numbers: it goes to the municipality
    DeviationStatus status{DeviationStatus::open};
    std::string opened_on;
    std::string opened_at;
    int64_t opened_by{0};
    std::optional<std::string> reported_at;
    std::optional<int64_t> reported_by;
    std::optional<std::string> closed_at;
    std::optional<int64_t> closed_by;
    std::string note;
};

// Why a unit does not suit the household, in words for the caseworker; empty when it suits.
std::vector<std::string> unsuitability(const Unit& unit, bool on_request, const HouseholdNeed& need);

// What the office knows of who lives at a unit's site over the booking's nights
// (docs/domain.md#rule-children-not-with-substance-use). Substance use is known only as Husly
// legitimately knows it: a provider of kind «lavterskel», a unit meant for «rusbrukere», and the
// substance-use flag of another household's needs mapping (request_sensitive) for a placement there.
// No diagnosis is read, and the reasons never name a unit, a household or a person.
struct SiteNeighbour {              // another active unit at the same provider address
    std::string provider_kind;      // CodeList::provider_kind
    std::vector<std::string> suits; // CodeList::target_group
    bool residents_substance_use{false};
};
struct SiteResidents {
    std::string provider_kind;           // the unit's own provider
    bool residents_substance_use{false}; // another household placed in the unit on those nights
    std::vector<SiteNeighbour> neighbours;
};
// Why a family with children (need.family_with_children) may not be placed in the unit: people
// with substance-use problems live there or at the same address, or it is a low-threshold offer,
// or an inspection found it not adequate («ikke forsvarlig»: never for children, even with a
// reason). Empty for a household without children, and for a unit where none of it holds.
std::vector<std::string> child_safety(const Unit& unit, QualityStatus quality, const SiteResidents& site,
                                      const HouseholdNeed& need);

struct Booking {
    std::string from;              // first night
    std::optional<std::string> to; // check-out day; open-ended when empty
    bool uses_room{false};         // a whole room (household) or one bed (single adult)
};

// Nights on which a unit with `rooms` rooms and `beds` beds cannot take one more booking of the
// kind asked for, within [from, to) (to empty: from `from` on, for good). A booking of a room
// takes all the beds of one room (beds / rooms, rounded up).
struct FullNights {
    std::string first;               // first full night
    std::optional<std::string> last; // last full night, empty when full for good
};
std::optional<FullNights> first_full_nights(int rooms, int beds, const std::vector<Booking>& taken,
                                            const Booking& wanted);

struct NightUse {
    int rooms_used{0};
    int beds_used{0};
};
// Use on the night beginning on `night`.
NightUse use_on(int rooms, int beds, const std::vector<Booking>& taken, Date night);
int free_rooms(int rooms, int beds, NightUse use);
int free_beds(int rooms, int beds, NightUse use);

// "full 12.–14. mars" / "full fra 12. mars".
std::string describe_full(const FullNights& full);

// A booking's life: venter_bekreftelse → bestilt → innsjekket → utsjekket, or avbestilt/avvist
// before check-in.
// Takes a night of the unit's capacity on the nights it covers (a checked-out placement keeps
// the nights it was used).
bool holds_capacity(PlacementStatus status);
// Not yet over: waiting for the provider, booked or checked in.
bool is_active(PlacementStatus status);
// The household has lived there (checked in, or checked out): its nights are used and cost.
bool was_lived_in(PlacementStatus status);
Status check_transition(PlacementStatus from, PlacementStatus to);
// The statuses for which `rule` holds (for the store's SQL).
std::vector<PlacementStatus> placement_statuses_where(bool (*rule)(PlacementStatus));

// The steps of a booking's life, each taking it to one status.
enum class PlacementStep { confirm, decline, cancel, check_in, check_out };
PlacementStatus status_after(PlacementStep step);

// Only a placement with the resident checked in can be moved to another unit (the move checks
// it out and checks the next one in on the same day).
Status check_move(const Placement& current);

// What ending a stay on `ended_on` does to its placements: one checked in is checked out, its
// check-out day brought forward to the end when it was later or open; one booked or waiting for
// the provider is cancelled; the others are left as they are. The store writes only these.
struct PlacementChange {
    int64_t placement_id{0};
    PlacementStatus status{PlacementStatus::checked_out};
    std::optional<std::string> ends_on; // the new check-out day, when it changes
    bool operator==(const PlacementChange&) const = default;
};
std::vector<PlacementChange> changes_at_stay_end(const std::vector<Placement>& placements,
                                                 const std::string& ended_on);

// Dates of a booking: a first night, and a check-out day after it when given.
Status check_booking_dates(const std::string& from, const std::optional<std::string>& to);

// Egenbetaling (docs/domain.md#rule-own-payment): a rate per night up to a monthly cap, never
// more than the person can pay, nothing for those whose income is social assistance.
struct OwnPaymentTerms {
    int64_t rate_per_night{300};
    int64_t monthly_cap{9000};
    bool income_is_social_assistance{false};
    std::optional<int64_t> can_pay_per_month; // assessed ability to pay
};
int64_t own_payment_for_month(const OwnPaymentTerms& terms, int64_t nights_in_month);
Status check_own_payment(const OwnPaymentTerms& terms);

// The deviations a placement raises when booked: the unit is not adequate, or it needs an
// agreement that is missing; a child in a unit not suitable for children. Codes of
// CodeList::deviation_kind.
std::vector<std::string> placement_deviations(QualityStatus quality, const Unit& unit,
                                              const HouseholdNeed& need);

// A deviation's life: apent → meldt (reported to the municipality) → lukket; closing an open
// one directly is allowed (a mistake, resolved at once) but needs a note.
Status check_deviation_step(DeviationStatus from, DeviationStatus to, const std::string& note);

} // namespace husly
