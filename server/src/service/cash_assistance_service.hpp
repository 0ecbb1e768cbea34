#pragma once
// § 18 decisions on money for a night, on a request (docs/domain.md#rule-cash-is-section-18-support):
// recorded with their reasons, listed on the request, each with its letter. None of them answers
// the request for a place.

#include "common/error.hpp"
#include "domain/account.hpp"
#include "domain/cash_assistance.hpp"
#include "store/database.hpp"

#include <string>
#include <vector>

namespace husly::cash_assistance {

// The caller's office's request; `input` gives granted, amount, nights, decided_on and reasons.
Result<CashAssistance> record(Connection& connection, const Actor& actor, int64_t request_id,
                              CashAssistance input);
// Oldest first. Audited as a read of the person's case.
Result<std::vector<CashAssistance>> for_request(Connection& connection, const Actor& actor,
                                                int64_t request_id);
// Records how and when the decision was given (handed over, digitally, by post), once, not before
// the day it was decided nor in the future; the appeal deadline runs from the day it reached the
// person (domain: delivery_of, as for the § 27 vedtak).
Result<CashAssistance> record_delivery(Connection& connection, const Actor& actor, int64_t request_id,
                                       int64_t decision_id, const std::string& method, const std::string& on);
// The decision's letter (PDF): the amount and nights or the refusal, the § 18 basis, the reasons,
// that it does not answer the request for a place, and the appeal information.
Result<std::string> letter(Connection& connection, const Actor& actor, int64_t request_id,
                           int64_t decision_id);

} // namespace husly::cash_assistance
