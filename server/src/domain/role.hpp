#pragma once
// The roles of docs/domain.md#roles. veileder and leder hold their role in an office;
// analytiker and administrator hold theirs nationally; tilbyder belongs to a provider.

#include <array>
#include <optional>
#include <string_view>

namespace husly {

enum class Role { veileder, leder, tilbyder, analytiker, administrator };

inline constexpr std::array all_roles{Role::veileder, Role::leder, Role::tilbyder, Role::analytiker,
                                      Role::administrator};

std::string_view to_string(Role role);
std::optional<Role> parse_role(std::string_view text);
// True when the role is held per office (the membership names an office).
bool role_is_office_bound(Role role);
// The Norwegian name shown to users ("Veileder", "Leder", …).
std::string_view display_name(Role role);

} // namespace husly
