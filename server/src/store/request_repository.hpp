#pragma once
// Requests with their code lists, household members and special-category flags.

#include "domain/request.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace husly::request_repository {

int64_t insert(Connection& connection, const Request& request);
std::optional<Request> find(Connection& connection, int64_t id);
// A correction: the front desk's fields and the household replaced (received_at, the person and the
// outcome stay as they are).
void update(Connection& connection, const Request& request);

// One correction of a request: when, by whom, which fields (names only).
struct Revision {
    int64_t request_id{0};
    std::string revised_at;
    int64_t revised_by{0};
    std::string revised_by_name;
    std::vector<std::string> changed;
};
// Kept with the request as it was before (`previous`, JSON), which retention blanks with the rest.
void insert_revision(Connection& connection, const Revision& revision, const std::string& previous);
// Newest first.
std::vector<Revision> revisions(Connection& connection, int64_t request_id);

enum class WorkList {
    needs_answer_today,    // acute, no outcome yet
    without_outcome,       // any request without an outcome
    recent,                // the latest requests, whatever their state
    awaiting_approval,     // a vedtak waits for the leder's approval
    booking_declined,      // a provider declined its booking, and the household has no other place
    child_assessment_open, // a family with children placed, best interests and barnevern not yet assessed
};

std::vector<RequestSummary> list(Connection& connection, int64_t office_id, WorkList which, int limit);
int count(Connection& connection, int64_t office_id, WorkList which);
// A search of the office's requests by the person's identity number or by part of the name
// (name_search_key: lower case, accents folded), newest first.
struct IdentityNumberTerm {
    std::string digits;
};
struct NameTerm {
    std::string key;
};
using SearchTerm = std::variant<IdentityNumberTerm, NameTerm>;
std::vector<RequestSummary> search(Connection& connection, int64_t office_id, const SearchTerm& term,
                                   int limit);
std::vector<RequestSummary> list_for_person(Connection& connection, int64_t person_id, int64_t office_id);
void set_outcome(Connection& connection, int64_t request_id, const RequestOutcome& outcome);

} // namespace husly::request_repository
