#pragma once
// Administration of offices and user accounts (role administrator; a leder may read the users
// of their own office).

#include "common/error.hpp"
#include "domain/account.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly::admin {

struct OfficeInput {
    std::string name;
    std::string unit_number;
    std::vector<std::string> municipality_numbers;
    bool decisions_need_approval{false};
};

struct NewUser {
    std::string email;
    std::string display_name;
    std::string password;
    std::vector<Membership> memberships;
};

struct UserChanges {
    std::optional<std::string> display_name;
    std::optional<bool> active;
    std::optional<std::vector<Membership>> memberships;
    std::optional<std::string> password;
    bool unlock{false};
};

// Offices the actor may see: all for administrators and analysts, else their own.
std::vector<Office> list_offices(Connection& connection, const Actor& actor);
Result<Office> get_office(Connection& connection, const Actor& actor, int64_t office_id);
Result<Office> create_office(Connection& connection, const Actor& actor, const OfficeInput& input);
Result<Office> update_office(Connection& connection, const Actor& actor, int64_t office_id,
                             const OfficeInput& input);

std::vector<User> list_users(Connection& connection, const Actor& actor);
// Administrators, and the leder of that office.
Result<std::vector<User>> list_office_users(Connection& connection, const Actor& actor, int64_t office_id);
// Used by the API (actor = the administrator) and by `husly user add` (actor = nullptr).
Result<User> create_user(Connection& connection, const Actor* actor, const NewUser& input);
Result<User> update_user(Connection& connection, const Actor& actor, int64_t user_id,
                         const UserChanges& changes);

} // namespace husly::admin
