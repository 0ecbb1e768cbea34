// On the way to a home over the API (docs/domain.md#on-the-way-to-a-home): the individuell plan and its
// coordinator with the reminder, consents and their withdrawal, referrals that need a consent in force for
// their party, after-care offers, what provider staff see with and without a consent, office scoping and
// the audit log.

#include "common/clock.hpp"
#include "support/case_fixtures.hpp"
#include "support/test_server.hpp"

#include <gtest/gtest.h>

using namespace husly;
using husly::test::CaseOptions;
using husly::test::day_offset;
using husly::test::grant;
using husly::test::granted_case;
using husly::test::HttpClient;
using husly::test::make_provider;
using husly::test::make_unit;
using husly::test::new_case;
using husly::test::TestServer;

namespace {

std::string stay_url(int64_t stay_id, const std::string& rest = "") {
    return "/api/v1/stays/" + std::to_string(stay_id) + rest;
}

int64_t stay_started(HttpClient& client, const std::string& name, int days_ago) {
    CaseOptions options;
    options.received_days_ago = days_ago + 1;
    auto request_id = new_case(client, name, options);
    grant(client, request_id, day_offset(-days_ago), day_offset(100 - days_ago));
    auto started =
        client.post("/api/v1/stays", {{"requestId", request_id}, {"startedOn", day_offset(-days_ago)}});
    EXPECT_EQ(started.status, 201) << started.body;
    return started.json()["id"].get<int64_t>();
}

std::vector<std::string> problem_fields(const husly::test::HttpResult& result) {
    std::vector<std::string> fields;
    auto body = result.json();
    for (const auto& problem : body["error"]["problems"]) fields.push_back(problem["field"]);
    return fields;
}

} // namespace

class ApiHousingPathTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ApiHousingPathTest, TheIndividualPlanIsAskedAboutAndRemindedOf) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto short_stay = stay_started(veileder, "Kortopphold", 5);
    auto long_stay = stay_started(veileder, "Langtopphold", 30);
    auto fresh = veileder.get(stay_url(short_stay)).json();
    EXPECT_TRUE(fresh["individualPlan"].is_null());
    EXPECT_FALSE(fresh["individualPlanReminder"]);
    EXPECT_TRUE(veileder.get(stay_url(long_stay)).json()["individualPlanReminder"]);

    // Every problem at once, beside its field.
    auto bad = veileder.put(
        stay_url(long_stay, "/individual-plan"),
        {{"wish", "onsker_ikke"}, {"coordinator", "Kari 01010150125"}, {"startedOn", day_offset(1)}});
    ASSERT_EQ(bad.status, 422) << bad.body;
    EXPECT_EQ(problem_fields(bad), (std::vector<std::string>{"askedOn", "coordinator", "startedOn"}));
    auto unknown = veileder.put(stay_url(long_stay, "/individual-plan"), {{"wish", "kanskje"}});
    EXPECT_EQ(unknown.status, 422);
    EXPECT_EQ(unknown.error_field(), "wish");

    auto saved = veileder.put(stay_url(long_stay, "/individual-plan"), {{"wish", "onsker"},
                                                                        {"askedOn", day_offset(-3)},
                                                                        {"coordinator", "Kari Nordmann, NAV"},
                                                                        {"startedOn", day_offset(-1)}});
    ASSERT_EQ(saved.status, 200) << saved.body;
    auto plan = saved.json()["individualPlan"];
    EXPECT_EQ(plan["wish"], "onsker");
    EXPECT_EQ(plan["coordinator"], "Kari Nordmann, NAV");
    EXPECT_EQ(plan["startedOn"], day_offset(-1));
    EXPECT_FALSE(saved.json()["individualPlanReminder"]);
}

TEST_P(ApiHousingPathTest, AReferralNeedsAConsentInForceForItsParty) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto stay_id = stay_started(veileder, "Henvist", 20);

    // Without a consent: refused with a Norwegian message naming the party.
    auto refused =
        veileder.post(stay_url(stay_id, "/referrals"), {{"kind", "startlan"}, {"sentOn", day_offset(-2)}});
    ASSERT_EQ(refused.status, 422) << refused.body;
    EXPECT_EQ(refused.json()["error"]["code"], "consent_missing");
    EXPECT_EQ(refused.error_field(), "kind");
    EXPECT_NE(refused.body.find("Husbanken"), std::string::npos);

    // A consent: known parties, given not in the future.
    auto bad_consent = veileder.post(stay_url(stay_id, "/consents"),
                                     {{"parties", nlohmann::json::array()}, {"givenOn", day_offset(1)}});
    ASSERT_EQ(bad_consent.status, 422);
    EXPECT_EQ(problem_fields(bad_consent), (std::vector<std::string>{"parties", "givenOn"}));
    auto consented = veileder.post(stay_url(stay_id, "/consents"),
                                   {{"parties", {"husbanken", "boligkontor"}}, {"givenOn", day_offset(-5)}});
    ASSERT_EQ(consented.status, 201) << consented.body;
    auto consent = consented.json()["consents"][0];
    EXPECT_TRUE(consent["inForce"]);
    auto consent_id = consent["id"].get<int64_t>();

    // Now the referral is recorded; a deposit guarantee (the landlord) still needs its own consent.
    auto referred =
        veileder.post(stay_url(stay_id, "/referrals"), {{"kind", "startlan"}, {"sentOn", day_offset(-2)}});
    ASSERT_EQ(referred.status, 201) << referred.body;
    auto referral = referred.json()["referrals"][0];
    EXPECT_EQ(referral["outcome"], "venter");
    EXPECT_TRUE(referral["outcomeOn"].is_null());
    EXPECT_EQ(
        veileder
            .post(stay_url(stay_id, "/referrals"), {{"kind", "depositumsgaranti"}, {"sentOn", day_offset(0)}})
            .status,
        422);
    // Sent before the consent was given: refused.
    EXPECT_EQ(
        veileder.post(stay_url(stay_id, "/referrals"), {{"kind", "bostotte"}, {"sentOn", day_offset(-6)}})
            .json()["error"]["code"],
        "consent_missing");

    // The outcome: its date not before the referral was sent, not in the future.
    auto referral_url = stay_url(stay_id, "/referrals/" + std::to_string(referral["id"].get<int64_t>()));
    auto early = veileder.put(referral_url, {{"outcome", "innvilget"}, {"outcomeOn", day_offset(-3)}});
    EXPECT_EQ(early.status, 422);
    EXPECT_EQ(early.error_field(), "outcomeOn");
    auto future = veileder.put(referral_url, {{"outcome", "avslatt"}, {"outcomeOn", day_offset(1)}});
    EXPECT_EQ(future.error_field(), "outcomeOn");
    EXPECT_EQ(veileder.put(referral_url, {{"outcome", "innvilget"}}).error_field(), "outcomeOn");
    auto granted = veileder.put(referral_url, {{"outcome", "innvilget"}, {"outcomeOn", day_offset(0)}});
    ASSERT_EQ(granted.status, 200) << granted.body;
    EXPECT_EQ(granted.json()["referrals"][0]["outcome"], "innvilget");

    // Withdrawn: no new referral to the party from that day.
    auto withdraw_url = stay_url(stay_id, "/consents/" + std::to_string(consent_id) + "/withdraw");
    EXPECT_EQ(veileder.post(withdraw_url, {{"withdrawnOn", day_offset(-6)}}).error_field(), "withdrawnOn");
    auto withdrawn = veileder.post(withdraw_url, {{"withdrawnOn", day_offset(0)}});
    ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
    EXPECT_FALSE(withdrawn.json()["consents"][0]["inForce"]);
    EXPECT_EQ(veileder.post(withdraw_url, {{"withdrawnOn", day_offset(0)}}).status, 409);
    EXPECT_EQ(
        veileder
            .post(stay_url(stay_id, "/referrals"), {{"kind", "kommunal_bolig"}, {"sentOn", day_offset(0)}})
            .json()["error"]["code"],
        "consent_missing");

    // Every change is audit-logged against the person, never with the name.
    auto admin = server.client_as("admin@husly.test");
    for (const char* action : {"consent.add", "referral.add", "referral.update", "consent.withdraw"}) {
        auto audit = admin.get(std::string("/api/v1/audit?action=") + action);
        ASSERT_EQ(audit.status, 200) << audit.body;
        EXPECT_NE(audit.body.find("\"entityId\":\"" + std::to_string(stay_id) + "\""), std::string::npos)
            << action;
        EXPECT_EQ(audit.body.find("Henvist"), std::string::npos);
    }
}

TEST_P(ApiHousingPathTest, AnotherOfficeNeitherSeesNorChangesIt) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto stay_id = stay_started(veileder, "Egenkontor", 10);
    auto consented = veileder.post(stay_url(stay_id, "/consents"),
                                   {{"parties", {"boligkontor"}}, {"givenOn", day_offset(0)}});
    ASSERT_EQ(consented.status, 201);
    auto consent_id = consented.json()["consents"][0]["id"].get<int64_t>();
    auto oslo = server.client_as("oslo@husly.test");
    EXPECT_EQ(oslo.put(stay_url(stay_id, "/individual-plan"), {{"wish", "ikke_spurt"}}).status, 404);
    EXPECT_EQ(
        oslo.post(stay_url(stay_id, "/consents"), {{"parties", {"tilbyder"}}, {"givenOn", day_offset(0)}})
            .status,
        404);
    EXPECT_EQ(oslo.post(stay_url(stay_id, "/consents/" + std::to_string(consent_id) + "/withdraw"),
                        {{"withdrawnOn", day_offset(0)}})
                  .status,
              404);
    EXPECT_EQ(
        oslo.post(stay_url(stay_id, "/referrals"), {{"kind", "kommunal_bolig"}, {"sentOn", day_offset(0)}})
            .status,
        404);
    // A consent id of another stay's person is not found through this stay.
    auto other = stay_started(veileder, "Annenperson", 3);
    EXPECT_EQ(veileder
                  .post(stay_url(other, "/consents/" + std::to_string(consent_id) + "/withdraw"),
                        {{"withdrawnOn", day_offset(0)}})
                  .status,
              404);
}

TEST_P(ApiHousingPathTest, AfterCareRecordsTheOffersMade) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto stay_id = stay_started(veileder, "Utflyttet", 20);
    ASSERT_EQ(
        veileder.post(stay_url(stay_id, "/exit"), {{"endedOn", day_offset(0)}, {"outcome", "kommunal_bolig"}})
            .status,
        200);
    auto unknown = veileder.put(stay_url(stay_id, "/after-care"),
                                {{"agreedOn", day_offset(0)}, {"forms", {"besok"}}, {"offers", {"lotto"}}});
    EXPECT_EQ(unknown.status, 422);
    EXPECT_EQ(unknown.error_field(), "offers");
    auto saved = veileder.put(
        stay_url(stay_id, "/after-care"),
        {{"agreedOn", day_offset(0)}, {"forms", {"besok"}}, {"offers", {"helse_omsorg", "etablering"}}});
    ASSERT_EQ(saved.status, 200) << saved.body;
    EXPECT_EQ(saved.json()["afterCare"]["offers"], nlohmann::json({"helse_omsorg", "etablering"}));
}

// Provider staff see the person's name to receive them, and the phone number only while the person's
// consent covers the provider (docs/domain.md#rule-provider-staff-see-only-their-own-bookings).
TEST_P(ApiHousingPathTest, ProviderStaffSeeThePhoneOnlyWithConsent) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto hotel = make_provider(veileder, "Hotell Samtykke", "pensjonat_hotell");
    auto room = make_unit(veileder, hotel, "Rom 1", 0, 0, 900);
    ASSERT_EQ(
        veileder
            .post("/api/v1/providers/" + std::to_string(hotel) + "/staff", {{"email", "tilbyder@husly.test"}})
            .status,
        200);
    auto request_id = granted_case(veileder, "Telefonsen");
    auto booked = veileder.post("/api/v1/placements", {{"requestId", request_id},
                                                       {"unitId", room},
                                                       {"from", day_offset(0)},
                                                       {"qualityReason", "Ingen annen plass i kveld."}});
    ASSERT_EQ(booked.status, 201) << booked.body;
    auto placement = booked.json()["id"].get<int64_t>();
    auto person_id = booked.json()["personId"].get<int64_t>();
    {
        auto lease = server.database().acquire();
        long long id = person_id;
        lease->sql() << "UPDATE persons SET phone = '41234567' WHERE id = :id", soci::use(id);
    }
    auto tilbyder = server.client_as("tilbyder@husly.test");
    ASSERT_EQ(
        tilbyder
            .post("/api/v1/placements/" + std::to_string(placement) + "/confirm", nlohmann::json::object())
            .status,
        200);
    auto checked_in = veileder.post("/api/v1/placements/" + std::to_string(placement) + "/check-in",
                                    nlohmann::json::object());
    ASSERT_EQ(checked_in.status, 200) << checked_in.body;
    auto stay_id = checked_in.json()["stayId"].get<int64_t>();

    auto phone_seen = [&] {
        auto bookings = tilbyder.get("/api/v1/provider-bookings").json();
        for (const auto& booking : bookings["bookings"])
            if (booking["id"] == placement) return booking["phone"].get<std::string>();
        return std::string("(ikke i listen)");
    };
    EXPECT_EQ(phone_seen(), "");
    // A consent for other parties does not open it.
    ASSERT_EQ(
        veileder
            .post(stay_url(stay_id, "/consents"), {{"parties", {"husbanken"}}, {"givenOn", day_offset(0)}})
            .status,
        201);
    EXPECT_EQ(phone_seen(), "");
    auto consented = veileder.post(stay_url(stay_id, "/consents"),
                                   {{"parties", {"tilbyder"}}, {"givenOn", day_offset(0)}});
    ASSERT_EQ(consented.status, 201);
    EXPECT_EQ(phone_seen(), "41234567");
    auto consent_id = consented.json()["consents"][1]["id"].get<int64_t>();
    ASSERT_EQ(veileder
                  .post(stay_url(stay_id, "/consents/" + std::to_string(consent_id) + "/withdraw"),
                        {{"withdrawnOn", day_offset(0)}})
                  .status,
              200);
    EXPECT_EQ(phone_seen(), "");
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiHousingPathTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
