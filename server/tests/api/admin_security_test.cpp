// Administration and audit against the 2026-12 security review (findings 7, 14 and 16): no one
// changes their own roles, access to person data needs a second person's approval, a password an
// administrator set must be changed first, weak passwords are refused, and reading the audit log
// is itself audited.

#include "service/admin_service.hpp"
#include "service/audit_files.hpp"
#include "service/demo_service.hpp"
#include "support/test_server.hpp"

#include <filesystem>
#include <gtest/gtest.h>

using namespace husly;
using namespace husly::test;

namespace {

class ApiAdministrationTest : public ::testing::TestWithParam<std::string> {};

int64_t count(Connection& connection, const std::string& sql) {
    long long value = 0;
    connection.sql() << sql, soci::into(value);
    return value;
}

// The audit entries of one action, newest first, as an administrator reads them.
nlohmann::json entries_of(HttpClient& admin, const std::string& action) {
    return admin.get("/api/v1/audit?action=" + action).json()["entries"];
}

} // namespace

TEST_P(ApiAdministrationTest, NobodyChangesTheirOwnRoles) {
    TestServer server(GetParam());
    auto admin = server.client_as("admin@husly.test");
    auto admin_id = server.user_id("admin@husly.test");
    auto bodo = server.office_id("1804");
    // Finding 7: the administrator gave themself caseworker access and read persons.
    auto self_grant = admin.patch(
        "/api/v1/users/" + std::to_string(admin_id),
        {{"roles",
          {{{"role", "administrator"}, {"officeId", nullptr}}, {{"role", "veileder"}, {"officeId", bodo}}}}});
    EXPECT_EQ(self_grant.status, 403) << self_grant.body;
    EXPECT_EQ(self_grant.error_code(), "own_roles");
    EXPECT_EQ(self_grant.error_field(), "roles");
    EXPECT_NE(self_grant.json()["error"]["message"].get<std::string>().find("egne roller"),
              std::string::npos);
    EXPECT_EQ(admin.put("/api/v1/auth/office", {{"officeId", bodo}}).status, 403);
    EXPECT_EQ(admin.get("/api/v1/requests?list=open").status, 403);
    auto me = admin.get("/api/v1/auth/me").json();
    EXPECT_EQ(me["user"]["roles"].size(), 1u);
    // Nor sets their own password without the current one.
    auto own_password = admin.patch("/api/v1/users/" + std::to_string(admin_id),
                                    {{"password", "et helt nytt langt passord"}});
    EXPECT_EQ(own_password.status, 403) << own_password.body;
    EXPECT_EQ(own_password.error_code(), "own_password");
}

TEST_P(ApiAdministrationTest, AccessToPersonDataWaitsForASecondPersonsApproval) {
    TestServer server(GetParam());
    auto admin = server.client_as("admin@husly.test");
    auto admin_id = server.user_id("admin@husly.test");
    auto bodo = server.office_id("1804");
    auto oslo = server.office_id("0315");
    auto created = admin.post("/api/v1/users", {{"email", "ny.veileder@husly.test"},
                                                {"displayName", "Ny Veileder"},
                                                {"password", "et langt passord"},
                                                {"roles", {{{"role", "veileder"}, {"officeId", bodo}}}}});
    ASSERT_EQ(created.status, 201) << created.body;
    auto user_id = created.json()["id"].get<int64_t>();
    EXPECT_TRUE(created.json()["roles"].empty()) << created.body;
    ASSERT_EQ(created.json()["pendingRoles"].size(), 1u) << created.body;
    auto grant_id = created.json()["pendingRoles"][0]["grantId"].get<int64_t>();

    // Not yet in force: the new user reaches no person data.
    auto newcomer = server.client();
    ASSERT_EQ(newcomer.login("ny.veileder@husly.test", "et langt passord").status, 200);
    ASSERT_EQ(newcomer
                  .put("/api/v1/auth/password",
                       {{"currentPassword", "et langt passord"}, {"newPassword", "mitt eget lange passord"}})
                  .status,
              200);
    EXPECT_TRUE(newcomer.get("/api/v1/auth/me").json()["user"]["roles"].empty());
    EXPECT_EQ(newcomer.get("/api/v1/requests?list=open").status, 403);

    // The administrator who asked cannot approve it.
    auto own =
        admin.post("/api/v1/role-grants/" + std::to_string(grant_id) + "/approve", nlohmann::json::object());
    EXPECT_EQ(own.status, 403) << own.body;
    EXPECT_EQ(own.error_code(), "second_person_required");
    auto listed = admin.get("/api/v1/role-grants").json()["grants"];
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_FALSE(listed[0]["mayDecide"].get<bool>());

    // A grant at another office is hidden from Bodø's leder.
    auto elsewhere = admin.patch(
        "/api/v1/users/" + std::to_string(user_id),
        {{"roles",
          {{{"role", "veileder"}, {"officeId", bodo}}, {{"role", "veileder"}, {"officeId", oslo}}}}});
    ASSERT_EQ(elsewhere.status, 200) << elsewhere.body;
    ASSERT_EQ(elsewhere.json()["pendingRoles"].size(), 2u) << elsewhere.body;
    int64_t oslo_grant = 0;
    auto elsewhere_body = elsewhere.json();
    for (const auto& pending : elsewhere_body["pendingRoles"])
        if (pending["officeId"] == oslo) oslo_grant = pending["grantId"];

    auto leder = server.client_as("leder@husly.test");
    auto seen = leder.get("/api/v1/role-grants");
    ASSERT_EQ(seen.status, 200) << seen.body;
    ASSERT_EQ(seen.json()["grants"].size(), 1u) << seen.body;
    EXPECT_EQ(seen.json()["grants"][0]["id"], grant_id);
    EXPECT_TRUE(seen.json()["grants"][0]["mayDecide"].get<bool>());
    EXPECT_EQ(seen.json()["grants"][0]["requestedBy"]["id"], admin_id);
    EXPECT_EQ(
        leder.post("/api/v1/role-grants/" + std::to_string(oslo_grant) + "/approve", nlohmann::json::object())
            .status,
        404);
    // Nor can a veileder approve anything.
    auto veileder = server.client_as("veileder@husly.test");
    EXPECT_EQ(veileder.get("/api/v1/role-grants").status, 403);

    // The office's leder approves: the role is in force at once.
    auto approved =
        leder.post("/api/v1/role-grants/" + std::to_string(grant_id) + "/approve", nlohmann::json::object());
    ASSERT_EQ(approved.status, 200) << approved.body;
    EXPECT_EQ(approved.json()["status"], "approved");
    auto roles = newcomer.get("/api/v1/auth/me").json()["user"]["roles"];
    ASSERT_EQ(roles.size(), 1u);
    EXPECT_EQ(roles[0]["role"], "veileder");
    EXPECT_EQ(roles[0]["officeId"], bodo);
    EXPECT_EQ(newcomer.get("/api/v1/requests?list=open").status, 200);
    EXPECT_EQ(
        leder.post("/api/v1/role-grants/" + std::to_string(grant_id) + "/refuse", nlohmann::json::object())
            .status,
        409);

    // Refusing the other; then the audit log says who asked and who decided.
    auto refused =
        admin.post("/api/v1/role-grants/" + std::to_string(oslo_grant) + "/refuse", nlohmann::json::object());
    EXPECT_EQ(refused.status, 403); // the administrator asked for this one too
    auto requested = entries_of(admin, "role.grant_requested");
    ASSERT_EQ(requested.size(), 2u);
    EXPECT_EQ(requested[0]["actorUserId"], admin_id);
    auto approvals = entries_of(admin, "role.grant_approved");
    ASSERT_EQ(approvals.size(), 1u);
    EXPECT_EQ(approvals[0]["actorUserId"], server.user_id("leder@husly.test"));
    EXPECT_EQ(approvals[0]["detail"]["requestedBy"], admin_id);
    EXPECT_EQ(approvals[0]["detail"]["grantId"], grant_id);
}

TEST_P(ApiAdministrationTest, APasswordSetByAnAdministratorMustBeChangedBeforeAnythingElse) {
    TestServer server(GetParam());
    auto admin = server.client_as("admin@husly.test");
    auto veileder_id = server.user_id("veileder@husly.test");
    auto reset =
        admin.patch("/api/v1/users/" + std::to_string(veileder_id), {{"password", "midlertidig passord 7"}});
    ASSERT_EQ(reset.status, 200) << reset.body;
    EXPECT_TRUE(reset.json()["mustChangePassword"].get<bool>());

    auto veileder = server.client();
    auto login = veileder.login("veileder@husly.test", "midlertidig passord 7");
    ASSERT_EQ(login.status, 200) << login.body;
    EXPECT_TRUE(login.json()["mustChangePassword"].get<bool>());
    EXPECT_TRUE(veileder.get("/api/v1/auth/me").json()["mustChangePassword"].get<bool>());
    auto blocked = veileder.get("/api/v1/requests?list=open");
    EXPECT_EQ(blocked.status, 403);
    EXPECT_EQ(blocked.error_code(), "password_change_required");
    EXPECT_EQ(veileder.get("/api/v1/persons?name=Test").status, 403);

    auto change = [&](const std::string& current, const std::string& wanted) {
        return veileder.put("/api/v1/auth/password", {{"currentPassword", current}, {"newPassword", wanted}});
    };
    auto wrong = change("ikke dette passordet", "et eget og langt passord");
    EXPECT_EQ(wrong.status, 422);
    EXPECT_EQ(wrong.error_field(), "currentPassword");
    auto weak = change("midlertidig passord 7", "aaaaaaaaaaaa");
    EXPECT_EQ(weak.status, 422);
    EXPECT_EQ(weak.error_code(), "weak_password");
    EXPECT_EQ(weak.error_field(), "newPassword");
    auto same = change("midlertidig passord 7", "midlertidig passord 7");
    EXPECT_EQ(same.status, 422);
    auto done = change("midlertidig passord 7", "et eget og langt passord");
    ASSERT_EQ(done.status, 200) << done.body;
    EXPECT_FALSE(done.json()["mustChangePassword"].get<bool>());
    EXPECT_EQ(veileder.get("/api/v1/requests?list=open").status, 200);

    auto again = server.client();
    auto relogin = again.login("veileder@husly.test", "et eget og langt passord");
    ASSERT_EQ(relogin.status, 200);
    EXPECT_FALSE(relogin.json()["mustChangePassword"].get<bool>());
    int changes = 0;
    for (const auto& entry : entries_of(admin, "auth.password_change"))
        changes += entry["action"] == "auth.password_change";
    EXPECT_EQ(changes, 1);
}

TEST_P(ApiAdministrationTest, WeakPasswordsAreRefusedWithANorwegianReason) {
    TestServer server(GetParam());
    auto admin = server.client_as("admin@husly.test");
    int n = 0;
    for (const char* weak : {"aaaaaaaaaaaa", "123456789012", "passwordpassword"}) {
        auto created = admin.post("/api/v1/users", {{"email", "svak" + std::to_string(++n) + "@husly.test"},
                                                    {"displayName", "Svak Bruker"},
                                                    {"password", weak},
                                                    {"roles", {{{"role", "analytiker"}}}}});
        EXPECT_EQ(created.status, 422) << weak << ": " << created.body;
        EXPECT_EQ(created.error_code(), "weak_password") << weak;
        EXPECT_EQ(created.error_field(), "password") << weak;
        EXPECT_NE(created.json()["error"]["message"].get<std::string>().find("for lett å gjette"),
                  std::string::npos)
            << created.body;
    }
    auto lease = server.database().acquire();
    EXPECT_EQ(count(*lease, "SELECT COUNT(*) FROM users WHERE email LIKE 'svak%'"), 0);
}

TEST_P(ApiAdministrationTest, ReadingTheAuditLogIsItselfAudited) {
    TestServer server(GetParam());
    auto admin = server.client_as("admin@husly.test");
    auto read = admin.get("/api/v1/audit?personId=12&action=person.&from=2026-01-01&limit=20");
    ASSERT_EQ(read.status, 200) << read.body;
    auto reads = entries_of(admin, "audit.read");
    ASSERT_GE(reads.size(), 1u);
    auto first = reads[reads.size() - 1];
    EXPECT_EQ(first["actorUserId"], server.user_id("admin@husly.test"));
    EXPECT_EQ(first["personId"], 12);
    EXPECT_EQ(first["detail"]["filters"]["personId"], 12);
    EXPECT_EQ(first["detail"]["filters"]["action"], "person.");
    EXPECT_EQ(first["detail"]["filters"]["from"], "2026-01-01T00:00:00.000Z");
    EXPECT_EQ(first["detail"]["filters"]["limit"], 20);
    // No names in it: the admin's filters are ids, dates and an action.
    EXPECT_EQ(first["detail"].dump().find("Adam"), std::string::npos);

    auto verified = admin.get("/api/v1/audit/verify");
    ASSERT_EQ(verified.status, 200);
    EXPECT_TRUE(verified.json()["ok"].get<bool>()) << verified.body;
    EXPECT_EQ(entries_of(admin, "audit.verify").size(), 1u);
}

TEST_P(ApiAdministrationTest, VerifyOverTheApiChecksTheCheckpoints) {
    auto checkpoints_path = temp_path("api-verify.audit-checkpoints");
    std::filesystem::remove(checkpoints_path);
    TestDatabase db(GetParam());
    audit::CheckpointFile checkpoints(checkpoints_path, db.database().audit_key());
    {
        auto lease = db.lease();
        demo::create_accounts(*lease);
        checkpoints.record_head(*lease);
    }
    http::AppConfig config;
    config.audit_checkpoints = &checkpoints;
    http::App app(db.database(), config);
    http::ServerConfig server_config;
    server_config.port = 0;
    server_config.io_threads = 1;
    server_config.worker_threads = 2;
    http::Server server(server_config, [&app](const http::Request& request) { return app.handle(request); });
    auto port = server.start();
    ASSERT_TRUE(port);
    HttpClient admin(*port);
    ASSERT_EQ(admin.login("admin@husly.test", demo::demo_password).status, 200);
    auto verified = admin.get("/api/v1/audit/verify").json();
    EXPECT_TRUE(verified["ok"].get<bool>()) << verified.dump();
    EXPECT_GE(verified["checkpointsChecked"].get<int>(), 1);
    EXPECT_TRUE(verified["latestCheckpoint"].is_object()) << verified.dump();

    // The tail cut and the head moved back: caught by the checkpoint.
    {
        auto lease = db.lease();
        if (lease->dialect() == Dialect::sqlite)
            lease->sql() << "DROP TRIGGER audit_log_no_delete";
        else
            lease->sql() << "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change";
        long long last = count(*lease, "SELECT MAX(id) FROM audit_log");
        std::string hash;
        lease->sql() << "DELETE FROM audit_log WHERE id > " << last - 3;
        lease->sql() << "SELECT hash FROM audit_log WHERE id = " << last - 3, soci::into(hash);
        lease->sql() << "UPDATE audit_head SET last_id = " << last - 3 << ", last_hash = '" << hash << "'";
    }
    auto broken = admin.get("/api/v1/audit/verify").json();
    EXPECT_FALSE(broken["ok"].get<bool>()) << broken.dump();
    EXPECT_NE(broken["problem"].get<std::string>().find("kontrollpunktet"), std::string::npos)
        << broken.dump();
    server.stop();
    std::filesystem::remove(checkpoints_path);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiAdministrationTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
