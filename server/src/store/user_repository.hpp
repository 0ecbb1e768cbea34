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
    std::optional<std::string> last_failed_at;
};

// Failed logins for an e-mail address without an account, kept by the address's SHA-256 so that
// the lockout answers them exactly as it answers accounts.
struct UnknownFailures {
    int failed_logins{0};
    std::optional<std::string> locked_until;
    std::optional<std::string> last_failed_at;
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
// A new password; `must_change` when an administrator set it (the user changes it at next login).
void set_password_hash(Connection& connection, int64_t user_id, const std::string& password_hash,
                       bool must_change);
// Adds one membership unless the user holds it already.
void add_membership(Connection& connection, int64_t user_id, const Membership& membership);

// Role grants awaiting a second person's approval (domain/account.hpp); a password reset carries
// the new password's hash until it is decided.
int64_t insert_grant(Connection& connection, const RoleGrant& grant,
                     const std::optional<std::string>& password_hash = std::nullopt);
// The hash a pending password reset would set (nothing once decided, or for a role).
std::optional<std::string> reset_password_hash(Connection& connection, int64_t grant_id);
std::optional<RoleGrant> find_grant(Connection& connection, int64_t grant_id);
std::vector<RoleGrant> pending_grants(Connection& connection);
std::vector<RoleGrant> pending_grants_for_user(Connection& connection, int64_t user_id);
// Moves a pending grant to `status` (and forgets a reset's password hash); false when it was no
// longer pending.
bool decide_grant(Connection& connection, int64_t grant_id, GrantStatus status, int64_t decided_by,
                  const std::string& decided_at);
void record_failed_login(Connection& connection, int64_t user_id, int failed_logins,
                         const std::optional<std::string>& locked_until, const std::string& failed_at);
void reset_failed_logins(Connection& connection, int64_t user_id);
// The account's lockout state read afresh inside a write transaction, its row locked until the
// transaction ends (PostgreSQL: FOR UPDATE; SQLite's write transaction holds the database).
UnknownFailures lock_failures(Connection& connection, int64_t user_id);

UnknownFailures unknown_failures(Connection& connection, const std::string& email_digest);
// Records the failure, and forgets failures last seen before `forget_before`.
void record_unknown_failure(Connection& connection, const std::string& email_digest, int failed_logins,
                            const std::optional<std::string>& locked_until, const std::string& failed_at,
                            const std::string& forget_before);

} // namespace husly::user_repository
