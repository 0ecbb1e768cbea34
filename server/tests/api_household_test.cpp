// Around the household over the API: the waiting list kept in order and left with an outcome,
// storage of belongings, and the person's own copy (GDPR art. 15) with who has read the data.

#include "support/case_fixtures.hpp"
#include "support/test_server.hpp"

#include <gtest/gtest.h>

using namespace husly;
using husly::test::day_offset;
using husly::test::grant;
using husly::test::HttpClient;
using husly::test::new_case;
using husly::test::TestServer;

namespace {

int64_t person_of(HttpClient& client, int64_t request_id) {
    return client.get("/api/v1/requests/" + std::to_string(request_id)).json()["personId"].get<int64_t>();
}

std::vector<std::string> names_in(const nlohmann::json& entries) {
    std::vector<std::string> names;
    for (const auto& entry : entries) names.push_back(entry["personName"]);
    return names;
}

} // namespace

class ApiHouseholdTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ApiHouseholdTest, TheWaitingListKeepsOrderAndEveryoneLeavesWithAnOutcome) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto first = person_of(veileder, new_case(veileder, "Først"));
    auto second_request = new_case(veileder, "Andre");
    auto second = person_of(veileder, second_request);

    ASSERT_EQ(
        veileder.post("/api/v1/waiting-list", {{"personId", first}, {"note", "Trenger rom på bakkeplan"}})
            .status,
        201);
    auto added = veileder.post("/api/v1/waiting-list", {{"personId", second}, {"requestId", second_request}});
    ASSERT_EQ(added.status, 201) << added.body;
    EXPECT_EQ(added.json()["position"], 2);
    EXPECT_EQ(veileder.post("/api/v1/waiting-list", {{"personId", first}}).status, 409);
    EXPECT_EQ(veileder.post("/api/v1/waiting-list", {{"personId", first + 1000}}).error_field(), "personId");
    EXPECT_EQ(veileder.post("/api/v1/waiting-list", {{"personId", first}, {"requestId", second_request}})
                  .error_field(),
              "requestId");

    auto second_id = added.json()["id"].get<int64_t>();
    auto entry_url = [](int64_t id, const char* action) {
        return "/api/v1/waiting-list/" + std::to_string(id) + "/" + action;
    };
    auto moved = veileder.post(entry_url(second_id, "move"), {{"direction", "up"}});
    ASSERT_EQ(moved.status, 200) << moved.body;
    EXPECT_EQ(names_in(moved.json()["entries"]), (std::vector<std::string>{"Test Andre", "Test Først"}));
    EXPECT_EQ(veileder.post(entry_url(second_id, "move"), {{"direction", "up"}}).error_field(), "direction");
    EXPECT_EQ(veileder.post(entry_url(second_id, "move"), {{"direction", "sideways"}}).error_field(),
              "direction");

    EXPECT_EQ(veileder.post(entry_url(second_id, "offer"), {{"offeredOn", day_offset(1)}}).error_field(),
              "offeredOn");
    EXPECT_EQ(veileder.post(entry_url(second_id, "offer"), {{"offeredOn", day_offset(-1)}}).error_field(),
              "offeredOn");
    auto offered = veileder.post(entry_url(second_id, "offer"), {{"offeredOn", day_offset(0)}});
    ASSERT_EQ(offered.status, 200);
    EXPECT_EQ(offered.json()["offeredOn"], day_offset(0));

    EXPECT_EQ(
        veileder.post(entry_url(second_id, "remove"), {{"outcome", "borte"}, {"removedOn", day_offset(0)}})
            .error_field(),
        "outcome");
    auto removed = veileder.post(entry_url(second_id, "remove"),
                                 {{"outcome", "ordnet_selv"}, {"removedOn", day_offset(0)}});
    ASSERT_EQ(removed.status, 200) << removed.body;
    EXPECT_EQ(
        veileder.post(entry_url(second_id, "remove"), {{"outcome", "trukket"}, {"removedOn", day_offset(0)}})
            .status,
        409);
    EXPECT_EQ(names_in(veileder.get("/api/v1/waiting-list").json()["entries"]),
              (std::vector<std::string>{"Test Først"}));
    auto left = veileder.get("/api/v1/waiting-list?list=removed").json()["entries"];
    ASSERT_EQ(left.size(), 1u);
    EXPECT_EQ(left[0]["removalOutcome"], "ordnet_selv");

    auto oslo = server.client_as("oslo@husly.test");
    EXPECT_TRUE(oslo.get("/api/v1/waiting-list").json()["entries"].empty());
    EXPECT_EQ(oslo.post(entry_url(second_id, "move"), {{"direction", "down"}}).status, 404);
    EXPECT_EQ(server.client_as("tilbyder@husly.test").get("/api/v1/waiting-list").status, 403);
}

TEST_P(ApiHouseholdTest, StorageOfBelongingsIsKeptWithTheHousehold) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto request_id = new_case(veileder, "Lager");
    auto person = person_of(veileder, request_id);
    auto url = "/api/v1/persons/" + std::to_string(person) + "/storage";
    nlohmann::json record = {{"requestId", request_id},
                             {"location", "Bodø Lagerhotell, bod 14"},
                             {"storedFrom", day_offset(-30)},
                             {"monthlyCost", 1450}};
    auto without_place = record;
    without_place["location"] = "";
    EXPECT_EQ(veileder.post(url, without_place).error_field(), "location");
    auto negative = record;
    negative["monthlyCost"] = -5;
    EXPECT_EQ(veileder.post(url, negative).error_field(), "monthlyCost");
    auto backwards = record;
    backwards["storedTo"] = day_offset(-31);
    EXPECT_EQ(veileder.post(url, backwards).error_field(), "storedTo");
    EXPECT_TRUE(veileder.get(url).json()["storage"].empty()); // nothing half-written

    auto created = veileder.post(url, record);
    ASSERT_EQ(created.status, 201) << created.body;
    auto id = created.json()["id"].get<int64_t>();
    record["storedTo"] = day_offset(0);
    auto ended = veileder.put("/api/v1/storage/" + std::to_string(id), record);
    ASSERT_EQ(ended.status, 200) << ended.body;
    auto list = veileder.get(url).json()["storage"];
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0]["storedTo"], day_offset(0));
    EXPECT_EQ(list[0]["monthlyCost"], 1450);

    auto oslo = server.client_as("oslo@husly.test");
    EXPECT_EQ(oslo.get(url).status, 404);
    EXPECT_EQ(oslo.put("/api/v1/storage/" + std::to_string(id), record).status, 404);
}

TEST_P(ApiHouseholdTest, APersonsOwnCopyHoldsEverythingAndWhoHasReadIt) {
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

INSTANTIATE_TEST_SUITE_P(Backends, ApiHouseholdTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
