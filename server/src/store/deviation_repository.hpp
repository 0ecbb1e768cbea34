#pragma once
// Deviations (avvik): raised by the rules once per source, or written by hand, and their life.

#include "domain/placement.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly::deviation_repository {

// Inserts the deviation unless one with the same source key exists; returns its id if new.
std::optional<int64_t> raise(Connection& connection, const Deviation& deviation);
std::optional<Deviation> find(Connection& connection, int64_t deviation_id);
struct DeviationRow {
    Deviation deviation;
    std::string person_name; // "" when the deviation names no person
};
// The office's deviations, newest first, with the person's name; all when `status` is none.
std::vector<DeviationRow> of_office(Connection& connection, int64_t office_id,
                                    std::optional<DeviationStatus> status, int limit);
// Deviations of the office not yet closed.
int count_unclosed(Connection& connection, int64_t office_id);
void report(Connection& connection, int64_t deviation_id, const std::string& at, int64_t by,
            const std::string& note);
void close(Connection& connection, int64_t deviation_id, const std::string& at, int64_t by,
           const std::string& note);

} // namespace husly::deviation_repository
