#pragma once
// Logging in and out, resolving a session token to an Actor, switching the active office.

#include "common/clock.hpp"
#include "common/error.hpp"
#include "domain/account.hpp"
#include "service/settings.hpp"
#include "store/database.hpp"
#include "store/office_repository.hpp"
#include "store/user_repository.hpp"

#include <chrono>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

namespace husly {

// Failed logins per client address in this process (a first line against one client trying
// many accounts; the per-account lockout in the database holds across processes). Past the limit
// each failure doubles the wait before the address is heard again. Behind a trusted proxy the
// address is the client's, so one client's failures never stop the others.
class AddressThrottle {
public:
    explicit AddressThrottle(const SecuritySettings& settings) : m_settings(settings) {}
    // How long the address must still wait; zero when it may try now.
    std::chrono::seconds wait(const std::string& address);
    void record_failure(const std::string& address);

private:
    struct Failures {
        std::deque<std::chrono::steady_clock::time_point> times; // within the window
        std::chrono::steady_clock::time_point blocked_until{};
    };
    const SecuritySettings& m_settings;
    std::mutex m_mutex;
    std::unordered_map<std::string, Failures> m_failures;
};

struct LoginResult {
    std::string session_token; // goes into the HttpOnly cookie, never stored in clear
    std::string csrf_token;    // returned to the web app, sent back in X-CSRF-Token
    Actor actor;
    bool must_change_password{false};
};

// The session that replaces the caller's after a password change.
struct RotatedSession {
    std::string session_token; // the new cookie
    std::string csrf_token;    // the new X-CSRF-Token
};

struct AuthenticatedSession {
    Actor actor;
    std::string csrf_token;
    std::string token_hash;
    // An administrator set the password: until the user has chosen their own, the session may only
    // change it (and see who it is, and log out).
    bool must_change_password{false};
};

class AuthService {
public:
    // `throttle_key` maps a client address to what the address throttle counts (the HTTP layer
    // counts an IPv6 client by its /64); by default the address itself.
    explicit AuthService(const SecuritySettings& settings,
                         std::function<std::string(const std::string&)> throttle_key = nullptr)
        : m_settings(settings), m_throttle(settings), m_throttle_key(std::move(throttle_key)) {}

    // On 429, `retry_after` (when given) is set to how long until a new attempt is heard.
    Result<LoginResult> login(Connection& connection, const std::string& email, const std::string& password,
                              const std::string& address, std::chrono::seconds* retry_after = nullptr);
    // Resolves a session token; fails with 401 when missing, unknown or expired.
    Result<AuthenticatedSession> authenticate(Connection& connection, const std::string& token,
                                              const std::string& address);
    Status logout(Connection& connection, const AuthenticatedSession& session);
    Result<Actor> switch_office(Connection& connection, const AuthenticatedSession& session,
                                int64_t office_id);
    // The offices the actor holds a role in, by name (what switch_office chooses among): one
    // prepared query, on every /auth/me.
    static std::vector<office_repository::OfficeName> offices_of(Connection& connection, const Actor& actor);
    // The user's own new password, with the current one: strong enough (check_new_password) and
    // more than 3 edits from the current one; lifts a required change. A wrong current password
    // is a failed login of the account (auth.password_change_failed): the same lockout, and while
    // locked 429 login_locked with `retry_after` set. On success the session is replaced by a new
    // one (new token and CSRF token, the same absolute expiry) and every other session of the
    // user ends.
    Result<RotatedSession> change_password(Connection& connection, const AuthenticatedSession& session,
                                           const std::string& current_password,
                                           const std::string& new_password,
                                           std::chrono::seconds* retry_after = nullptr);

private:
    // Counts one more failed login of an account with `state` (the failures so far); returns
    // when it is locked until, if the failure locks it.
    std::optional<std::string> record_account_failure(Connection& connection, int64_t user_id,
                                                      const user_repository::UnknownFailures& state,
                                                      Instant now_instant);
    std::string throttle_key(const std::string& address) const {
        return m_throttle_key ? m_throttle_key(address) : address;
    }
    const SecuritySettings& m_settings;
    AddressThrottle m_throttle;
    std::function<std::string(const std::string&)> m_throttle_key;
};

} // namespace husly
