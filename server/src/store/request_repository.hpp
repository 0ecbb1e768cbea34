#pragma once
// Requests with their code lists, household members and special-category flags.

#include "domain/request.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace husly::request_repository {

int64_t insert(Connection& connection, const Request& request);
std::optional<Request> find(Connection& connection, int64_t id);

enum class WorkList {
    needs_answer_today, // acute, no outcome yet
    without_outcome,    // any request without an outcome
    recent,             // the latest requests, whatever their state
    awaiting_approval,  // a vedtak waits for the leder's approval
};

std::vector<RequestSummary> list(Connection& connection, int64_t office_id, WorkList which, int limit);
int count(Connection& connection, int64_t office_id, WorkList which);
std::vector<RequestSummary> list_for_person(Connection& connection, int64_t person_id, int64_t office_id);
void set_outcome(Connection& connection, int64_t request_id, const RequestOutcome& outcome);

} // namespace husly::request_repository
