// Login, logout, who am I, changing one's password, and switching the active office.

#include "http/app.hpp"
#include "http/handlers/users_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/auth_service.hpp"

namespace husly::http {
namespace {

nlohmann::json me_json(Connection& connection, const Actor& actor, const std::string& csrf_token,
                       bool must_change_password) {
    auto roles = nlohmann::json::array();
    for (const auto& m : actor.memberships) roles.push_back(membership_json(m));
    auto offices = nlohmann::json::array();
    for (const auto& office : AuthService::offices_of(connection, actor))
        offices.push_back({{"id", office.id}, {"name", office.name}});
    return {{"user", {{"id", actor.user_id}, {"displayName", actor.display_name}, {"roles", roles}}},
            {"offices", offices},
            {"activeOfficeId",
             actor.active_office_id ? nlohmann::json(*actor.active_office_id) : nlohmann::json()},
            {"csrfToken", csrf_token},
            {"mustChangePassword", must_change_password}};
}

Result<Response> login(RequestContext& context) {
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    auto email = TRY(reader.required_string("email"));
    auto password = TRY(reader.required_string("password"));
    TRY(reader.finish());
    if (email.size() > 254 || password.size() > 1024)
        return invalid("password", "Feil e-postadresse eller passord.");
    std::chrono::seconds retry_after{0};
    auto attempt =
        context.app.auth().login(context.db(), email, password, context.request.remote_address, &retry_after);
    if (!attempt) {
        // A throttled or locked login says when to come back (RFC 9110 § 10.2.3).
        auto refused = error_response(attempt.error());
        if (retry_after.count() > 0)
            refused.headers.emplace_back("Retry-After", std::to_string(retry_after.count()));
        return refused;
    }
    auto& result = *attempt;
    auto response = json_response(
        200, me_json(context.db(), result.actor, result.csrf_token, result.must_change_password));
    response.headers.emplace_back("Set-Cookie", context.app.session_cookie(result.session_token));
    return response;
}

Result<Response> logout(RequestContext& context) {
    TRY(context.app.auth().logout(context.db(), *context.session));
    Response response{204, "application/json", "", {}};
    response.headers.emplace_back("Set-Cookie", context.app.session_cookie(""));
    return response;
}

Result<Response> me(RequestContext& context) {
    return json_response(200, me_json(context.db(), context.actor(), context.session->csrf_token,
                                      context.session->must_change_password));
}

Result<Response> switch_office(RequestContext& context) {
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    auto office_id = TRY(reader.required_integer("officeId", 1, INT64_MAX));
    TRY(reader.finish());
    auto actor = TRY(context.app.auth().switch_office(context.db(), *context.session, office_id));
    return json_response(200, me_json(context.db(), actor, context.session->csrf_token, false));
}

Result<Response> change_password(RequestContext& context) {
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    auto current = TRY(reader.required_string("currentPassword"));
    auto wanted = TRY(reader.required_string("newPassword"));
    TRY(reader.finish());
    std::chrono::seconds retry_after{0};
    auto changed =
        context.app.auth().change_password(context.db(), *context.session, current, wanted, &retry_after);
    if (!changed) {
        // Locked by failed logins (or wrong current passwords here): when to come back, as login.
        auto refused = error_response(changed.error());
        if (retry_after.count() > 0)
            refused.headers.emplace_back("Retry-After", std::to_string(retry_after.count()));
        return refused;
    }
    // The session was replaced: the new cookie, and the new CSRF token in the answer.
    auto response = json_response(200, me_json(context.db(), context.actor(), changed->csrf_token, false));
    response.headers.emplace_back("Set-Cookie", context.app.session_cookie(changed->session_token));
    return response;
}

} // namespace

void register_auth_routes(Router& router) {
    router.add({"POST", "/api/v1/auth/login", Access::everyone(), login});
    router.add({"POST", "/api/v1/auth/logout", Access::logged_in_before_password_change(), logout});
    router.add({"GET", "/api/v1/auth/me", Access::logged_in_before_password_change(), me});
    router.add({"PUT", "/api/v1/auth/password", Access::logged_in_before_password_change(), change_password});
    router.add({"PUT", "/api/v1/auth/office", Access::logged_in(), switch_office});
}

} // namespace husly::http
