#pragma once
// § 18 decisions on money for a night (docs/domain.md#rule-cash-is-section-18-support).

#include "domain/cash_assistance.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace husly::cash_assistance_repository {

int64_t insert(Connection& connection, const CashAssistance& decision);
std::optional<CashAssistance> find(Connection& connection, int64_t id);
// Records how and when the decision was given, with the day it reached the person and the deadline.
void mark_delivered(Connection& connection, int64_t id, const Delivery& delivery);
// Oldest first.
std::vector<CashAssistance> for_request(Connection& connection, int64_t request_id);

} // namespace husly::cash_assistance_repository
