#pragma once
// Logging in and out, resolving a session token to an Actor, switching the active office.

#include "common/error.hpp"
#include "domain/account.hpp"
#include "service/settings.hpp"
#include "store/database.hpp"

#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace husly {

// Counts failed logins per client address in this process (a process-local first line; the
// per-account lockout in the database holds across processes).
class AddressThrottle {
public:
    explicit AddressThrottle(const SecuritySettings& settings) : m_settings(settings) {}
    bool allowed(const std::string& address);
    void record_failure(const std::string& address);

private:
    const SecuritySettings& m_settings;
    std::mutex m_mutex;
    std::unordered_map<std::string, std::deque<std::chrono::steady_clock::time_point>> m_failures;
};

struct LoginResult {
    std::string session_token; // goes into the HttpOnly cookie, never stored in clear
    std::string csrf_token;    // returned to the web app, sent back in X-CSRF-Token
    Actor actor;
};

struct AuthenticatedSession {
    Actor actor;
    std::string csrf_token;
    std::string token_hash;
};

class AuthService {
public:
    AuthService(const SecuritySettings& settings) : m_settings(settings), m_throttle(settings) {}

    Result<LoginResult> login(Connection& connection, const std::string& email, const std::string& password,
                              const std::string& address);
    // Resolves a session token; fails with 401 when missing, unknown or expired.
    Result<AuthenticatedSession> authenticate(Connection& connection, const std::string& token,
                                              const std::string& address);
    Status logout(Connection& connection, const AuthenticatedSession& session);
    Result<Actor> switch_office(Connection& connection, const AuthenticatedSession& session,
                                int64_t office_id);

private:
    const SecuritySettings& m_settings;
    AddressThrottle m_throttle;
};

} // namespace husly
