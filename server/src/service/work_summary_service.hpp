#pragma once
// What waits for the office today, as counts only (no names, so nothing to audit): the front
// page's "Dette venter".

#include "common/error.hpp"
#include "domain/account.hpp"
#include "store/database.hpp"

#include <string>
#include <vector>

namespace husly::work_summary {

// Vedtak waiting for approval in another office where the user is leder (a leder of several
// offices sees them all without switching).
struct ApprovalsElsewhere {
    int64_t office_id{0};
    std::string office_name;
    int count{0};
};

struct WorkSummary {
    int needs_answer_today{0};
    int without_outcome{0};
    int awaiting_approval{0};
    int bookings_declined{0}; // a provider said no, and the household has no other place yet
    int stays_open{0};
    int stays_approaching{0}; // reach 3 months within 14 days
    int stays_past{0};        // past 3 months
    int stays_escalated{0};   // past 3 months, families with children or under 25
    int periods_expired{0};
    int waiting_list{0};
    int inspections_due{0};        // units missing, overdue or failing their inspection
    int deviations_unclosed{0};    // open or reported, not closed
    int incidents_unhandled{0};    // a provider reported an incident, Nav has not decided on it
    int child_assessments_open{0}; // a family with children placed, best interests and barnevern not assessed
    std::vector<ApprovalsElsewhere> approvals_elsewhere; // only offices with any
};

Result<WorkSummary> for_office(Connection& connection, const Actor& actor);

} // namespace husly::work_summary
