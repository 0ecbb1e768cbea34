#pragma once
// Retention of closed cases (`husly retention`): which persons' cases are past the retention
// period, and anonymising them with an audit entry each. The rule is domain/retention.hpp.

#include "common/error.hpp"
#include "store/database.hpp"
#include "store/retention_repository.hpp"

#include <string>
#include <vector>

namespace husly::retention {

struct Plan {
    int keep_years{0};
    std::string cutoff; // activity before this day is past the period
    std::vector<retention_repository::Candidate> persons;
};

// What would be anonymised today with `keep_years`; changes nothing.
Result<Plan> plan(Connection& connection, int keep_years);

// Anonymises what the plan holds at this moment, in one transaction (found again inside it, so
// a case reopened since the plan was shown is left alone), each person with an audit entry
// "person.anonymise" by the retention job. Returns what was done.
Result<Plan> apply(Connection& connection, int keep_years);

} // namespace husly::retention
