#include "domain/account.hpp"

#include <algorithm>

namespace husly {

bool Actor::has_role(Role role) const {
    return std::any_of(memberships.begin(), memberships.end(),
                       [&](const Membership& m) { return m.role == role; });
}

bool Actor::has_role_in_office(Role role, int64_t office_id) const {
    return std::any_of(memberships.begin(), memberships.end(),
                       [&](const Membership& m) { return m.role == role && m.office_id == office_id; });
}

bool Actor::has_any_role_here(std::initializer_list<Role> roles) const {
    for (const auto& m : memberships) {
        if (std::find(roles.begin(), roles.end(), m.role) == roles.end()) continue;
        if (!role_is_office_bound(m.role)) return true;
        if (active_office_id && m.office_id == active_office_id) return true;
    }
    return false;
}

std::vector<int64_t> Actor::office_ids() const {
    std::vector<int64_t> ids;
    for (const auto& m : memberships)
        if (m.office_id && std::find(ids.begin(), ids.end(), *m.office_id) == ids.end())
            ids.push_back(*m.office_id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool Actor::belongs_to_office(int64_t office_id) const {
    return std::any_of(memberships.begin(), memberships.end(),
                       [&](const Membership& m) { return m.office_id == office_id; });
}

bool grant_needs_approval(Role role) {
    return role == Role::veileder || role == Role::leder || role == Role::tilbyder ||
           role == Role::administrator;
}

std::string_view to_string(GrantStatus status) {
    switch (status) {
    case GrantStatus::pending:
        return "pending";
    case GrantStatus::approved:
        return "approved";
    case GrantStatus::refused:
        return "refused";
    case GrantStatus::withdrawn:
        return "withdrawn";
    }
    return "pending";
}

std::optional<GrantStatus> parse_grant_status(std::string_view text) {
    for (auto status :
         {GrantStatus::pending, GrantStatus::approved, GrantStatus::refused, GrantStatus::withdrawn})
        if (to_string(status) == text) return status;
    return std::nullopt;
}

std::string_view to_string(GrantKind kind) {
    return kind == GrantKind::password_reset ? "password_reset" : "role";
}

std::optional<GrantKind> parse_grant_kind(std::string_view text) {
    for (auto kind : {GrantKind::role, GrantKind::password_reset})
        if (to_string(kind) == text) return kind;
    return std::nullopt;
}

bool may_see_grant(const Actor& actor, const RoleGrant& grant, const std::vector<Membership>& grantee_roles) {
    if (actor.has_role(Role::administrator)) return true;
    if (grant.kind == GrantKind::password_reset) {
        // A leder knows their own office's people; an administrator's account is another
        // administrator's to vouch for.
        bool administrator = std::any_of(grantee_roles.begin(), grantee_roles.end(),
                                         [](const Membership& m) { return m.role == Role::administrator; });
        return !administrator &&
               std::any_of(grantee_roles.begin(), grantee_roles.end(), [&](const Membership& m) {
                   return m.office_id && actor.has_role_in_office(Role::leder, *m.office_id);
               });
    }
    bool office_role = grant.membership.role == Role::veileder || grant.membership.role == Role::leder;
    return office_role && grant.membership.office_id &&
           actor.has_role_in_office(Role::leder, *grant.membership.office_id);
}

bool may_decide_grant(const Actor& actor, const RoleGrant& grant,
                      const std::vector<Membership>& grantee_roles) {
    if (actor.user_id == grant.requested_by || actor.user_id == grant.user_id) return false;
    return may_see_grant(actor, grant, grantee_roles);
}

} // namespace husly
