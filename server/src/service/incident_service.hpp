#pragma once
// Incident reports (docs/domain.md#rule-exclusion-by-a-provider): provider staff report what
// happened at a placement at any time; one that ended the stay alerts Nav at once (the front page's
// work summary and its list of unhandled incidents). Nav's caseworkers record the person's own
// account, the same-day assessment of a new place and their decision: the stay's stans vedtak, or
// no stans with its reason.

#include "common/error.hpp"
#include "domain/account.hpp"
#include "domain/incident.hpp"
#include "store/database.hpp"

#include <string>
#include <vector>

namespace husly::incidents {

struct IncidentView {
    IncidentReport report;
    bool by_provider_staff{false}; // the caller is provider staff: they see the report, not Nav's follow-up
    std::string person_name;       // "" for provider staff's answer
    std::string reported_by_name;
};

// What the provider reports: occurred_on, facts, action_taken and ends_stay are read.
Result<IncidentView> report(Connection& connection, const Actor& actor, int64_t placement_id,
                            IncidentReport input);
// The stay's incidents, oldest first (caseworkers of its office).
Result<std::vector<IncidentView>> for_stay(Connection& connection, const Actor& actor, int64_t stay_id);
// The office's incidents without Nav's decision, oldest first.
Result<std::vector<IncidentView>> unhandled(Connection& connection, const Actor& actor);
// Nav's follow-up; once decided it cannot be changed (409 incident_decided).
Result<IncidentView> follow_up(Connection& connection, const Actor& actor, int64_t incident_id,
                               IncidentFollowUp input);

} // namespace husly::incidents
