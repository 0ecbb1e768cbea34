#include "store/session_repository.hpp"

namespace husly::session_repository {
namespace {

struct FindSession {
    std::string token_hash;
    long long user_id{0};
    std::string csrf_token;
    long long office_id{0};
    soci::indicator office_indicator{soci::i_null};
    std::string created_at, last_seen_at, expires_at, display_name;
    int user_active{0};
    int must_change_password{0};
    soci::statement statement;

    explicit FindSession(soci::session& sql)
        : statement((sql.prepare << "SELECT s.user_id, s.csrf_token, s.active_office_id, "
                                    "s.created_at, s.last_seen_at, s.expires_at, u.display_name, "
                                    "u.active, u.must_change_password FROM sessions s JOIN users u ON u.id = "
                                    "s.user_id "
                                    "WHERE s.token_hash = :token",
                     soci::use(token_hash), soci::into(user_id), soci::into(csrf_token),
                     soci::into(office_id, office_indicator), soci::into(created_at),
                     soci::into(last_seen_at), soci::into(expires_at), soci::into(display_name),
                     soci::into(user_active), soci::into(must_change_password))) {}
};

struct FindMemberships {
    long long user_id{0};
    std::string role;
    long long office_id{0};
    soci::indicator office_indicator{soci::i_null};
    soci::statement statement;

    explicit FindMemberships(soci::session& sql)
        : statement((sql.prepare << "SELECT role, office_id FROM user_roles WHERE user_id = :u "
                                    "ORDER BY id",
                     soci::use(user_id), soci::into(role), soci::into(office_id, office_indicator))) {}
};

} // namespace

void insert(Connection& connection, const StoredSession& session) {
    long long user_id = session.user_id;
    long long office_id = session.active_office_id.value_or(0);
    soci::indicator office_indicator = session.active_office_id ? soci::i_ok : soci::i_null;
    connection.sql() << "INSERT INTO sessions (token_hash, user_id, csrf_token, active_office_id, "
                        "created_at, last_seen_at, expires_at) VALUES (:t, :u, :c, :o, :cr, :l, :e)",
        soci::use(session.token_hash), soci::use(user_id), soci::use(session.csrf_token),
        soci::use(office_id, office_indicator), soci::use(session.created_at),
        soci::use(session.last_seen_at), soci::use(session.expires_at);
}

std::optional<StoredSession> find(Connection& connection, const std::string& token_hash) {
    auto& query = connection.prepared<FindSession>();
    query.token_hash = token_hash;
    bool found = query.statement.execute(true);
    reset_statement(connection, query.statement);
    if (!found) return std::nullopt;
    StoredSession session;
    session.token_hash = token_hash;
    session.user_id = query.user_id;
    session.csrf_token = query.csrf_token;
    if (query.office_indicator == soci::i_ok) session.active_office_id = query.office_id;
    session.created_at = query.created_at;
    session.last_seen_at = query.last_seen_at;
    session.expires_at = query.expires_at;
    session.display_name = query.display_name;
    session.user_active = query.user_active != 0;
    session.must_change_password = query.must_change_password != 0;
    return session;
}

std::vector<Membership> memberships(Connection& connection, int64_t user_id) {
    auto& query = connection.prepared<FindMemberships>();
    query.user_id = user_id;
    std::vector<Membership> result;
    query.statement.execute();
    while (query.statement.fetch()) {
        auto role = parse_role(query.role);
        if (!role) continue;
        Membership membership{*role, std::nullopt};
        if (query.office_indicator == soci::i_ok) membership.office_id = query.office_id;
        result.push_back(membership);
    }
    return result;
}

void touch(Connection& connection, const std::string& token_hash, const std::string& last_seen_at) {
    connection.sql() << "UPDATE sessions SET last_seen_at = :l WHERE token_hash = :t",
        soci::use(last_seen_at), soci::use(token_hash);
}

void set_active_office(Connection& connection, const std::string& token_hash,
                       std::optional<int64_t> office_id) {
    long long id = office_id.value_or(0);
    soci::indicator indicator = office_id ? soci::i_ok : soci::i_null;
    connection.sql() << "UPDATE sessions SET active_office_id = :o WHERE token_hash = :t",
        soci::use(id, indicator), soci::use(token_hash);
}

void remove(Connection& connection, const std::string& token_hash) {
    connection.sql() << "DELETE FROM sessions WHERE token_hash = :t", soci::use(token_hash);
}

void remove_for_user(Connection& connection, int64_t user_id) {
    long long uid = user_id;
    connection.sql() << "DELETE FROM sessions WHERE user_id = :u", soci::use(uid);
}

long long remove_expired(Connection& connection, const std::string& now_text,
                         const std::string& idle_cutoff_text) {
    soci::statement st =
        (connection.sql().prepare << "DELETE FROM sessions WHERE expires_at <= :now OR last_seen_at < :idle",
         soci::use(now_text), soci::use(idle_cutoff_text));
    st.execute(true);
    return st.get_affected_rows();
}

} // namespace husly::session_repository
