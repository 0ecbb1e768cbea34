// Administration and audit against the 2026-12 security review (findings 7, 14 and 16): no one
// changes their own roles, access to person data needs a second person's approval, a password an
// administrator set must be changed first, weak passwords are refused, and reading the audit log
// is itself audited.

#include "demo/demo_service.hpp"
#include "service/admin_service.hpp"
#include "service/audit_files.hpp"
#include "store/user_repository.hpp"
#include "support/test_server.hpp"

#include <filesystem>
#include <gtest/gtest.h>
#include <tuple>

using namespace husly;
using namespace husly::test;

namespace {

class ApiAdministrationTest : public ::testing::TestWithParam<std::string> {};

int64_t count(Connection& connection, const std::string& sql) {
    long long value = 0;
    connection.sql() << sql, soci::into(value);
    return value;
}

// An account made by the operator (`husly user add`: no approval), with the demo password.
int64_t add_account(TestServer& server, const std::string& email, const std::string& name,
                    std::vector<Membership> roles) {
    auto lease = server.database().acquire();
    admin::NewUser input{email, name, demo::demo_password, std::move(roles)};
    auto user = admin::create_user(*lease, nullptr, input);
    EXPECT_TRUE(user) << (user ? "" : user.error().message);
    return user ? user->id : 0;
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
    ASSERT_EQ(reset.status, 202) << reset.body;
    // In force once Bodø's leder has approved it (finding F1 of the second review).
    auto grant = reset.json()["pendingPasswordReset"]["grantId"].get<int64_t>();
    ASSERT_EQ(server.client_as("leder@husly.test")
                  .post("/api/v1/role-grants/" + std::to_string(grant) + "/approve", nlohmann::json::object())
                  .status,
              200);
    auto listed = admin.get("/api/v1/users").json();
    for (const auto& user : listed)
        if (user["id"] == veileder_id) {
            EXPECT_TRUE(user["mustChangePassword"].get<bool>());
        }

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

// Finding F1 of the second review: one administrator set the password of a caseworker at once and
// logged in as them. Now the new password is a request (202, pendingPasswordReset) in the grants
// awaiting approval: nothing changes until a second administrator or a leder at the user's office
// approves it — never the administrator who asked, never the user — and then the user's sessions
// end and the password must be changed at the next login. Every step is in the audit log.
TEST_P(ApiAdministrationTest, APasswordResetWaitsForASecondPersonAndThenEndsTheUsersSessions) {
    TestServer server(GetParam());
    auto admin = server.client_as("admin@husly.test");
    auto admin_id = server.user_id("admin@husly.test");
    auto oslo = server.office_id("0315");
    add_account(server, "leder.oslo@husly.test", "Liv Oslo", {{Role::leder, oslo}});
    auto vera = server.client_as("veileder@husly.test");
    auto vera_id = server.user_id("veileder@husly.test");

    auto asked =
        admin.patch("/api/v1/users/" + std::to_string(vera_id), {{"password", "administratorens valg 7"}});
    ASSERT_EQ(asked.status, 202) << asked.body;
    EXPECT_FALSE(asked.json()["mustChangePassword"].get<bool>());
    ASSERT_TRUE(asked.json()["pendingPasswordReset"].is_object()) << asked.body;
    auto grant_id = asked.json()["pendingPasswordReset"]["grantId"].get<int64_t>();
    const auto approve = "/api/v1/role-grants/" + std::to_string(grant_id) + "/approve";

    // Nothing has changed: the old password and Vera's session work, the new password does not.
    EXPECT_EQ(vera.get("/api/v1/requests?list=open").status, 200);
    EXPECT_EQ(server.client().login("veileder@husly.test", "administratorens valg 7").status, 401);
    EXPECT_EQ(server.client().login("veileder@husly.test", demo::demo_password).status, 200);
    {
        auto lease = server.database().acquire();
        EXPECT_EQ(count(*lease, "SELECT COUNT(*) FROM role_grants WHERE kind = 'password_reset' AND "
                                "password_hash IS NOT NULL AND role IS NULL AND status = 'pending'"),
                  1);
    }

    // The administrator who asked cannot approve it; another office's leder does not see it.
    auto own = admin.post(approve, nlohmann::json::object());
    EXPECT_EQ(own.status, 403) << own.body;
    EXPECT_EQ(own.error_code(), "second_person_required");
    auto listed = admin.get("/api/v1/role-grants").json()["grants"];
    ASSERT_EQ(listed.size(), 1u) << listed.dump();
    EXPECT_EQ(listed[0]["kind"], "password_reset");
    EXPECT_TRUE(listed[0]["role"].is_null());
    EXPECT_FALSE(listed[0]["mayDecide"].get<bool>());
    auto oslo_leder = server.client_as("leder.oslo@husly.test");
    EXPECT_TRUE(oslo_leder.get("/api/v1/role-grants").json()["grants"].empty());
    EXPECT_EQ(oslo_leder.post(approve, nlohmann::json::object()).status, 404);
    EXPECT_EQ(vera.post(approve, nlohmann::json::object()).status, 403); // a veileder approves nothing

    // Bodø's leder sees it as a new password for Vera, and approves it.
    auto leder = server.client_as("leder@husly.test");
    auto seen = leder.get("/api/v1/role-grants").json()["grants"];
    ASSERT_EQ(seen.size(), 1u) << seen.dump();
    EXPECT_EQ(seen[0]["user"]["id"], vera_id);
    EXPECT_EQ(seen[0]["kind"], "password_reset");
    EXPECT_TRUE(seen[0]["mayDecide"].get<bool>());
    auto approved = leder.post(approve, nlohmann::json::object());
    ASSERT_EQ(approved.status, 200) << approved.body;
    EXPECT_EQ(approved.json()["status"], "approved");
    EXPECT_EQ(leder.post(approve, nlohmann::json::object()).status, 409);

    // Now in force: Vera's sessions are gone, the old password too, the new one must be changed.
    EXPECT_EQ(vera.get("/api/v1/auth/me").status, 401);
    EXPECT_EQ(server.client().login("veileder@husly.test", demo::demo_password).status, 401);
    auto fresh = server.client();
    auto login = fresh.login("veileder@husly.test", "administratorens valg 7");
    ASSERT_EQ(login.status, 200) << login.body;
    EXPECT_TRUE(login.json()["mustChangePassword"].get<bool>());
    EXPECT_EQ(fresh.get("/api/v1/requests?list=open").error_code(), "password_change_required");
    {
        auto lease = server.database().acquire();
        EXPECT_EQ(count(*lease, "SELECT COUNT(*) FROM role_grants WHERE password_hash IS NOT NULL"), 0);
    }
    for (const auto& user : admin.get("/api/v1/users").json())
        if (user["id"] == vera_id) {
            EXPECT_TRUE(user["pendingPasswordReset"].is_null());
        }

    auto requested = entries_of(admin, "password.reset_requested");
    ASSERT_EQ(requested.size(), 1u);
    EXPECT_EQ(requested[0]["actorUserId"], admin_id);
    EXPECT_EQ(requested[0]["entityId"], std::to_string(vera_id));
    EXPECT_EQ(requested[0]["detail"]["grantId"], grant_id);
    auto approvals = entries_of(admin, "password.reset_approved");
    ASSERT_EQ(approvals.size(), 1u);
    EXPECT_EQ(approvals[0]["actorUserId"], server.user_id("leder@husly.test"));
    EXPECT_EQ(approvals[0]["detail"]["requestedBy"], admin_id);
    // No hash, no password in the log.
    auto password_entries = admin.get("/api/v1/audit?action=password.").json();
    ASSERT_EQ(password_entries["entries"].size(), 2u);
    for (const auto& entry : password_entries["entries"]) {
        EXPECT_EQ(entry.dump().find("administratorens"), std::string::npos);
        EXPECT_EQ(entry.dump().find("argon2"), std::string::npos);
    }
}

TEST_P(ApiAdministrationTest, APasswordResetIsNeverApprovedByItsUserAndARefusalChangesNothing) {
    TestServer server(GetParam());
    auto admin = server.client_as("admin@husly.test");
    auto lars_id = server.user_id("leder@husly.test");
    auto bodo = server.office_id("1804");
    // A leder's own reset: Lars sees it (his office) but may not approve it.
    auto asked =
        admin.patch("/api/v1/users/" + std::to_string(lars_id), {{"password", "et nytt passord for lars"}});
    ASSERT_EQ(asked.status, 202) << asked.body;
    auto grant_id = asked.json()["pendingPasswordReset"]["grantId"].get<int64_t>();
    auto lars = server.client_as("leder@husly.test");
    auto listed = lars.get("/api/v1/role-grants").json()["grants"];
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_FALSE(listed[0]["mayDecide"].get<bool>());
    auto self =
        lars.post("/api/v1/role-grants/" + std::to_string(grant_id) + "/approve", nlohmann::json::object());
    EXPECT_EQ(self.status, 403) << self.body;
    EXPECT_EQ(self.error_code(), "second_person_required");

    // A second request replaces the first; another leder of the office refuses it.
    auto again =
        admin.patch("/api/v1/users/" + std::to_string(lars_id), {{"password", "et annet passord for lars"}});
    ASSERT_EQ(again.status, 202) << again.body;
    auto second_id = again.json()["pendingPasswordReset"]["grantId"].get<int64_t>();
    EXPECT_NE(second_id, grant_id);
    add_account(server, "leder2@husly.test", "Lene Leder", {{Role::leder, bodo}});
    auto lene = server.client_as("leder2@husly.test");
    auto grants = lene.get("/api/v1/role-grants").json()["grants"];
    ASSERT_EQ(grants.size(), 1u) << grants.dump();
    EXPECT_EQ(grants[0]["id"], second_id);
    EXPECT_EQ(
        lene.post("/api/v1/role-grants/" + std::to_string(grant_id) + "/approve", nlohmann::json::object())
            .status,
        409); // withdrawn
    auto refused =
        lene.post("/api/v1/role-grants/" + std::to_string(second_id) + "/refuse", nlohmann::json::object());
    ASSERT_EQ(refused.status, 200) << refused.body;
    EXPECT_EQ(refused.json()["status"], "refused");
    EXPECT_EQ(lars.get("/api/v1/auth/me").status, 200);
    EXPECT_EQ(server.client().login("leder@husly.test", demo::demo_password).status, 200);
    EXPECT_EQ(server.client().login("leder@husly.test", "et annet passord for lars").status, 401);
    auto refusals = entries_of(admin, "password.reset_refused");
    ASSERT_EQ(refusals.size(), 1u);
    EXPECT_EQ(refusals[0]["actorUserId"], server.user_id("leder2@husly.test"));

    // An administrator's account is reset only with another administrator's approval.
    auto second_admin_id = add_account(server, "admin2@husly.test", "Berit Administrator",
                                       {{Role::administrator, std::nullopt}, {Role::veileder, bodo}});
    auto for_admin = admin.patch("/api/v1/users/" + std::to_string(second_admin_id),
                                 {{"password", "berits nye passord 42"}});
    ASSERT_EQ(for_admin.status, 202) << for_admin.body;
    auto admin_grant = for_admin.json()["pendingPasswordReset"]["grantId"].get<int64_t>();
    EXPECT_TRUE(lene.get("/api/v1/role-grants").json()["grants"].empty());
    EXPECT_EQ(
        lene.post("/api/v1/role-grants/" + std::to_string(admin_grant) + "/approve", nlohmann::json::object())
            .status,
        404);
    auto berit = server.client_as("admin2@husly.test");
    EXPECT_EQ(
        berit
            .post("/api/v1/role-grants/" + std::to_string(admin_grant) + "/approve", nlohmann::json::object())
            .status,
        403); // her own
}

// Finding F1: the provider role (tilbyder) took effect without a second person; it now waits
// for a second administrator, not the office's leder.
TEST_P(ApiAdministrationTest, ProviderStaffRolesWaitForASecondAdministrator) {
    TestServer server(GetParam());
    auto admin = server.client_as("admin@husly.test");
    auto bodo = server.office_id("1804");
    auto created = admin.post("/api/v1/users", {{"email", "ny.tilbyder@husly.test"},
                                                {"displayName", "Ny Tilbyder"},
                                                {"password", "et langt passord"},
                                                {"roles", {{{"role", "tilbyder"}, {"officeId", bodo}}}}});
    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_TRUE(created.json()["roles"].empty()) << created.body;
    ASSERT_EQ(created.json()["pendingRoles"].size(), 1u) << created.body;
    auto grant_id = created.json()["pendingRoles"][0]["grantId"].get<int64_t>();
    const auto approve = "/api/v1/role-grants/" + std::to_string(grant_id) + "/approve";
    EXPECT_EQ(admin.post(approve, nlohmann::json::object()).error_code(), "second_person_required");
    auto leder = server.client_as("leder@husly.test");
    EXPECT_TRUE(leder.get("/api/v1/role-grants").json()["grants"].empty());
    EXPECT_EQ(leder.post(approve, nlohmann::json::object()).status, 404);
    add_account(server, "admin2@husly.test", "Berit Administrator", {{Role::administrator, std::nullopt}});
    auto approved = server.client_as("admin2@husly.test").post(approve, nlohmann::json::object());
    ASSERT_EQ(approved.status, 200) << approved.body;
    auto newcomer = server.client();
    ASSERT_EQ(newcomer.login("ny.tilbyder@husly.test", "et langt passord").status, 200);
    auto roles = newcomer.get("/api/v1/auth/me").json()["user"]["roles"];
    ASSERT_EQ(roles.size(), 1u);
    EXPECT_EQ(roles[0]["role"], "tilbyder");
}

// Finding D3 of the 2026-12 usability test: a provider's staff user was created in one place and
// linked to the provider in another (Botilbud → tilbyder → Ansatte). The administrator now picks
// the provider in the same form: one transaction, so a refused link leaves no account behind.
TEST_P(ApiAdministrationTest, AProviderStaffUserIsCreatedWithTheirProviderInOneGo) {
    TestServer server(GetParam());
    auto admin = server.client_as("admin@husly.test");
    auto bodo = server.office_id("1804");
    auto oslo = server.office_id("0315");
    auto provider_named = [&](int64_t office, const std::string& name) -> int64_t {
        auto list = admin.get("/api/v1/offices/" + std::to_string(office) + "/providers");
        EXPECT_EQ(list.status, 200) << list.body;
        auto body = list.json();
        for (const auto& provider : body["providers"])
            if (provider["name"] == name) return provider["id"].get<int64_t>();
        ADD_FAILURE() << name << " not in " << list.body;
        return 0;
    };
    // Bodø's caseworker registers a hotel, Grünerløkka's a boarding house.
    for (const auto& [email, name, municipality] :
         std::vector<std::tuple<std::string, std::string, std::string>>{
             {"veileder@husly.test", "Hotell Nordlys", "1804"},
             {"oslo@husly.test", "Cochs Pensjonat", "0301"}}) {
        auto made = server.client_as(email).post(
            "/api/v1/providers",
            {{"name", name}, {"kind", "pensjonat_hotell"}, {"municipalityNumbers", {municipality}}});
        ASSERT_EQ(made.status, 201) << made.body;
    }
    auto nordlys = provider_named(bodo, "Hotell Nordlys");
    auto cochs = provider_named(oslo, "Cochs Pensjonat");
    EXPECT_EQ(admin.get("/api/v1/offices/999999/providers").status, 404);
    auto new_staff = [&](const std::string& role, int64_t provider) {
        return admin.post("/api/v1/users", {{"email", "ny.ansatt@husly.test"},
                                            {"displayName", "Nora Ansatt"},
                                            {"password", "et langt passord"},
                                            {"roles", {{{"role", role}, {"officeId", bodo}}}},
                                            {"providerId", provider}});
    };
    // Another office's provider, a role that is not the provider's staff, a provider that does
    // not exist: 422 on providerId, and no account is left half made.
    for (const auto& [role, provider] : std::vector<std::pair<std::string, int64_t>>{
             {"tilbyder", cochs}, {"veileder", nordlys}, {"tilbyder", 999999}}) {
        auto refused = new_staff(role, provider);
        EXPECT_EQ(refused.status, 422) << refused.body;
        EXPECT_EQ(refused.error_field(), "providerId") << refused.body;
    }
    auto lease = server.database().acquire();
    EXPECT_EQ(count(*lease, "SELECT COUNT(*) FROM users WHERE email = 'ny.ansatt@husly.test'"), 0);
    auto created = new_staff("tilbyder", nordlys);
    ASSERT_EQ(created.status, 201) << created.body;
    auto user_id = created.json()["id"].get<int64_t>();
    // The role waits for a second administrator; the link to the provider is there already.
    EXPECT_EQ(created.json()["pendingRoles"].size(), 1u) << created.body;
    auto staff = server.client_as("veileder@husly.test")
                     .get("/api/v1/providers/" + std::to_string(nordlys))
                     .json()["staff"];
    bool listed = std::any_of(staff.begin(), staff.end(),
                              [&](const nlohmann::json& member) { return member["userId"] == user_id; });
    EXPECT_TRUE(listed) << staff.dump();
    auto added = entries_of(admin, "provider.staff_add");
    ASSERT_FALSE(added.empty());
    EXPECT_EQ(added[0]["entityId"], std::to_string(nordlys));
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
