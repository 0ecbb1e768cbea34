#pragma once
// Children in a placement (docs/domain.md#rule-childs-best-interests, #rule-barnevern-duty and
// #rule-a-child-left-out-of-a-booking): the assessment of the child's best interests and of whether
// barneverntjenesten must be told, which placing a family with children raises; and the reason and
// whereabouts of a child a booking leaves out. Pure: no I/O.

#include "common/clock.hpp"
#include "common/error.hpp"
#include "domain/household.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly {

using Date = std::chrono::year_month_day;

// One per request, raised by the first placement of a household with children; open until recorded.
struct ChildAssessment {
    int64_t id{0};
    int64_t office_id{0};
    int64_t request_id{0};
    int64_t person_id{0};
    int64_t placement_id{0}; // the placement that raised it
    std::string raised_at;
    std::optional<std::string> assessed_at; // empty: open (the leder is alerted)
    std::optional<int64_t> assessed_by;
    std::string best_interests;           // Grl § 104
    std::optional<std::string> barnevern; // "meldt" or "ikke_nodvendig" (sotjl § 45)
    std::optional<std::string>
        barnevern_on; // the day barneverntjenesten was told, or it was concluded not to
    std::string barnevern_reason;
};

// The caseworker's record, as sent.
struct ChildAssessmentInput {
    std::string best_interests;
    std::string barnevern;
    std::string barnevern_on;
    std::string barnevern_reason;
};

// The assessment text, a barnevern conclusion («meldt» or «ikke_nodvendig»), its day (not in the
// future, not before the request came in: the assessment may precede the placement) and its reason
// are all required.
Status check_child_assessment(const ChildAssessmentInput& input, Date today, Date received_on);

// A child of the household left out of a booking: why, and where the child lives meanwhile.
struct AbsentChild {
    int64_t member{0}; // the child's place in the request's household
    std::string reason;
    std::string lives_at;
    bool operator==(const AbsentChild&) const = default;
};

// Which members are children (under 18 on `day`; a child without a birth date counts as one).
bool is_child(const HouseholdMember& member, Date day);

// Every child among the `absent` members (domain/placement.hpp: absent_members) needs an entry with
// a reason and where the child lives (field absentChildren[i].reason / .livesAt, or absentChildren
// when one is missing); an entry for a member who is placed, or who is no child, is refused.
// Returns the entries in member order.
Result<std::vector<AbsentChild>> check_absent_children(const std::vector<HouseholdMember>& members,
                                                       const std::vector<int>& absent,
                                                       const std::vector<AbsentChild>& given, Date day);

} // namespace husly
