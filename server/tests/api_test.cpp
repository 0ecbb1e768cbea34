// The API over real HTTP against an in-process server, on every backend.

#include "http/routes.hpp"
#include "support/test_server.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <set>

using namespace husly;
using husly::test::TestServer;

class ApiTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ApiTest, HealthReadinessAndMetrics) {
    TestServer server(GetParam());
    auto client = server.client();
    EXPECT_EQ(client.get("/healthz").status, 200);
    auto ready = client.get("/readyz");
    EXPECT_EQ(ready.status, 200);
    EXPECT_EQ(ready.json()["status"], "ready");
    client.get("/api/v1/auth/me"); // a 401 to count
    auto metrics = client.get("/metrics");
    EXPECT_EQ(metrics.status, 200);
    EXPECT_NE(
        metrics.body.find("husly_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 1"),
        std::string::npos);
    EXPECT_NE(metrics.body.find("route=\"/api/v1/auth/me\",status=\"401\""), std::string::npos);
    EXPECT_NE(metrics.body.find("husly_http_request_duration_seconds_bucket"), std::string::npos);
    EXPECT_NE(metrics.body.find("husly_db_pool_connections{state=\"total\"} 4"), std::string::npos);
}

TEST_P(ApiTest, LoginMeSwitchOfficeLogout) {
    TestServer server(GetParam());
    auto client = server.client();
    auto login = client.login("veileder@husly.test", "husly-demo-2026");
    ASSERT_EQ(login.status, 200) << login.body;
    auto cookie = login.headers["set-cookie"];
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
    EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
    auto me = client.get("/api/v1/auth/me").json();
    EXPECT_EQ(me["user"]["displayName"], "Vera Veileder");
    ASSERT_EQ(me["offices"].size(), 2u);
    auto bodo = server.office_id("1804"), salten = server.office_id("1841");
    EXPECT_EQ(me["activeOfficeId"], bodo);

    auto switched = client.put("/api/v1/auth/office", {{"officeId", salten}});
    ASSERT_EQ(switched.status, 200) << switched.body;
    EXPECT_EQ(client.get("/api/v1/auth/me").json()["activeOfficeId"], salten);

    // Not a member of Grünerløkka.
    auto refused = client.put("/api/v1/auth/office", {{"officeId", server.office_id("0315")}});
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(refused.error_field(), "officeId");

    auto logout = client.post("/api/v1/auth/logout", nlohmann::json::object());
    EXPECT_EQ(logout.status, 204);
    EXPECT_EQ(client.get("/api/v1/auth/me").status, 401);
}

TEST_P(ApiTest, AdministratorManagesOfficesAndUsers) {
    TestServer server(GetParam());
    auto admin = server.client_as("admin@husly.test");
    auto office =
        admin.post("/api/v1/offices",
                   {{"name", "Nav Lillestrøm"}, {"unitNumber", "0230"}, {"municipalityNumbers", {"3205"}}});
    ASSERT_EQ(office.status, 201) << office.body;
    auto office_id = office.json()["id"].get<int64_t>();
    auto user = admin.post("/api/v1/users", {{"email", "ny@husly.test"},
                                             {"displayName", "Ny Veileder"},
                                             {"password", "et langt passord"},
                                             {"roles", {{{"role", "veileder"}, {"officeId", office_id}}}}});
    ASSERT_EQ(user.status, 201) << user.body;
    auto user_id = user.json()["id"].get<int64_t>();
    EXPECT_EQ(user.json().count("password"), 0u);

    auto newcomer = server.client();
    ASSERT_EQ(newcomer.login("ny@husly.test", "et langt passord").status, 200);
    EXPECT_EQ(newcomer.get("/api/v1/auth/me").json()["activeOfficeId"], office_id);

    // Deactivating the user ends the session at once.
    auto deactivate = admin.patch("/api/v1/users/" + std::to_string(user_id), {{"active", false}});
    ASSERT_EQ(deactivate.status, 200) << deactivate.body;
    EXPECT_EQ(newcomer.get("/api/v1/auth/me").status, 401);
    EXPECT_EQ(server.client().login("ny@husly.test", "et langt passord").status, 401);

    auto renamed = admin.put(
        "/api/v1/offices/" + std::to_string(office_id),
        {{"name", "Nav Lillestrøm og omegn"}, {"unitNumber", "0230"}, {"municipalityNumbers", {"3205"}}});
    EXPECT_EQ(renamed.status, 200);
    EXPECT_EQ(admin.get("/api/v1/offices/" + std::to_string(office_id)).json()["name"],
              "Nav Lillestrøm og omegn");

    // Every change is in the audit log, and the chain holds.
    auto audit = admin.get("/api/v1/audit?action=user.").json();
    std::set<std::string> actions;
    for (const auto& entry : audit["entries"]) actions.insert(entry["action"]);
    EXPECT_TRUE(actions.contains("user.create"));
    EXPECT_TRUE(actions.contains("user.update"));
    auto verify = admin.get("/api/v1/audit/verify").json();
    EXPECT_TRUE(verify["ok"].get<bool>()) << verify.dump();
}

TEST_P(ApiTest, AuditLogFiltersByUser) {
    TestServer server(GetParam());
    auto admin = server.client_as("admin@husly.test");
    server.client_as("leder@husly.test");
    auto leder_id = server.user_id("leder@husly.test");
    auto entries = admin.get("/api/v1/audit?userId=" + std::to_string(leder_id)).json()["entries"];
    ASSERT_FALSE(entries.empty());
    for (const auto& entry : entries) EXPECT_EQ(entry["actorUserId"], leder_id);
    EXPECT_EQ(entries[0]["action"], "auth.login");
    auto bad = admin.get("/api/v1/audit?from=2026-13-01");
    EXPECT_EQ(bad.status, 422);
    EXPECT_EQ(bad.error_field(), "from");
}

TEST_P(ApiTest, OpenApiDescribesExactlyTheRouterTable) {
    TestServer server(GetParam());
    auto served = server.client().get("/api/v1/openapi.json");
    ASSERT_EQ(served.status, 200);
    auto document = served.json();
    std::ifstream file(HUSLY_OPENAPI_PATH);
    EXPECT_EQ(document, nlohmann::json::parse(file)); // the served copy is the repository's file

    std::set<std::string> described, routed;
    for (const auto& [path, operations] : document["paths"].items())
        for (const auto& [method, operation] : operations.items()) {
            std::string upper = method;
            for (auto& c : upper) c = static_cast<char>(std::toupper(c));
            described.insert(upper + " " + path);
        }
    http::Router router;
    http::register_all_routes(router);
    for (const auto& route : router.routes()) routed.insert(route.method + " " + route.pattern);
    EXPECT_EQ(described, routed);
}

TEST_P(ApiTest, ServesTheWebAppWithCachingRulesAndFallback) {
    auto root = std::filesystem::temp_directory_path() / ("husly-web-" + GetParam());
    std::filesystem::create_directories(root / "assets");
    std::ofstream(root / "index.html") << "<!doctype html><title>Husly</title>";
    std::ofstream(root / "assets" / "index-abc123.js") << "console.log(1)";
    http::AppConfig config;
    config.web_root = root.string();
    TestServer server(GetParam(), config);
    auto client = server.client();

    auto index = client.get("/");
    EXPECT_EQ(index.status, 200);
    EXPECT_EQ(index.headers["content-type"], "text/html; charset=utf-8");
    EXPECT_EQ(index.headers["cache-control"], "no-cache");
    auto asset = client.get("/assets/index-abc123.js");
    EXPECT_EQ(asset.headers["content-type"], "text/javascript; charset=utf-8");
    EXPECT_NE(asset.headers["cache-control"].find("immutable"), std::string::npos);
    auto client_route = client.get("/henvendelser/ny");
    EXPECT_EQ(client_route.status, 200);
    EXPECT_NE(client_route.body.find("Husly"), std::string::npos);
    EXPECT_EQ(client.get("/assets/missing.js").status, 404);
    EXPECT_EQ(client.get("/favicon-missing.png").status, 404);
    EXPECT_EQ(client.get("/api/v1/unknown").status, 404);
    EXPECT_EQ(client.get("/api/v1/unknown").error_code(), "not_found");
    // Path traversal stays inside the root.
    EXPECT_EQ(client.get("/assets/../../etc/passwd").status, 404);
    EXPECT_EQ(client.get("/%2e%2e/%2e%2e/etc/passwd").status, 404);
    std::filesystem::remove_all(root);
}

TEST_P(ApiTest, SecurityHeadersOnEveryResponse) {
    TestServer server(GetParam());
    auto client = server.client();
    for (const auto& target : {"/healthz", "/api/v1/auth/me", "/api/v1/nothing", "/"}) {
        auto result = client.get(target);
        auto csp = result.headers["content-security-policy"];
        EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << target;
        EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << target;
        EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << target;
        EXPECT_EQ(result.headers["x-content-type-options"], "nosniff") << target;
        EXPECT_EQ(result.headers["referrer-policy"], "no-referrer") << target;
    }
    EXPECT_EQ(client.get("/api/v1/auth/me").headers["cache-control"], "no-store");
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
