// Children in a placement over the API, on both databases (docs/domain.md#rule-children-not-with-
// substance-use, #rule-childs-best-interests, #rule-a-child-left-out-of-a-booking): who lives at the
// site keeps a family out (search and booking alike), a unit found not adequate is never a family's,
// placing a family raises the best-interests and barnevern assessment the leder sees until it is
// recorded, and a child left out of a booking needs why and where the child lives (and the household
// is a family with children all the same).

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
using husly::test::inspect;
using husly::test::make_unit;
using husly::test::new_case;
using husly::test::TestServer;

namespace {

int64_t provider_at(HttpClient& client, const std::string& name, const std::string& kind,
                    const std::string& address) {
    nlohmann::json body{
        {"name", name}, {"kind", kind}, {"municipalityNumbers", {"1804"}}, {"address", address}};
    if (kind == "kommunal") body["offerType"] = "dognbemanning";
    auto created = client.post("/api/v1/providers", body);
    EXPECT_EQ(created.status, 201) << created.body;
    return created.json()["id"].get<int64_t>();
}

// A unit for families, inspected and found adequate.
int64_t family_unit(HttpClient& client, int64_t provider, const std::string& name) {
    auto unit = make_unit(client, provider, name, 2, 4, 600, {{"suits", {"barnefamilier"}}});
    EXPECT_EQ(inspect(client, unit).status, 201);
    return unit;
}

// A granted single adult whose needs mapping records substance use.
int64_t substance_use_case(HttpClient& client, const std::string& name) {
    auto person = client.post("/api/v1/persons",
                              {{"firstName", "Test"}, {"lastName", name}, {"birthDate", "1985-01-01"}});
    EXPECT_EQ(person.status, 201) << person.body;
    auto request =
        client.post("/api/v1/requests", {{"personId", person.json()["id"]},
                                         {"channel", "muntlig"},
                                         {"acute", true},
                                         {"receivedAt", format_instant(now() - std::chrono::days(1))},
                                         {"sensitive", {{"substanceUse", true}}}});
    EXPECT_EQ(request.status, 201) << request.body;
    auto id = request.json()["id"].get<int64_t>();
    grant(client, id, day_offset(0), day_offset(60));
    return id;
}

std::string search_url(int64_t request_id) {
    return "/api/v1/requests/" + std::to_string(request_id) + "/place-search?from=" + day_offset(0) +
           "&to=" + day_offset(5);
}

// The hit for the unit in the search: its list ("available" or "leftOut") and reasons.
std::pair<std::string, nlohmann::json> find_hit(HttpClient& client, int64_t request_id, int64_t unit) {
    auto found = client.get(search_url(request_id));
    EXPECT_EQ(found.status, 200) << found.body;
    auto body = found.json();
    for (const auto* list : {"available", "leftOut"})
        for (const auto& hit : body[list])
            if (hit["unit"]["id"] == unit) return {list, hit};
    return {"", nlohmann::json()};
}

bool has_reason(const nlohmann::json& hit, const std::string& part) {
    for (const auto& reason : hit["reasons"])
        if (reason.get<std::string>().find(part) != std::string::npos) return true;
    return false;
}

nlohmann::json booking(int64_t request_id, int64_t unit) {
    return {{"requestId", request_id}, {"unitId", unit}, {"from", day_offset(0)}, {"to", day_offset(5)}};
}

} // namespace

class ApiChildrenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ApiChildrenTest, ALowThresholdOfferAtTheSameAddressKeepsAFamilyOutButNotAnAdult) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto housing = provider_at(veileder, "Gårdshuset", "kommunal", "Havnegata 7, 8006 Bodø");
    auto flat = family_unit(veileder, housing, "Familieleilighet");
    auto family = granted_case(veileder, "Familie", true);
    auto adult = granted_case(veileder, "Enslig");
    EXPECT_EQ(find_hit(veileder, family, flat).first, "available");

    // A low-threshold shelter moves into the same building (the address written differently).
    auto shelter = provider_at(veileder, "Natthjemmet Havnegata", "lavterskel", "  havnegata 7, 8006 BODØ ");
    make_unit(veileder, shelter, "Natthjem", 6, 6, 400);
    auto [list, hit] = find_hit(veileder, family, flat);
    EXPECT_EQ(list, "leftOut");
    EXPECT_FALSE(hit["bookable"].get<bool>());
    EXPECT_TRUE(has_reason(hit, "samme adresse")) << hit.dump();
    auto refused = veileder.post("/api/v1/placements", booking(family, flat));
    EXPECT_EQ(refused.status, 422) << refused.body;
    EXPECT_EQ(refused.error_field(), "unitId");
    // The counter-case: an adult without children may live there.
    EXPECT_EQ(find_hit(veileder, adult, flat).first, "available");

    // The shelter itself is never offered a family, even without the «rusbrukere» tag.
    auto shelter_bed = make_unit(veileder, shelter, "Natthjem 2", 6, 6, 400);
    ASSERT_EQ(inspect(veileder, shelter_bed).status, 201);
    EXPECT_TRUE(has_reason(find_hit(veileder, family, shelter_bed).second, "lavterskeltilbud"));
}

TEST_P(ApiChildrenTest, AResidentWithSubstanceUseKeepsAFamilyOutUntilTheyLeave) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto house = provider_at(veileder, "Bygården", "kommunal", "Storgata 99, 8006 Bodø");
    auto flat = family_unit(veileder, house, "Leilighet 1");
    auto other = make_unit(veileder, house, "Hybel 2", 1, 1, 400);
    ASSERT_EQ(inspect(veileder, other).status, 201);
    auto family = granted_case(veileder, "Barnefamilie", true);
    EXPECT_EQ(find_hit(veileder, family, flat).first, "available");

    // Someone whose needs mapping records substance use is booked in the other unit of the building.
    auto resident = substance_use_case(veileder, "Beboer");
    auto placed = veileder.post("/api/v1/placements", booking(resident, other));
    ASSERT_EQ(placed.status, 201) << placed.body;
    auto [list, hit] = find_hit(veileder, family, flat);
    EXPECT_EQ(list, "leftOut");
    EXPECT_TRUE(has_reason(hit, "på adressen")) << hit.dump();
    // The reason names no unit, household or person.
    EXPECT_EQ(hit.dump().find("Beboer"), std::string::npos);
    EXPECT_EQ(hit.dump().find("Hybel 2"), std::string::npos);
    auto refused = veileder.post("/api/v1/placements", booking(family, flat));
    EXPECT_EQ(refused.status, 422) << refused.body;
    EXPECT_EQ(refused.error_field(), "unitId");

    // The booking is cancelled: the family may live there.
    auto cancelled =
        veileder.post("/api/v1/placements/" + std::to_string(placed.json()["id"].get<int64_t>()) + "/cancel",
                      nlohmann::json::object());
    ASSERT_EQ(cancelled.status, 200) << cancelled.body;
    EXPECT_EQ(find_hit(veileder, family, flat).first, "available");
    EXPECT_EQ(veileder.post("/api/v1/placements", booking(family, flat)).status, 201);
}

TEST_P(ApiChildrenTest, AUnitFoundNotAdequateIsNeverAFamilysEvenWithAReason) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto camp = provider_at(veileder, "Campingen", "kommunal", "Campingveien 1");
    auto cabin = make_unit(veileder, camp, "Hytte", 1, 4, 500, {{"suits", {"barnefamilier"}}});
    auto not_ok = husly::test::all_items_ok();
    not_ok[1]["result"] = "ikke_ok";
    not_ok[1]["note"] = "Kokeplaten virker ikke.";
    ASSERT_EQ(inspect(veileder, cabin, "ikke_forsvarlig", not_ok).status, 201);
    auto family = granted_case(veileder, "Hyttefamilie", true);
    auto [list, hit] = find_hit(veileder, family, cabin);
    EXPECT_EQ(list, "leftOut");
    EXPECT_FALSE(hit["bookable"].get<bool>());
    auto body = booking(family, cabin);
    body["qualityReason"] = "Ingen annen plass i kveld.";
    auto refused = veileder.post("/api/v1/placements", body);
    EXPECT_EQ(refused.status, 422) << refused.body;
    EXPECT_EQ(refused.error_field(), "unitId");
    // The counter-case: an adult may still be placed there with a written reason.
    auto adult = granted_case(veileder, "Voksen");
    body["requestId"] = adult;
    EXPECT_EQ(veileder.post("/api/v1/placements", body).status, 201);
}

TEST_P(ApiChildrenTest, PlacingAFamilyRaisesTheAssessmentTheLederSeesUntilItIsRecorded) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto leder = server.client_as("leder@husly.test");
    auto house = provider_at(veileder, "Familiehuset", "kommunal", "Parkveien 3");
    auto flat = family_unit(veileder, house, "Leilighet A");
    auto family = granted_case(veileder, "Vurdering", true);
    auto url = "/api/v1/requests/" + std::to_string(family) + "/child-assessment";
    auto before = leder.get("/api/v1/work-summary").json()["childAssessmentsOpen"].get<int>();

    // Nothing to assess before a family is placed.
    EXPECT_TRUE(veileder.get(url).json()["assessment"].is_null());
    auto none = veileder.put(url, {{"bestInterests", "x"},
                                   {"barnevern", "ikke_nodvendig"},
                                   {"barnevernOn", day_offset(0)},
                                   {"barnevernReason", "y"}});
    EXPECT_EQ(none.status, 409) << none.body;

    ASSERT_EQ(veileder.post("/api/v1/placements", booking(family, flat)).status, 201);
    auto raised = veileder.get(url).json()["assessment"];
    ASSERT_FALSE(raised.is_null());
    EXPECT_TRUE(raised["open"].get<bool>());
    EXPECT_EQ(leder.get("/api/v1/work-summary").json()["childAssessmentsOpen"].get<int>(), before + 1);
    bool listed = false;
    auto children_list = leder.get("/api/v1/requests?list=children").json();
    for (const auto& row : children_list["requests"]) listed = listed || row["id"] == family;
    EXPECT_TRUE(listed);

    // Each part is required, beside its field.
    nlohmann::json input{{"bestInterests", "Barnet beholder skoleplassen; eget rom."},
                         {"barnevern", "meldt"},
                         {"barnevernOn", day_offset(0)},
                         {"barnevernReason", "Bekymring for omsorgen over tid."}};
    for (const auto* field : {"bestInterests", "barnevern", "barnevernOn", "barnevernReason"}) {
        auto partial = input;
        partial[field] = "";
        auto refused = veileder.put(url, partial);
        EXPECT_EQ(refused.status, 422) << field << refused.body;
        EXPECT_EQ(refused.error_field(), field);
    }
    auto future = input;
    future["barnevernOn"] = day_offset(2);
    EXPECT_EQ(veileder.put(url, future).error_field(), "barnevernOn");

    auto recorded = veileder.put(url, input);
    ASSERT_EQ(recorded.status, 200) << recorded.body;
    EXPECT_FALSE(recorded.json()["open"].get<bool>());
    EXPECT_EQ(recorded.json()["barnevern"], "meldt");
    EXPECT_FALSE(recorded.json()["assessedByName"].get<std::string>().empty());
    EXPECT_EQ(leder.get("/api/v1/work-summary").json()["childAssessmentsOpen"].get<int>(), before);
}

// A family that moved in without a booking in Husly («Flyttet inn uten booking») is assessed too.
TEST_P(ApiChildrenTest, AFamilyThatMovedInWithoutABookingRaisesTheAssessmentToo) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto leder = server.client_as("leder@husly.test");
    auto before = leder.get("/api/v1/work-summary").json()["childAssessmentsOpen"].get<int>();
    auto family = granted_case(veileder, "Uten booking", true);
    auto adult = granted_case(veileder, "Voksen uten booking", false);
    for (auto request : {family, adult})
        ASSERT_EQ(
            veileder.post("/api/v1/stays", {{"requestId", request}, {"startedOn", day_offset(0)}}).status,
            201);
    auto raised = veileder.get("/api/v1/requests/" + std::to_string(family) + "/child-assessment").json();
    ASSERT_FALSE(raised["assessment"].is_null()) << raised;
    EXPECT_TRUE(raised["assessment"]["open"].get<bool>());
    EXPECT_TRUE(raised["assessment"]["placementId"].is_null());
    EXPECT_TRUE(veileder.get("/api/v1/requests/" + std::to_string(adult) + "/child-assessment")
                    .json()["assessment"]
                    .is_null());
    EXPECT_EQ(leder.get("/api/v1/work-summary").json()["childAssessmentsOpen"].get<int>(), before + 1);
}

TEST_P(ApiChildrenTest, AChildLeftOutOfABookingNeedsWhyAndWhereTheChildLives) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto house = provider_at(veileder, "Delvis", "kommunal", "Sjøgata 12");
    auto room = make_unit(veileder, house, "Rom", 1, 2, 500);
    ASSERT_EQ(inspect(veileder, room).status, 201);
    auto family = granted_case(veileder, "Delvis", true); // the applicant and Ola, a child
    auto body = booking(family, room);
    body["placedMembers"] = {0};
    auto missing = veileder.post("/api/v1/placements", body);
    EXPECT_EQ(missing.status, 422) << missing.body;
    EXPECT_EQ(missing.error_field(), "absentChildren");
    body["absentChildren"] = {{{"member", 1}, {"reason", "Bor hos faren i skoleuka."}, {"livesAt", ""}}};
    EXPECT_EQ(veileder.post("/api/v1/placements", body).error_field(), "absentChildren[0].livesAt");
    body["absentChildren"][0]["livesAt"] = "Hos faren i Bodø";
    auto booked = veileder.post("/api/v1/placements", body);
    ASSERT_EQ(booked.status, 201) << booked.body;
    // The household has a child: placing it raises the assessment all the same.
    EXPECT_TRUE(veileder.get("/api/v1/requests/" + std::to_string(family) + "/child-assessment")
                    .json()["assessment"]["open"]
                    .get<bool>());
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiChildrenTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
