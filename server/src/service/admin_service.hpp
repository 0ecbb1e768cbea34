#pragma once
// Administration of offices and user accounts (role administrator; a leder may read the users
// of their own office).

#include "common/error.hpp"
#include "domain/account.hpp"
#include "store/database.hpp"
#include "store/reference_data.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly::admin {

struct OfficeInput {
    std::string name;
    std::string unit_number;
    std::vector<std::string> municipality_numbers;
    bool decisions_need_approval{false};
    std::optional<OfficeContact> contact; // left out: none on create, unchanged on update
};

struct NewUser {
    std::string email;
    std::string display_name;
    std::string password;
    std::vector<Membership> memberships;
    // For a provider's staff (role tilbyder): the provider they work at, linked in the same
    // transaction as the account (what Botilbud → tilbyder → Ansatte does for an existing user).
    std::optional<int64_t> provider_id{};
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

// Every municipality (reference data; any logged-in user may read them).
std::vector<Municipality> municipalities(Connection& connection);

std::vector<User> list_users(Connection& connection, const Actor& actor);

struct ProviderChoice {
    int64_t id{0};
    std::string name;
    std::string kind;
    bool active{true};
};
// The providers an office keeps (ids and names only, no person data), for choosing where a new
// provider staff user works; 404 for an office that does not exist.
Result<std::vector<ProviderChoice>> office_providers(Connection& connection, const Actor& actor,
                                                     int64_t office_id);
// Administrators, and the leder of that office.
Result<std::vector<User>> list_office_users(Connection& connection, const Actor& actor, int64_t office_id);
// Used by the API (actor = the administrator) and by `husly user add` (actor = nullptr). From the
// API the user must change the password at the first login, and roles opening person data
// (grant_needs_approval) are stored as grants awaiting approval; the CLI gives them at once.
// With `provider_id` the user must get the role tilbyder at the provider's office (422 providerId
// otherwise), and is made staff of the provider in the same transaction.
Result<User> create_user(Connection& connection, const Actor* actor, const NewUser& input);
// Nobody changes their own roles or sets their own password here (403). New roles opening person
// data await approval; removals take effect at once. A password set here for another user is a
// request (a grant of kind password_reset, `pending_password_reset` on the answer): it takes
// effect only when a second person approves it (decide_grant), and must then be changed at the
// user's next login.
Result<User> update_user(Connection& connection, const Actor& actor, int64_t user_id,
                         const UserChanges& changes);

struct GrantView {
    RoleGrant grant;
    std::string user_name, user_email, requested_by_name;
    bool may_decide{false};
};
// The pending grants the actor may see (may_see_grant: administrators all, a leder those at
// their offices), roles and password resets alike.
std::vector<GrantView> list_pending_grants(Connection& connection, const Actor& actor);
// Approves or refuses a pending grant; never by the one who asked or the one it is for (403); 404
// for a grant the actor may not see; 409 when already decided. An approved role takes effect at
// once; an approved password reset sets the password (to be changed at the next login) and ends
// the user's sessions.
Result<GrantView> decide_grant(Connection& connection, const Actor& actor, int64_t grant_id, bool approve);

} // namespace husly::admin
