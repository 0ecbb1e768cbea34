// The office's waiting list over the API: kept in order, offered, and left with an outcome.

#include "support/case_fixtures.hpp"
#include "support/test_server.hpp"

#include <gtest/gtest.h>

using namespace husly;
using husly::test::day_offset;
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

class ApiWaitingListTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ApiWaitingListTest, TheWaitingListKeepsOrderAndEveryoneLeavesWithAnOutcome) {
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

INSTANTIATE_TEST_SUITE_P(Backends, ApiWaitingListTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
