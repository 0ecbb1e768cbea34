// Liveness, readiness, metrics and the API description.

#include "http/app.hpp"
#include "http/routes.hpp"
#include "service/passwords.hpp"
#include "store/reference_data.hpp"

#include <algorithm>
#include <cctype>

namespace husly::http {

void register_system_routes(Router& router) {
    router.add({"GET", "/healthz", Access::everyone(),
                [](RequestContext&) -> Result<Response> { return Response::json(200, R"({"status":"ok"})"); },
                false});

    router.add({"GET", "/readyz", Access::everyone(), [](RequestContext& context) -> Result<Response> {
                    if (!context.db().is_healthy())
                        return fail(ErrorKind::unavailable, "database_unavailable", "Databasen svarer ikke.");
                    const auto& web = context.app.static_files();
                    if (web.configured() && !web.available())
                        return fail(ErrorKind::unavailable, "web_app_missing",
                                    "Web-appen mangler: fant ikke index.html i mappen satt med --web-root.");
                    return Response::json(200, R"({"status":"ready"})");
                }});

    // Behind a token: the counters tell an outsider what is used when, and how much.
    router.add({"GET", "/metrics", Access::everyone(),
                [](RequestContext& context) -> Result<Response> {
                    auto& app = context.app;
                    const auto& token = app.config().metrics_token;
                    if (token.empty()) return not_found("Fant ikke siden.");
                    const auto* authorization = context.request.header("authorization");
                    std::string_view given = authorization ? std::string_view(*authorization) : "";
                    constexpr std::string_view scheme = "Bearer ";
                    bool ok = given.size() > scheme.size() &&
                              std::equal(scheme.begin(), scheme.end(), given.begin(),
                                         [](char a, char b) {
                                             return std::tolower(static_cast<unsigned char>(a)) ==
                                                    std::tolower(static_cast<unsigned char>(b));
                                         }) &&
                              passwords::equal_constant_time(std::string(given.substr(scheme.size())), token);
                    if (!ok) {
                        auto refused = error_response(
                            {ErrorKind::unauthenticated, "metrics_token_required",
                             "Metrikkene krever et gyldig token (Authorization: Bearer).", ""});
                        refused.headers.emplace_back("WWW-Authenticate", R"(Bearer realm="husly-metrics")");
                        return refused;
                    }
                    return Response{200,
                                    "text/plain; version=0.0.4; charset=utf-8",
                                    app.metrics().render(app.database().stats()),
                                    {}};
                },
                false});

    router.add({"GET", "/api/v1/openapi.json", Access::everyone(),
                [](RequestContext&) -> Result<Response> {
                    return Response::json(200, std::string(openapi_document()));
                },
                false});
}

} // namespace husly::http
