#include "http/handlers/users_json.hpp"

namespace husly::http {

nlohmann::json membership_json(const Membership& membership) {
    return {{"role", to_string(membership.role)},
            {"officeId", membership.office_id ? nlohmann::json(*membership.office_id) : nlohmann::json()}};
}

nlohmann::json user_json(const User& user) {
    auto roles = nlohmann::json::array();
    for (const auto& m : user.memberships) roles.push_back(membership_json(m));
    auto pending = nlohmann::json::array();
    for (const auto& [grant_id, m] : user.pending_roles) {
        auto entry = membership_json(m);
        entry["grantId"] = grant_id;
        pending.push_back(entry);
    }
    return {{"id", user.id},
            {"email", user.email},
            {"displayName", user.display_name},
            {"active", user.active},
            {"locked", user.locked_until.has_value()},
            {"mustChangePassword", user.must_change_password},
            {"roles", roles},
            {"pendingRoles", pending},
            {"pendingPasswordReset",
             user.pending_password_reset
                 ? nlohmann::json{{"grantId", user.pending_password_reset->grant_id},
                                  {"requestedAt", user.pending_password_reset->requested_at}}
                 : nlohmann::json()}};
}

} // namespace husly::http
