#include "service/auth_service.hpp"

#include "common/clock.hpp"
#include "domain/login_throttle.hpp"
#include "domain/text_rules.hpp"
#include "service/audit_service.hpp"
#include "service/passwords.hpp"
#include "store/session_repository.hpp"
#include "store/user_repository.hpp"

#include <fmt/format.h>

namespace husly {
namespace {

auto wrong_credentials() {
    return fail(ErrorKind::unauthenticated, "invalid_credentials", "Feil e-postadresse eller passord.",
                "password");
}

auto locked_out(std::chrono::seconds wait) {
    return fail(ErrorKind::too_many_requests, "login_locked",
                fmt::format("For mange mislykkede innloggingsforsøk. Vent {} og prøv igjen.",
                            login_throttle::wait_in_words(wait)));
}

// Whole seconds from now until `until` (at least 1).
std::chrono::seconds seconds_until(const std::string& until, Instant now_instant) {
    auto end = parse_instant(until);
    if (!end) return std::chrono::seconds(1);
    auto left = std::chrono::ceil<std::chrono::seconds>(*end - now_instant);
    return std::max(left, std::chrono::seconds(1));
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

std::chrono::seconds AddressThrottle::wait(const std::string& address) {
    std::lock_guard lock(m_mutex);
    auto it = m_failures.find(address);
    if (it == m_failures.end()) return std::chrono::seconds(0);
    auto now = std::chrono::steady_clock::now();
    if (it->second.blocked_until <= now) return std::chrono::seconds(0);
    return std::max(std::chrono::ceil<std::chrono::seconds>(it->second.blocked_until - now),
                    std::chrono::seconds(1));
}

void AddressThrottle::record_failure(const std::string& address) {
    std::lock_guard lock(m_mutex);
    if (m_failures.size() > 100000) m_failures.clear(); // bounded memory under a flood
    auto now = std::chrono::steady_clock::now();
    auto& failures = m_failures[address];
    while (!failures.times.empty() && failures.times.front() < now - m_settings.address_window)
        failures.times.pop_front();
    failures.times.push_back(now);
    auto wait =
        login_throttle::lock_for(static_cast<int>(failures.times.size()), m_settings.address_failure_limit,
                                 m_settings.address_first_wait, m_settings.address_window);
    if (wait.count() > 0) failures.blocked_until = now + wait;
}

Result<LoginResult> AuthService::login(Connection& connection, const std::string& email_input,
                                       const std::string& password, const std::string& address,
                                       std::chrono::seconds* retry_after) {
    auto client = throttle_key(address);
    if (auto wait = m_throttle.wait(client); wait.count() > 0) {
        if (retry_after) *retry_after = wait;
        return fail(ErrorKind::too_many_requests, "too_many_attempts",
                    fmt::format("For mange mislykkede innloggingsforsøk fra denne maskinen. Vent {} og prøv "
                                "igjen.",
                                login_throttle::wait_in_words(wait)));
    }
    auto email = normalize_email("email", email_input);
    if (!email) {
        m_throttle.record_failure(client);
        return wrong_credentials();
    }
    auto credentials = user_repository::find_credentials(connection, *email);
    auto now_instant = now();
    auto now_text = format_instant(now_instant);
    auto digest = passwords::token_digest(*email);
    std::string user_text = credentials ? std::to_string(credentials->user_id) : "";

    // The attempt counts as a failure before the password is checked, in a short write transaction
    // that reads the lockout afresh with the account's row locked: guesses sent in parallel queue
    // here, so no more than the lockout threshold are ever checked, however many arrive at once.
    // A right password then clears the count. The lockout state is the account's, or for an e-mail
    // address without an account the same counters kept by its digest, so both are answered alike.
    std::optional<std::string> locked_until;
    {
        Transaction transaction(connection);
        auto state = credentials ? user_repository::lock_failures(connection, credentials->user_id)
                                 : user_repository::unknown_failures(connection, digest);
        if (state.locked_until && *state.locked_until > now_text) {
            audit::record(connection, nullptr, address,
                          {"auth.login_refused", "user", user_text, std::nullopt, {{"reason", "locked"}}});
            transaction.commit();
            auto wait = seconds_until(*state.locked_until, now_instant);
            if (retry_after) *retry_after = wait;
            return locked_out(wait);
        }
        if (credentials) {
            locked_until = record_account_failure(connection, credentials->user_id, state, now_instant);
        } else {
            std::optional<Instant> last_failure;
            if (state.last_failed_at) last_failure = parse_instant(*state.last_failed_at);
            int failed = login_throttle::failures_in_a_row(state.failed_logins, last_failure, now_instant,
                                                           m_settings.failure_memory);
            auto lock = login_throttle::lock_for(failed, m_settings.lockout_threshold,
                                                 m_settings.lockout_duration, m_settings.lockout_max);
            if (lock.count() > 0) locked_until = format_instant(now_instant + lock);
            user_repository::record_unknown_failure(connection, digest, failed, locked_until, now_text,
                                                    format_instant(now_instant - m_settings.failure_memory));
        }
        transaction.commit();
    }

    // Verified outside any transaction: argon2id takes tens of milliseconds.
    bool password_ok = passwords::verify(credentials ? credentials->password_hash : dummy_hash(), password);
    // Failed attempts are committed too: the audit entry must persist.
    Transaction transaction(connection);
    if (!credentials || !password_ok || !credentials->active) {
        m_throttle.record_failure(client);
        std::string reason = !credentials ? "unknown" : credentials->active ? "password" : "inactive";
        audit::record(connection, nullptr, address,
                      {"auth.login_failed",
                       "user",
                       user_text,
                       std::nullopt,
                       {{"reason", reason}, {"locked", locked_until.has_value()}}});
        transaction.commit();
        return wrong_credentials();
    }
    auto user_id = credentials->user_id;
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
    result.must_change_password = user->must_change_password;
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
    session.must_change_password = stored->must_change_password;
    // A membership removed after login takes effect at once.
    if (session.actor.active_office_id && !session.actor.belongs_to_office(*session.actor.active_office_id))
        session.actor.active_office_id = default_office(session.actor.memberships);
    // …and so does one added (an approved grant) to a session that had no office yet.
    if (!session.actor.active_office_id)
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

std::vector<office_repository::OfficeName> AuthService::offices_of(Connection& connection,
                                                                   const Actor& actor) {
    return office_repository::names_for_user(connection, actor.user_id);
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

std::optional<std::string> AuthService::record_account_failure(Connection& connection, int64_t user_id,
                                                               const user_repository::UnknownFailures& state,
                                                               Instant now_instant) {
    std::optional<Instant> last_failure;
    if (state.last_failed_at) last_failure = parse_instant(*state.last_failed_at);
    int failed = login_throttle::failures_in_a_row(state.failed_logins, last_failure, now_instant,
                                                   m_settings.failure_memory);
    auto lock = login_throttle::lock_for(failed, m_settings.lockout_threshold, m_settings.lockout_duration,
                                         m_settings.lockout_max);
    std::optional<std::string> locked_until;
    if (lock.count() > 0) locked_until = format_instant(now_instant + lock);
    user_repository::record_failed_login(connection, user_id, failed, locked_until,
                                         format_instant(now_instant));
    return locked_until;
}

Result<RotatedSession> AuthService::change_password(Connection& connection,
                                                    const AuthenticatedSession& session,
                                                    const std::string& current_password,
                                                    const std::string& new_password,
                                                    std::chrono::seconds* retry_after) {
    auto user = user_repository::find(connection, session.actor.user_id);
    if (!user) return fail(ErrorKind::unauthenticated, "not_logged_in", "Du er ikke logget inn.");
    auto credentials = user_repository::find_credentials(connection, user->email);
    if (!credentials) return fail(ErrorKind::unauthenticated, "not_logged_in", "Du er ikke logget inn.");
    auto user_text = std::to_string(user->id);
    auto refused = [&](std::string_view reason, bool locked) {
        audit::record(connection, &session.actor, session.actor.address,
                      {"auth.password_change_failed",
                       "user",
                       user_text,
                       std::nullopt,
                       {{"reason", reason}, {"locked", locked}}});
    };
    // Finding F3 of the second review: the current password could be guessed here without limit
    // from a stolen session. A wrong one is a failed login of the account, and a locked account
    // is not heard here either (checked before the slow verification, as nothing is learnt).
    auto now_instant = now();
    if (credentials->locked_until && *credentials->locked_until > format_instant(now_instant)) {
        TRY(in_transaction(connection, [&](Transaction&) -> Status {
            refused("locked", true);
            return {};
        }));
        auto wait = seconds_until(*credentials->locked_until, now_instant);
        if (retry_after) *retry_after = wait;
        return locked_out(wait);
    }
    // The new password's own rules first: they tell nothing about the current password, and a
    // request that could not change it anyway is not counted as a guess.
    if (new_password == current_password)
        return invalid("newPassword", "Det nye passordet må være et annet enn det du har nå.");
    // (Both bounded first: the distance takes time in the product of the lengths.)
    if (new_password.size() <= 800 && current_password.size() <= 1024 &&
        edit_distance(new_password, current_password) <= 3)
        return invalid("newPassword", "Det nye passordet ligner for mye på det du har nå. Endre mer enn tre "
                                      "tegn, eller velg et helt nytt.");
    TRY(check_new_password("newPassword", new_password, {user->email, user->display_name}));
    // Verify outside any transaction: argon2id takes tens of milliseconds.
    if (current_password.size() > 1024 || !passwords::verify(credentials->password_hash, current_password)) {
        user_repository::UnknownFailures state{credentials->failed_logins, credentials->locked_until,
                                               credentials->last_failed_at};
        TRY(in_transaction(connection, [&](Transaction&) -> Status {
            auto locked_until = record_account_failure(connection, user->id, state, now());
            refused("password", locked_until.has_value());
            return {};
        }));
        return invalid("currentPassword", "Det nåværende passordet er feil.");
    }
    auto hash = passwords::hash(new_password);
    RotatedSession rotated;
    rotated.session_token = passwords::random_token();
    rotated.csrf_token = passwords::random_token();
    return in_transaction(connection, [&](Transaction&) -> Result<RotatedSession> {
        auto current = session_repository::find(connection, session.token_hash);
        if (!current) return fail(ErrorKind::unauthenticated, "not_logged_in", "Du er ikke logget inn.");
        user_repository::set_password_hash(connection, user->id, hash, false);
        // A new session id and CSRF token (whoever knew the old ones knows nothing now), and every
        // other session of the user ends. The absolute expiry stays that of the login.
        session_repository::remove_for_user(connection, user->id);
        auto now_text = format_instant(now());
        session_repository::StoredSession next;
        next.token_hash = passwords::token_digest(rotated.session_token);
        next.user_id = user->id;
        next.csrf_token = rotated.csrf_token;
        next.active_office_id = current->active_office_id;
        next.created_at = now_text;
        next.last_seen_at = now_text;
        next.expires_at = current->expires_at;
        session_repository::insert(connection, next);
        audit::record(connection, &session.actor, session.actor.address,
                      {"auth.password_change",
                       "user",
                       user_text,
                       std::nullopt,
                       {{"required", user->must_change_password}}});
        return rotated;
    });
}

} // namespace husly
