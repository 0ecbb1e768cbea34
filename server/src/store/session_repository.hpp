#pragma once
// Server-side login sessions, stored so that several server processes can share them.
// Only a hash of the session token is stored: a copy of the table does not let anyone log in.

#include "domain/account.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>

namespace husly::session_repository {

struct StoredSession {
    std::string token_hash;
    int64_t user_id{0};
    std::string csrf_token;
    std::optional<int64_t> active_office_id;
    std::string created_at;
    std::string last_seen_at;
    std::string expires_at;
    // From the user row, loaded with the session (one round trip on every request).
    std::string display_name;
    bool user_active{false};
    bool must_change_password{false};
};

void insert(Connection& connection, const StoredSession& session);
// The hot path of every authenticated request: a prepared statement per connection.
std::optional<StoredSession> find(Connection& connection, const std::string& token_hash);
std::vector<Membership> memberships(Connection& connection, int64_t user_id);
void touch(Connection& connection, const std::string& token_hash, const std::string& last_seen_at);
void set_active_office(Connection& connection, const std::string& token_hash,
                       std::optional<int64_t> office_id);
void remove(Connection& connection, const std::string& token_hash);
void remove_for_user(Connection& connection, int64_t user_id);
// Deletes sessions whose absolute expiry or idle limit has passed; returns how many.
long long remove_expired(Connection& connection, const std::string& now_text,
                         const std::string& idle_cutoff_text);

} // namespace husly::session_repository
