#pragma once
// Storage of belongings for a household, at the caseworker's office.

#include "common/error.hpp"
#include "domain/account.hpp"
#include "domain/storage.hpp"
#include "store/database.hpp"

#include <vector>

namespace husly::storage {

Result<std::vector<StorageRecord>> for_person(Connection& connection, const Actor& actor, int64_t person_id);
Result<StorageRecord> add(Connection& connection, const Actor& actor, StorageRecord record);
Result<StorageRecord> update(Connection& connection, const Actor& actor, int64_t storage_id,
                             StorageRecord record);

} // namespace husly::storage
