#include "http/app.hpp"

#include "common/log.hpp"
#include "http/client_address.hpp"
#include "http/routes.hpp"
#include "service/passwords.hpp"
#include "store/rows.hpp"

#include <charconv>
#include <chrono>
#include <fmt/format.h>

namespace husly::http {
namespace {

bool is_state_changing(const std::string& method) {
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

bool is_json_content_type(const Request& request) {
    const auto* type = request.header("content-type");
    if (!type) return false;
    std::string_view text = *type;
    auto semicolon = text.find(';');
    auto media = text.substr(0, semicolon);
    while (!media.empty() && media.back() == ' ') media.remove_suffix(1);
    return media == "application/json";
}

Error internal_error() {
    return Error{ErrorKind::internal, "internal_error",
                 "Noe gikk galt hos oss. Prøv igjen, og kontakt brukerstøtte hvis det gjentar seg.", ""};
}

Error database_unavailable() {
    return Error{ErrorKind::unavailable, "database_unavailable",
                 "Databasen er ikke tilgjengelig akkurat nå. Prøv igjen om litt.", ""};
}

Error storage_full() {
    return Error{
        ErrorKind::unavailable, "storage_full",
        "Serveren har ikke mer lagringsplass, så ingenting ble lagret. Prøv igjen senere, og si fra til "
        "driften.",
        ""};
}

} // namespace

Response json_response(int status, const nlohmann::json& body) {
    return Response::json(status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

Response file_response(std::string body, const std::string& content_type, const std::string& filename) {
    Response response{200, content_type, std::move(body), {}};
    response.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

Response error_response(const Error& error) {
    nlohmann::json body = {
        {"error",
         {{"code", error.code},
          {"message", error.message},
          {"field", error.field.empty() ? nlohmann::json() : nlohmann::json(error.field)}}}};
    if (!error.problems.empty()) {
        auto problems = nlohmann::json::array();
        for (const auto& problem : error.problems)
            problems.push_back({{"field", problem.field}, {"message", problem.message}});
        body["error"]["problems"] = std::move(problems);
    }
    return json_response(http_status(error.kind), body);
}

Result<int64_t> RequestContext::path_id(std::string_view name) const {
    auto it = params.find(name);
    int64_t value = 0;
    if (it != params.end()) {
        const auto& text = it->second;
        auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec == std::errc{} && ptr == text.data() + text.size() && value > 0) return value;
    }
    return not_found("Fant ikke det du lette etter.");
}

App::App(Database& database, AppConfig config)
    : m_database(database), m_config(std::move(config)), m_auth(m_config.security, client_key),
      m_static(m_config.web_root) {
    register_all_routes(m_router);
    m_audit_writer = std::make_unique<AuditWriter>(m_database);
    m_database.set_audit_sink(m_audit_writer.get());
}

App::~App() {
    m_database.set_audit_sink(nullptr);
}

std::string App::session_cookie(const std::string& token) const {
    auto max_age = std::chrono::duration_cast<std::chrono::seconds>(m_config.security.session_absolute);
    return fmt::format("{}={}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{}", session_cookie_name, token,
                       token.empty() ? 0 : max_age.count(),
                       m_config.security.secure_cookies ? "; Secure" : "");
}

Result<Response> App::dispatch(const Request& request, const RouteMatch& match, std::string& user_log) {
    const Route& route = *match.route;
    auto query = parse_query(request.query);
    if (!query) return fail(ErrorKind::bad_request, "malformed_query", "Ugyldige parametere i adressen.");
    if (request.body.size() > max_body_bytes)
        return fail(ErrorKind::payload_too_large, "body_too_large", "Forespørselen er for stor.");
    if (is_state_changing(request.method) && !request.body.empty() && !is_json_content_type(request))
        return fail(ErrorKind::unsupported_media, "unsupported_media_type",
                    "Forespørselen må sendes som JSON (Content-Type: application/json).");

    RequestContext context{request, match.params, *query, *this, nullptr, std::nullopt};
    std::optional<Database::Lease> lease;
    if (route.uses_database || route.access.requires_login) {
        lease.emplace(m_database.acquire());
        context.connection = &**lease;
    }
    try {
        if (route.access.requires_login) {
            auto session = m_auth.authenticate(context.db(), request.cookie(session_cookie_name),
                                               request.remote_address);
            if (!session) return std::unexpected(session.error());
            context.session = std::move(*session);
            user_log = std::to_string(context.session->actor.user_id);
            if (context.session->must_change_password && !route.access.before_password_change)
                return fail(ErrorKind::forbidden, "password_change_required",
                            "Du må bytte passordet som administratoren satte, før du kan fortsette.");
            if (!route.access.roles.empty()) {
                bool allowed = false;
                for (auto role : route.access.roles)
                    if (context.session->actor.has_role(role)) allowed = true;
                if (!allowed) return forbidden();
            }
            if (is_state_changing(request.method)) {
                const auto* token = request.header(csrf_header_name);
                if (!token || !passwords::equal_constant_time(*token, context.session->csrf_token))
                    return fail(ErrorKind::forbidden, "csrf_invalid",
                                "Skjemaet er utløpt. Last siden på nytt og prøv igjen.");
            }
        }
        return route.handler(context);
    } catch (const soci::soci_error& error) {
        if (lease) lease->mark_suspect();
        bool full = is_storage_full(error);
        bool down = !full && context.connection && !context.connection->is_healthy();
        log::error("database error", {{"route", route.pattern},
                                      {"unavailable", down},
                                      {"storageFull", full},
                                      {"category", static_cast<int>(error.get_error_category())}});
        if (full) return std::unexpected(storage_full());
        return std::unexpected(down ? database_unavailable() : internal_error());
    } catch (const rows::UnknownCode& error) {
        // A row holds a code its enum does not know (written by hand, or by a newer version):
        // the column and the code say which, and neither is person data.
        log::error("unknown code in the database", {{"route", route.pattern}, {"detail", error.what()}});
        return std::unexpected(internal_error());
    } catch (const std::exception& error) {
        if (lease) lease->mark_suspect();
        log::error("unhandled exception", {{"route", route.pattern}, {"type", typeid(error).name()}});
        return std::unexpected(internal_error());
    }
}

Response App::handle(const Request& request) {
    auto started = std::chrono::steady_clock::now();
    std::string route_name = "static";
    std::string user_log;
    Response response;

    auto match = m_router.match(request.method, request.path);
    if (match.route) {
        route_name = match.route->pattern;
        auto result = dispatch(request, match, user_log);
        response = result ? std::move(*result) : error_response(result.error());
    } else if (match.path_known) {
        route_name = "unmatched";
        response = error_response({ErrorKind::bad_request, "method_not_allowed",
                                   "Metoden er ikke tillatt for denne adressen.", ""});
        response.status = 405;
    } else if (request.path.rfind("/api/", 0) == 0 || request.path == "/api") {
        route_name = "unmatched";
        response = error_response({ErrorKind::not_found, "not_found", "Ukjent adresse i API-et.", ""});
    } else if (request.method != "GET" && request.method != "HEAD") {
        response = error_response({ErrorKind::bad_request, "method_not_allowed",
                                   "Metoden er ikke tillatt for denne adressen.", ""});
        response.status = 405;
    } else if (auto file = m_static.serve(request.path, [&] {
                   const auto* encoding = request.header("accept-encoding");
                   return encoding && accepts_gzip(*encoding);
               }())) {
        response = std::move(*file);
    } else {
        response = error_response({ErrorKind::not_found, "not_found", "Fant ikke siden.", ""});
    }
    if (response.status >= 500 && match.route == nullptr) route_name = "unmatched";

    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    m_metrics.observe(request.method, route_name, response.status, seconds);
    // The route pattern, never the path or query: those may carry names or identity numbers.
    // The client's address (behind a trusted proxy, the one it names) and, when it differs, the
    // proxy's: who tried what, for the operator following an attack.
    nlohmann::json fields = {{"method", request.method},
                             {"route", route_name},
                             {"status", response.status},
                             {"ms", std::round(seconds * 1e5) / 100},
                             {"client", request.remote_address}};
    if (request.peer_address != request.remote_address && !request.peer_address.empty())
        fields["peer"] = request.peer_address;
    if (!user_log.empty()) fields["user"] = user_log;
    log::info("request", fields);
    return response;
}

} // namespace husly::http
