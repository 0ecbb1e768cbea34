#include "service/auth_service.hpp"

#include "common/clock.hpp"
#include "domain/text_rules.hpp"
#include "service/audit_service.hpp"
#include "service/passwords.hpp"
#include "store/session_repository.hpp"
#include "store/user_repository.hpp"

namespace husly {
namespace {

auto wrong_credentials() {
    return fail(ErrorKind::unauthenticated, "invalid_credentials", "Feil e-postadresse eller passord.",
                "password");
}

auto locked_out() {
    return fail(ErrorKind::too_many_requests, "login_locked",
                "For mange mislykkede innloggingsforsøk. Vent 15 minutter og prøv igjen.");
}

// The office a session starts in: the first office the user belongs to.
std::optional<int64_t> default_office(const std::vector<Membership>& memberships) {
    for (const auto& m : memberships)
        if (m.office_id) return m.office_id;
    return std::nullopt;
}

// A fixed hash to verify against for unknown e-mail addresses, so that response time does
// not reveal whether an account exists.
const std::string& dummy_hash() {
    static const std::string hash = passwords::hash("husly-dummy-password-for-timing");
    return hash;
}

} // namespace

bool AddressThrottle::allowed(const std::string& address) {
    std::lock_guard lock(m_mutex);
    auto& failures = m_failures[address];
    auto cutoff = std::chrono::steady_clock::now() - m_settings.address_window;
    while (!failures.empty() && failures.front() < cutoff) failures.pop_front();
    return static_cast<int>(failures.size()) < m_settings.address_failure_limit;
}

void AddressThrottle::record_failure(const std::string& address) {
    std::lock_guard lock(m_mutex);
    m_failures[address].push_back(std::chrono::steady_clock::now());
    if (m_failures.size() > 100000) m_failures.clear(); // bounded memory under a flood
}

Result<LoginResult> AuthService::login(Connection& connection, const std::string& email_input,
                                       const std::string& password, const std::string& address) {
    if (!m_throttle.allowed(address))
        return fail(ErrorKind::too_many_requests, "too_many_attempts",
                    "For mange mislykkede innloggingsforsøk fra denne maskinen. Vent litt og prøv "
                    "igjen.");
    auto email = normalize_email("email", email_input);
    if (!email) {
        m_throttle.record_failure(address);
        return wrong_credentials();
    }
    auto credentials = user_repository::find_credentials(connection, *email);
    // Verify outside any transaction: argon2id takes tens of milliseconds.
    bool password_ok = passwords::verify(credentials ? credentials->password_hash : dummy_hash(), password);
    auto now_instant = now();
    auto now_text = format_instant(now_instant);

    // Failed attempts are committed too: the counter and the audit entry must persist.
    Transaction transaction(connection);
    if (!credentials) {
        m_throttle.record_failure(address);
        audit::record(connection, nullptr, address,
                      {"auth.login_failed", "user", "", std::nullopt, {{"reason", "unknown"}}});
        transaction.commit();
        return wrong_credentials();
    }
    auto user_id = credentials->user_id;
    if (credentials->locked_until && *credentials->locked_until > now_text) {
        audit::record(
            connection, nullptr, address,
            {"auth.login_refused", "user", std::to_string(user_id), std::nullopt, {{"reason", "locked"}}});
        transaction.commit();
        return locked_out();
    }
    if (!password_ok || !credentials->active) {
        m_throttle.record_failure(address);
        int failed = credentials->failed_logins + 1;
        std::optional<std::string> locked_until;
        if (failed >= m_settings.lockout_threshold)
            locked_until = format_instant(now_instant + m_settings.lockout_duration);
        user_repository::record_failed_login(connection, user_id, failed, locked_until);
        audit::record(connection, nullptr, address,
                      {"auth.login_failed",
                       "user",
                       std::to_string(user_id),
                       std::nullopt,
                       {{"reason", credentials->active ? "password" : "inactive"},
                        {"locked", locked_until.has_value()}}});
        transaction.commit();
        return wrong_credentials();
    }
    user_repository::reset_failed_logins(connection, user_id);
    auto user = user_repository::find(connection, user_id);
    LoginResult result;
    result.session_token = passwords::random_token();
    result.csrf_token = passwords::random_token();
    result.actor.user_id = user_id;
    result.actor.display_name = user->display_name;
    result.actor.memberships = user->memberships;
    result.actor.active_office_id = default_office(user->memberships);
    result.actor.address = address;
    session_repository::StoredSession session;
    session.token_hash = passwords::token_digest(result.session_token);
    session.user_id = user_id;
    session.csrf_token = result.csrf_token;
    session.active_office_id = result.actor.active_office_id;
    session.created_at = now_text;
    session.last_seen_at = now_text;
    session.expires_at = format_instant(now_instant + m_settings.session_absolute);
    session_repository::insert(connection, session);
    audit::record(connection, &result.actor, address,
                  {"auth.login", "user", std::to_string(user_id), std::nullopt, {}});
    transaction.commit();
    return result;
}

Result<AuthenticatedSession> AuthService::authenticate(Connection& connection, const std::string& token,
                                                       const std::string& address) {
    auto unauthenticated = [] {
        return fail(ErrorKind::unauthenticated, "not_logged_in",
                    "Du er ikke logget inn, eller økten er utløpt. Logg inn på nytt.");
    };
    if (token.size() != 64) return unauthenticated();
    auto token_hash = passwords::token_digest(token);
    auto stored = session_repository::find(connection, token_hash);
    if (!stored || !stored->user_active) return unauthenticated();
    auto now_instant = now();
    auto now_text = format_instant(now_instant);
    auto idle_cutoff = format_instant(now_instant - m_settings.session_idle);
    if (stored->expires_at <= now_text || stored->last_seen_at < idle_cutoff) {
        session_repository::remove(connection, token_hash);
        return unauthenticated();
    }
    // Refresh the idle clock at most once a minute: one write per user per minute, not per request.
    if (stored->last_seen_at < format_instant(now_instant - std::chrono::minutes(1)))
        session_repository::touch(connection, token_hash, now_text);

    AuthenticatedSession session;
    session.token_hash = token_hash;
    session.csrf_token = stored->csrf_token;
    session.actor.user_id = stored->user_id;
    session.actor.display_name = stored->display_name;
    session.actor.memberships = session_repository::memberships(connection, stored->user_id);
    session.actor.active_office_id = stored->active_office_id;
    session.actor.address = address;
    // A membership removed after login takes effect at once.
    if (session.actor.active_office_id && !session.actor.belongs_to_office(*session.actor.active_office_id))
        session.actor.active_office_id = default_office(session.actor.memberships);
    return session;
}

Status AuthService::logout(Connection& connection, const AuthenticatedSession& session) {
    return in_transaction(connection, [&](Transaction&) -> Status {
        session_repository::remove(connection, session.token_hash);
        audit::record(connection, &session.actor, session.actor.address,
                      {"auth.logout", "user", std::to_string(session.actor.user_id), std::nullopt, {}});
        return {};
    });
}

Result<Actor> AuthService::switch_office(Connection& connection, const AuthenticatedSession& session,
                                         int64_t office_id) {
    if (!session.actor.belongs_to_office(office_id))
        return fail(ErrorKind::forbidden, "not_member", "Du er ikke tilknyttet dette kontoret.", "officeId");
    return in_transaction(connection, [&](Transaction&) -> Result<Actor> {
        session_repository::set_active_office(connection, session.token_hash, office_id);
        Actor actor = session.actor;
        actor.active_office_id = office_id;
        audit::record(connection, &actor, actor.address,
                      {"auth.switch_office", "office", std::to_string(office_id), std::nullopt, {}});
        return actor;
    });
}

} // namespace husly
