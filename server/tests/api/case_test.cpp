// Persons and requests over the API: the front-desk flow, work lists, outcomes, bad input,
// office scoping and the audit entries that reads leave. Identity numbers are synthetic.

#include "common/clock.hpp"
#include "domain/deadlines.hpp"
#include "support/case_fixtures.hpp"
#include "support/test_server.hpp"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>

using namespace husly;
using husly::test::HttpClient;
using husly::test::TestServer;

namespace {

constexpr const char* applicant_number = "01819012365"; // synthetic, born 1990-01-01

int64_t register_person(HttpClient& client, const std::string& number = applicant_number) {
    auto result = client.post("/api/v1/persons",
                              {{"identityNumber", number}, {"firstName", "Kari"}, {"lastName", "Nordmann"}});
    EXPECT_TRUE(result.status == 201 || result.status == 200) << result.body;
    return result.json()["id"].get<int64_t>();
}

nlohmann::json acute_request(int64_t person_id) {
    return {{"personId", person_id},
            {"channel", "muntlig"},
            {"acute", true},
            {"reasons", {"samlivsbrudd"}},
            {"network", "nei"},
            {"housingSituation", "ingen"},
            {"members", {{{"role", "child"}, {"firstName", "Ola"}, {"birthDate", "2019-05-01"}}}}};
}

std::vector<int64_t> ids(const nlohmann::json& list) {
    std::vector<int64_t> result;
    for (const auto& item : list["requests"]) result.push_back(item["id"].get<int64_t>());
    return result;
}

bool contains(const std::vector<int64_t>& list, int64_t id) {
    return std::find(list.begin(), list.end(), id) != list.end();
}

} // namespace

class ApiCaseTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ApiCaseTest, AcuteRequestStaysOnTodaysListUntilItHasAnOutcome) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto person_id = register_person(veileder);

    auto created = veileder.post("/api/v1/requests", acute_request(person_id));
    ASSERT_EQ(created.status, 201) << created.body;
    auto request = created.json();
    auto request_id = request["id"].get<int64_t>();
    EXPECT_TRUE(request["familyWithChildren"].get<bool>());
    EXPECT_FALSE(request["under25"].get<bool>());
    EXPECT_EQ(request["groups"], nlohmann::json({"barnefamilier"}));
    ASSERT_EQ(request["members"].size(), 2u);
    EXPECT_EQ(request["members"][0]["role"], "applicant");
    EXPECT_EQ(request["members"][0]["birthDate"], "1990-01-01");

    EXPECT_TRUE(contains(ids(veileder.get("/api/v1/requests?list=today").json()), request_id));
    EXPECT_TRUE(contains(ids(veileder.get("/api/v1/requests?list=open").json()), request_id));

    auto outcome_url = "/api/v1/requests/" + std::to_string(request_id) + "/outcome";
    // A request for a place no longer ends in «only advice» (docs/domain.md#rule-a-request-for-a-place-
    // ends-in-a-vedtak), nor in money for a night, which is a § 18 decision of its own.
    auto only_advice = veileder.post(
        outcome_url,
        {{"kind", "veiledning"}, {"guidance", {"rad"}}, {"note", "Fikk råd om hvor hun kan søke bolig."}});
    EXPECT_EQ(only_advice.status, 422);
    EXPECT_EQ(only_advice.error_code(), "vedtak_required");
    EXPECT_EQ(only_advice.error_field(), "kind");
    auto money = veileder.post(outcome_url, {{"kind", "ikke_sokt"},
                                             {"guidance", {"penger_natt"}},
                                             {"note", "Fikk penger til én natt på hotell."}});
    EXPECT_EQ(money.status, 422);
    EXPECT_EQ(money.error_code(), "section_18");
    auto no_note = veileder.post(outcome_url, {{"kind", "ikke_sokt"}, {"guidance", {"rad"}}});
    EXPECT_EQ(no_note.status, 422);
    EXPECT_EQ(no_note.error_field(), "note");
    EXPECT_TRUE(contains(ids(veileder.get("/api/v1/requests?list=open").json()), request_id));

    auto outcome = veileder.post(outcome_url, {{"kind", "ikke_sokt"},
                                               {"guidance", {"rad", "henvisning"}},
                                               {"note", "Spurte bare om hjelp til å søke kommunal bolig."}});
    ASSERT_EQ(outcome.status, 200) << outcome.body;
    EXPECT_EQ(outcome.json()["outcome"]["kind"], "ikke_sokt");

    EXPECT_FALSE(contains(ids(veileder.get("/api/v1/requests?list=today").json()), request_id));
    EXPECT_FALSE(contains(ids(veileder.get("/api/v1/requests?list=open").json()), request_id));
    EXPECT_TRUE(contains(ids(veileder.get("/api/v1/requests?list=recent").json()), request_id));
    auto again = veileder.post(outcome_url, {{"kind", "trukket"}, {"note", "Ringte og trakk henvendelsen."}});
    EXPECT_EQ(again.status, 409);

    auto detail = veileder.get("/api/v1/requests/" + std::to_string(request_id)).json();
    EXPECT_EQ(detail["outcome"]["guidance"], nlohmann::json({"henvisning", "rad"})); // in code order
    EXPECT_EQ(detail["outcome"]["note"], "Spurte bare om hjelp til å søke kommunal bolig.");
}

TEST_P(ApiCaseTest, MoneyForANightIsASection18DecisionThatLeavesTheRequestForAPlaceOpen) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto created = veileder.post("/api/v1/requests", acute_request(register_person(veileder)));
    ASSERT_EQ(created.status, 201) << created.body;
    auto request_id = created.json()["id"].get<int64_t>();
    auto url = "/api/v1/requests/" + std::to_string(request_id) + "/cash-assistance";
    nlohmann::json grant{{"granted", true},
                         {"amountKroner", 1200},
                         {"nights", 1},
                         {"decidedOn", husly::test::day_offset(0)},
                         {"reasons", "Ingen ledig plass i natt og ingen penger til hotell."}};

    auto no_amount = grant;
    no_amount.erase("amountKroner");
    EXPECT_EQ(veileder.post(url, no_amount).error_field(), "amountKroner");
    auto refusal_with_money = grant;
    refusal_with_money["granted"] = false;
    EXPECT_EQ(veileder.post(url, refusal_with_money).error_field(), "amountKroner");
    auto tomorrow = grant;
    tomorrow["decidedOn"] = husly::test::day_offset(1);
    auto future = veileder.post(url, tomorrow);
    EXPECT_EQ(future.status, 422);
    EXPECT_EQ(future.error_field(), "decidedOn");
    EXPECT_EQ(veileder.get(url).json()["decisions"].size(), 0U); // nothing half-written

    auto recorded = veileder.post(url, grant);
    ASSERT_EQ(recorded.status, 201) << recorded.body;
    EXPECT_EQ(recorded.json()["amountKroner"], 1200);
    auto list = veileder.get(url).json()["decisions"];
    ASSERT_EQ(list.size(), 1U);
    EXPECT_TRUE(list[0]["granted"].get<bool>());
    // The request for a place is not answered by the money: it waits for its § 27 vedtak.
    EXPECT_TRUE(contains(ids(veileder.get("/api/v1/requests?list=open").json()), request_id));
    EXPECT_TRUE(veileder.get("/api/v1/requests/" + std::to_string(request_id)).json()["outcome"].is_null());

    auto letter = veileder.get(url + "/" + std::to_string(list[0]["id"].get<int64_t>()) + "/letter");
    ASSERT_EQ(letter.status, 200) << letter.body;
    auto text = husly::test::flatten(husly::test::pdf_text(letter.body));
    EXPECT_NE(text.find("Vedtak om økonomisk stønad til overnatting"), std::string::npos) << text;
    EXPECT_NE(text.find("1 200 kroner"), std::string::npos) << text;
    EXPECT_NE(text.find("sosialtjenesteloven) § 18"), std::string::npos) << text;
    EXPECT_NE(text.find("Dette vedtaket gjelder bare penger"), std::string::npos) << text;
    EXPECT_NE(text.find("Ingen ledig plass i natt"), std::string::npos) << text;

    // Its appeal deadline runs from the day it reached the person, recorded once, as for the § 27
    // vedtak: none until then, nothing in the future, the deadline three weeks on.
    EXPECT_TRUE(list[0]["appealDeadline"].is_null());
    auto delivery = url + "/" + std::to_string(list[0]["id"].get<int64_t>()) + "/delivery";
    auto early = veileder.post(
        delivery, {{"deliveryMethod", "personlig"}, {"deliveredOn", husly::test::day_offset(1)}});
    EXPECT_EQ(early.status, 422);
    EXPECT_EQ(early.error_field(), "deliveredOn");
    auto given = veileder.post(
        delivery, {{"deliveryMethod", "personlig"}, {"deliveredOn", husly::test::day_offset(0)}});
    ASSERT_EQ(given.status, 200) << given.body;
    EXPECT_EQ(given.json()["informedOn"], husly::test::day_offset(0));
    EXPECT_EQ(given.json()["appealDeadline"], husly::format_date(husly::appeal_deadline(husly::today())));
    auto again =
        veileder.post(delivery, {{"deliveryMethod", "post"}, {"deliveredOn", husly::test::day_offset(0)}});
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(veileder.get(url).json()["decisions"][0]["deliveryMethod"], "personlig");

    // Another office sees neither the request nor its decisions.
    auto oslo = server.client_as("oslo@husly.test");
    EXPECT_EQ(oslo.get(url).status, 404);
    EXPECT_EQ(oslo.post(url, grant).status, 404);
    EXPECT_EQ(
        oslo.post(delivery, {{"deliveryMethod", "personlig"}, {"deliveredOn", husly::test::day_offset(0)}})
            .status,
        404);
    EXPECT_EQ(veileder.get(url).json()["decisions"].size(), 1U);
}

TEST_P(ApiCaseTest, ARegisteredRequestIsCorrectedWithItsHistoryKeptAndAudited) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto person = register_person(veileder);
    auto created = veileder.post("/api/v1/requests", acute_request(person));
    ASSERT_EQ(created.status, 201) << created.body;
    auto id = created.json()["id"].get<int64_t>();
    auto url = "/api/v1/requests/" + std::to_string(id);

    // The child's birth date was typed wrong, and a second child forgotten.
    auto corrected = acute_request(person);
    corrected["members"] = {{{"role", "child"}, {"firstName", "Ola"}, {"birthDate", "2019-06-01"}},
                            {{"role", "child"}, {"firstName", "Lise"}, {"birthDate", "2021-02-03"}}};
    auto saved = veileder.put(url, corrected);
    ASSERT_EQ(saved.status, 200) << saved.body;
    EXPECT_EQ(saved.json()["members"].size(), 3u);
    EXPECT_EQ(saved.json()["receivedAt"], created.json()["receivedAt"]); // the time received stays
    auto read = veileder.get(url).json();
    EXPECT_EQ(read["members"][1]["birthDate"], "2019-06-01");

    // Bad input is refused beside its field and changes nothing.
    auto bad = corrected;
    bad["members"][1]["birthDate"] = "2021-02-30";
    auto refused = veileder.put(url, bad);
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(refused.error_field(), "members[1].birthDate");
    auto other_person = corrected;
    other_person["personId"] = register_person(veileder, "02819012051");
    EXPECT_EQ(veileder.put(url, other_person).error_field(), "personId");
    EXPECT_EQ(veileder.get(url).json()["members"].size(), 3u);

    // The same form again changes nothing and leaves no revision.
    ASSERT_EQ(veileder.put(url, corrected).status, 200);
    auto history = veileder.get(url + "/revisions");
    ASSERT_EQ(history.status, 200) << history.body;
    ASSERT_EQ(history.json()["revisions"].size(), 1u);
    EXPECT_EQ(history.json()["revisions"][0]["revisedBy"], "Vera Veileder");
    EXPECT_EQ(history.json()["revisions"][0]["changed"], nlohmann::json::array({"members"}));

    // Another office neither corrects nor reads it; the correction is in the audit log.
    auto oslo = server.client_as("oslo@husly.test");
    EXPECT_EQ(oslo.put(url, corrected).status, 404);
    EXPECT_EQ(oslo.get(url + "/revisions").status, 404);
    auto admin = server.client_as("admin@husly.test");
    auto audit = admin.get("/api/v1/audit?action=request.update").json()["entries"];
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0]["entityId"], std::to_string(id));
}

TEST_P(ApiCaseTest, PersonsAreFoundByNumberOrNameAndGetAHuslyReferenceWithoutOne) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto person_id = register_person(veileder);
    auto by_number =
        veileder.get("/api/v1/persons?identityNumber=018190%2012365&purpose=ny_henvendelse").json();
    ASSERT_EQ(by_number["matches"].size(), 1u);
    EXPECT_EQ(by_number["matches"][0]["id"], person_id);
    auto by_name = veileder.get("/api/v1/persons?name=nord&birthDate=1990-01-01").json();
    ASSERT_EQ(by_name["matches"].size(), 1u);
    EXPECT_EQ(veileder.get("/api/v1/persons?name=nord&birthDate=1991-01-01").json()["matches"].size(), 0u);

    auto traveller = veileder.post("/api/v1/persons", {{"firstName", "Jonas"}, {"lastName", "Kowalski"}});
    ASSERT_EQ(traveller.status, 201) << traveller.body;
    auto reference = traveller.json()["huslyReference"].get<std::string>();
    EXPECT_EQ(reference.rfind("HUSLY-", 0), 0u);
    EXPECT_EQ(reference.size(), 14u);
    EXPECT_TRUE(traveller.json()["identityNumber"].is_null());

    auto bad = veileder.get("/api/v1/persons?identityNumber=01819012366&purpose=ny_henvendelse");
    EXPECT_EQ(bad.status, 422);
    EXPECT_EQ(bad.error_field(), "identityNumber");
}

// Finding F6 of the second review: the name search put the user's text into LIKE as it was, so
// "%%" or "a%" listed every person of the office, and "_" matched any letter. Now % _ and \\ are
// matched as themselves (ESCAPE, the same on both databases) and only letters count towards the
// two a search needs.
TEST_P(ApiCaseTest, NameSearchTakesPercentAndUnderscoreLiterally) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto add = [&](const std::string& first, const std::string& last) {
        auto added = veileder.post("/api/v1/persons", {{"firstName", first}, {"lastName", last}});
        EXPECT_EQ(added.status, 201) << added.body;
        return added.json()["id"].get<int64_t>();
    };
    add("Kari", "Nordmann");
    add("Ola", "Hansen");
    auto underscore = add("Per", "Ab_cd");
    auto abxcd = add("Pål", "Abxcd");
    auto percent = add("Liv", "Hundre%prosent");
    auto backslash = add("Eva", "Skr\\aastrek");
    auto names = [&](const std::string& query) {
        auto found = veileder.get("/api/v1/persons?name=" + query);
        EXPECT_EQ(found.status, 200) << query << ": " << found.body;
        std::vector<int64_t> ids;
        auto body = found.json();
        for (const auto& match : body["matches"]) ids.push_back(match["id"].get<int64_t>());
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    // % and _ are letters to find, not wildcards.
    EXPECT_EQ(names("ab_cd"), std::vector<int64_t>{underscore});
    EXPECT_EQ(names("abxcd"), std::vector<int64_t>{abxcd});
    EXPECT_EQ(names("re%25pro"), std::vector<int64_t>{percent});
    EXPECT_TRUE(names("ka%25ri").empty());  // was everyone with "ka" … "ri"
    EXPECT_TRUE(names("no_dmann").empty()); // was Nordmann
    EXPECT_TRUE(names("%25an%25").empty()); // was everyone with "an"
    // The escape character is a letter to find too (PostgreSQL took it as an escape before).
    EXPECT_EQ(names("skr%5Caa"), std::vector<int64_t>{backslash});
    EXPECT_TRUE(names("skr%5C%5Caa").empty());

    // Fewer than two letters is too short, however many other characters come with them.
    for (const char* too_short :
         {"%25%25%25", "__", "a%25", "_a_", "%25%25%25%25%25%25%25%25", "1234", "a-"}) {
        auto refused = veileder.get(std::string("/api/v1/persons?name=") + too_short);
        EXPECT_EQ(refused.status, 422) << too_short << ": " << refused.body;
        EXPECT_EQ(refused.error_field(), "name") << too_short;
        EXPECT_NE(refused.body.find("Skriv minst to bokstaver"), std::string::npos) << too_short;
    }
    // Two letters of any alphabet are enough.
    EXPECT_EQ(veileder.get("/api/v1/persons?name=%C3%85l").status, 200);
    EXPECT_EQ(veileder.get("/api/v1/persons?name=%C3%A5%25").status, 422);
}

// Issue 20, item 5: any case of the office is found by part of the name or the identity number,
// with its stay; never another office's, and the search text never reaches the audit log.
TEST_P(ApiCaseTest, TheOfficesCasesAreFoundByNameOrIdentityNumberWithTheirStays) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto kari = register_person(veileder);
    auto first = veileder.post("/api/v1/requests", acute_request(kari)).json()["id"].get<int64_t>();
    auto second = veileder.post("/api/v1/requests", acute_request(kari)).json()["id"].get<int64_t>();
    auto ola = veileder.post("/api/v1/persons", {{"firstName", "Ola"}, {"lastName", "Hansen"}});
    ASSERT_EQ(ola.status, 201) << ola.body;
    auto olas = veileder.post("/api/v1/requests", acute_request(ola.json()["id"].get<int64_t>()))
                    .json()["id"]
                    .get<int64_t>();

    auto found = [&](const std::string& query) {
        auto result = veileder.get("/api/v1/requests?q=" + query);
        EXPECT_EQ(result.status, 200) << query << ": " << result.body;
        return ids(result.json());
    };
    // Newest first; the name in any case, any part of it; the number with or without its space.
    EXPECT_EQ(found("NORD"), (std::vector<int64_t>{second, first}));
    EXPECT_EQ(found("kari%20nord"), (std::vector<int64_t>{second, first}));
    EXPECT_EQ(found("018190%2012365"), (std::vector<int64_t>{second, first}));
    EXPECT_EQ(found("hansen"), std::vector<int64_t>{olas});
    EXPECT_TRUE(found("pettersen").empty());
    // The list entry names the person; no stay has begun yet.
    auto entry = veileder.get("/api/v1/requests?q=hansen").json()["requests"][0];
    EXPECT_EQ(entry["personName"], "Ola Hansen");
    EXPECT_TRUE(entry["stayId"].is_null());
    EXPECT_TRUE(entry["stayEndedOn"].is_null());

    // A wrong number, a lone letter or a filter pattern is refused beside the search field.
    for (const char* refused_query : {"01819012366", "k", "%25%25", "12345"}) {
        auto refused = veileder.get(std::string("/api/v1/requests?q=") + refused_query);
        EXPECT_EQ(refused.status, 422) << refused_query << ": " << refused.body;
        EXPECT_EQ(refused.error_field(), "q") << refused_query;
    }

    // Another office finds nothing of Bodø's, by name or number, even once the person is linked there.
    auto oslo = server.client_as("oslo@husly.test");
    EXPECT_TRUE(ids(oslo.get("/api/v1/requests?q=nordmann").json()).empty());
    ASSERT_EQ(oslo.post("/api/v1/persons", {{"identityNumber", applicant_number}}).status, 200);
    EXPECT_TRUE(ids(oslo.get("/api/v1/requests?q=01819012365").json()).empty());
    for (const char* email : {"analytiker@husly.test", "tilbyder@husly.test", "admin@husly.test"})
        EXPECT_EQ(server.client_as(email).get("/api/v1/requests?q=nordmann").status, 403) << email;

    // Each request shown is audited against its person, by kind of search, never with the text.
    auto admin = server.client_as("admin@husly.test");
    auto entries =
        admin.get("/api/v1/audit?personId=" + std::to_string(kari) + "&limit=200").json()["entries"];
    int searches = 0;
    for (const auto& audit_entry : entries) {
        if (audit_entry["action"] != "request.search") continue;
        ++searches;
        auto text = audit_entry.dump();
        EXPECT_EQ(text.find("nord"), std::string::npos) << text;
        EXPECT_EQ(text.find("NORD"), std::string::npos) << text;
        EXPECT_EQ(text.find("018190"), std::string::npos) << text;
    }
    EXPECT_EQ(searches, 6); // three searches found both of Kari's requests
    // Oslo's searches found nothing; they are on record all the same, without the text.
    auto oslo_searches = admin.get("/api/v1/audit?action=request.search&limit=200").json()["entries"];
    int empty = 0;
    for (const auto& audit_entry : oslo_searches)
        if (audit_entry["actorUserId"] == server.user_id("oslo@husly.test")) {
            ++empty;
            EXPECT_EQ(audit_entry.dump().find("01819012365"), std::string::npos);
        }
    EXPECT_EQ(empty, 2);
}

TEST_P(ApiCaseTest, TheNationalLookupSaysOnlyThatAPersonIsKnownElsewhereAndRecordsWhy) {
    TestServer server(GetParam());
    auto oslo = server.client_as("oslo@husly.test");
    auto registered = oslo.post("/api/v1/persons", {{"identityNumber", "03828510036"},
                                                    {"firstName", "Oda"},
                                                    {"lastName", "Fjellheim"},
                                                    {"phone", "40000002"}});
    ASSERT_EQ(registered.status, 201) << registered.body;
    auto person_id = registered.json()["id"].get<int64_t>();

    // Bodø asks for a person registered only in Oslo: that they are known, and nothing else.
    auto bodo = server.client_as("veileder@husly.test");
    auto found = bodo.get("/api/v1/persons?identityNumber=03828510036&purpose=ny_henvendelse");
    ASSERT_EQ(found.status, 200) << found.body;
    EXPECT_EQ(found.json(),
              nlohmann::json({{"matches", nlohmann::json::array()}, {"registeredElsewhere", true}}));
    for (const char* never : {"Oda", "Fjellheim", "40000002", "1985", "03828510036"})
        EXPECT_EQ(found.body.find(never), std::string::npos) << never;
    auto unknown = bodo.get("/api/v1/persons?identityNumber=02819010121&purpose=ny_henvendelse");
    EXPECT_EQ(unknown.json(),
              nlohmann::json({{"matches", nlohmann::json::array()}, {"registeredElsewhere", false}}));

    // Every lookup states its purpose.
    auto without = bodo.get("/api/v1/persons?identityNumber=03828510036");
    EXPECT_EQ(without.status, 422);
    EXPECT_EQ(without.error_field(), "purpose");
    auto other_purpose = bodo.get("/api/v1/persons?identityNumber=03828510036&purpose=nysgjerrig");
    EXPECT_EQ(other_purpose.status, 422);
    EXPECT_EQ(other_purpose.error_field(), "purpose");

    // The person in front of the caseworker is registered here by the number alone; then they show.
    auto linked = bodo.post("/api/v1/persons", {{"identityNumber", "03828510036"}});
    ASSERT_EQ(linked.status, 200) << linked.body;
    EXPECT_TRUE(linked.json()["existing"].get<bool>());
    EXPECT_EQ(linked.json()["lastName"], "Fjellheim");
    auto again = bodo.get("/api/v1/persons?identityNumber=03828510036&purpose=ny_henvendelse").json();
    ASSERT_EQ(again["matches"].size(), 1u);
    EXPECT_EQ(again["matches"][0]["id"], person_id);
    EXPECT_FALSE(again["registeredElsewhere"].get<bool>());
    // A new number still needs the names.
    EXPECT_EQ(bodo.post("/api/v1/persons", {{"identityNumber", "02819010121"}}).error_field(), "firstName");

    // Each lookup is in the audit log with its purpose and what it found, the misses too.
    auto admin = server.client_as("admin@husly.test");
    auto entries = admin.get("/api/v1/audit?action=person.lookup").json()["entries"];
    ASSERT_EQ(entries.size(), 3u) << entries.dump();
    std::multiset<std::string> found_what;
    for (const auto& entry : entries) {
        EXPECT_EQ(entry["actorUserId"], server.user_id("veileder@husly.test"));
        EXPECT_EQ(entry["detail"]["purpose"], "ny_henvendelse");
        found_what.insert(entry["detail"]["found"].get<std::string>());
        EXPECT_EQ(entry.dump().find("03828510036"), std::string::npos);
    }
    EXPECT_EQ(found_what, (std::multiset<std::string>{"annet_kontor", "kontoret", "ukjent"}));
}

TEST_P(ApiCaseTest, OfficesSeeOnlyTheirOwnPeopleAndRequests) {
    TestServer server(GetParam());
    auto bodo = server.client_as("veileder@husly.test");
    auto person_id = register_person(bodo);
    auto request_id = bodo.post("/api/v1/requests", acute_request(person_id)).json()["id"].get<int64_t>();

    auto oslo = server.client_as("oslo@husly.test");
    EXPECT_EQ(oslo.get("/api/v1/requests/" + std::to_string(request_id)).status, 404);
    EXPECT_EQ(oslo.get("/api/v1/persons/" + std::to_string(person_id)).status, 404);
    EXPECT_FALSE(contains(ids(oslo.get("/api/v1/requests?list=open").json()), request_id));
    EXPECT_EQ(oslo.get("/api/v1/persons?name=nordmann").json()["matches"].size(), 0u);
    // A request for a person not known to the office is refused, without saying whether they exist.
    auto foreign = oslo.post("/api/v1/requests", acute_request(person_id));
    EXPECT_EQ(foreign.status, 422);
    EXPECT_EQ(foreign.error_field(), "personId");
    EXPECT_EQ(oslo.post("/api/v1/requests/" + std::to_string(request_id) + "/outcome",
                        {{"kind", "trukket"}, {"note", "Ringte og trakk henvendelsen."}})
                  .status,
              404);

    // Knowing the identity number links the person to Oslo too; Bodø's request stays Bodø's.
    auto linked =
        oslo.post("/api/v1/persons",
                  {{"identityNumber", applicant_number}, {"firstName", "Kari"}, {"lastName", "Nordmann"}});
    ASSERT_EQ(linked.status, 200) << linked.body;
    EXPECT_TRUE(linked.json()["existing"].get<bool>());
    EXPECT_EQ(linked.json()["id"], person_id);
    auto person = oslo.get("/api/v1/persons/" + std::to_string(person_id));
    ASSERT_EQ(person.status, 200);
    EXPECT_EQ(person.json()["requests"].size(), 0u);
    EXPECT_EQ(oslo.get("/api/v1/requests/" + std::to_string(request_id)).status, 404);

    for (const char* email : {"analytiker@husly.test", "tilbyder@husly.test", "admin@husly.test"}) {
        auto other = server.client_as(email);
        EXPECT_EQ(other.get("/api/v1/requests/" + std::to_string(request_id)).status, 403) << email;
        EXPECT_EQ(other.get("/api/v1/persons/" + std::to_string(person_id)).status, 403) << email;
        EXPECT_EQ(other.get("/api/v1/requests?list=open").status, 403) << email;
        EXPECT_EQ(other.get("/api/v1/persons?identityNumber=01819012365").status, 403) << email;
    }
}

TEST_P(ApiCaseTest, EveryReadOfPersonDataIsAudited) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto person_id = register_person(veileder);
    auto request_id = veileder.post("/api/v1/requests", acute_request(person_id)).json()["id"].get<int64_t>();
    veileder.get("/api/v1/requests/" + std::to_string(request_id));
    veileder.get("/api/v1/requests?list=today");
    veileder.get("/api/v1/persons/" + std::to_string(person_id));
    veileder.get("/api/v1/persons?identityNumber=01819012365&purpose=ny_henvendelse");

    auto admin = server.client_as("admin@husly.test");
    auto entries =
        admin.get("/api/v1/audit?personId=" + std::to_string(person_id) + "&limit=100").json()["entries"];
    std::multiset<std::string> actions;
    for (const auto& entry : entries) {
        actions.insert(entry["action"].get<std::string>());
        EXPECT_EQ(entry["actorUserId"], server.user_id("veileder@husly.test"));
        EXPECT_EQ(entry["personId"], person_id);
    }
    for (const char* action :
         {"person.create", "request.create", "request.read", "request.list", "person.read", "person.lookup"})
        EXPECT_GE(actions.count(action), 1u) << action;
    EXPECT_TRUE(admin.get("/api/v1/audit/verify").json()["ok"].get<bool>());
}

TEST_P(ApiCaseTest, BadRequestsAreRefusedWithTheFieldAndLeaveNothing) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto person_id = register_person(veileder);
    auto young = register_person(veileder, "15860551389"); // synthetic, born 2005-06-15
    struct Case {
        std::string description;
        nlohmann::json body;
        std::string field;
    };
    auto base = acute_request(person_id);
    auto with = [&](const std::string& key, const nlohmann::json& value) {
        auto body = base;
        body[key] = value;
        return body;
    };
    std::vector<Case> cases{
        {"unknown channel", with("channel", "brevdue"), "channel"},
        {"unknown reason", with("reasons", {"ukjent"}), "reasons"},
        {"duplicate reason", with("reasons", {"okonomi", "okonomi"}), "reasons"},
        {"derived group chosen", with("groups", {"barnefamilier"}), "groups"},
        {"unknown housing", with("housingSituation", "slott"), "housingSituation"},
        {"future received time", with("receivedAt", "2999-01-01T00:00:00.000Z"), "receivedAt"},
        {"child born in the future", with("members", {{{"role", "child"}, {"birthDate", "2999-01-01"}}}),
         "members[0].birthDate"},
        {"child without birth date", with("members", {{{"role", "child"}, {"firstName", "Ola"}}}),
         "members[0].birthDate"},
        {"second applicant", with("members", {{{"role", "applicant"}}}), "members[0].role"},
        {"impossible date", with("members", {{{"role", "child"}, {"birthDate", "2023-02-29"}}}),
         "members[0].birthDate"},
        {"unknown person", with("personId", 999999), "personId"},
        {"unknown member field", with("members", {{{"role", "adult"}, {"age", 30}}}), "members[0].age"},
    };
    auto child_older = acute_request(young);
    child_older["members"] = {{{"role", "child"}, {"birthDate", "2004-01-01"}}};
    cases.push_back({"child older than applicant", child_older, "members[0].birthDate"});
    for (const auto& c : cases) {
        auto result = veileder.post("/api/v1/requests", c.body);
        EXPECT_GE(result.status, 400) << c.description;
        EXPECT_LT(result.status, 500) << c.description;
        EXPECT_EQ(result.error_field(), c.field) << c.description << ": " << result.body;
    }
    EXPECT_TRUE(veileder.get("/api/v1/requests?list=recent").json()["requests"].empty());
    auto person = veileder.post("/api/v1/persons", {{"identityNumber", "01819012365"},
                                                    {"firstName", "Kari"},
                                                    {"lastName", "Nordmann"},
                                                    {"birthDate", "1990-01-02"}});
    EXPECT_EQ(person.error_field(), "birthDate");
    EXPECT_EQ(veileder.post("/api/v1/persons", {{"firstName", ""}, {"lastName", "X"}}).error_field(),
              "firstName");
}

TEST_P(ApiCaseTest, AFormWithThreeWrongFieldsGetsAllThreeAtOnce) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto fields_of = [](const nlohmann::json& error) {
        std::vector<std::string> fields;
        for (const auto& problem : error["problems"]) {
            fields.push_back(problem["field"]);
            EXPECT_FALSE(problem["message"].get<std::string>().empty());
        }
        return fields;
    };
    auto body = acute_request(register_person(veileder));
    body["channel"] = "brevdue";
    body["housingSituation"] = "slott";
    body["members"] = {{{"role", "child"}, {"firstName", "Ola"}, {"birthDate", "2099-01-01"}}};
    auto result = veileder.post("/api/v1/requests", body);
    ASSERT_EQ(result.status, 422) << result.body;
    auto error = result.json()["error"];
    // The first problem is also the error's own field, code and message, as before.
    EXPECT_EQ(error["field"], "channel");
    EXPECT_EQ(error["code"], "unknown_code");
    EXPECT_EQ(fields_of(error),
              (std::vector<std::string>{"channel", "housingSituation", "members[0].birthDate"}));
    EXPECT_EQ(error["problems"][0]["message"], error["message"]);
    EXPECT_EQ(error["problems"][2]["message"], "Fødselsdatoen kan ikke være fram i tid.");
    EXPECT_TRUE(veileder.get("/api/v1/requests?list=recent").json()["requests"].empty());

    // One wrong field: one problem, listed too.
    body = acute_request(register_person(veileder));
    body["network"] = "kanskje";
    auto one = veileder.post("/api/v1/requests", body).json()["error"];
    EXPECT_EQ(fields_of(one), (std::vector<std::string>{"network"}));

    // Registering a person: the names, the phone number and the birth date at once.
    auto person =
        veileder.post("/api/v1/persons",
                      {{"firstName", ""}, {"lastName", ""}, {"phone", "abc"}, {"birthDate", "2999-01-01"}});
    ASSERT_EQ(person.status, 422) << person.body;
    EXPECT_EQ(person.error_field(), "firstName");
    EXPECT_EQ(fields_of(person.json()["error"]),
              (std::vector<std::string>{"firstName", "lastName", "phone", "birthDate"}));

    // An error that is not a form's has no list.
    auto missing = veileder.get("/api/v1/requests/999999");
    EXPECT_EQ(missing.status, 404);
    EXPECT_FALSE(missing.json()["error"].contains("problems"));
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiCaseTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
