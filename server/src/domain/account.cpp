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

} // namespace husly
