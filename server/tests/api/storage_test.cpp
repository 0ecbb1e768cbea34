// Storage of belongings over the API: recorded for a person and their request, ended, and kept
// to the office.

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

} // namespace

class ApiStorageTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ApiStorageTest, StorageOfBelongingsIsKeptWithTheHousehold) {
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

INSTANTIATE_TEST_SUITE_P(Backends, ApiStorageTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
