#pragma once
// The office's waiting list, in order.

#include "domain/waiting_list.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace husly::waiting_list_repository {

// Those on the list now, first in line first; or those who left it, latest first.
std::vector<WaitingListEntry> active(Connection& connection, int64_t office_id);
std::vector<WaitingListEntry> removed(Connection& connection, int64_t office_id, int limit);
std::vector<WaitingListEntry> for_person(Connection& connection, int64_t office_id, int64_t person_id);
std::optional<WaitingListEntry> find(Connection& connection, int64_t entry_id);
// Adds at the end of the list.
int64_t insert(Connection& connection, const WaitingListEntry& entry, const std::string& created_at,
               int64_t created_by);
void set_position(Connection& connection, int64_t entry_id, int position);
void set_offered(Connection& connection, int64_t entry_id, const std::string& offered_on);
void set_removed(Connection& connection, int64_t entry_id, const std::string& outcome,
                 const std::string& removed_on);

} // namespace husly::waiting_list_repository
