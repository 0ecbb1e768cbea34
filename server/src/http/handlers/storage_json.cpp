#include "http/handlers/storage_json.hpp"

#include "http/handlers/shared_json.hpp"

namespace husly::http {

nlohmann::json storage_json(const StorageRecord& r) {
    return {{"id", r.id},
            {"personId", r.person_id},
            {"requestId", optional_json(r.request_id)},
            {"location", r.location},
            {"storedFrom", r.stored_from},
            {"storedTo", optional_json(r.stored_to)},
            {"monthlyCost", r.monthly_cost},
            {"note", r.note}};
}

} // namespace husly::http
