#include "http/handlers/waiting_list_json.hpp"

#include "http/handlers/shared_json.hpp"

namespace husly::http {

nlohmann::json waiting_entry_json(const WaitingListEntry& e) {
    return {{"id", e.id},
            {"personId", e.person_id},
            {"personName", e.person_name},
            {"requestId", optional_json(e.request_id)},
            {"addedOn", e.added_on},
            {"position", e.position},
            {"note", e.note},
            {"offeredOn", optional_json(e.offered_on)},
            {"removedOn", optional_json(e.removed_on)},
            {"removalOutcome", optional_json(e.removal_outcome)}};
}

} // namespace husly::http
