#pragma once
// A request (henvendelse) for temporary accommodation, as registered at the front desk.

#include "common/clock.hpp"
#include "domain/household.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace husly {

// Special-category data (GDPR art. 9): kept in its own table, never in lists.
struct SensitiveFlags {
    bool substance_use{false};
    bool mental_health{false};
};

struct RequestOutcome {
    std::string kind; // CodeList::outcome: veiledning, trukket, vedtak
    std::string decided_at;
    int64_t decided_by{0};
    std::vector<std::string> guidance; // CodeList::guidance, for veiledning
    std::string note;
};

struct Request {
    int64_t id{0};
    int64_t office_id{0};
    int64_t person_id{0};
    std::string municipality_number; // the municipality responsible (KOSTRA reports per municipality)
    std::string channel;
    std::string received_at; // instant text
    bool acute{false};
    std::vector<std::string> reasons;
    std::string reason_text;
    std::vector<std::string> groups; // chosen plus derived (barnefamilier, unge_under_25)
    std::string network;             // ja, nei, ikke_sjekket
    std::string network_note;
    std::optional<std::string> housing_situation; // Digisos botype
    std::vector<std::string> service_needs;
    SensitiveFlags sensitive;
    std::vector<HouseholdMember> members; // the applicant first
    HouseholdFacts facts;                 // derived on the day received
    std::optional<RequestOutcome> outcome;
    int64_t created_by{0};
    std::string created_at;
};

// One line of a work list: the minimum to act on.
struct RequestSummary {
    int64_t id{0};
    int64_t person_id{0};
    std::string person_name;
    std::string received_at;
    std::string channel;
    bool acute{false};
    bool family_with_children{false};
    bool under_25{false};
    std::optional<std::string> outcome;
    std::optional<int64_t> stay_id;           // the stay that began on this request, if any
    std::optional<std::string> stay_ended_on; // and the day it ended
};

// The front desk's form, as sent.
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

// What the office's records add to the form: the applicant (none when the person is not one of
// the office's) and the municipalities the office serves.
struct RequestRecords {
    std::optional<HouseholdMember> applicant;
    std::vector<std::string> served_municipalities;
};

// The form checked as a whole against the records at `now`: every problem, each with its field, in
// the order of the form (empty when the request can be registered); and the request it gives, with
// the household (applicant first), the facts derived on the day received and the groups chosen
// plus derived. The request is whole only without problems; its ids and creation are the caller's.
struct CheckedRequest {
    std::vector<Error> problems;
    Request request;
};
CheckedRequest check_request(const RequestInput& input, const RequestRecords& records, Instant now);

// What a correction changed, as the API's field names in the form's order ("acute", "members" …);
// empty when nothing did. The request's person, time received and outcome are not compared: a
// correction does not change them.
std::vector<std::string> changed_fields(const Request& before, const Request& after);

} // namespace husly
