#pragma once
// The office's waiting list: add, reorder, offer a place, remove with an outcome.

#include "common/error.hpp"
#include "domain/account.hpp"
#include "domain/waiting_list.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly::waiting_list {

struct NewEntry {
    int64_t person_id{0};
    std::optional<int64_t> request_id;
    std::string note;
};

enum class Which { active, removed };

Result<std::vector<WaitingListEntry>> list(Connection& connection, const Actor& actor, Which which);
Result<WaitingListEntry> add(Connection& connection, const Actor& actor, const NewEntry& entry);
// Moves an entry one place up (-1) or down (+1).
Result<std::vector<WaitingListEntry>> move(Connection& connection, const Actor& actor, int64_t entry_id,
                                           int step);
Result<WaitingListEntry> offer(Connection& connection, const Actor& actor, int64_t entry_id,
                               const std::string& offered_on);
Result<WaitingListEntry> remove(Connection& connection, const Actor& actor, int64_t entry_id,
                                const std::string& outcome, const std::string& removed_on);

} // namespace husly::waiting_list
