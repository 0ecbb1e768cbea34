#pragma once
// Placements (bookings of units for a request's household) and turnaways (no place found).

#include "domain/children.hpp"
#include "domain/placement.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly::placement_repository {

// Serialises bookings of one unit: on PostgreSQL the unit's row is locked until the
// transaction ends; on SQLite the write transaction (BEGIN IMMEDIATE) already holds the lock.
void lock_unit(Connection& connection, int64_t unit_id);

// Bookings that hold capacity in the unit and overlap [from, to) (to empty: from `from` on),
// except `excluding`.
std::vector<Booking> taken(Connection& connection, int64_t unit_id, const std::string& from,
                           const std::optional<std::string>& to,
                           std::optional<int64_t> excluding = std::nullopt);
// The same for many units at once: unit id → bookings.
std::vector<std::pair<int64_t, Booking>> taken_in_units(Connection& connection,
                                                        const std::vector<int64_t>& unit_ids,
                                                        const std::string& from,
                                                        const std::optional<std::string>& to);

// Who lives at the units' sites (docs/domain.md#rule-children-not-with-substance-use). The units
// with a placement that is not over (waiting, booked or checked in) overlapping [from, to), of a
// request other than `excluding_request`, whose needs mapping records substance use
// (request_sensitive): only the unit ids, never who.
std::vector<int64_t> units_with_substance_use(Connection& connection, const std::string& from,
                                              const std::optional<std::string>& to,
                                              int64_t excluding_request);
// The active units of active providers with an address, in `municipality_numbers`, with their
// provider's address and kind and their target groups (the caller folds the address: SQLite's
// LOWER folds only ASCII, so «BODØ» and «Bodø» are compared in C++).
struct AddressedUnit {
    int64_t unit_id{0};
    std::string address;
    std::string provider_kind;
    std::vector<std::string> suits;
};
std::vector<AddressedUnit> addressed_units(Connection& connection,
                                           const std::vector<std::string>& municipality_numbers);

int64_t insert(Connection& connection, const Placement& placement);
std::optional<Placement> find(Connection& connection, int64_t placement_id);
// The members of the request's household a placement leaves out, by their place in it
// (placement_absent_members; none: all placed).
void insert_absent_members(Connection& connection, int64_t placement_id, const std::vector<int>& absent);
std::vector<int> absent_members(Connection& connection, int64_t placement_id);
// The children of the household a placement leaves out, with why and where they live
// (placement_absent_children).
void insert_absent_children(Connection& connection, int64_t placement_id,
                            const std::vector<AbsentChild>& children);
std::vector<AbsentChild> absent_children(Connection& connection, int64_t placement_id);
std::vector<Placement> for_request(Connection& connection, int64_t request_id);
std::vector<Placement> for_stay(Connection& connection, int64_t stay_id);
void set_status(Connection& connection, int64_t placement_id, PlacementStatus status, const std::string& at,
                int64_t by);
void set_starts_on(Connection& connection, int64_t placement_id, const std::string& starts_on);
void set_ends_on(Connection& connection, int64_t placement_id, const std::optional<std::string>& ends_on);
// Links the request's placements without a stay to the stay that began.
void attach_to_stay(Connection& connection, int64_t request_id, int64_t stay_id);
// Writes the changes a rule decided (domain/placement.hpp: changes_at_stay_end), each with its
// time and user.
void apply_changes(Connection& connection, const std::vector<PlacementChange>& changes, const std::string& at,
                   int64_t by);

// A booking as provider staff see it: the minimum they need.
struct ProviderBooking {
    Placement placement;
    std::string unit_name;
    std::string provider_name;
    std::string first_name;
    std::string last_name;
    std::string phone;
};
// Bookings at the units of the providers the user works for, not ended before `since`: only
// providers of `role_offices`, the offices where the user's provider-staff role is in force (a
// link to a provider made before the role was approved, or kept after it was withdrawn, shows
// nothing).
std::vector<ProviderBooking> for_provider_staff(Connection& connection, int64_t user_id,
                                                const std::vector<int64_t>& role_offices,
                                                const std::string& since);

// Placements holding capacity at the office's own providers' units that overlap [from, to).
std::vector<Placement> at_office_units(Connection& connection, int64_t office_id, const std::string& from,
                                       const std::string& to);
// Placements booked by the office overlapping [from, to), with the unit's provider kind.
struct CostedPlacement {
    Placement placement;
    std::string provider_kind;
    std::string provider_name;
    int64_t provider_office_id{0};
};
std::vector<CostedPlacement> of_office_between(Connection& connection, int64_t office_id,
                                               const std::string& from, const std::string& to);

// Turnaways ----------------------------------------------------------------------------------
int64_t insert_turnaway(Connection& connection, const Turnaway& turnaway);
std::vector<Turnaway> turnaways_for_request(Connection& connection, int64_t request_id);
struct TurnawayRow {
    Turnaway turnaway;
    std::string person_name;
};
std::vector<TurnawayRow> turnaways_of_office(Connection& connection, int64_t office_id, int limit);

} // namespace husly::placement_repository
