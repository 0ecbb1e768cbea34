// Security rules that must hold, each a test that fails if the rule breaks.

#include "common/log.hpp"
#include "support/test_server.hpp"

#include <gtest/gtest.h>
#include <mutex>

using namespace husly;
using husly::test::TestServer;

class ApiSecurityTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ApiSecurityTest, WrongPasswordIsRefusedWithoutSayingWhichPart) {
    TestServer server(GetParam());
    auto client = server.client();
    auto wrong = client.login("veileder@husly.test", "feil passord her");
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(wrong.error_code(), "invalid_credentials");
    auto unknown = client.login("finnes.ikke@husly.test", "feil passord her");
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(unknown.json()["error"]["message"], wrong.json()["error"]["message"]);
    EXPECT_TRUE(client.session_cookie.empty());
}

TEST_P(ApiSecurityTest, AccountLocksAfterRepeatedFailures) {
    TestServer server(GetParam());
    auto client = server.client();
    for (int i = 0; i < 5; ++i) EXPECT_EQ(client.login("leder@husly.test", "feil passord her").status, 401);
    // Even the right password is refused while locked.
    auto locked = client.login("leder@husly.test", "husly-demo-2026");
    EXPECT_EQ(locked.status, 429);
    EXPECT_EQ(locked.error_code(), "login_locked");
    // An administrator unlocks it.
    auto admin = server.client_as("admin@husly.test");
    auto unlock = admin.patch("/api/v1/users/" + std::to_string(server.user_id("leder@husly.test")),
                              {{"unlock", true}});
    ASSERT_EQ(unlock.status, 200);
    EXPECT_EQ(server.client().login("leder@husly.test", "husly-demo-2026").status, 200);
}

TEST_P(ApiSecurityTest, AddressIsThrottledAcrossAccounts) {
    http::AppConfig config;
    config.security.address_failure_limit = 3;
    TestServer server(GetParam(), config);
    auto client = server.client();
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(client.login("person" + std::to_string(i) + "@husly.test", "feil passord her").status, 401);
    auto throttled = client.login("admin@husly.test", "husly-demo-2026");
    EXPECT_EQ(throttled.status, 429);
    EXPECT_EQ(throttled.error_code(), "too_many_attempts");
}

TEST_P(ApiSecurityTest, ExpiredAndIdleSessionsAreRefused) {
    TestServer server(GetParam());
    auto client = server.client_as("veileder@husly.test");
    EXPECT_EQ(client.get("/api/v1/auth/me").status, 200);
    {
        auto lease = server.database().acquire();
        lease->sql() << "UPDATE sessions SET expires_at = '2020-01-01T00:00:00.000Z'";
    }
    auto expired = client.get("/api/v1/auth/me");
    EXPECT_EQ(expired.status, 401);
    EXPECT_EQ(expired.error_code(), "not_logged_in");

    auto idle = server.client_as("veileder@husly.test");
    {
        auto lease = server.database().acquire();
        lease->sql() << "UPDATE sessions SET last_seen_at = '2020-01-01T00:00:00.000Z'";
    }
    EXPECT_EQ(idle.get("/api/v1/auth/me").status, 401);
    // A made-up token is no session either.
    auto forged = server.client();
    forged.session_cookie = std::string(64, 'a');
    EXPECT_EQ(forged.get("/api/v1/auth/me").status, 401);
}

TEST_P(ApiSecurityTest, StateChangesNeedTheCsrfToken) {
    TestServer server(GetParam());
    auto admin = server.client_as("admin@husly.test");
    nlohmann::json office = {{"name", "Nav CSRF"}, {"unitNumber", "9001"}, {"municipalityNumbers", {"1804"}}};
    admin.send_csrf = false;
    auto missing = admin.post("/api/v1/offices", office);
    EXPECT_EQ(missing.status, 403);
    EXPECT_EQ(missing.error_code(), "csrf_invalid");
    admin.send_csrf = true;
    auto real_token = admin.csrf_token;
    admin.csrf_token = std::string(64, '0');
    EXPECT_EQ(admin.post("/api/v1/offices", office).status, 403);
    admin.csrf_token = real_token;
    // Nothing was created by the refused requests.
    auto offices = admin.get("/api/v1/offices").json();
    for (const auto& o : offices) EXPECT_NE(o["unitNumber"], "9001");
    EXPECT_EQ(admin.post("/api/v1/offices", office).status, 201);
}

TEST_P(ApiSecurityTest, VeilederSeesOnlyOwnOffices) {
    TestServer server(GetParam());
    auto oslo = server.client_as("oslo@husly.test");
    auto offices = oslo.get("/api/v1/offices").json();
    ASSERT_EQ(offices.size(), 1u);
    EXPECT_EQ(offices[0]["unitNumber"], "0315");
    auto other = oslo.get("/api/v1/offices/" + std::to_string(server.office_id("1804")));
    EXPECT_EQ(other.status, 404);
    EXPECT_EQ(other.error_code(), "not_found");
    // A veileder may not list an office's users at all; a leder only their own office's.
    EXPECT_EQ(oslo.get("/api/v1/offices/" + std::to_string(server.office_id("0315")) + "/users").status, 403);
    auto leder = server.client_as("leder@husly.test");
    auto own = leder.get("/api/v1/offices/" + std::to_string(server.office_id("1804")) + "/users");
    ASSERT_EQ(own.status, 200);
    EXPECT_GE(own.json().size(), 2u);
    EXPECT_EQ(leder.get("/api/v1/offices/" + std::to_string(server.office_id("0315")) + "/users").status,
              404);
}

TEST_P(ApiSecurityTest, RolesAreEnforcedPerEndpoint) {
    TestServer server(GetParam());
    auto analytiker = server.client_as("analytiker@husly.test");
    auto veileder = server.client_as("veileder@husly.test");
    auto tilbyder = server.client_as("tilbyder@husly.test");
    for (auto* client : {&analytiker, &veileder, &tilbyder}) {
        // The audit log names which persons were read: person data, administrators only.
        auto audit = client->get("/api/v1/audit");
        EXPECT_EQ(audit.status, 403);
        EXPECT_EQ(audit.error_code(), "forbidden");
        EXPECT_EQ(client->get("/api/v1/users").status, 403);
        EXPECT_EQ(client->post("/api/v1/users", {{"email", "x@y.no"}}).status, 403);
    }
    auto anonymous = server.client();
    EXPECT_EQ(anonymous.get("/api/v1/offices").status, 401);
    EXPECT_EQ(anonymous.get("/api/v1/audit").status, 401);
}

TEST_P(ApiSecurityTest, LogsNeverContainNamesOrQueryStrings) {
    std::vector<std::string> lines;
    std::mutex mutex;
    TestServer server(GetParam());
    log::set_sink([&](const std::string& line) {
        std::lock_guard lock(mutex);
        lines.push_back(line);
    });
    auto admin = server.client_as("admin@husly.test");
    admin.get("/api/v1/audit?personId=12345&action=Kari%20Nordmann");
    admin.post("/api/v1/users", {{"email", "kari@husly.test"},
                                 {"displayName", "Kari Nordmann"},
                                 {"password", "et langt passord"},
                                 {"roles", {{{"role", "analytiker"}}}}});
    admin.get("/api/v1/users");
    log::set_sink(nullptr);
    log::set_quiet(true);
    ASSERT_GE(lines.size(), 3u);
    for (const auto& line : lines) {
        EXPECT_EQ(line.find("Kari"), std::string::npos) << line;
        EXPECT_EQ(line.find("12345"), std::string::npos) << line;
        EXPECT_EQ(line.find("Adam"), std::string::npos) << line;
        EXPECT_EQ(line.find("admin@husly.test"), std::string::npos) << line;
        EXPECT_TRUE(nlohmann::json::parse(line, nullptr, false).is_object()) << line;
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiSecurityTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
