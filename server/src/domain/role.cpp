#include "domain/role.hpp"

namespace husly {
namespace {

struct RoleInfo {
    Role role;
    std::string_view code;
    std::string_view display;
    bool office_bound;
};

constexpr std::array<RoleInfo, 5> role_table{{
    {Role::veileder, "veileder", "Veileder", true},
    {Role::leder, "leder", "Leder", true},
    {Role::tilbyder, "tilbyder", "Ansatt hos tilbyder", true},
    {Role::analytiker, "analytiker", "Analytiker", false},
    {Role::administrator, "administrator", "Administrator", false},
}};

const RoleInfo& info(Role role) {
    return role_table[static_cast<size_t>(role)];
}

} // namespace

std::string_view to_string(Role role) {
    return info(role).code;
}
std::string_view display_name(Role role) {
    return info(role).display;
}
bool role_is_office_bound(Role role) {
    return info(role).office_bound;
}

std::optional<Role> parse_role(std::string_view text) {
    for (const auto& entry : role_table)
        if (entry.code == text) return entry.role;
    return std::nullopt;
}

} // namespace husly
