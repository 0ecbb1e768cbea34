#pragma once
// Storage of belongings, per person and office.

#include "domain/storage.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace husly::storage_repository {

std::vector<StorageRecord> for_person(Connection& connection, int64_t office_id, int64_t person_id);
std::optional<StorageRecord> find(Connection& connection, int64_t storage_id);
int64_t insert(Connection& connection, const StorageRecord& record, const std::string& created_at,
               int64_t created_by);
void update(Connection& connection, const StorageRecord& record);

} // namespace husly::storage_repository
