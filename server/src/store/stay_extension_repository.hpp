#pragma once
// The vedtak that lengthened a stay (docs/domain.md#rule-an-extension-continues-the-stay).

#include "domain/stay_extension.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace husly::stay_extension_repository {

// Holds the stay's row until the transaction ends (PostgreSQL; SQLite's write transaction already
// holds the whole database).
void lock_stay(Connection& connection, int64_t stay_id);
// Records the extension and moves the stay's period to its end.
int64_t insert(Connection& connection, const StayExtension& extension);
// Oldest first.
std::vector<StayExtension> for_stay(Connection& connection, int64_t stay_id);
// The extension a request's vedtak made, if any.
std::optional<StayExtension> for_request(Connection& connection, int64_t request_id);

} // namespace husly::stay_extension_repository
