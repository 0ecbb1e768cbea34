// Liveness, readiness, metrics and the API description.

#include "http/app.hpp"
#include "http/routes.hpp"
#include "store/reference_data.hpp"

namespace husly::http {

void register_system_routes(Router& router) {
    router.add({"GET", "/healthz", Access::everyone(),
                [](RequestContext&) -> Result<Response> { return Response::json(200, R"({"status":"ok"})"); },
                false});

    router.add({"GET", "/readyz", Access::everyone(), [](RequestContext& context) -> Result<Response> {
                    if (!context.db().is_healthy())
                        return fail(ErrorKind::unavailable, "database_unavailable", "Databasen svarer ikke.");
                    return Response::json(200, R"({"status":"ready"})");
                }});

    router.add({"GET", "/metrics", Access::everyone(),
                [](RequestContext& context) -> Result<Response> {
                    auto& app = context.app;
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
