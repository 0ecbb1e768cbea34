#pragma once
// Finding and booking a place: the search over the accommodation around the office, booking with the
// unit's capacity enforced in the transaction, the booking's life (confirmation by the provider,
// check-in, check-out, move, extension, cancellation), provider staff's view, and the office's
// occupancy board.

#include "common/error.hpp"
#include "domain/account.hpp"
#include "domain/children.hpp"
#include "domain/placement.hpp"
#include "service/accommodation_service.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly::placements {

// What the caseworker adds to what the request says about the household.
struct NeedInput {
    bool women_only{false};
    bool wheelchair{false};
    bool cannot_self_evacuate{false};
};

inline constexpr size_t default_search_limit = 50;
inline constexpr size_t max_search_limit = 5000;

struct SearchInput {
    int64_t request_id{0};
    std::string from;
    std::optional<std::string> to;
    NeedInput need;
    // The members of the request's household who will live in the place, by their place in it
    // (0 the applicant); none given: all of them.
    std::optional<std::vector<int64_t>> placed_members;
    size_t limit{default_search_limit}; // the best this many of each list; the totals say how many more
};

struct SearchHit {
    accommodation::UnitView unit;
    bool own_municipality{false};
    bool bookable{false};     // free and suitable
    bool needs_reason{false}; // bookable, but not adequate: a written reason and a deviation
    std::vector<std::string> reasons;
    std::optional<int> free_rooms; // on the first night; empty for on-request units
    std::optional<int> free_beds;
};

struct SearchResult {
    HouseholdNeed need;
    std::vector<SearchHit> available; // free, suitable and adequate: ranked, the best `limit`
    std::vector<SearchHit> left_out;  // each with its reasons; not adequate ones can still be booked
    size_t available_total{0};        // before the limit
    size_t left_out_total{0};
};

struct BookingInput {
    int64_t request_id{0};
    int64_t unit_id{0};
    std::string from;
    std::optional<std::string> to;
    std::string quality_reason;
    NeedInput need;
    // Who of the request's household is placed, as in SearchInput; none given: all of them.
    std::optional<std::vector<int64_t>> placed_members{};
    // Each child of the household left out: why, and where the child lives
    // (docs/domain.md#rule-a-child-left-out-of-a-booking).
    std::vector<AbsentChild> absent_children{};
};

struct PlacementView {
    Placement placement;
    std::string unit_name;
    std::string provider_name;
    std::string provider_kind;
    std::vector<std::string> deviations_raised; // deviation kinds raised by this booking
};

Result<SearchResult> search(Connection& connection, const Actor& actor, const SearchInput& input);
Result<PlacementView> book(Connection& connection, const Actor& actor, const BookingInput& input);
Result<std::vector<PlacementView>> for_request(Connection& connection, const Actor& actor,
                                               int64_t request_id);

struct ProviderBookingView {
    Placement placement;
    std::string unit_name;
    std::string provider_name;
    std::string person_name;
    std::string phone;
};

using Step = PlacementStep; // confirm, decline, cancel, check_in, check_out
struct StepResult {
    PlacementView view;                               // for the office's caseworkers
    std::optional<ProviderBookingView> provider_view; // set when provider staff took the step: all they see
};
// Provider staff may confirm, decline, check in and check out at their own units; caseworkers
// may do all of it for their office's placements.
Result<StepResult> change(Connection& connection, const Actor& actor, int64_t placement_id, Step step,
                          const std::string& date);
// Who may take the placement's steps: caseworkers of its office (false) or staff of the unit's
// provider with their role in force at the provider's office (true); 404 for anyone else.
Result<bool> handled_by_provider_staff(Connection& connection, const Actor& actor,
                                       const Placement& placement);
// Moves the household on `date` (not in the future) to another unit: the current placement ends
// that day, a new one begins in the same stay.
Result<PlacementView> move(Connection& connection, const Actor& actor, int64_t placement_id, int64_t unit_id,
                           const std::string& date, const std::string& quality_reason, const NeedInput& need);
// Moves an active placement's check-out day to `to` (open-ended when none); a later day only when
// the unit has room on the nights added (409 unit_full otherwise). No access check or audit: the
// caller's use case does both.
Status set_check_out_day(Connection& connection, const Placement& placement,
                         const std::optional<std::string>& to);
// A new check-out day (or open-ended), with the capacity of the longer range checked.
Result<PlacementView> extend(Connection& connection, const Actor& actor, int64_t placement_id,
                             const std::optional<std::string>& to);

// Provider staff: bookings at their own units, with the minimum they need.
Result<std::vector<ProviderBookingView>> provider_bookings(Connection& connection, const Actor& actor);

struct BoardUnit {
    accommodation::UnitView unit;
    std::vector<NightUse> nights; // one per day from `from`
    bool counts_capacity{true};   // false for on-request units without a stated capacity
    int in_use_today{0};          // placements on today's night
};
struct Board {
    std::string from;
    int days{0};
    std::vector<BoardUnit> units;
    int free_rooms_today{0};
    int free_beds_today{0};
    int in_use_not_adequate{0}; // placements tonight at units that are not adequate
};
Result<Board> board(Connection& connection, const Actor& actor, const std::string& from, int days);

} // namespace husly::placements
