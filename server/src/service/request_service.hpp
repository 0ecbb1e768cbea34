#pragma once
// Registering requests at the front desk, the office's work lists, and a request's outcome.

#include "common/error.hpp"
#include "domain/account.hpp"
#include "domain/request.hpp"
#include "store/database.hpp"
#include "store/request_repository.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly::requests {

struct MemberInput {
    std::string role; // adult, child
    std::string first_name;
    std::optional<std::string> birth_date;
};

struct RequestInput {
    int64_t person_id{0};
    // One of the office's municipalities; the first of them when absent.
    std::optional<std::string> municipality_number;
    std::string channel;
    std::optional<std::string> received_at; // instant text; now when absent
    bool acute{false};
    std::vector<std::string> reasons;
    std::string reason_text;
    std::vector<std::string> groups;
    std::string network{"ikke_sjekket"};
    std::string network_note;
    std::optional<std::string> housing_situation;
    std::vector<std::string> service_needs;
    SensitiveFlags sensitive;
    std::vector<MemberInput> members; // besides the applicant
};

struct OutcomeInput {
    std::string kind; // veiledning, trukket
    std::vector<std::string> guidance;
    std::string note;
};

// Which of the office's requests a work list holds (today, open, recent, awaiting approval).
using WorkList = request_repository::WorkList;

Result<Request> register_request(Connection& connection, const Actor& actor, const RequestInput& input);
Result<Request> get(Connection& connection, const Actor& actor, int64_t request_id);
Result<std::vector<RequestSummary>> work_list(Connection& connection, const Actor& actor, WorkList which);
Result<std::vector<RequestSummary>> for_person(Connection& connection, const Actor& actor, int64_t person_id);
Result<Request> record_outcome(Connection& connection, const Actor& actor, int64_t request_id,
                               const OutcomeInput& input);

} // namespace husly::requests
