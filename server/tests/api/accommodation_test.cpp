// Accommodation over the API, on both databases: providers, units and inspections with the
// quality status derived; the search and its reasons; booking, check-in, move, extension and
// exit; deviations and turnaways; provider staff's narrow view; costs; office scoping; and 32
// caseworkers booking the last room at once (on PostgreSQL through two server processes).

#include "common/clock.hpp"
#include "support/case_fixtures.hpp"
#include "support/server_process.hpp"
#include "support/test_server.hpp"

#include <atomic>
#include <gtest/gtest.h>
#include <latch>
#include <set>
#include <thread>
#include <unistd.h>

using namespace husly;
using husly::test::all_items_ok;
using husly::test::CaseOptions;
using husly::test::day_offset;
using husly::test::free_port;
using husly::test::grant;
using husly::test::granted_case;
using husly::test::HttpClient;
using husly::test::HttpResult;
using husly::test::inspect;
using husly::test::make_provider;
using husly::test::make_unit;
using husly::test::new_case;
using husly::test::ServerProcess;
using husly::test::TestServer;

namespace {

std::string search_url(int64_t request_id, const std::string& from, const std::string& to) {
    return "/api/v1/requests/" + std::to_string(request_id) + "/place-search?from=" + from + "&to=" + to;
}

const nlohmann::json* hit_for(const nlohmann::json& list, int64_t unit_id) {
    for (const auto& hit : list)
        if (hit["unit"]["id"] == unit_id) return &hit;
    return nullptr;
}

std::string placement_url(int64_t placement_id, const std::string& rest) {
    return "/api/v1/placements/" + std::to_string(placement_id) + rest;
}

} // namespace

class ApiAccommodationTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ApiAccommodationTest, AccommodationIsRegisteredInspectedAndItsQualityDerivedNeverTyped) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");

    // Municipal offers need their offer type (Label7); others may not have one.
    auto missing = veileder.post(
        "/api/v1/providers", {{"name", "Kommunen"}, {"kind", "kommunal"}, {"municipalityNumbers", {"1804"}}});
    EXPECT_EQ(missing.status, 422);
    EXPECT_EQ(missing.error_field(), "offerType");
    EXPECT_EQ(veileder
                  .post("/api/v1/providers", {{"name", "X"},
                                              {"kind", "kommunal"},
                                              {"offerType", "dognbemanning"},
                                              {"municipalityNumbers", {"9999"}}})
                  .error_field(),
              "municipalityNumbers");
    auto municipal = make_provider(veileder, "Bolig Nu", "kommunal", "dognbemanning");
    auto hotel = make_provider(veileder, "Hotell Sentrum", "pensjonat_hotell");

    // Capacity: at least one room, beds not fewer than rooms.
    EXPECT_EQ(veileder
                  .post("/api/v1/units", {{"providerId", municipal},
                                          {"name", "Rom"},
                                          {"kind", "rom"},
                                          {"municipalityNumber", "1804"},
                                          {"rooms", 2},
                                          {"beds", 1},
                                          {"staffing", "dogn"}})
                  .error_field(),
              "beds");
    auto unit = make_unit(veileder, municipal, "Rom 1", 1, 2, 500);
    auto unit_url = "/api/v1/units/" + std::to_string(unit);
    EXPECT_EQ(veileder.get(unit_url).json()["qualityStatus"], "ikke_kontrollert");
    // Changing a unit checks the same capacity rule and answers with the unit as it now is.
    nlohmann::json changed_unit{{"name", "Rom 1 (oppusset)"},
                                {"kind", "rom"},
                                {"municipalityNumber", "1804"},
                                {"rooms", 1},
                                {"beds", 3},
                                {"staffing", "dogn"}};
    auto updated = veileder.put(unit_url, changed_unit);
    ASSERT_EQ(updated.status, 200) << updated.body;
    EXPECT_EQ(updated.json()["name"], "Rom 1 (oppusset)");
    EXPECT_EQ(updated.json()["beds"], 3);
    EXPECT_EQ(veileder.get(unit_url).json()["name"], "Rom 1 (oppusset)");
    changed_unit["rooms"] = 4;
    EXPECT_EQ(veileder.put(unit_url, changed_unit).error_field(), "beds");
    EXPECT_EQ(veileder.get(unit_url).json()["rooms"], 1); // nothing of the refused change kept

    // An inspection answers every U-5/2003 item; a not-ok item needs a note and rules out forsvarlig.
    auto partial = all_items_ok();
    partial.erase(partial.begin());
    EXPECT_EQ(inspect(veileder, unit, "forsvarlig", partial).error_field(), "items");
    auto not_ok = all_items_ok();
    not_ok[1]["result"] = "ikke_ok";
    not_ok[1]["note"] = "Kokeplaten virker ikke.";
    EXPECT_EQ(inspect(veileder, unit, "forsvarlig", not_ok).error_field(), "verdict");
    auto inspected = inspect(veileder, unit);
    ASSERT_EQ(inspected.status, 201) << inspected.body;
    EXPECT_EQ(inspected.json()["qualityStatus"], "godkjent");
    EXPECT_EQ(inspected.json()["inspections"].size(), 1u);
    // The verdict of the newest inspection counts.
    auto worse = inspect(veileder, unit, "ikke_forsvarlig", not_ok);
    EXPECT_EQ(worse.json()["qualityStatus"], "ikke_forsvarlig");

    // A hotel without an agreement is not adequate even when inspected; an agreement fixes it.
    auto room = make_unit(veileder, hotel, "Hotellrom", 0, 0, 900);
    inspect(veileder, room);
    EXPECT_EQ(veileder.get("/api/v1/units/" + std::to_string(room)).json()["qualityStatus"],
              "mangler_avtale");
    auto provider_url = "/api/v1/providers/" + std::to_string(hotel);
    EXPECT_EQ(
        veileder.post(provider_url + "/agreements", {{"startsOn", day_offset(10)}, {"endsOn", day_offset(5)}})
            .error_field(),
        "endsOn");
    EXPECT_EQ(
        veileder
            .post(provider_url + "/agreements", {{"startsOn", day_offset(-30)}, {"documentBase64", "aGVp"}})
            .error_field(),
        "document"); // not a PDF
    auto agreement =
        veileder.post(provider_url + "/agreements", {{"startsOn", day_offset(-30)},
                                                     {"documentName", "avtale.pdf"},
                                                     {"documentBase64", "JVBERi0xLjQKJSVFT0YK"}});
    ASSERT_EQ(agreement.status, 201) << agreement.body;
    EXPECT_TRUE(agreement.json()["agreementValid"].get<bool>());
    EXPECT_TRUE(agreement.json()["onRequest"].get<bool>());
    auto agreement_id = agreement.json()["agreements"][0]["id"].get<int64_t>();
    auto document = veileder.get(provider_url + "/agreements/" + std::to_string(agreement_id) + "/document");
    EXPECT_EQ(document.status, 200);
    EXPECT_TRUE(document.body.starts_with("%PDF-"));
    EXPECT_EQ(veileder.get("/api/v1/units/" + std::to_string(room)).json()["qualityStatus"], "godkjent");

    // A new price from a date; the same date twice is refused.
    auto priced = veileder.post(unit_url + "/prices", {{"fromDate", day_offset(30)}, {"perNight", 650}});
    ASSERT_EQ(priced.status, 201) << priced.body;
    EXPECT_EQ(priced.json()["prices"].size(), 2u);
    EXPECT_EQ(priced.json()["priceToday"], 500);
    EXPECT_EQ(veileder.post(unit_url + "/prices", {{"fromDate", day_offset(30)}, {"perNight", 700}}).status,
              409);

    // Units not adequate are on the work list.
    auto due = veileder.get("/api/v1/inspections/due").json()["units"];
    ASSERT_EQ(due.size(), 1u);
    EXPECT_EQ(due[0]["id"], unit);
    EXPECT_EQ(veileder.get("/api/v1/work-summary").json()["inspectionsDue"], 1); // on the front page

    // Another office sees none of it.
    auto oslo = server.client_as("oslo@husly.test");
    EXPECT_EQ(oslo.get(provider_url).status, 404);
    EXPECT_EQ(oslo.get(unit_url).status, 404);
    EXPECT_EQ(oslo.post(unit_url + "/inspections", nlohmann::json::object()).status,
              422); // body checked first
    EXPECT_EQ(inspect(oslo, unit).status, 404);
    EXPECT_TRUE(oslo.get("/api/v1/providers").json()["providers"].empty());
}

TEST_P(ApiAccommodationTest, AFamilyIsPlacedInTheBestFreeSuitableUnitAndFollowedThroughAMove) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto municipal = make_provider(veileder, "Bolig Nu", "kommunal", "dognbemanning");
    auto family_room = make_unit(veileder, municipal, "Familierom", 1, 4, 700);
    auto cheap_room = make_unit(veileder, municipal, "Billig rom", 1, 4, 400);
    auto adults_only =
        make_unit(veileder, municipal, "Rom for voksne", 1, 2, 300, {{"notSuits", {"barnefamilier"}}});
    auto substance = make_unit(veileder, municipal, "Lavterskel", 4, 4, 300, {{"suits", {"rusbrukere"}}});
    for (auto unit : {family_room, cheap_room, adults_only, substance}) inspect(veileder, unit);

    auto request_id = granted_case(veileder, "Familie", true);
    auto result = veileder.get(search_url(request_id, day_offset(0), day_offset(10)));
    ASSERT_EQ(result.status, 200) << result.body;
    auto found = result.json();
    EXPECT_EQ(found["household"]["persons"], 2);
    EXPECT_TRUE(found["household"]["familyWithChildren"].get<bool>());
    ASSERT_EQ(found["available"].size(), 2u);
    EXPECT_EQ(found["available"][0]["unit"]["id"], cheap_room); // same municipality: cheaper first
    EXPECT_EQ(found["available"][1]["unit"]["id"], family_room);
    auto* excluded = hit_for(found["leftOut"], adults_only);
    ASSERT_TRUE(excluded);
    EXPECT_EQ((*excluded)["reasons"][0], "ikke egnet for barnefamilier");
    EXPECT_FALSE((*excluded)["bookable"].get<bool>());
    ASSERT_TRUE(hit_for(found["leftOut"], substance));
    EXPECT_EQ(found["availableTotal"], 2);
    EXPECT_EQ(found["leftOutTotal"], found["leftOut"].size());
    // The best one of each list when asked for one; the totals still count them all.
    auto best = veileder.get(search_url(request_id, day_offset(0), day_offset(10)) + "&limit=1").json();
    ASSERT_EQ(best["available"].size(), 1u);
    EXPECT_EQ(best["available"][0]["unit"]["id"], cheap_room);
    EXPECT_EQ(best["availableTotal"], 2);
    EXPECT_EQ(best["leftOut"].size(), 1u);
    EXPECT_EQ(best["leftOutTotal"], found["leftOutTotal"]);
    for (const char* bad : {"0", "5001", "x"})
        EXPECT_EQ(veileder.get(search_url(request_id, day_offset(0), day_offset(10)) + "&limit=" + bad)
                      .error_field(),
                  "limit");

    // An unsuitable unit cannot be booked, whatever the client sends.
    auto refused = veileder.post(
        "/api/v1/placements", {{"requestId", request_id}, {"unitId", adults_only}, {"from", day_offset(0)}});
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(refused.error_field(), "unitId");
    auto booked = veileder.post(
        "/api/v1/placements",
        {{"requestId", request_id}, {"unitId", cheap_room}, {"from", day_offset(0)}, {"to", day_offset(10)}});
    ASSERT_EQ(booked.status, 201) << booked.body;
    auto placement = booked.json()["id"].get<int64_t>();
    EXPECT_EQ(booked.json()["status"], "bestilt");
    EXPECT_TRUE(booked.json()["deviationsRaised"].empty());
    // The room is now full for those nights, and the search says so.
    auto other = granted_case(veileder, "Annen familie", true);
    auto again = veileder.get(search_url(other, day_offset(5), day_offset(12))).json();
    auto* full = hit_for(again["leftOut"], cheap_room);
    ASSERT_TRUE(full);
    EXPECT_TRUE((*full)["reasons"][0].get<std::string>().starts_with("full ")) << (*full)["reasons"];
    // From the check-out day on, it is free again.
    EXPECT_TRUE(hit_for(veileder.get(search_url(other, day_offset(10), day_offset(12))).json()["available"],
                        cheap_room));
    // One active placement per vedtak.
    EXPECT_EQ(veileder
                  .post("/api/v1/placements",
                        {{"requestId", request_id}, {"unitId", family_room}, {"from", day_offset(0)}})
                  .status,
              409);

    // A booking cancelled before check-in gives its nights back at once.
    auto for_other = veileder.post(
        "/api/v1/placements",
        {{"requestId", other}, {"unitId", family_room}, {"from", day_offset(20)}, {"to", day_offset(22)}});
    ASSERT_EQ(for_other.status, 201) << for_other.body;
    EXPECT_EQ(veileder
                  .post("/api/v1/placements",
                        {{"requestId", other}, {"unitId", cheap_room}, {"from", day_offset(30)}})
                  .status,
              409); // its vedtak has an active placement
    auto cancelled = veileder.post(placement_url(for_other.json()["id"].get<int64_t>(), "/cancel"),
                                   nlohmann::json::object());
    ASSERT_EQ(cancelled.status, 200) << cancelled.body;
    EXPECT_EQ(cancelled.json()["status"], "avbestilt");
    EXPECT_TRUE(hit_for(veileder.get(search_url(other, day_offset(20), day_offset(22))).json()["available"],
                        family_room));

    // Check-in starts the stay.
    auto checked_in = veileder.post(placement_url(placement, "/check-in"), nlohmann::json::object());
    ASSERT_EQ(checked_in.status, 200) << checked_in.body;
    EXPECT_EQ(checked_in.json()["status"], "innsjekket");
    auto stay_id = checked_in.json()["stayId"].get<int64_t>();
    EXPECT_EQ(veileder.get("/api/v1/stays/" + std::to_string(stay_id)).json()["startedOn"], day_offset(0));
    EXPECT_EQ(veileder.post(placement_url(placement, "/check-in"), nlohmann::json::object()).status, 409);

    // Extension: longer needs the capacity; open-ended is allowed.
    auto extended = veileder.put(placement_url(placement, "/to"), {{"to", nullptr}});
    ASSERT_EQ(extended.status, 200) << extended.body;
    EXPECT_TRUE(extended.json()["to"].is_null());

    // A move the same day: one stay, two placements.
    auto moved =
        veileder.post(placement_url(placement, "/move"), {{"unitId", family_room}, {"date", day_offset(0)}});
    ASSERT_EQ(moved.status, 201) << moved.body;
    EXPECT_EQ(moved.json()["movedFromId"], placement);
    EXPECT_EQ(moved.json()["stayId"], stay_id);
    auto placements =
        veileder.get("/api/v1/requests/" + std::to_string(request_id) + "/placements").json()["placements"];
    ASSERT_EQ(placements.size(), 2u);
    EXPECT_EQ(placements[0]["status"], "utsjekket");
    EXPECT_EQ(placements[0]["to"], day_offset(0));
    // The old room is free from the day of the move.
    EXPECT_TRUE(hit_for(veileder.get(search_url(other, day_offset(0), day_offset(3))).json()["available"],
                        cheap_room));

    // The board shows the family room in use tonight.
    auto board = veileder.get("/api/v1/occupancy?days=7").json();
    bool shown = false;
    for (const auto& row : board["units"]) {
        if (row["unit"]["id"] != family_room) continue;
        shown = true;
        EXPECT_EQ(row["inUseToday"], 1);
    }
    EXPECT_TRUE(shown);
    EXPECT_EQ(board["inUseNotAdequate"], 0);
    EXPECT_EQ(veileder.get("/api/v1/occupancy?days=100").status, 422);

    // The exit checks the household out of its placement.
    auto exit = veileder.post("/api/v1/stays/" + std::to_string(stay_id) + "/exit",
                              {{"endedOn", day_offset(0)}, {"outcome", "kommunal_bolig"}});
    ASSERT_EQ(exit.status, 200) << exit.body;
    placements =
        veileder.get("/api/v1/requests/" + std::to_string(request_id) + "/placements").json()["placements"];
    EXPECT_EQ(placements[1]["status"], "utsjekket");

    // Scoping: another office can neither search nor book on this request.
    auto oslo = server.client_as("oslo@husly.test");
    EXPECT_EQ(oslo.get(search_url(request_id, day_offset(0), day_offset(2))).status, 404);
    EXPECT_EQ(oslo.post(placement_url(placement, "/check-out"), nlohmann::json::object()).status, 404);
}

TEST_P(ApiAccommodationTest, AUnitThatIsNotAdequateNeedsAReasonAndTheDeviationIsFollowedToClosed) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto hotel = make_provider(veileder, "Pensjonat Nord", "pensjonat_hotell");
    auto room = make_unit(veileder, hotel, "Rom 12", 0, 0, 850);
    auto request_id = granted_case(veileder, "Avvik");

    auto search = veileder.get(search_url(request_id, day_offset(0), day_offset(3))).json();
    auto* hit = hit_for(search["leftOut"], room);
    ASSERT_TRUE(hit);
    EXPECT_TRUE((*hit)["bookable"].get<bool>());
    EXPECT_TRUE((*hit)["needsReason"].get<bool>());
    EXPECT_TRUE((*hit)["reasons"].empty()) << (*hit)["reasons"]; // the quality is said once, in the unit
    EXPECT_EQ((*hit)["unit"]["qualityStatus"], "mangler_avtale");

    auto without = veileder.post("/api/v1/placements",
                                 {{"requestId", request_id}, {"unitId", room}, {"from", day_offset(0)}});
    EXPECT_EQ(without.status, 422);
    EXPECT_EQ(without.error_field(), "qualityReason");
    auto booked =
        veileder.post("/api/v1/placements", {{"requestId", request_id},
                                             {"unitId", room},
                                             {"from", day_offset(0)},
                                             {"qualityReason", "Alle andre plasser var fulle i natt."}});
    ASSERT_EQ(booked.status, 201) << booked.body;
    EXPECT_EQ(booked.json()["status"], "venter_bekreftelse"); // a boarding house confirms
    EXPECT_EQ(booked.json()["deviationsRaised"], nlohmann::json({"uten_avtale"}));

    auto deviations = veileder.get("/api/v1/deviations?status=apent").json()["deviations"];
    ASSERT_EQ(deviations.size(), 1u);
    EXPECT_EQ(veileder.get("/api/v1/work-summary").json()["deviationsUnclosed"], 1);
    auto deviation = deviations[0];
    EXPECT_EQ(deviation["kind"], "uten_avtale");
    EXPECT_TRUE(deviation["automatic"].get<bool>());
    EXPECT_EQ(deviation["requestId"], request_id);
    auto id = std::to_string(deviation["id"].get<int64_t>());
    // Closing straight from open needs a note; report first.
    EXPECT_EQ(veileder.post("/api/v1/deviations/" + id + "/close", nlohmann::json::object()).error_field(),
              "note");
    auto reported = veileder.post("/api/v1/deviations/" + id + "/report", {{"note", "Sendt til kommunen."}});
    ASSERT_EQ(reported.status, 200) << reported.body;
    EXPECT_EQ(reported.json()["status"], "meldt");
    EXPECT_FALSE(reported.json()["reportedAt"].is_null());
    auto closed = veileder.post("/api/v1/deviations/" + id + "/close", {{"note", "Avtale inngått."}});
    EXPECT_EQ(closed.json()["status"], "lukket");
    EXPECT_EQ(veileder.post("/api/v1/deviations/" + id + "/report", nlohmann::json::object()).status, 409);

    auto manual = veileder.post("/api/v1/deviations", {{"description", "=Mugg på badet i rom 12."}});
    ASSERT_EQ(manual.status, 201) << manual.body;
    EXPECT_EQ(veileder.post("/api/v1/deviations", {{"description", ""}}).error_field(), "description");
    EXPECT_EQ(veileder.get("/api/v1/work-summary").json()["deviationsUnclosed"], 1); // the manual one

    // The municipality's export names units, never people, and cannot smuggle a formula.
    auto csv = veileder.get("/api/v1/deviations/export");
    ASSERT_EQ(csv.status, 200);
    EXPECT_TRUE(csv.headers["content-type"].starts_with("text/csv"));
    EXPECT_NE(csv.body.find("Pensjonat Nord, Rom 12"), std::string::npos) << csv.body;
    EXPECT_EQ(csv.body.find("Avvik"), std::string::npos); // the person's last name
    EXPECT_NE(csv.body.find("\"'=Mugg"), std::string::npos);
    // A tab before the formula does not smuggle it past either (OWASP: = + - @ tab CR).
    ASSERT_EQ(veileder.post("/api/v1/deviations", {{"description", "\t=1+1 injE"}}).status, 201);
    auto tabbed = veileder.get("/api/v1/deviations/export");
    EXPECT_NE(tabbed.body.find("\"'\t=1+1 injE\""), std::string::npos) << tabbed.body;
    EXPECT_EQ(tabbed.body.find("\"\t=1+1"), std::string::npos);
    auto xlsx = veileder.get("/api/v1/deviations/export?format=xlsx");
    ASSERT_EQ(xlsx.status, 200);
    EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
    EXPECT_EQ(veileder.get("/api/v1/deviations/export?format=pdf").status, 422);
    EXPECT_EQ(veileder.get("/api/v1/deviations?status=x").status, 422);
}

TEST_P(ApiAccommodationTest, AHouseholdWhoseBookingWasDeclinedWaitsOnTheOfficesListUntilPlaced) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto request_id = granted_case(veileder, "Avvist");
    auto hotel = make_provider(veileder, "Hotell Sør", "pensjonat_hotell");
    auto room = make_unit(veileder, hotel, "Rom 3", 0, 0, 900);
    inspect(veileder, room);
    auto declined_before = veileder.get("/api/v1/work-summary").json()["bookingsDeclined"].get<int>();
    auto booked = veileder.post("/api/v1/placements", {{"requestId", request_id},
                                                       {"unitId", room},
                                                       {"from", day_offset(0)},
                                                       {"qualityReason", "Eneste rom i natt."}});
    ASSERT_EQ(booked.status, 201) << booked.body;
    auto placement = std::to_string(booked.json()["id"].get<int64_t>());
    ASSERT_EQ(veileder.post("/api/v1/placements/" + placement + "/decline", nlohmann::json::object()).status,
              200);

    auto on_list = [&] {
        auto list = veileder.get("/api/v1/requests?list=declined").json(); // kept alive for the loop
        for (const auto& item : list["requests"])
            if (item["id"] == request_id) return true;
        return false;
    };
    EXPECT_TRUE(on_list());
    EXPECT_EQ(veileder.get("/api/v1/work-summary").json()["bookingsDeclined"], declined_before + 1);

    // Another place booked: off the list.
    auto flat = make_unit(veileder, make_provider(veileder, "Kommunen", "kommunal", "dognbemanning"),
                          "Leilighet", 1, 2, 500);
    inspect(veileder, flat);
    ASSERT_EQ(veileder
                  .post("/api/v1/placements", {{"requestId", request_id},
                                               {"unitId", flat},
                                               {"from", day_offset(0)},
                                               {"qualityReason", "Eneste ledige i natt."}})
                  .status,
              201);
    EXPECT_FALSE(on_list());
    EXPECT_EQ(veileder.get("/api/v1/work-summary").json()["bookingsDeclined"], declined_before);
}

TEST_P(ApiAccommodationTest, ATurnawayOnAGrantedVedtakRaisesADeviationAndOneOnGuidanceDoesNot) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto granted = granted_case(veileder, "Uten plass");
    auto turnaway = veileder.post("/api/v1/turnaways", {{"requestId", granted},
                                                        {"occurredOn", day_offset(0)},
                                                        {"reason", "ingen_ledig"},
                                                        {"instead", {"kontanter"}}});
    ASSERT_EQ(turnaway.status, 201) << turnaway.body;
    auto acute = new_case(veileder, "Akutt");
    EXPECT_EQ(veileder
                  .post("/api/v1/turnaways", {{"requestId", acute},
                                              {"occurredOn", day_offset(0)},
                                              {"reason", "ingen_egnet"},
                                              {"instead", {}}})
                  .error_field(),
              "instead");
    EXPECT_EQ(veileder
                  .post("/api/v1/turnaways", {{"requestId", acute},
                                              {"occurredOn", day_offset(1)},
                                              {"reason", "ingen_egnet"},
                                              {"instead", {"eget_nettverk"}}})
                  .error_field(),
              "occurredOn");
    EXPECT_EQ(veileder
                  .post("/api/v1/turnaways", {{"requestId", acute},
                                              {"occurredOn", day_offset(0)},
                                              {"reason", "ingen_egnet"},
                                              {"instead", {"eget_nettverk"}}})
                  .status,
              201);
    auto deviations = veileder.get("/api/v1/deviations").json()["deviations"];
    ASSERT_EQ(deviations.size(), 1u);
    EXPECT_EQ(deviations[0]["kind"], "vedtak_uten_plass");
    EXPECT_EQ(deviations[0]["requestId"], granted);
    EXPECT_EQ(veileder.get("/api/v1/turnaways").json()["turnaways"].size(), 2u);
    EXPECT_EQ(
        veileder.get("/api/v1/requests/" + std::to_string(granted) + "/turnaways").json()["turnaways"].size(),
        1u);
    // Not where no place was owed (a refusal), nor where one was found (moved in).
    auto refused_case = new_case(veileder, "Avslag");
    auto refusal_url = "/api/v1/requests/" + std::to_string(refused_case) + "/decision";
    ASSERT_EQ(veileder
                  .put(refusal_url, {{"outcome", "AVSLATT"},
                                     {"refusalReasons", {"har_bosted"}},
                                     {"facts", "Søkeren leier en hybel i sentrum."},
                                     {"considerations", "Søkeren har et sted å bo i natt."}})
                  .status,
              200);
    ASSERT_EQ(veileder.post(refusal_url + "/decide", nlohmann::json::object()).status, 200);
    auto on_refusal = veileder.post("/api/v1/turnaways", {{"requestId", refused_case},
                                                          {"occurredOn", day_offset(0)},
                                                          {"reason", "ingen_ledig"},
                                                          {"instead", {"kontanter"}}});
    EXPECT_EQ(on_refusal.status, 409) << on_refusal.body;
    EXPECT_EQ(on_refusal.json()["error"]["code"], "refused");
    auto housed = granted_case(veileder, "Innflyttet");
    auto flat = make_unit(veileder, make_provider(veileder, "Kommunen", "kommunal", "dognbemanning"),
                          "Leilighet", 1, 2, 500);
    inspect(veileder, flat);
    auto placed = veileder.post("/api/v1/placements", {{"requestId", housed},
                                                       {"unitId", flat},
                                                       {"from", day_offset(0)},
                                                       {"qualityReason", "Eneste ledige i natt."}});
    ASSERT_EQ(placed.status, 201) << placed.body;
    ASSERT_EQ(
        veileder
            .post("/api/v1/placements/" + std::to_string(placed.json()["id"].get<int64_t>()) + "/check-in",
                  nlohmann::json::object())
            .status,
        200);
    auto after_move_in = veileder.post("/api/v1/turnaways", {{"requestId", housed},
                                                             {"occurredOn", day_offset(0)},
                                                             {"reason", "ingen_ledig"},
                                                             {"instead", {"kontanter"}}});
    EXPECT_EQ(after_move_in.json()["error"]["code"], "moved_in") << after_move_in.body;
    auto withdrawn = new_case(veileder, "Trukket");
    ASSERT_EQ(veileder
                  .post("/api/v1/requests/" + std::to_string(withdrawn) + "/outcome",
                        {{"kind", "trukket"},
                         {"guidance", nlohmann::json::array()},
                         {"note", "Ringte og trakk henvendelsen."}})
                  .status,
              200);
    EXPECT_EQ(veileder
                  .post("/api/v1/turnaways", {{"requestId", withdrawn},
                                              {"occurredOn", day_offset(0)},
                                              {"reason", "ingen_ledig"},
                                              {"instead", {"kontanter"}}})
                  .json()["error"]["code"],
              "withdrawn");
    EXPECT_EQ(veileder.get("/api/v1/turnaways").json()["turnaways"].size(), 2u); // nothing added

    auto oslo = server.client_as("oslo@husly.test");
    EXPECT_TRUE(oslo.get("/api/v1/turnaways").json()["turnaways"].empty());
    EXPECT_EQ(oslo.post("/api/v1/turnaways", {{"requestId", granted},
                                              {"occurredOn", day_offset(0)},
                                              {"reason", "ingen_ledig"},
                                              {"instead", {"kontanter"}}})
                  .status,
              404);
}

TEST_P(ApiAccommodationTest, ProviderStaffSeeOnlyTheirOwnUnitsBookingsAndNeverACase) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto own = make_provider(veileder, "Camping Vest", "camping");
    auto other = make_provider(veileder, "Annen camping", "camping");
    auto own_cabin = make_unit(veileder, own, "Hytte 1", 1, 4, 600);
    auto other_cabin = make_unit(veileder, other, "Hytte 9", 1, 4, 600);
    auto not_staff =
        veileder.post("/api/v1/providers/" + std::to_string(own) + "/staff", {{"email", "oslo@husly.test"}});
    EXPECT_EQ(not_staff.error_field(), "email"); // an account, not provider staff
    auto no_account = veileder.post("/api/v1/providers/" + std::to_string(own) + "/staff",
                                    {{"email", "finnes.ikke@husly.test"}});
    EXPECT_EQ(no_account.error_field(), "email");
    // The same answer: the form does not tell which addresses have accounts.
    EXPECT_EQ(no_account.body, not_staff.body);
    auto staffed = veileder.post("/api/v1/providers/" + std::to_string(own) + "/staff",
                                 {{"email", "tilbyder@husly.test"}});
    ASSERT_EQ(staffed.status, 200) << staffed.body;
    EXPECT_EQ(staffed.json()["staff"].size(), 1u);

    auto first = granted_case(veileder, "Hyttegjest");
    auto second = granted_case(veileder, "Annengjest");
    auto reason = std::string("Eneste ledige plass.");
    auto at_own = veileder.post(
        "/api/v1/placements",
        {{"requestId", first}, {"unitId", own_cabin}, {"from", day_offset(0)}, {"qualityReason", reason}});
    auto at_other = veileder.post(
        "/api/v1/placements",
        {{"requestId", second}, {"unitId", other_cabin}, {"from", day_offset(0)}, {"qualityReason", reason}});
    ASSERT_EQ(at_own.status, 201) << at_own.body;
    ASSERT_EQ(at_other.status, 201) << at_other.body;

    auto tilbyder = server.client_as("tilbyder@husly.test");
    auto bookings = tilbyder.get("/api/v1/provider-bookings");
    ASSERT_EQ(bookings.status, 200) << bookings.body;
    ASSERT_EQ(bookings.json()["bookings"].size(), 1u);
    auto booking = bookings.json()["bookings"][0];
    EXPECT_EQ(booking["unitName"], "Hytte 1");
    EXPECT_EQ(booking["personName"], "Test Hyttegjest");
    EXPECT_FALSE(booking.contains("requestId")); // the minimum: no case references
    auto own_id = at_own.json()["id"].get<int64_t>();
    auto other_id = at_other.json()["id"].get<int64_t>();
    // Check-in before confirmation is refused; confirm, then check in.
    EXPECT_EQ(tilbyder.post(placement_url(own_id, "/check-in"), nlohmann::json::object()).status, 409);
    EXPECT_EQ(tilbyder.post(placement_url(own_id, "/confirm"), nlohmann::json::object()).json()["status"],
              "bestilt");
    EXPECT_EQ(tilbyder.post(placement_url(own_id, "/check-in"), nlohmann::json::object()).json()["status"],
              "innsjekket");
    EXPECT_EQ(tilbyder.post(placement_url(other_id, "/confirm"), nlohmann::json::object()).status, 404);
    EXPECT_EQ(tilbyder.post(placement_url(own_id, "/cancel"), nlohmann::json::object()).status, 403);
    // Never a case, a person, a search or the office's accommodation.
    EXPECT_EQ(tilbyder.get("/api/v1/requests/" + std::to_string(first)).status, 403);
    EXPECT_EQ(tilbyder.get(search_url(first, day_offset(0), day_offset(1))).status, 403);
    EXPECT_EQ(tilbyder.get("/api/v1/providers").status, 403);
    EXPECT_EQ(tilbyder.get("/api/v1/deviations").status, 403);
    EXPECT_EQ(veileder.get("/api/v1/provider-bookings").status, 403);
}

TEST_P(ApiAccommodationTest, BookingAndMovingReachOnlyTheUnitsThePlaceSearchShows) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test"); // Nav Bodø (1804)
    auto own = make_provider(veileder, "Bolig Nu", "kommunal", "dognbemanning");
    auto own_room = make_unit(veileder, own, "Rom 1", 2, 2, 500);
    inspect(veileder, own_room);
    // Oslo's unit: another county, never among the units around Bodø.
    auto oslo = server.client_as("oslo@husly.test");
    auto oslo_provider = oslo.post("/api/v1/providers", {{"name", "Tøyen bolig"},
                                                         {"kind", "kommunal"},
                                                         {"offerType", "dognbemanning"},
                                                         {"municipalityNumbers", {"0301"}}});
    ASSERT_EQ(oslo_provider.status, 201) << oslo_provider.body;
    auto oslo_room = make_unit(oslo, oslo_provider.json()["id"].get<int64_t>(), "Tøyen 9", 2, 2, 500,
                               {{"municipalityNumber", "0301"}});
    inspect(oslo, oslo_room);
    // Nav Indre Salten's unit in Fauske: a neighbour in the county, in Bodø's search.
    auto salten = server.client_as("veileder@husly.test");
    ASSERT_EQ(salten.put("/api/v1/auth/office", {{"officeId", server.office_id("1841")}}).status, 200);
    auto salten_provider = salten.post("/api/v1/providers", {{"name", "Fauske bolig"},
                                                             {"kind", "kommunal"},
                                                             {"offerType", "dognbemanning"},
                                                             {"municipalityNumbers", {"1841"}}});
    ASSERT_EQ(salten_provider.status, 201) << salten_provider.body;
    auto salten_room = make_unit(salten, salten_provider.json()["id"].get<int64_t>(), "Fauske 2", 2, 2, 500,
                                 {{"municipalityNumber", "1841"}});
    inspect(salten, salten_room);

    auto request_id = granted_case(veileder, "Bortenfor");
    auto search = veileder.get(search_url(request_id, day_offset(0), day_offset(3))).json();
    auto shown = [&](int64_t unit) {
        return hit_for(search["available"], unit) != nullptr || hit_for(search["leftOut"], unit) != nullptr;
    };
    ASSERT_TRUE(shown(own_room));
    ASSERT_TRUE(shown(salten_room));
    ASSERT_FALSE(shown(oslo_room));

    // A unit the search never shows does not exist for the booking; nothing is booked.
    auto foreign = veileder.post("/api/v1/placements",
                                 {{"requestId", request_id}, {"unitId", oslo_room}, {"from", day_offset(0)}});
    EXPECT_EQ(foreign.status, 404) << foreign.body;
    auto placements_url = "/api/v1/requests/" + std::to_string(request_id) + "/placements";
    EXPECT_TRUE(veileder.get(placements_url).json()["placements"].empty());
    auto board = oslo.get("/api/v1/occupancy?days=1").json();
    for (const auto& unit : board["units"]) EXPECT_EQ(unit["inUseToday"], 0) << unit.dump();

    // The neighbour's unit can be booked; a move may not leave the search's scope either.
    auto booked = veileder.post(
        "/api/v1/placements", {{"requestId", request_id}, {"unitId", salten_room}, {"from", day_offset(0)}});
    ASSERT_EQ(booked.status, 201) << booked.body;
    auto placement = booked.json()["id"].get<int64_t>();
    ASSERT_EQ(veileder.post(placement_url(placement, "/check-in"), nlohmann::json::object()).status, 200);
    auto moved_away =
        veileder.post(placement_url(placement, "/move"), {{"unitId", oslo_room}, {"date", day_offset(0)}});
    EXPECT_EQ(moved_away.status, 404) << moved_away.body;
    auto list = veileder.get(placements_url).json()["placements"];
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0]["status"], "innsjekket");
    EXPECT_EQ(list[0]["unitId"], salten_room);
    auto moved =
        veileder.post(placement_url(placement, "/move"), {{"unitId", own_room}, {"date", day_offset(0)}});
    EXPECT_EQ(moved.status, 201) << moved.body;
}

// Found by the outside attack: a link to a provider (made while the provider-staff role at its
// office still awaited approval, or kept after the role was withdrawn) showed that provider's
// bookings, names and phone numbers included. Provider staff see and handle a provider's bookings
// only where their role is in force at the provider's office, and another office cannot link them.
TEST_P(ApiAccommodationTest, ProviderStaffSeeNothingOfAProviderWhereTheirRoleIsNotInForce) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test"); // Nav Bodø, and Nav Indre Salten
    auto tilbyder = server.client_as("tilbyder@husly.test"); // provider staff at Nav Bodø only
    auto before = tilbyder.get("/api/v1/provider-bookings").json()["bookings"];

    // Nav Indre Salten's provider in Fauske, and a Bodø household booked there (a neighbour's unit).
    auto salten = server.client_as("veileder@husly.test");
    ASSERT_EQ(salten.put("/api/v1/auth/office", {{"officeId", server.office_id("1841")}}).status, 200);
    auto provider = salten.post("/api/v1/providers", {{"name", "Fauske bolig"},
                                                      {"kind", "kommunal"},
                                                      {"offerType", "dognbemanning"},
                                                      {"municipalityNumbers", {"1841"}}});
    ASSERT_EQ(provider.status, 201) << provider.body;
    auto provider_id = provider.json()["id"].get<int64_t>();
    auto room = make_unit(salten, provider_id, "Fauske 2", 2, 2, 500, {{"municipalityNumber", "1841"}});
    inspect(salten, room);
    auto request_id = granted_case(veileder, "Naboplass");
    auto booked = veileder.post("/api/v1/placements",
                                {{"requestId", request_id}, {"unitId", room}, {"from", day_offset(0)}});
    ASSERT_EQ(booked.status, 201) << booked.body;
    auto booking = booked.json()["id"].get<int64_t>();

    // Indre Salten's caseworker cannot link Bodø's provider staff to its provider.
    auto linked = salten.post("/api/v1/providers/" + std::to_string(provider_id) + "/staff",
                              {{"email", "tilbyder@husly.test"}});
    EXPECT_EQ(linked.status, 422) << linked.body;
    EXPECT_EQ(linked.error_field(), "email");

    // A link that exists all the same (made before a role there was approved) shows and allows nothing.
    {
        auto lease = server.database().acquire();
        long long provider_key = provider_id, user = server.user_id("tilbyder@husly.test");
        lease->sql() << "INSERT INTO provider_staff (provider_id, user_id) VALUES (:p, :u)",
            soci::use(provider_key), soci::use(user);
    }
    auto after = tilbyder.get("/api/v1/provider-bookings");
    ASSERT_EQ(after.status, 200) << after.body;
    EXPECT_EQ(after.json()["bookings"], before);
    EXPECT_EQ(tilbyder.post(placement_url(booking, "/confirm"), nlohmann::json::object()).status, 404);
    EXPECT_EQ(tilbyder.post(placement_url(booking, "/decline"), nlohmann::json::object()).status, 404);
}

TEST_P(ApiAccommodationTest, ProviderStaffStepsAnswerWithTheirNarrowViewOnly) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto hotel = make_provider(veileder, "Hotell Kaien", "pensjonat_hotell");
    auto room = make_unit(veileder, hotel, "Rom 7", 0, 0, 900);
    ASSERT_EQ(
        veileder
            .post("/api/v1/providers/" + std::to_string(hotel) + "/staff", {{"email", "tilbyder@husly.test"}})
            .status,
        200);
    auto book = [&](const std::string& name) {
        auto booked =
            veileder.post("/api/v1/placements", {{"requestId", granted_case(veileder, name)},
                                                 {"unitId", room},
                                                 {"from", day_offset(0)},
                                                 {"qualityReason", "Nav sin interne begrunnelse."}});
        EXPECT_EQ(booked.status, 201) << booked.body;
        return booked.json()["id"].get<int64_t>();
    };
    auto staying = book("Gjest");
    auto declined = book("Avvist");

    // What provider staff see of a booking in their list is all a step answers them.
    auto tilbyder = server.client_as("tilbyder@husly.test");
    auto listed = tilbyder.get("/api/v1/provider-bookings").json()["bookings"];
    ASSERT_EQ(listed.size(), 2u);
    std::set<std::string> narrow;
    for (const auto& [key, value] : listed[0].items()) narrow.insert(key);
    auto expect_narrow = [&](const HttpResult& result, const std::string& status) {
        ASSERT_EQ(result.status, 200) << result.body;
        auto json = result.json();
        std::set<std::string> keys;
        for (const auto& [key, value] : json.items()) keys.insert(key);
        EXPECT_EQ(keys, narrow) << result.body;
        for (const char* never : {"requestId", "stayId", "qualityReason", "qualityStatus", "bookedBy"})
            EXPECT_FALSE(json.contains(never)) << never << " in " << result.body;
        EXPECT_EQ(result.body.find("Nav sin interne begrunnelse"), std::string::npos);
        EXPECT_EQ(json["status"], status);
    };
    expect_narrow(tilbyder.post(placement_url(staying, "/confirm"), nlohmann::json::object()), "bestilt");
    expect_narrow(tilbyder.post(placement_url(staying, "/check-in"), nlohmann::json::object()), "innsjekket");
    // A provider ending a stay reports the incident first (docs/domain.md#rule-exclusion-by-a-provider).
    ASSERT_EQ(tilbyder
                  .post(placement_url(staying, "/incidents"), {{"occurredOn", day_offset(0)},
                                                               {"facts", "Gjesten reiste fra rommet i natt."},
                                                               {"actionTaken", "Sjekket ut rommet."},
                                                               {"endsStay", true}})
                  .status,
              201);
    expect_narrow(tilbyder.post(placement_url(staying, "/check-out"), nlohmann::json::object()), "utsjekket");
    expect_narrow(tilbyder.post(placement_url(declined, "/decline"), nlohmann::json::object()), "avvist");

    // The office's caseworkers keep their full view of their own placements.
    auto third = book("Tredje");
    auto confirmed = veileder.post(placement_url(third, "/confirm"), nlohmann::json::object());
    ASSERT_EQ(confirmed.status, 200) << confirmed.body;
    EXPECT_TRUE(confirmed.json().contains("requestId"));
    EXPECT_EQ(confirmed.json()["qualityReason"], "Nav sin interne begrunnelse.");
}

TEST_P(ApiAccommodationTest, AStayCostsItsNightsAtTheirPricesAndOwnPaymentIsCapped) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto municipal = make_provider(veileder, "Bolig Nu", "kommunal", "dognbemanning");
    auto unit = make_unit(veileder, municipal, "Rom 3", 1, 1, 600);
    inspect(veileder, unit);
    CaseOptions options{.received_days_ago = 11};
    auto request_id = new_case(veileder, "Kostnad", options);
    // The vedtak sets the own payment (docs/domain.md#rule-own-payment): 300 kr a night, 9 000 a month.
    auto vedtak = "/api/v1/requests/" + std::to_string(request_id) + "/decision";
    ASSERT_EQ(veileder
                  .put(vedtak, {{"outcome", "INNVILGET"},
                                {"periodFrom", day_offset(-10)},
                                {"periodTo", day_offset(60)},
                                {"offerKind", "skaffes"},
                                {"offerFindBy", day_offset(-10)},
                                {"conditions", {"egenbetaling"}},
                                {"ownPaymentRate", 300},
                                {"ownPaymentMonthlyCap", 9000},
                                {"ownPaymentAssessment", "Har arbeidsinntekt og kan betale egenandelen."},
                                {"facts", "Søkeren har mistet leiligheten og har ikke nettverk i kommunen."},
                                {"considerations", "Søkeren kan ikke skaffe seg et sted å bo selv."}})
                  .status,
              200);
    ASSERT_EQ(veileder.post(vedtak + "/decide", nlohmann::json::object()).status, 200);
    auto booked = veileder.post("/api/v1/placements",
                                {{"requestId", request_id}, {"unitId", unit}, {"from", day_offset(-10)}});
    ASSERT_EQ(booked.status, 201) << booked.body;
    auto checked_in = veileder.post(placement_url(booked.json()["id"].get<int64_t>(), "/check-in"),
                                    {{"date", day_offset(-10)}});
    ASSERT_EQ(checked_in.status, 200) << checked_in.body;
    auto stay = std::to_string(checked_in.json()["stayId"].get<int64_t>());

    // Ten nights gone and tonight: 11 nights at 600 kr.
    auto cost = veileder.get("/api/v1/stays/" + stay + "/cost").json();
    EXPECT_EQ(cost["placements"]["nights"], 11);
    EXPECT_EQ(cost["placements"]["cost"], 11 * 600);
    EXPECT_EQ(cost["ownPaymentTotal"], 11 * 300);
    EXPECT_TRUE(cost["ownPaymentTerms"]["fromVedtak"].get<bool>()); // the vedtak's terms, not the defaults
    auto assistance =
        veileder.put("/api/v1/stays/" + stay + "/own-payment",
                     {{"ratePerNight", 300}, {"monthlyCap", 9000}, {"incomeIsSocialAssistance", true}});
    ASSERT_EQ(assistance.status, 200) << assistance.body;
    EXPECT_EQ(assistance.json()["ownPaymentTotal"], 0);
    auto can_pay = veileder.put("/api/v1/stays/" + stay + "/own-payment",
                                {{"ratePerNight", 300}, {"monthlyCap", 9000}, {"canPayPerMonth", 1000}});
    EXPECT_LE(can_pay.json()["ownPaymentTotal"].get<int64_t>(), 2000); // at most two months touched
    EXPECT_EQ(
        veileder.put("/api/v1/stays/" + stay + "/own-payment", {{"ratePerNight", -1}, {"monthlyCap", 9000}})
            .status,
        422);

    // The office's year: leders only.
    EXPECT_EQ(veileder.get("/api/v1/economics").status, 403);
    auto leder = server.client_as("leder@husly.test");
    auto year = static_cast<int>(today().year());
    auto budget = leder.put("/api/v1/economics/budget", {{"year", year}, {"amount", 1'000'000}});
    ASSERT_EQ(budget.status, 200) << budget.body;
    EXPECT_EQ(budget.json()["budget"], 1'000'000);
    auto economics = leder.get("/api/v1/economics").json();
    int64_t nights_this_year = std::min<int64_t>(
        11, (std::chrono::sys_days{today()} - std::chrono::sys_days{today().year() / 1 / 1}).count() + 1);
    EXPECT_EQ(economics["ownUnits"]["bedNights"], nights_this_year);
    EXPECT_EQ(economics["ownUnits"]["nights"], nights_this_year); // one person
    EXPECT_EQ(economics["ownUnits"]["alternativeCost"], nights_this_year * 850);
    EXPECT_EQ(leder.get("/api/v1/economics?year=1999").status, 422);
}

TEST_P(ApiAccommodationTest, ThirtyTwoCaseworkersBookingTheLastRoomAtOnceGiveExactlyOneWinner) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto municipal = make_provider(veileder, "Bolig Nu", "kommunal", "dognbemanning");
    auto last_room = make_unit(veileder, municipal, "Siste rom", 1, 1, 500);
    inspect(veileder, last_room);
    constexpr int attempts = 32;
    std::vector<int64_t> requests;
    for (int i = 0; i < attempts; ++i) requests.push_back(granted_case(veileder, "Kø" + std::to_string(i)));

    // On PostgreSQL, half of the attempts go to a second Husly process on the same database.
    std::unique_ptr<ServerProcess> second;
    unsigned short second_port = server.port();
    if (GetParam() == "postgresql") {
        second_port = free_port();
        second = std::make_unique<ServerProcess>(server.database_url(), second_port);
        ASSERT_TRUE(second->wait_ready());
    }
    std::latch start(attempts);
    std::atomic<int> created{0}, conflicts{0}, other{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < attempts; ++i) {
        threads.emplace_back([&, i] {
            HttpClient client(i % 2 == 0 ? server.port() : second_port); // the session works on both
            client.session_cookie = veileder.session_cookie;
            client.csrf_token = veileder.csrf_token;
            start.arrive_and_wait();
            auto result = client.post("/api/v1/placements", {{"requestId", requests[i]},
                                                             {"unitId", last_room},
                                                             {"from", day_offset(1)},
                                                             {"to", day_offset(4)}});
            if (result.status == 201)
                ++created;
            else if (result.status == 409 && result.error_code() == "unit_full" &&
                     result.json()["error"]["message"].get<std::string>().find("Søk på nytt") !=
                         std::string::npos)
                ++conflicts;
            else
                ++other;
        });
    }
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(created.load(), 1);
    EXPECT_EQ(conflicts.load(), attempts - 1);
    EXPECT_EQ(other.load(), 0);
    // Capacity never exceeded: one booking holds the room each night.
    auto board = veileder.get("/api/v1/occupancy?from=" + day_offset(1) + "&days=3").json();
    for (const auto& row : board["units"])
        for (const auto& night : row["nights"])
            EXPECT_EQ(night["roomsUsed"].get<int>() + night["bedsUsed"].get<int>(), 1);
}

// A booking that leaves part of the household out names them by their place in it, so the
// household cannot be changed under it (found by the outside attack: swapping two members moved a
// child into the place, and into KOSTRA's children living there).
TEST_P(ApiAccommodationTest, TheHouseholdOfAPartlyPlacedBookingIsNotChangedUnderIt) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto provider = make_provider(veileder, "Delvis AS", "kommunal", "dognbemanning");
    auto room = make_unit(veileder, provider, "Rom D", 1, 2, 500);
    ASSERT_EQ(inspect(veileder, room).status, 201);
    auto request_id = granted_case(veileder, "Delvis", true); // the applicant and Ola, a child
    auto request_url = "/api/v1/requests/" + std::to_string(request_id);
    auto person_id = veileder.get(request_url).json()["personId"];
    auto booked = veileder.post(
        "/api/v1/placements",
        {{"requestId", request_id},
         {"unitId", room},
         {"from", day_offset(0)},
         {"to", day_offset(5)},
         {"placedMembers", {0}},
         {"absentChildren",
          {{{"member", 1}, {"reason", "Bor hos faren nå."}, {"livesAt", "Hos faren i Bodø"}}}}});
    ASSERT_EQ(booked.status, 201) << booked.body;

    nlohmann::json ola = {{"role", "child"}, {"firstName", "Ola"}, {"birthDate", "2019-05-01"}};
    nlohmann::json adult = {{"role", "adult"}, {"firstName", "Voksen"}, {"birthDate", "1980-01-01"}};
    nlohmann::json correction = {
        {"personId", person_id}, {"channel", "muntlig"}, {"acute", true}, {"members", {adult, ola}}};
    auto changed = veileder.put(request_url, correction);
    EXPECT_EQ(changed.status, 409) << changed.body;
    EXPECT_EQ(changed.error_code(), "members_placed");
    EXPECT_EQ(changed.error_field(), "members");
    EXPECT_EQ(veileder.get(request_url).json()["members"].size(), 2u); // the applicant and Ola, as before
    // Anything else can still be corrected.
    correction["members"] = {ola};
    correction["acute"] = false;
    auto corrected = veileder.put(request_url, correction);
    EXPECT_EQ(corrected.status, 200) << corrected.body;
    EXPECT_EQ(corrected.json()["acute"], false);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiAccommodationTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
