#pragma once
// Stored figures: what analysts see outside an office is computed on a schedule and kept here,
// so every request in a period gets the same answer (one check-in cannot be seen by asking before
// and after it), the answer survives restarts, and several servers on one database compute it
// once. `figure_snapshots` holds each kind's table per year; `figure_refreshes` each refresh's
// claim: the period it was taken for, when, and when the refresh finished.

#include "store/database.hpp"

#include <optional>
#include <string>

namespace husly::snapshot_repository {

struct Snapshot {
    int year{0};
    std::string computed_at; // instant: when its data was read
    std::string body;        // the figures as JSON
};

std::optional<Snapshot> find(Connection& connection, const std::string& kind, int year);

// Takes the refresh named `claim` for the period starting `period_start`: true for exactly one
// caller per period — unless a claim was taken and never finished before `stale_before`, which can
// be taken again (its server died). One statement, atomic on both databases.
bool claim(Connection& connection, const std::string& claim, const std::string& period_start,
           const std::string& now, const std::string& stale_before);

// Replaces the kind's snapshot of the year and marks the claim finished (in the caller's
// transaction).
void store(Connection& connection, const std::string& kind, const Snapshot& snapshot,
           const std::string& claim, const std::string& finished_at);

} // namespace husly::snapshot_repository
