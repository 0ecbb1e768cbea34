#pragma once
// How a request for a place may end other than in a vedtak
// (docs/domain.md#rule-a-request-for-a-place-ends-in-a-vedtak): withdrawn by the person, or a
// recorded finding that the person did not ask for a place. Advice, a referral or money for a
// night never closes a request for a place; money for a night is a decision of its own under
// sosialtjenesteloven § 18 (domain/cash_assistance.hpp). Pure: no I/O.

#include "common/error.hpp"

#include <string>
#include <vector>

namespace husly {

// The outcomes a caseworker records without a vedtak (CodeList::outcome).
inline constexpr const char* outcome_withdrawn = "trukket";
inline constexpr const char* outcome_no_request_for_place = "ikke_sokt";
inline constexpr const char* outcome_decision = "vedtak";

struct OutcomeInput {
    std::string kind;                  // trukket, ikke_sokt
    std::vector<std::string> guidance; // CodeList::guidance: what a person who did not ask got
    std::string note;                  // how they withdrew, or what they asked for instead
};

// Every rule an outcome without a vedtak must meet; the first one broken.
Status check_outcome(const OutcomeInput& input);

} // namespace husly
