#include "store/user_repository.hpp"

#include "store/rows.hpp"

#include <algorithm>
#include <map>

namespace husly::user_repository {
namespace {

std::optional<Membership> to_membership(const std::string& role_text, long long office_id,
                                        soci::indicator office_indicator) {
    auto role = parse_role(role_text);
    if (!role) return std::nullopt;
    Membership membership{*role, std::nullopt};
    if (office_indicator == soci::i_ok) membership.office_id = office_id;
    return membership;
}

// Loads users (all, or those in one office) with their memberships in two queries.
std::vector<User> load(Connection& connection, std::optional<int64_t> user_id,
                       std::optional<int64_t> office_id) {
    auto& sql = connection.sql();
    int all_users = user_id ? 0 : 1;
    long long user_filter = user_id.value_or(0);
    int all_offices = office_id ? 0 : 1;
    long long office_filter = office_id.value_or(0);
    const char* scope = " WHERE (:all_users = 1 OR u.id = :user_id) AND (:all_offices = 1 OR u.id IN "
                        "(SELECT user_id FROM user_roles WHERE office_id = :office_id))";

    std::map<int64_t, User> users;
    {
        long long id = 0;
        int active = 1, failed = 0, must_change = 0;
        std::string email, display_name, locked_until;
        soci::indicator locked_indicator = soci::i_null;
        soci::statement st =
            (sql.prepare << std::string(
                                "SELECT u.id, u.email, u.display_name, u.active, "
                                "u.failed_logins, u.locked_until, u.must_change_password FROM users u") +
                                scope,
             soci::use(all_users), soci::use(user_filter), soci::use(all_offices), soci::use(office_filter),
             soci::into(id), soci::into(email), soci::into(display_name), soci::into(active),
             soci::into(failed), soci::into(locked_until, locked_indicator), soci::into(must_change));
        st.execute();
        while (st.fetch()) {
            User user{id, email, display_name, active != 0, failed, std::nullopt, {}, must_change != 0};
            if (locked_indicator == soci::i_ok) user.locked_until = locked_until;
            users[id] = std::move(user);
        }
    }
    {
        long long uid = 0, oid = 0;
        std::string role;
        soci::indicator office_indicator = soci::i_null;
        soci::statement st =
            (sql.prepare << std::string("SELECT r.user_id, r.role, r.office_id FROM user_roles r "
                                        "JOIN users u ON u.id = r.user_id") +
                                scope + " ORDER BY r.id",
             soci::use(all_users), soci::use(user_filter), soci::use(all_offices), soci::use(office_filter),
             soci::into(uid), soci::into(role), soci::into(oid, office_indicator));
        st.execute();
        while (st.fetch())
            if (auto membership = to_membership(role, oid, office_indicator))
                if (auto it = users.find(uid); it != users.end())
                    it->second.memberships.push_back(*membership);
    }
    std::vector<User> result;
    result.reserve(users.size());
    for (auto& [id, user] : users) result.push_back(std::move(user));
    std::sort(result.begin(), result.end(),
              [](const User& a, const User& b) { return a.display_name < b.display_name; });
    return result;
}

} // namespace

std::optional<Credentials> find_credentials(Connection& connection, const std::string& email) {
    Credentials credentials;
    long long id = 0;
    int active = 0;
    std::string locked_until, last_failed_at;
    soci::indicator locked_indicator = soci::i_null, last_failed_indicator = soci::i_null;
    connection.sql() << "SELECT id, password_hash, active, failed_logins, locked_until, last_failed_login_at "
                        "FROM users WHERE email = :email",
        soci::use(email), soci::into(id), soci::into(credentials.password_hash), soci::into(active),
        soci::into(credentials.failed_logins), soci::into(locked_until, locked_indicator),
        soci::into(last_failed_at, last_failed_indicator);
    if (!connection.sql().got_data()) return std::nullopt;
    credentials.user_id = id;
    credentials.active = active != 0;
    if (locked_indicator == soci::i_ok) credentials.locked_until = locked_until;
    if (last_failed_indicator == soci::i_ok) credentials.last_failed_at = last_failed_at;
    return credentials;
}

std::optional<User> find(Connection& connection, int64_t id) {
    auto users = load(connection, id, std::nullopt);
    if (users.empty()) return std::nullopt;
    return users.front();
}

bool email_taken(Connection& connection, const std::string& email) {
    int count = 0;
    connection.sql() << "SELECT COUNT(*) FROM users WHERE email = :e", soci::use(email), soci::into(count);
    return count > 0;
}

std::vector<User> list(Connection& connection) {
    return load(connection, std::nullopt, std::nullopt);
}

std::vector<User> list_in_office(Connection& connection, int64_t office_id) {
    return load(connection, std::nullopt, office_id);
}

std::vector<Membership> memberships(Connection& connection, int64_t user_id) {
    std::vector<Membership> result;
    std::string role;
    long long office_id = 0;
    soci::indicator office_indicator = soci::i_null;
    long long uid = user_id;
    soci::statement st =
        (connection.sql().prepare << "SELECT role, office_id FROM user_roles WHERE user_id = :u "
                                     "ORDER BY id",
         soci::use(uid), soci::into(role), soci::into(office_id, office_indicator));
    st.execute();
    while (st.fetch())
        if (auto membership = to_membership(role, office_id, office_indicator)) result.push_back(*membership);
    return result;
}

int64_t insert(Connection& connection, const User& user, const std::string& password_hash,
               const std::string& created_at) {
    long long id = 0;
    int active = user.active ? 1 : 0;
    int must_change = user.must_change_password ? 1 : 0;
    connection.sql() << "INSERT INTO users (email, display_name, password_hash, active, "
                        "failed_logins, created_at, must_change_password) VALUES (:e, :d, :p, :a, 0, :c, :m) "
                        "RETURNING id",
        soci::use(user.email), soci::use(user.display_name), soci::use(password_hash), soci::use(active),
        soci::use(created_at), soci::use(must_change), soci::into(id);
    replace_memberships(connection, id, user.memberships);
    return id;
}

void update_profile(Connection& connection, const User& user) {
    long long id = user.id;
    int active = user.active ? 1 : 0;
    connection.sql() << "UPDATE users SET display_name = :d, active = :a WHERE id = :id",
        soci::use(user.display_name), soci::use(active), soci::use(id);
}

void replace_memberships(Connection& connection, int64_t user_id,
                         const std::vector<Membership>& memberships) {
    long long uid = user_id;
    connection.sql() << "DELETE FROM user_roles WHERE user_id = :u", soci::use(uid);
    for (const auto& membership : memberships) {
        std::string role(to_string(membership.role));
        long long office_id = membership.office_id.value_or(0);
        soci::indicator office_indicator = membership.office_id ? soci::i_ok : soci::i_null;
        connection.sql() << "INSERT INTO user_roles (user_id, role, office_id) VALUES (:u, :r, :o)",
            soci::use(uid), soci::use(role), soci::use(office_id, office_indicator);
    }
}

void set_password_hash(Connection& connection, int64_t user_id, const std::string& password_hash,
                       bool must_change) {
    long long uid = user_id;
    int must = must_change ? 1 : 0;
    connection.sql() << "UPDATE users SET password_hash = :p, failed_logins = 0, locked_until = NULL, "
                        "must_change_password = :m WHERE id = :u",
        soci::use(password_hash), soci::use(must), soci::use(uid);
}

void add_membership(Connection& connection, int64_t user_id, const Membership& membership) {
    auto current = memberships(connection, user_id);
    if (std::any_of(current.begin(), current.end(), [&](const Membership& m) {
            return m.role == membership.role && m.office_id == membership.office_id;
        }))
        return;
    long long uid = user_id;
    std::string role(to_string(membership.role));
    long long office_id = membership.office_id.value_or(0);
    soci::indicator office_indicator = membership.office_id ? soci::i_ok : soci::i_null;
    connection.sql() << "INSERT INTO user_roles (user_id, role, office_id) VALUES (:u, :r, :o)",
        soci::use(uid), soci::use(role), soci::use(office_id, office_indicator);
}

namespace {

constexpr const char* grant_columns =
    "SELECT id, user_id, kind, role, office_id, status, requested_by, requested_at, decided_by, decided_at "
    "FROM role_grants ";

std::vector<RoleGrant> load_grants(Connection& connection, const std::string& where, long long value) {
    long long id = 0, uid = 0, office = 0, requested_by = 0, decided_by = 0;
    soci::indicator role_indicator = soci::i_null, office_indicator = soci::i_null,
                    decided_by_indicator = soci::i_null, decided_at_indicator = soci::i_null;
    std::string kind, role, status, requested_at, decided_at;
    soci::statement st =
        (connection.sql().prepare << std::string(grant_columns) + where + " ORDER BY id", soci::use(value),
         soci::into(id), soci::into(uid), soci::into(kind), soci::into(role, role_indicator),
         soci::into(office, office_indicator), soci::into(status), soci::into(requested_by),
         soci::into(requested_at), soci::into(decided_by, decided_by_indicator),
         soci::into(decided_at, decided_at_indicator));
    st.execute();
    std::vector<RoleGrant> grants;
    while (st.fetch()) {
        RoleGrant grant;
        grant.kind = rows::parse_code("role_grants.kind", kind, parse_grant_kind);
        grant.status = rows::parse_code("role_grants.status", status, parse_grant_status);
        if (grant.kind == GrantKind::role) {
            auto membership =
                role_indicator == soci::i_ok ? to_membership(role, office, office_indicator) : std::nullopt;
            if (!membership) throw rows::UnknownCode("role_grants.role", role);
            grant.membership = *membership;
        }
        grant.id = id;
        grant.user_id = uid;
        grant.requested_by = requested_by;
        grant.requested_at = requested_at;
        if (decided_by_indicator == soci::i_ok) grant.decided_by = decided_by;
        if (decided_at_indicator == soci::i_ok) grant.decided_at = decided_at;
        grants.push_back(std::move(grant));
    }
    return grants;
}

} // namespace

int64_t insert_grant(Connection& connection, const RoleGrant& grant,
                     const std::optional<std::string>& password_hash) {
    long long id = 0, uid = grant.user_id, requested_by = grant.requested_by;
    bool reset = grant.kind == GrantKind::password_reset;
    std::string kind(to_string(grant.kind)), role(to_string(grant.membership.role)),
        status(to_string(grant.status)), hash = password_hash.value_or("");
    soci::indicator role_indicator = reset ? soci::i_null : soci::i_ok;
    long long office_id = grant.membership.office_id.value_or(0);
    soci::indicator office_indicator = !reset && grant.membership.office_id ? soci::i_ok : soci::i_null;
    soci::indicator hash_indicator = password_hash ? soci::i_ok : soci::i_null;
    connection.sql() << "INSERT INTO role_grants (user_id, kind, role, office_id, password_hash, status, "
                        "requested_by, requested_at) VALUES (:u, :k, :r, :o, :h, :s, :b, :a) RETURNING id",
        soci::use(uid), soci::use(kind), soci::use(role, role_indicator),
        soci::use(office_id, office_indicator), soci::use(hash, hash_indicator), soci::use(status),
        soci::use(requested_by), soci::use(grant.requested_at), soci::into(id);
    return id;
}

std::optional<std::string> reset_password_hash(Connection& connection, int64_t grant_id) {
    long long id = grant_id;
    std::string hash;
    soci::indicator indicator = soci::i_null;
    connection.sql() << "SELECT password_hash FROM role_grants WHERE id = :id AND kind = " +
                            rows::sql_literal(GrantKind::password_reset),
        soci::use(id), soci::into(hash, indicator);
    if (!connection.sql().got_data() || indicator != soci::i_ok) return std::nullopt;
    return hash;
}

std::optional<RoleGrant> find_grant(Connection& connection, int64_t grant_id) {
    auto grants = load_grants(connection, "WHERE id = :v", grant_id);
    if (grants.empty()) return std::nullopt;
    return grants.front();
}

std::vector<RoleGrant> pending_grants(Connection& connection) {
    return load_grants(connection,
                       "WHERE status = " + rows::sql_literal(GrantStatus::pending) + " AND id > :v", 0);
}

std::vector<RoleGrant> pending_grants_for_user(Connection& connection, int64_t user_id) {
    return load_grants(connection,
                       "WHERE status = " + rows::sql_literal(GrantStatus::pending) + " AND user_id = :v",
                       user_id);
}

bool decide_grant(Connection& connection, int64_t grant_id, GrantStatus status, int64_t decided_by,
                  const std::string& decided_at) {
    long long id = grant_id, by = decided_by;
    std::string text(to_string(status));
    // A reset's new password is kept only while it waits: approved, it is the user's; otherwise gone.
    soci::statement st = (connection.sql().prepare << "UPDATE role_grants SET status = :s, decided_by = :b, "
                                                      "decided_at = :a, password_hash = NULL WHERE id = :id "
                                                      "AND status = " +
                                                          rows::sql_literal(GrantStatus::pending),
                          soci::use(text), soci::use(by), soci::use(decided_at), soci::use(id));
    st.execute(true);
    return st.get_affected_rows() == 1;
}

void record_failed_login(Connection& connection, int64_t user_id, int failed_logins,
                         const std::optional<std::string>& locked_until, const std::string& failed_at) {
    long long uid = user_id;
    std::string locked = locked_until.value_or("");
    soci::indicator locked_indicator = locked_until ? soci::i_ok : soci::i_null;
    connection.sql() << "UPDATE users SET failed_logins = :f, locked_until = :l, last_failed_login_at = :a "
                        "WHERE id = :u",
        soci::use(failed_logins), soci::use(locked, locked_indicator), soci::use(failed_at), soci::use(uid);
}

void reset_failed_logins(Connection& connection, int64_t user_id) {
    long long uid = user_id;
    connection.sql() << "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = :u "
                        "AND (failed_logins <> 0 OR locked_until IS NOT NULL)",
        soci::use(uid);
}

UnknownFailures lock_failures(Connection& connection, int64_t user_id) {
    UnknownFailures failures;
    long long id = user_id;
    std::string locked_until, last_failed_at;
    soci::indicator locked_indicator = soci::i_null, last_failed_indicator = soci::i_null;
    std::string lock = connection.dialect() == Dialect::postgresql ? " FOR UPDATE" : "";
    connection.sql() << "SELECT failed_logins, locked_until, last_failed_login_at FROM users WHERE id = :id" +
                            lock,
        soci::use(id), soci::into(failures.failed_logins), soci::into(locked_until, locked_indicator),
        soci::into(last_failed_at, last_failed_indicator);
    if (locked_indicator == soci::i_ok) failures.locked_until = locked_until;
    if (last_failed_indicator == soci::i_ok) failures.last_failed_at = last_failed_at;
    return failures;
}

UnknownFailures unknown_failures(Connection& connection, const std::string& email_digest) {
    UnknownFailures failures;
    std::string locked_until, last_failed_at;
    soci::indicator locked_indicator = soci::i_null;
    connection.sql() << "SELECT failed_logins, locked_until, last_failed_at FROM login_failures "
                        "WHERE email_digest = :d",
        soci::use(email_digest), soci::into(failures.failed_logins),
        soci::into(locked_until, locked_indicator), soci::into(last_failed_at);
    if (!connection.sql().got_data()) return {};
    if (locked_indicator == soci::i_ok) failures.locked_until = locked_until;
    failures.last_failed_at = last_failed_at;
    return failures;
}

void record_unknown_failure(Connection& connection, const std::string& email_digest, int failed_logins,
                            const std::optional<std::string>& locked_until, const std::string& failed_at,
                            const std::string& forget_before) {
    std::string locked = locked_until.value_or("");
    soci::indicator locked_indicator = locked_until ? soci::i_ok : soci::i_null;
    connection.sql()
        << "INSERT INTO login_failures (email_digest, failed_logins, locked_until, last_failed_at) "
           "VALUES (:d, :f, :l, :a) ON CONFLICT (email_digest) DO UPDATE SET failed_logins = "
           "excluded.failed_logins, locked_until = excluded.locked_until, last_failed_at = "
           "excluded.last_failed_at",
        soci::use(email_digest), soci::use(failed_logins), soci::use(locked, locked_indicator),
        soci::use(failed_at);
    connection.sql() << "DELETE FROM login_failures WHERE last_failed_at < :b AND (locked_until IS NULL OR "
                        "locked_until < :b2)",
        soci::use(forget_before), soci::use(forget_before);
}

} // namespace husly::user_repository
