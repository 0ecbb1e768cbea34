#pragma once
// A decision (enkeltvedtak) on a request for temporary accommodation, and the rules that must
// hold before it can be decided (forvaltningsloven §§ 23–25, 27–29; sosialtjenesteloven § 27).

#include "common/error.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace husly {

inline constexpr const char* decision_legal_basis = "sosialtjenesteloven § 27";

struct Decision {
    int64_t id{0};
    int64_t request_id{0};
    int64_t office_id{0};
    int64_t person_id{0};
    std::string status{"draft"};            // draft, decided
    std::string outcome;                    // CodeList::decision_outcome
    std::optional<std::string> period_from; // date; granted only
    std::optional<std::string> period_to;   // date; granted only
    std::string long_period_reason;         // required past 3 months
    std::vector<std::string> conditions;    // CodeList::condition
    std::string conditions_text;
    std::vector<std::string> refusal_reasons; // CodeList::refusal_reason
    std::string facts;                        // the facts the decision rests on (§ 25 second paragraph)
    std::string considerations;               // the main considerations (§ 25 third paragraph)
    std::optional<std::string> informed_on;   // date the person was told; starts the appeal deadline
    std::optional<std::string> appeal_deadline;
    std::string created_at;
    int64_t created_by{0};
    std::optional<std::string> decided_at;
    std::optional<int64_t> decided_by;
    std::optional<int64_t> processing_hours; // from the request received to the decision
};

bool is_granted(const Decision& decision);

// Every problem that stops the decision from being decided, each with its field, in the order
// of the form. Empty when it is complete.
std::vector<Error> completeness_problems(const Decision& decision);

} // namespace husly
