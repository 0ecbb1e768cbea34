#pragma once
// Deviations (avvik) and turnaways. The rules of docs/domain.md#deviations raise deviations once
// each: a placement in a unit that is not adequate or lacks a required agreement, a child in a
// unit not suitable for children, a granted vedtak without a place (a turnaway), and a family with
// children or an under-25 past 3 months (found when the office's deviations are read). Manual
// ones are written by caseworkers. Each goes open → reported to the municipality → closed
// (docs/domain.md#rule-deviation-life).

#include "common/error.hpp"
#include "domain/account.hpp"
#include "domain/placement.hpp"
#include "export/table_export.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly::deviations {

// Raised by a booking (inside its transaction); `description` names the unit, never the person.
void raise_for_placement(Connection& connection, const Actor& actor, const Placement& placement,
                         const std::string& kind, const std::string& description);

struct DeviationView {
    Deviation deviation;
    std::string person_name; // "" when none
};

// The office's deviations (status "" for all), after raising those the 3-month rule owes.
Result<std::vector<DeviationView>> list(Connection& connection, const Actor& actor,
                                        const std::string& status);
Result<DeviationView> create_manual(Connection& connection, const Actor& actor,
                                    const std::string& description, std::optional<int64_t> stay_id);
// `to_status`: reported (meldt) or closed (lukket).
Result<DeviationView> advance(Connection& connection, const Actor& actor, int64_t deviation_id,
                              DeviationStatus to_status, const std::string& note);
// For the municipality: one row per deviation, without names or identity numbers; dates as dates.
Result<table_export::Sheet> export_sheet(Connection& connection, const Actor& actor,
                                         const std::string& status);

// No place found for a request: the reason and what was done instead. On a granted vedtak it
// raises the deviation «vedtak uten plass».
Result<Turnaway> record_turnaway(Connection& connection, const Actor& actor, Turnaway turnaway);
Result<std::vector<Turnaway>> turnaways_for_request(Connection& connection, const Actor& actor,
                                                    int64_t request_id);
struct TurnawayView {
    Turnaway turnaway;
    std::string person_name;
};
Result<std::vector<TurnawayView>> turnaways_of_office(Connection& connection, const Actor& actor);

} // namespace husly::deviations
