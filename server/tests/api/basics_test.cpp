// The API over real HTTP against an in-process server, on every backend.

#include "http/routes.hpp"
#include "service/admin_service.hpp"
#include "support/build_paths.hpp"
#include "support/test_server.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <set>

using namespace husly;
using husly::test::TestServer;

class ApiTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ApiTest, HealthReadinessAndMetrics) {
    http::AppConfig config;
    config.metrics_token = "metrikk-token-for-testen-0123456789";
    TestServer server(GetParam(), config);
    auto client = server.client();
    EXPECT_EQ(client.get("/healthz").status, 200);
    auto ready = client.get("/readyz");
    EXPECT_EQ(ready.status, 200);
    EXPECT_EQ(ready.json()["status"], "ready");
    client.get("/api/v1/auth/me"); // a 401 to count
    auto metrics =
        client.send("GET", "/metrics", "", "", {{"Authorization", "Bearer " + config.metrics_token}});
    EXPECT_EQ(metrics.status, 200);
    EXPECT_NE(
        metrics.body.find("husly_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 1"),
        std::string::npos);
    EXPECT_NE(metrics.body.find("route=\"/api/v1/auth/me\",status=\"401\""), std::string::npos);
    EXPECT_NE(metrics.body.find("husly_http_request_duration_seconds_bucket"), std::string::npos);
    EXPECT_NE(metrics.body.find("husly_db_pool_connections{state=\"total\"} 4"), std::string::npos);
}

// Security finding 16: /metrics answered anyone (which routes are used, when and how much).
TEST_P(ApiTest, MetricsNeedTheToken) {
    {
        TestServer server(GetParam()); // no token configured: /metrics is off
        auto metrics = server.client().get("/metrics");
        EXPECT_EQ(metrics.status, 404);
        EXPECT_EQ(metrics.body.find("husly_http_requests_total"), std::string::npos);
    }
    http::AppConfig config;
    config.metrics_token = "metrikk-token-for-testen-0123456789";
    TestServer server(GetParam(), config);
    auto anonymous = server.client();
    auto logged_in = server.client_as("admin@husly.test"); // a session is not the token
    for (auto* client : {&anonymous, &logged_in}) {
        for (const std::string& authorization :
             {std::string(), std::string("Bearer"), std::string("Bearer feil-token-0123456789abcdef"),
              "Basic " + config.metrics_token, "Bearer " + config.metrics_token + "x",
              "Bearer " + config.metrics_token.substr(1)}) {
            std::map<std::string, std::string> headers;
            if (!authorization.empty()) headers["Authorization"] = authorization;
            auto refused = client->send("GET", "/metrics", "", "", headers);
            EXPECT_EQ(refused.status, 401) << "«" << authorization << "»";
            EXPECT_EQ(refused.error_code(), "metrics_token_required");
            EXPECT_EQ(refused.body.find("husly_http_requests_total"), std::string::npos);
        }
    }
    auto refused = anonymous.get("/metrics");
    EXPECT_NE(refused.headers["www-authenticate"].find("Bearer"), std::string::npos);
    auto allowed =
        anonymous.send("GET", "/metrics", "", "", {{"Authorization", "Bearer " + config.metrics_token}});
    EXPECT_EQ(allowed.status, 200);
    EXPECT_NE(allowed.body.find("husly_http_requests_total"), std::string::npos);
}

// Security finding 17: /readyz said ready while the web app was missing, so a load balancer sent
// users to a server that could only answer 404.
TEST_P(ApiTest, ReadinessWaitsForTheWebApp) {
    auto root = std::filesystem::temp_directory_path() / ("husly-ready-" + GetParam());
    std::filesystem::remove_all(root);
    http::AppConfig config;
    config.web_root = root.string();
    TestServer server(GetParam(), config);
    auto client = server.client();
    auto missing = client.get("/readyz");
    EXPECT_EQ(missing.status, 503);
    EXPECT_EQ(missing.error_code(), "web_app_missing");
    EXPECT_EQ(client.get("/healthz").status, 200); // alive all the same
    std::filesystem::create_directories(root);
    auto partial = client.get("/readyz"); // a folder without index.html is not the app
    EXPECT_EQ(partial.status, 503);
    std::ofstream(root / "index.html") << "<!doctype html><title>Husly</title>";
    EXPECT_EQ(client.get("/readyz").status, 200);
    std::filesystem::remove_all(root);
    // A server for the API alone (no web root) is ready without one.
    TestServer api_only(GetParam());
    EXPECT_EQ(api_only.client().get("/readyz").status, 200);
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

    auto kept = client; // a copy of the cookie, kept after logging out
    auto logout = client.post("/api/v1/auth/logout", nlohmann::json::object());
    EXPECT_EQ(logout.status, 204);
    EXPECT_TRUE(client.session_cookie.empty()); // the answer cleared it, as in a browser
    EXPECT_EQ(kept.get("/api/v1/auth/me").status, 401);
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
    // Caseworker access waits for a second administrator (the new office has no leder yet).
    ASSERT_EQ(user.json()["pendingRoles"].size(), 1u) << user.body;
    auto grant_id = user.json()["pendingRoles"][0]["grantId"].get<int64_t>();
    {
        auto lease = server.database().acquire();
        admin::NewUser second{
            "admin2@husly.test", "Berit Bakvakt", "husly-demo-2026", {{Role::administrator, {}}}};
        ASSERT_TRUE(admin::create_user(*lease, nullptr, second)); // as `husly user add` does
    }
    auto second_admin = server.client_as("admin2@husly.test");
    ASSERT_EQ(
        second_admin
            .post("/api/v1/role-grants/" + std::to_string(grant_id) + "/approve", nlohmann::json::object())
            .status,
        200);

    // The password the administrator chose is replaced at the first login.
    auto newcomer = server.client();
    ASSERT_EQ(newcomer.login("ny@husly.test", "et langt passord").status, 200);
    ASSERT_EQ(newcomer
                  .put("/api/v1/auth/password",
                       {{"currentPassword", "et langt passord"}, {"newPassword", "et enda lengre passord"}})
                  .status,
              200);
    EXPECT_EQ(newcomer.get("/api/v1/auth/me").json()["activeOfficeId"], office_id);

    // Deactivating the user ends the session at once.
    auto deactivate = admin.patch("/api/v1/users/" + std::to_string(user_id), {{"active", false}});
    ASSERT_EQ(deactivate.status, 200) << deactivate.body;
    EXPECT_EQ(newcomer.get("/api/v1/auth/me").status, 401);
    EXPECT_EQ(server.client().login("ny@husly.test", "et enda lengre passord").status, 401);

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

TEST_P(ApiTest, AnOfficesContactDetailsAreCheckedAndKept) {
    TestServer server(GetParam());
    auto admin = server.client_as("admin@husly.test");
    auto bodo = server.office_id("1804");
    auto url = "/api/v1/offices/" + std::to_string(bodo);
    // The demo office has synthetic contact details for its letters.
    auto demo = admin.get(url).json();
    EXPECT_EQ(demo["postalAddress"], "Postboks 1804, 8001 Bodø");
    EXPECT_EQ(demo["appealAuthority"], "Statsforvalteren i Nordland");

    nlohmann::json office = {{"name", "Nav Bodø"},
                             {"unitNumber", "1804"},
                             {"municipalityNumbers", {"1804"}},
                             {"postalAddress", "  Postboks 4, 8001 Bodø "},
                             {"phone", "+47 75 00 00 00"},
                             {"email", "Nav.Bodo@Husly.test"},
                             {"website", "husly.test/bodo"},
                             {"appealAuthority", "Statsforvalteren i Nordland"}};
    auto saved = admin.put(url, office);
    ASSERT_EQ(saved.status, 200) << saved.body;
    EXPECT_EQ(saved.json()["postalAddress"], "Postboks 4, 8001 Bodø"); // trimmed
    EXPECT_EQ(saved.json()["email"], "nav.bodo@husly.test");
    EXPECT_EQ(saved.json()["phone"], "+47 75 00 00 00");

    // A bad phone number or e-mail address is named with its field, in Norwegian.
    for (auto [field, value] :
         {std::pair{"phone", "75 00 00"}, std::pair{"phone", "ring oss"}, std::pair{"email", "nav.bodo"},
          std::pair{"email", "nav bodo@husly.test"}, std::pair{"website", "nav no"},
          std::pair{"postalAddress", "Postboks\x07 4"},
          // Found by the outside attack: other schemes, a user in the address, a look-alike letter,
          // and a line separator or a right-to-left override carried into the letter.
          std::pair{"website", "javascript:alert(document.cookie)//nav.no"},
          std::pair{"website", "ftp://evil.test"}, std::pair{"website", "user:pass@evil.test"},
          std::pair{"website", "nav.no\\@evil.test"},
          std::pair{"website", "n\xd0\xb0"
                               "v.no"},
          std::pair{"postalAddress", "Postboks 4\xe2\x80\xa8"
                                     "Du kan ikke klage"},
          std::pair{"appealAuthority", "\xe2\x80\xae"
                                       "neretlavrofstatS"}}) {
        auto bad = office;
        bad[field] = value;
        auto answer = admin.put(url, bad);
        EXPECT_EQ(answer.status, 422) << field << " " << value << " " << answer.body;
        EXPECT_EQ(answer.error_field(), field) << answer.body;
        EXPECT_FALSE(answer.json()["error"]["message"].get<std::string>().empty());
    }
    EXPECT_NE(admin
                  .put(url, {{"name", "Nav Bodø"},
                             {"unitNumber", "1804"},
                             {"municipalityNumbers", {"1804"}},
                             {"phone", "12345"}})
                  .json()["error"]["message"]
                  .get<std::string>()
                  .find("Telefonnummeret"),
              std::string::npos);
    EXPECT_EQ(admin.put(url, office).status, 200);
    // Left out altogether (the approval switch), they are kept; given, they replace the old ones.
    auto toggled = admin.put(url, {{"name", "Nav Bodø"},
                                   {"unitNumber", "1804"},
                                   {"municipalityNumbers", {"1804"}},
                                   {"decisionsNeedApproval", false}});
    ASSERT_EQ(toggled.status, 200) << toggled.body;
    EXPECT_EQ(toggled.json()["phone"], "+47 75 00 00 00");
    auto cleared = admin.put(
        url,
        {{"name", "Nav Bodø"}, {"unitNumber", "1804"}, {"municipalityNumbers", {"1804"}}, {"phone", ""}});
    ASSERT_EQ(cleared.status, 200) << cleared.body;
    EXPECT_EQ(cleared.json()["phone"], "");
    EXPECT_EQ(cleared.json()["postalAddress"], "");
    // Only an administrator changes them.
    auto veileder = server.client_as("veileder@husly.test");
    EXPECT_EQ(veileder.put(url, office).status, 403);
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
    std::ifstream file(husly::test::paths::openapi());
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
    // Path traversal is refused before it reaches the files (api_hostile_input_test has them all).
    EXPECT_EQ(client.get("/assets/../../etc/passwd").status, 400);
    EXPECT_EQ(client.get("/%2e%2e/%2e%2e/etc/passwd").status, 400);
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
