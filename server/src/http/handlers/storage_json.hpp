#pragma once
// JSON of a record of stored belongings (storage, the person's own copy).

#include "domain/storage.hpp"

#include <nlohmann/json.hpp>

namespace husly::http {

nlohmann::json storage_json(const StorageRecord& record);

} // namespace husly::http
