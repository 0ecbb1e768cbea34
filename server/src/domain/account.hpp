#pragma once
// Offices, users and their role memberships: the account model of DOMAIN.md ("Who uses it").

#include "domain/role.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace husly {

struct Office {
    int64_t id{0};
    std::string name;                              // "Nav Bodø"
    std::string unit_number;                       // 4-digit enhetsnummer
    std::vector<std::string> municipality_numbers; // the kommunenummer it serves
    bool decisions_need_approval{false};           // a leder approves a veileder's vedtak
};

struct Membership {
    Role role{Role::veileder};
    std::optional<int64_t> office_id; // empty for national roles
};

struct User {
    int64_t id{0};
    std::string email;
    std::string display_name;
    bool active{true};
    int failed_logins{0};
    std::optional<std::string> locked_until;
    std::vector<Membership> memberships;
};

// What the server knows about the caller of a request, resolved from the session.
struct Actor {
    int64_t user_id{0};
    std::string display_name;
    std::vector<Membership> memberships;
    std::optional<int64_t> active_office_id;
    std::string address;

    bool has_role(Role role) const;
    bool has_role_in_office(Role role, int64_t office_id) const;
    // True when the actor holds any of `roles`, nationally or in the active office.
    bool has_any_role_here(std::initializer_list<Role> roles) const;
    // Offices the actor belongs to through an office-bound role.
    std::vector<int64_t> office_ids() const;
    bool belongs_to_office(int64_t office_id) const;
};

} // namespace husly
