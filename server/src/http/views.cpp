#include "http/views.hpp"

namespace husly::http {

nlohmann::json to_json(const Office& office) {
    return {{"id", office.id},
            {"name", office.name},
            {"unitNumber", office.unit_number},
            {"municipalityNumbers", office.municipality_numbers},
            {"decisionsNeedApproval", office.decisions_need_approval}};
}

nlohmann::json to_json(const Membership& membership) {
    return {{"role", to_string(membership.role)},
            {"officeId", membership.office_id ? nlohmann::json(*membership.office_id) : nlohmann::json()}};
}

nlohmann::json to_json(const User& user) {
    auto roles = nlohmann::json::array();
    for (const auto& m : user.memberships) roles.push_back(to_json(m));
    return {{"id", user.id},
            {"email", user.email},
            {"displayName", user.display_name},
            {"active", user.active},
            {"locked", user.locked_until.has_value()},
            {"roles", roles}};
}

nlohmann::json to_json(const AuditEntry& entry) {
    auto optional = [](const std::optional<int64_t>& value) {
        return value ? nlohmann::json(*value) : nlohmann::json();
    };
    nlohmann::json detail = nlohmann::json::parse(entry.detail, nullptr, false);
    return {{"id", entry.id},
            {"occurredAt", entry.occurred_at},
            {"actorUserId", optional(entry.actor_user_id)},
            {"officeId", optional(entry.office_id)},
            {"action", entry.action},
            {"entityType", entry.entity_type},
            {"entityId", entry.entity_id},
            {"personId", optional(entry.person_id)},
            {"address", entry.address},
            {"detail", detail.is_discarded() ? nlohmann::json::object() : detail}};
}

nlohmann::json to_json(const Municipality& municipality) {
    return {{"number", municipality.number},
            {"name", municipality.name},
            {"countyNumber", municipality.county_number},
            {"county", municipality.county}};
}

} // namespace husly::http
