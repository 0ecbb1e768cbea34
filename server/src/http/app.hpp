#pragma once
// The application behind the HTTP server: routes requests, resolves sessions, checks roles and
// CSRF, turns errors into the JSON error shape, serves the web app, records metrics and logs.

#include "http/message.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"
#include "http/static_files.hpp"
#include "service/audit_files.hpp"
#include "service/auth_service.hpp"
#include "service/figures_snapshot.hpp"
#include "service/settings.hpp"
#include "store/audit_writer.hpp"
#include "store/database.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace husly::http {

struct AppConfig {
    // The built web app; empty serves none (the API alone). When set, /readyz answers 503
    // until it holds index.html.
    std::string web_root;
    // /metrics answers only `Authorization: Bearer <token>`; without a token it is off (404).
    std::string metrics_token;
    SecuritySettings security;
    // The audit chain's checkpoint file, which GET /audit/verify checks against (none: not checked).
    audit::CheckpointFile* audit_checkpoints{nullptr};
    // When the figures shown outside an office are refreshed (husly serve also refreshes them in
    // the background; without that, the first request of a period does).
    figures::RefreshSchedule figures_refresh;
};

class App;

struct RequestContext {
    const Request& request;
    const PathParams& params;
    const std::map<std::string, std::string>& query;
    App& app;
    Connection* connection{nullptr};
    std::optional<AuthenticatedSession> session;

    Connection& db() { return *connection; }
    const Actor& actor() const { return session->actor; }
    // A positive integer path parameter, or 404 (an id that cannot exist is simply not found).
    Result<int64_t> path_id(std::string_view name) const;
};

class App {
public:
    App(Database& database, AppConfig config);
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;
    // Thread-safe: called concurrently from the server's worker threads.
    Response handle(const Request& request);

    Database& database() { return m_database; }
    AuthService& auth() { return m_auth; }
    Metrics& metrics() { return m_metrics; }
    const Router& router() const { return m_router; }
    const AppConfig& config() const { return m_config; }
    const StaticFiles& static_files() const { return m_static; }

    // The Set-Cookie header value for a session token (empty token clears the cookie).
    std::string session_cookie(const std::string& token) const;

private:
    Result<Response> dispatch(const Request& request, const RouteMatch& match, std::string& user_log);

    Database& m_database;
    AppConfig m_config;
    AuthService m_auth;
    Metrics m_metrics;
    std::unique_ptr<AuditWriter> m_audit_writer; // reads' audit entries, committed in groups
    Router m_router;
    StaticFiles m_static;
};

// Builds the JSON error body {"error": {"code", "message", "field"}}.
Response error_response(const Error& error);
Response json_response(int status, const nlohmann::json& body);
// A file to download (PDF, CSV), never cached.
Response file_response(std::string body, const std::string& content_type, const std::string& filename);
inline Response pdf_response(std::string pdf, const std::string& filename) {
    return file_response(std::move(pdf), "application/pdf", filename);
}

inline constexpr const char* session_cookie_name = "husly_session";
inline constexpr const char* csrf_header_name = "x-csrf-token";
inline constexpr size_t max_body_bytes = size_t{1024} * 1024;

} // namespace husly::http
