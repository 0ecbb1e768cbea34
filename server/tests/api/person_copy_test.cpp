// The person's own copy (GDPR art. 15) over the API: everything the office holds, with who has
// read the data, and nothing of another office but that it also holds the person.

#include "demo/demo_service.hpp"
#include "service/admin_service.hpp"
#include "support/case_fixtures.hpp"
#include "support/test_server.hpp"

#include <gtest/gtest.h>
#include <set>

using namespace husly;
using husly::test::day_offset;
using husly::test::grant;
using husly::test::new_case;
using husly::test::TestServer;

class ApiPersonCopyTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ApiPersonCopyTest, APersonsOwnCopyHoldsEverythingAndWhoHasReadIt) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto request_id = new_case(veileder, "Innsyn", {.received_days_ago = 6});
    grant(veileder, request_id, day_offset(-5), day_offset(60));
    auto stay =
        veileder.post("/api/v1/stays", {{"requestId", request_id}, {"startedOn", day_offset(-5)}}).json();
    auto stay_id = stay["id"].get<int64_t>();
    veileder.post("/api/v1/stays/" + std::to_string(stay_id) + "/notes",
                  {{"text", "Ønsker hjelp med bostøtte."}});
    auto person = stay["personId"].get<int64_t>();
    veileder.post("/api/v1/waiting-list", {{"personId", person}});
    veileder.post("/api/v1/persons/" + std::to_string(person) + "/storage",
                  {{"location", "Kjeller hos søster"}, {"storedFrom", day_offset(-5)}, {"monthlyCost", 0}});
    auto leder = server.client_as("leder@husly.test");
    ASSERT_EQ(leder.get("/api/v1/stays/" + std::to_string(stay_id)).status, 200);

    auto copy = veileder.get("/api/v1/persons/" + std::to_string(person) + "/copy");
    ASSERT_EQ(copy.status, 200) << copy.body;
    auto json = copy.json();
    EXPECT_EQ(json["person"]["lastName"], "Innsyn");
    ASSERT_EQ(json["requests"].size(), 1u);
    EXPECT_EQ(json["requests"][0]["decision"]["outcome"], "INNVILGET");
    ASSERT_EQ(json["stays"].size(), 1u);
    EXPECT_EQ(json["stays"][0]["notes"][0]["text"], "Ønsker hjelp med bostøtte.");
    EXPECT_EQ(json["waitingList"].size(), 1u);
    EXPECT_EQ(json["storage"][0]["location"], "Kjeller hos søster");
    bool leder_read_stay = false;
    for (const auto& line : json["accessLog"])
        if (line["who"] == "Lars Leder" && line["action"] == "stay.read") leder_read_stay = true;
    EXPECT_TRUE(leder_read_stay) << json["accessLog"].dump();

    auto pdf = veileder.get("/api/v1/persons/" + std::to_string(person) + "/copy/pdf");
    ASSERT_EQ(pdf.status, 200);
    EXPECT_EQ(pdf.headers["content-type"], "application/pdf");
    auto text = husly::test::pdf_text(pdf.body);
    for (const char* expected :
         {"Kopi av opplysningene vi har om deg", "Test Innsyn", "Ønsker hjelp med", "Kjeller hos søster",
          "Hvem har sett eller endret", "Lars Leder (Nav Bodø): Leste opphold", "Laget kopi"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;

    EXPECT_EQ(
        server.client_as("oslo@husly.test").get("/api/v1/persons/" + std::to_string(person) + "/copy").status,
        404);
    EXPECT_EQ(server.client_as("analytiker@husly.test")
                  .get("/api/v1/persons/" + std::to_string(person) + "/copy")
                  .status,
              403);
}

TEST_P(ApiPersonCopyTest, ACopyShowsOnlyTheOwnOfficesActivityAndThatAnotherOfficeHoldsThePerson) {
    TestServer server(GetParam());
    // Oslo registers a person, grants a request and books a hotel, whose staff confirm it (their
    // own account belongs to Nav Bodø: whose booking it is decides whose activity it is).
    auto oslo = server.client_as("oslo@husly.test");
    auto registered = oslo.post("/api/v1/persons", {{"identityNumber", "02819010040"},
                                                    {"firstName", "Oda"},
                                                    {"lastName", "Fjellheim"},
                                                    {"phone", "40000001"}});
    ASSERT_EQ(registered.status, 201) << registered.body;
    auto person = registered.json()["id"].get<int64_t>();
    auto oslo_request = oslo.post("/api/v1/requests", {{"personId", person},
                                                       {"channel", "muntlig"},
                                                       {"acute", true},
                                                       {"receivedAt", day_offset(-1) + "T10:00:00.000Z"}});
    ASSERT_EQ(oslo_request.status, 201) << oslo_request.body;
    auto request_id = oslo_request.json()["id"].get<int64_t>();
    grant(oslo, request_id, day_offset(0), day_offset(30));
    auto hotel =
        oslo.post("/api/v1/providers",
                  {{"name", "Hotell Havn"}, {"kind", "pensjonat_hotell"}, {"municipalityNumbers", {"0301"}}});
    ASSERT_EQ(hotel.status, 201) << hotel.body;
    auto hotel_id = hotel.json()["id"].get<int64_t>();
    auto room = husly::test::make_unit(oslo, hotel_id, "Rom 3", 0, 0, 900, {{"municipalityNumber", "0301"}});
    // The hotel's own staff: provider staff at Nav Grünerløkka (made by the operator, no approval).
    {
        auto lease = server.database().acquire();
        admin::NewUser staff{"resepsjon@hotellhavn.test",
                             "Resepsjonen Hotell Havn",
                             demo::demo_password,
                             {{Role::tilbyder, server.office_id("0315")}}};
        ASSERT_TRUE(admin::create_user(*lease, nullptr, staff));
    }
    ASSERT_EQ(oslo.post("/api/v1/providers/" + std::to_string(hotel_id) + "/staff",
                        {{"email", "resepsjon@hotellhavn.test"}})
                  .status,
              200);
    auto booked = oslo.post("/api/v1/placements", {{"requestId", request_id},
                                                   {"unitId", room},
                                                   {"from", day_offset(0)},
                                                   {"qualityReason", "Eneste ledige rom."}});
    ASSERT_EQ(booked.status, 201) << booked.body;
    auto tilbyder = server.client_as("resepsjon@hotellhavn.test");
    ASSERT_EQ(
        tilbyder
            .post("/api/v1/placements/" + std::to_string(booked.json()["id"].get<int64_t>()) + "/confirm",
                  nlohmann::json::object())
            .status,
        200);

    // A Bodø veileder knows the identity number, links the person and registers a request.
    auto veileder = server.client_as("veileder@husly.test");
    auto linked = veileder.post(
        "/api/v1/persons", {{"identityNumber", "02819010040"}, {"firstName", "Any"}, {"lastName", "Thing"}});
    ASSERT_EQ(linked.status, 200) << linked.body;
    ASSERT_EQ(linked.json()["id"], person);
    ASSERT_EQ(
        veileder.post("/api/v1/requests", {{"personId", person}, {"channel", "muntlig"}, {"acute", true}})
            .status,
        201);

    // Bodø's copy: Bodø's own activity, and the bare fact that another office holds the person.
    auto url = "/api/v1/persons/" + std::to_string(person) + "/copy";
    auto copy = veileder.get(url);
    ASSERT_EQ(copy.status, 200) << copy.body;
    auto json = copy.json();
    EXPECT_TRUE(json.value("registeredElsewhere", false));
    EXPECT_FALSE(json.contains("otherOffices"));
    for (const char* never : {"Grünerløkka", "Olav Oslo", "Oslo", "Resepsjonen", "Hotell Havn", "placement."})
        EXPECT_EQ(copy.body.find(never), std::string::npos) << never << " in " << copy.body;
    std::set<std::string> actions, offices;
    for (const auto& line : json["accessLog"]) {
        actions.insert(line["action"].get<std::string>());
        offices.insert(line["office"].get<std::string>());
    }
    EXPECT_FALSE(actions.contains("person.create")) << "Oslo registered the person";
    EXPECT_TRUE(actions.contains("person.link"));
    EXPECT_TRUE(actions.contains("request.create")) << "Bodø's own request";
    EXPECT_EQ(offices, (std::set<std::string>{"Nav Bodø"}));
    EXPECT_EQ(json["requests"].size(), 1u);
    EXPECT_TRUE(json["stays"].empty());

    auto pdf = veileder.get(url + "/pdf");
    ASSERT_EQ(pdf.status, 200);
    auto text = husly::test::pdf_text(pdf.body);
    EXPECT_NE(text.find("registrert ved et annet Nav-kontor"), std::string::npos) << text;
    EXPECT_NE(text.find("Vera Veileder (Nav Bodø)"), std::string::npos) << text;
    for (const char* never : {"Grünerløkka", "Olav Oslo", "Oslo", "Resepsjonen", "Hotell Havn"})
        EXPECT_EQ(text.find(never), std::string::npos) << never << " in\n" << text;

    // Oslo's copy the other way round: its own request and its provider's confirmation (by the
    // hotel's staff, provider staff at Oslo's office), never Bodø's staff or request.
    auto oslo_copy = oslo.get(url);
    ASSERT_EQ(oslo_copy.status, 200) << oslo_copy.body;
    auto oslo_json = oslo_copy.json();
    EXPECT_TRUE(oslo_json.value("registeredElsewhere", false));
    EXPECT_EQ(oslo_json["requests"].size(), 1u);
    bool confirmation = false;
    for (const auto& line : oslo_json["accessLog"])
        if (line["action"] == "placement.confirm") {
            confirmation = true;
            EXPECT_EQ(line["who"], "Resepsjonen Hotell Havn");
            EXPECT_EQ(line["office"], "Nav Grünerløkka");
        }
    EXPECT_TRUE(confirmation) << oslo_copy.body;
    for (const char* never : {"Bodø", "Vera Veileder", "person.link"})
        EXPECT_EQ(oslo_copy.body.find(never), std::string::npos) << never << " in " << oslo_copy.body;
    auto oslo_text = husly::test::pdf_text(oslo.get(url + "/pdf").body);
    EXPECT_NE(oslo_text.find("Olav Oslo (Nav Grünerløkka)"), std::string::npos) << oslo_text;
    EXPECT_NE(oslo_text.find("registrert ved et annet Nav-kontor"), std::string::npos) << oslo_text;
    for (const char* never : {"Bodø", "Vera Veileder"})
        EXPECT_EQ(oslo_text.find(never), std::string::npos) << never << " in\n" << oslo_text;
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiPersonCopyTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
