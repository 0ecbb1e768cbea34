#pragma once
// Users, their password hashes and role memberships.

#include "domain/account.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace husly::user_repository {

struct Credentials {
    int64_t user_id{0};
    std::string password_hash;
    bool active{true};
    int failed_logins{0};
    std::optional<std::string> locked_until;
};

std::optional<Credentials> find_credentials(Connection& connection, const std::string& email);
std::optional<User> find(Connection& connection, int64_t id);
bool email_taken(Connection& connection, const std::string& email);
std::vector<User> list(Connection& connection);
// Users with at least one membership in the office.
std::vector<User> list_in_office(Connection& connection, int64_t office_id);
std::vector<Membership> memberships(Connection& connection, int64_t user_id);

int64_t insert(Connection& connection, const User& user, const std::string& password_hash,
               const std::string& created_at);
void update_profile(Connection& connection, const User& user);
void replace_memberships(Connection& connection, int64_t user_id, const std::vector<Membership>& memberships);
void set_password_hash(Connection& connection, int64_t user_id, const std::string& password_hash);
void record_failed_login(Connection& connection, int64_t user_id, int failed_logins,
                         const std::optional<std::string>& locked_until);
void reset_failed_logins(Connection& connection, int64_t user_id);

} // namespace husly::user_repository
