#pragma once
// The best-interests and barnevern assessment a family's placement raises (child_assessments).

#include "domain/children.hpp"
#include "store/database.hpp"

#include <optional>

namespace husly::child_assessment_repository {

// Raises the request's assessment unless it has one; true when raised now.
bool raise(Connection& connection, const ChildAssessment& assessment);
std::optional<ChildAssessment> find_by_request(Connection& connection, int64_t request_id);
// Records the caseworker's assessment (assessed_at, assessed_by and the texts of `assessment`).
void record(Connection& connection, const ChildAssessment& assessment);
// Open assessments of the office (no assessment recorded yet).
int count_open(Connection& connection, int64_t office_id);

} // namespace husly::child_assessment_repository
