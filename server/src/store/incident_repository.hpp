#pragma once
// Incident reports by provider staff and Nav's follow-up (docs/domain.md#rule-exclusion-by-a-provider).

#include "domain/incident.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace husly::incident_repository {

int64_t insert(Connection& connection, const IncidentReport& report);
std::optional<IncidentReport> find(Connection& connection, int64_t id);
// Oldest first.
std::vector<IncidentReport> for_placement(Connection& connection, int64_t placement_id);
std::vector<IncidentReport> for_stay(Connection& connection, int64_t stay_id);
// The office's incidents Nav has not decided on, oldest first.
std::vector<IncidentReport> unhandled(Connection& connection, int64_t office_id);
int count_unhandled(Connection& connection, int64_t office_id);
void save_follow_up(Connection& connection, int64_t id, const IncidentFollowUp& follow_up);
// A placement checked in after the report: the report joins its stay.
void attach_to_stay(Connection& connection, int64_t placement_id, int64_t stay_id);

} // namespace husly::incident_repository
