#pragma once
// JSON of an entry on the office's waiting list (the waiting list, the person's own copy).

#include "domain/waiting_list.hpp"

#include <nlohmann/json.hpp>

namespace husly::http {

nlohmann::json waiting_entry_json(const WaitingListEntry& entry);

} // namespace husly::http
