#pragma once
// Registering requests at the front desk, the office's work lists, and a request's outcome.

#include "common/error.hpp"
#include "domain/account.hpp"
#include "domain/request.hpp"
#include "domain/request_outcome.hpp"
#include "store/database.hpp"
#include "store/request_repository.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace husly::requests {

// The front desk's form (domain/request.hpp).
using MemberInput = husly::MemberInput;
using RequestInput = husly::RequestInput;

// How a request ends without a vedtak (domain/request_outcome.hpp).
using OutcomeInput = husly::OutcomeInput;

// Which of the office's requests a work list holds (today, open, recent, awaiting approval).
using WorkList = request_repository::WorkList;

Result<Request> register_request(Connection& connection, const Actor& actor, const RequestInput& input);
Result<Request> get(Connection& connection, const Actor& actor, int64_t request_id);
// A correction of a registered request (a wrong birth date, a forgotten child): the same form and
// checks as registering it, against the day it was received; its person and time received stay.
// The request as it was is kept with who changed what (revisions), and the change is audited.
Result<Request> correct(Connection& connection, const Actor& actor, int64_t request_id,
                        const RequestInput& input);
using Revision = request_repository::Revision;
Result<std::vector<Revision>> revisions(Connection& connection, const Actor& actor, int64_t request_id);
Result<std::vector<RequestSummary>> work_list(Connection& connection, const Actor& actor, WorkList which);
// The office's requests whose person has this identity number or this part of a name
// (domain/person.hpp: parse_case_search), newest first, each with its stay; at most 100. Every
// request shown is audited, as a list is.
Result<std::vector<RequestSummary>> search(Connection& connection, const Actor& actor, std::string_view text);
Result<std::vector<RequestSummary>> for_person(Connection& connection, const Actor& actor, int64_t person_id);
Result<Request> record_outcome(Connection& connection, const Actor& actor, int64_t request_id,
                               const OutcomeInput& input);

} // namespace husly::requests
