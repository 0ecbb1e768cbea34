// Incident reports by provider staff and Nav's follow-up (docs/domain.md#rule-exclusion-by-a-provider),
// over HTTP on SQLite and PostgreSQL: provider staff report at any time and see only their report;
// a provider's check-out needs a report that ends the stay; Nav is alerted on the front page and
// records the person's account, the same-day assessment of a new place and its decision (stans
// with the stay's vedtak, or no stans with its reason); bad input names every problem and writes
// nothing; another office sees nothing.

#include "support/case_fixtures.hpp"
#include "support/db_snapshot.hpp"
#include "support/test_server.hpp"

#include <gtest/gtest.h>

using namespace husly;
using husly::test::day_offset;
using husly::test::granted_case;
using husly::test::HttpClient;
using husly::test::HttpResult;
using husly::test::make_provider;
using husly::test::make_unit;
using husly::test::TestServer;

namespace {

class ApiIncidentTest : public ::testing::TestWithParam<std::string> {};

std::string placement_url(int64_t id, const std::string& rest) {
    return "/api/v1/placements/" + std::to_string(id) + rest;
}

std::vector<std::string> problem_fields(const HttpResult& result) {
    std::vector<std::string> fields;
    auto json = result.json();
    for (const auto& problem : json["error"]["problems"]) fields.push_back(problem["field"]);
    return fields;
}

int64_t audit_entries(TestServer& server, const std::string& action) {
    auto lease = server.database().acquire();
    return husly::test::count(*lease, "SELECT COUNT(*) FROM audit_log WHERE action = '" + action + "'");
}

// A hotel with the demo's provider staff, and a person checked in there by the staff: the
// placement's id and the stay's.
struct CheckedIn {
    int64_t placement{0};
    int64_t stay{0};
};

CheckedIn checked_in_at_hotel(HttpClient& veileder, HttpClient& tilbyder, int64_t unit,
                              const std::string& name) {
    auto booked = veileder.post("/api/v1/placements", {{"requestId", granted_case(veileder, name)},
                                                       {"unitId", unit},
                                                       {"from", day_offset(0)},
                                                       {"qualityReason", "Nav sin interne begrunnelse."}});
    EXPECT_EQ(booked.status, 201) << booked.body;
    auto placement = booked.json()["id"].get<int64_t>();
    EXPECT_EQ(tilbyder.post(placement_url(placement, "/confirm"), nlohmann::json::object()).status, 200);
    EXPECT_EQ(tilbyder.post(placement_url(placement, "/check-in"), nlohmann::json::object()).status, 200);
    auto seen = veileder.get("/api/v1/requests/" + std::to_string(booked.json()["requestId"].get<int64_t>()) +
                             "/placements");
    auto stay = seen.json()["placements"][0]["stayId"].get<int64_t>();
    return {placement, stay};
}

int64_t hotel_unit(HttpClient& veileder) {
    auto hotel = make_provider(veileder, "Hotell Kaien", "pensjonat_hotell");
    auto unit = make_unit(veileder, hotel, "Rom 7", 0, 0, 900);
    EXPECT_EQ(
        veileder
            .post("/api/v1/providers/" + std::to_string(hotel) + "/staff", {{"email", "tilbyder@husly.test"}})
            .status,
        200);
    return unit;
}

const nlohmann::json ending_report{{"occurredOn", day_offset(0)},
                                   {"facts", "Slo en annen gjest i resepsjonen klokken 02.00."},
                                   {"actionTaken", "Ba ham forlate hotellet og ringte Nav-vakten."},
                                   {"endsStay", true}};

} // namespace

TEST_P(ApiIncidentTest, AProviderEndsAStayOnlyThroughAReportAndNavFollowsItUp) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto unit = hotel_unit(veileder);
    auto tilbyder = server.client_as("tilbyder@husly.test");
    auto [placement, stay] = checked_in_at_hotel(veileder, tilbyder, unit, "Hendelse");

    // Checking out without a report is refused.
    auto refused = tilbyder.post(placement_url(placement, "/check-out"), nlohmann::json::object());
    EXPECT_EQ(refused.status, 409) << refused.body;
    EXPECT_EQ(refused.error_code(), "incident_required");

    // A report without facts, in the future and without what was done names every problem; nothing is
    // written.
    auto bad = tilbyder.post(placement_url(placement, "/incidents"),
                             {{"occurredOn", day_offset(1)}, {"facts", "Bråk"}, {"endsStay", true}});
    EXPECT_EQ(bad.status, 422) << bad.body;
    EXPECT_EQ(problem_fields(bad), (std::vector<std::string>{"occurredOn", "facts", "actionTaken"}));
    EXPECT_EQ(bad.json()["error"]["message"], "Datoen kan ikke være fram i tid.");
    auto early =
        tilbyder.post(placement_url(placement, "/incidents"),
                      {{"occurredOn", day_offset(-1)}, {"facts", "Slo en annen gjest i resepsjonen."}});
    EXPECT_EQ(early.error_field(), "occurredOn");
    EXPECT_EQ(veileder.get("/api/v1/work-summary").json()["incidentsUnhandled"], 0);

    // The report: provider staff get back their report only.
    auto reported = tilbyder.post(placement_url(placement, "/incidents"), ending_report);
    ASSERT_EQ(reported.status, 201) << reported.body;
    auto incident = reported.json();
    for (const char* never : {"personName", "personId", "stayId", "residentAccount", "decision"})
        EXPECT_FALSE(incident.contains(never)) << never << " in " << reported.body;
    EXPECT_TRUE(incident["endsStay"]);
    EXPECT_FALSE(incident["handled"]);
    EXPECT_EQ(audit_entries(server, "incident.report"), 1);

    // Nav is alerted at once: the front page counts it and the list names the person.
    auto leder = server.client_as("leder@husly.test");
    EXPECT_EQ(veileder.get("/api/v1/work-summary").json()["incidentsUnhandled"], 1);
    EXPECT_EQ(leder.get("/api/v1/work-summary").json()["incidentsUnhandled"], 1);
    auto open = veileder.get("/api/v1/incidents");
    ASSERT_EQ(open.status, 200) << open.body;
    ASSERT_EQ(open.json()["incidents"].size(), 1u);
    EXPECT_EQ(open.json()["incidents"][0]["stayId"], stay);
    EXPECT_EQ(open.json()["incidents"][0]["personName"].get<std::string>().find("Hendelse") !=
                  std::string::npos,
              true);
    EXPECT_EQ(audit_entries(server, "incident.list"), 1);

    // Now the provider may check out.
    EXPECT_EQ(tilbyder.post(placement_url(placement, "/check-out"), nlohmann::json::object()).status, 200);

    // The stay page shows it.
    auto url = "/api/v1/incidents/" + std::to_string(incident["id"].get<int64_t>()) + "/follow-up";
    auto on_stay = veileder.get("/api/v1/stays/" + std::to_string(stay) + "/incidents");
    ASSERT_EQ(on_stay.status, 200) << on_stay.body;
    ASSERT_EQ(on_stay.json()["incidents"].size(), 1u);
    EXPECT_EQ(on_stay.json()["incidents"][0]["facts"], ending_report["facts"]);
    EXPECT_EQ(audit_entries(server, "incident.read"), 1); // the stay's person, once for the page

    // The person's account first, the decision later: saved, still unhandled.
    auto heard = veileder.put(url, {{"residentAccount", "Sier han ble truet først og vil bo videre."}});
    ASSERT_EQ(heard.status, 200) << heard.body;
    EXPECT_FALSE(heard.json()["handled"]);

    // Deciding needs the account, the assessment of a new place and, for no stans, a reason.
    auto bare = veileder.put(url, {{"decision", "ikke_stans"}});
    EXPECT_EQ(bare.status, 422) << bare.body;
    EXPECT_EQ(problem_fields(bare), (std::vector<std::string>{"residentAccount", "newPlaceAssessment",
                                                              "newPlaceAssessedOn", "decisionReason"}));
    // Stans needs the stay's stans vedtak.
    auto no_vedtak = veileder.put(url, {{"residentAccount", "Sier han ble truet først og vil bo videre."},
                                        {"newPlaceAssessment", "Rom hos Bolig Nu fra i kveld."},
                                        {"newPlaceAssessedOn", day_offset(0)},
                                        {"decision", "stans"}});
    EXPECT_EQ(no_vedtak.error_field(), "decision");
    EXPECT_EQ(veileder.put(url, {{"decision", "kanskje"}}).error_field(), "decision");

    auto decided = veileder.put(url, {{"residentAccount", "Sier han ble truet først og vil bo videre."},
                                      {"newPlaceAssessment", "Rom hos Bolig Nu fra i kveld."},
                                      {"newPlaceAssessedOn", day_offset(0)},
                                      {"decision", "ikke_stans"},
                                      {"decisionReason", "Nødverge; han kan bo på et annet hotell."}});
    ASSERT_EQ(decided.status, 200) << decided.body;
    EXPECT_TRUE(decided.json()["handled"]);
    EXPECT_TRUE(decided.json()["assessedSameDay"]);
    EXPECT_EQ(decided.json()["decision"], "ikke_stans");
    EXPECT_EQ(veileder.get("/api/v1/work-summary").json()["incidentsUnhandled"], 0);
    EXPECT_EQ(veileder.get("/api/v1/incidents").json()["incidents"].size(), 0u);
    // Decided: locked.
    auto again = veileder.put(url, {{"residentAccount", "Endret forklaring i ettertid."}});
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.error_code(), "incident_decided");
    EXPECT_EQ(audit_entries(server, "incident.follow_up"), 2);

    // The exit «avsluttet av tilbyder» rests on the report, now that the person is heard and a new
    // place assessed.
    auto exit_url = "/api/v1/stays/" + std::to_string(stay) + "/exit";
    nlohmann::json exit{{"endedOn", day_offset(0)},
                        {"outcome", "avsluttet_av_tilbyder"},
                        {"note", "Hotellet stengte ham ute etter slagsmålet."}};
    auto without = veileder.post(exit_url, exit);
    EXPECT_EQ(without.status, 422) << without.body;
    EXPECT_EQ(without.error_field(), "incidentId");
    exit["incidentId"] = incident["id"].get<int64_t>() + 1000;
    EXPECT_EQ(veileder.post(exit_url, exit).error_field(), "incidentId");
    exit["incidentId"] = incident["id"];
    auto ended = veileder.post(exit_url, exit);
    ASSERT_EQ(ended.status, 200) << ended.body;
    EXPECT_EQ(ended.json()["exit"]["outcome"], "avsluttet_av_tilbyder");
    EXPECT_EQ(audit_entries(server, "incident.exit"), 1);

    // Another office sees and does nothing.
    auto oslo = server.client_as("oslo@husly.test");
    EXPECT_EQ(oslo.get("/api/v1/stays/" + std::to_string(stay) + "/incidents").status, 404);
    EXPECT_EQ(oslo.put(url, {{"residentAccount", "Forsøk fra et annet kontor."}}).status, 404);
    EXPECT_EQ(oslo.post(placement_url(placement, "/incidents"), ending_report).status, 404);
    EXPECT_EQ(oslo.get("/api/v1/incidents").json()["incidents"].size(), 0u);
}

TEST_P(ApiIncidentTest, StaffReportAtAnyTimeAndStansLinksTheVedtak) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto unit = hotel_unit(veileder);
    auto tilbyder = server.client_as("tilbyder@husly.test");
    auto [placement, stay] = checked_in_at_hotel(veileder, tilbyder, unit, "Stansmelding");

    // A report that does not end the stay: no action needed, and the stay goes on.
    auto noise =
        tilbyder.post(placement_url(placement, "/incidents"),
                      {{"occurredOn", day_offset(0)}, {"facts", "Høy musikk på rommet hele natten."}});
    ASSERT_EQ(noise.status, 201) << noise.body;
    EXPECT_FALSE(noise.json()["endsStay"]);
    EXPECT_EQ(tilbyder.post(placement_url(placement, "/check-out"), nlohmann::json::object()).status, 409);

    // Nav decides on stans: the stans vedtak, resting on the provider's report alone (no breach
    // registered by the office), then the incident links it.
    nlohmann::json stans = {
        {"effectiveOn", day_offset(20)},
        {"incidentIds", {noise.json()["id"].get<int64_t>() + 1000}},
        {"noticeGivenOn", day_offset(0)},
        {"noticeMethod", "digitalt"},
        {"basis", "vilkar"},
        {"basisDetail", "Vilkåret om ro på rommet etter klokka 23 i vedtaket om botilbud."},
        {"facts", "Gjentatt bråk om natten etter to advarsler, bekreftet av nattevakten."},
        {"residentAccount", "Sier han ikke hørte at det var høyt."},
        {"considerations", "Hensynet til de andre gjestene veier tyngst."},
        {"newPlaceAssessment", "Tilbud om hybel hos Bolig Nu fra stansen gjelder."},
        {"newPlaceAssessedOn", day_offset(0)}};
    auto stans_url = "/api/v1/stays/" + std::to_string(stay) + "/termination";
    EXPECT_EQ(veileder.post(stans_url, stans).error_field(), "incidentIds"); // not a report of this stay
    stans["incidentIds"] = {noise.json()["id"]};
    auto terminated = veileder.post(stans_url, stans);
    ASSERT_LT(terminated.status, 300) << terminated.body;
    EXPECT_EQ(terminated.json()["termination"]["incidentIds"][0], noise.json()["id"]);
    auto letter = husly::test::pdf_text(veileder.get(stans_url + "/letter").body);
    EXPECT_NE(letter.find("meldt av botilbudet: Høy musikk på rommet"), std::string::npos) << letter;
    EXPECT_NE(letter.find("Brudd på vilkår i vedtaket"), std::string::npos) << letter;
    auto url = "/api/v1/incidents/" + std::to_string(noise.json()["id"].get<int64_t>()) + "/follow-up";
    auto decided = veileder.put(url, {{"residentAccount", "Sier han ikke hørte at det var høyt."},
                                      {"decision", "stans"},
                                      {"decisionReason", "Skal ikke stå her."}});
    EXPECT_EQ(decided.error_field(), "decisionReason");
    decided = veileder.put(
        url, {{"residentAccount", "Sier han ikke hørte at det var høyt."}, {"decision", "stans"}});
    ASSERT_EQ(decided.status, 200) << decided.body;
    EXPECT_TRUE(decided.json()["terminationId"].is_number_integer()) << decided.body;
    EXPECT_EQ(decided.json()["decision"], "stans");
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiIncidentTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
