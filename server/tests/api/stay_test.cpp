// Stays over the API: started on a granted vedtak, followed up (agreement, action plan, notes,
// appointments), ended with an outcome and after-care, a return linked, the 3-month watch in
// priority order, stans only with the person's own account, and office scoping.

#include "common/clock.hpp"
#include "domain/deadlines.hpp"
#include "domain/decision.hpp"
#include "domain/stay.hpp"
#include "support/case_fixtures.hpp"
#include "support/test_server.hpp"

#include <gtest/gtest.h>

using namespace husly;
using husly::test::CaseOptions;
using husly::test::day_offset;
using husly::test::grant;
using husly::test::HttpClient;
using husly::test::new_case;
using husly::test::TestServer;

namespace {

std::string stay_url(int64_t stay_id, const std::string& rest = "") {
    return "/api/v1/stays/" + std::to_string(stay_id) + rest;
}

// A granted case whose stay began `days_ago` days ago; returns the stay id.
int64_t stay_started(HttpClient& client, const std::string& name, int days_ago, CaseOptions options = {}) {
    options.received_days_ago = days_ago + 1;
    auto request_id = new_case(client, name, options);
    grant(client, request_id, day_offset(-days_ago), day_offset(100 - days_ago));
    auto started =
        client.post("/api/v1/stays", {{"requestId", request_id}, {"startedOn", day_offset(-days_ago)}});
    EXPECT_EQ(started.status, 201) << started.body;
    return started.json()["id"].get<int64_t>();
}

} // namespace

class ApiStayTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ApiStayTest, AStayIsFollowedFromCheckInToExitAndAfterCare) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto request_id = new_case(veileder, "Opphold", {.received_days_ago = 11});

    // Only a granted, decided vedtak gives a stay.
    auto too_early =
        veileder.post("/api/v1/stays", {{"requestId", request_id}, {"startedOn", day_offset(-10)}});
    EXPECT_EQ(too_early.status, 422);
    EXPECT_EQ(too_early.error_field(), "requestId");
    grant(veileder, request_id, day_offset(-10), day_offset(80));
    EXPECT_EQ(veileder.post("/api/v1/stays", {{"requestId", request_id}, {"startedOn", day_offset(1)}})
                  .error_field(),
              "startedOn");
    EXPECT_EQ(veileder.post("/api/v1/stays", {{"requestId", request_id}, {"startedOn", day_offset(-11)}})
                  .error_field(),
              "startedOn"); // before the granted period

    auto started =
        veileder.post("/api/v1/stays", {{"requestId", request_id}, {"startedOn", day_offset(-10)}});
    ASSERT_EQ(started.status, 201) << started.body;
    auto stay = started.json();
    auto stay_id = stay["id"].get<int64_t>();
    EXPECT_EQ(stay["lengthDays"], 10);
    EXPECT_EQ(stay["watch"], "none");
    EXPECT_TRUE(stay["exit"].is_null());
    EXPECT_TRUE(stay["previousStayId"].is_null());
    auto again = veileder.post("/api/v1/stays", {{"requestId", request_id}, {"startedOn", day_offset(-10)}});
    EXPECT_EQ(again.status, 409);

    // The stay agreement.
    auto bad_agreement = veileder.put(stay_url(stay_id, "/agreement"),
                                      {{"periodFrom", day_offset(-10)}, {"periodTo", day_offset(-20)}});
    EXPECT_EQ(bad_agreement.status, 422);
    EXPECT_EQ(bad_agreement.error_field(), "periodTo");
    nlohmann::json agreement = {{"periodFrom", day_offset(-10)},
                                {"periodTo", day_offset(80)},
                                {"residentCommitments", "Følge husreglene og møte til avtalte samtaler."},
                                {"officeCommitments", "Ukentlig samtale og hjelp til å søke kommunal bolig."},
                                {"signedOn", day_offset(-9)}};
    auto saved = veileder.put(stay_url(stay_id, "/agreement"), agreement);
    ASSERT_EQ(saved.status, 200) << saved.body;
    EXPECT_EQ(saved.json()["agreement"]["signedOn"], day_offset(-9));

    // The action plan: a bad row is named, and nothing of that save is kept.
    nlohmann::json rows = {
        {{"goal", "Egen bolig"},
         {"action", "Søke kommunal bolig"},
         {"responsible", "Veileder"},
         {"dueOn", day_offset(20)},
         {"status", "i_gang"}},
        {{"goal", "Stabil økonomi"}, {"action", "Budsjettsamtale"}, {"responsible", "Beboer"}}};
    ASSERT_EQ(veileder.put(stay_url(stay_id, "/action-plan"), {{"items", rows}}).status, 200);
    auto broken = rows;
    broken[1]["goal"] = "";
    broken.push_back({{"goal", "Tredje"}, {"action", "Noe"}, {"responsible", "Noen"}});
    auto refused = veileder.put(stay_url(stay_id, "/action-plan"), {{"items", broken}});
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(refused.error_field(), "items[1].goal");
    EXPECT_EQ(
        veileder
            .put(stay_url(stay_id, "/action-plan"),
                 {{"items", {{{"goal", "x"}, {"action", "y"}, {"responsible", "z"}, {"status", "kanskje"}}}}})
            .error_field(),
        "items[0].status");
    auto plan = veileder.get(stay_url(stay_id)).json()["actionPlan"];
    ASSERT_EQ(plan.size(), 2u);
    EXPECT_EQ(plan[0]["status"], "i_gang");
    EXPECT_EQ(plan[1]["status"], "ikke_startet");

    // Journal notes: a correction is a new note that points to the one it corrects.
    auto noted = veileder.post(stay_url(stay_id, "/notes"), {{"text", "Samtale om boligsøknad."}});
    ASSERT_EQ(noted.status, 201) << noted.body;
    auto note_id = noted.json()["notes"][0]["id"].get<int64_t>();
    auto corrected =
        veileder.post(stay_url(stay_id, "/notes"),
                      {{"text", "Rettelse: samtalen var om bostøtte."}, {"correctsNoteId", note_id}});
    ASSERT_EQ(corrected.status, 201);
    auto notes = corrected.json()["notes"];
    ASSERT_EQ(notes.size(), 2u);
    EXPECT_EQ(notes[0]["text"], "Samtale om boligsøknad."); // the original stays as written
    EXPECT_EQ(notes[1]["correctsNoteId"], note_id);
    EXPECT_EQ(veileder.post(stay_url(stay_id, "/notes"), {{"text", "  "}}).error_field(), "text");
    EXPECT_EQ(veileder.post(stay_url(stay_id, "/notes"), {{"text", "x"}, {"correctsNoteId", note_id + 1000}})
                  .error_field(),
              "correctsNoteId");

    // Appointments.
    EXPECT_EQ(
        veileder.put(stay_url(stay_id, "/appointments"), {{"appointments", {{{"startsAt", "i morgen"}}}}})
            .error_field(),
        "appointments[0].startsAt");
    auto booked = veileder.put(
        stay_url(stay_id, "/appointments"),
        {{"appointments",
          {{{"startsAt", day_offset(2) + "T10:30"}, {"purpose", "Boligsamtale"}, {"place", "Nav Bodø"}}}}});
    ASSERT_EQ(booked.status, 200) << booked.body;
    EXPECT_EQ(booked.json()["appointments"][0]["status"], "planlagt");

    // The exit: checked, then recorded.
    EXPECT_EQ(
        veileder.post(stay_url(stay_id, "/exit"), {{"endedOn", day_offset(1)}, {"outcome", "privat_leie"}})
            .error_field(),
        "endedOn");
    EXPECT_EQ(veileder.post(stay_url(stay_id, "/exit"), {{"endedOn", day_offset(0)}, {"outcome", "overgang"}})
                  .error_field(),
              "transitKind");
    EXPECT_EQ(veileder.post(stay_url(stay_id, "/exit"), {{"endedOn", day_offset(0)}, {"outcome", "stans"}})
                  .error_field(),
              "outcome");
    EXPECT_EQ(veileder.post(stay_url(stay_id, "/exit"), {{"endedOn", day_offset(0)}, {"outcome", "hjem"}})
                  .error_field(),
              "outcome");
    auto ended =
        veileder.post(stay_url(stay_id, "/exit"), {{"endedOn", day_offset(0)}, {"outcome", "privat_leie"}});
    ASSERT_EQ(ended.status, 200) << ended.body;
    EXPECT_EQ(ended.json()["exit"]["outcome"], "privat_leie");
    EXPECT_EQ(ended.json()["lengthDays"], 10);
    EXPECT_EQ(
        veileder.post(stay_url(stay_id, "/exit"), {{"endedOn", day_offset(0)}, {"outcome", "privat_leie"}})
            .status,
        409);
    EXPECT_EQ(veileder.put(stay_url(stay_id, "/agreement"), agreement).status, 409);

    // After-care: 3 months from the day agreed, follow-ups inside them.
    EXPECT_EQ(veileder
                  .put(stay_url(stay_id, "/after-care"),
                       {{"agreedOn", day_offset(0)},
                        {"forms", {"telefon"}},
                        {"contacts", {{{"plannedOn", day_offset(120)}, {"form", "telefon"}}}}})
                  .error_field(),
              "contacts[0].plannedOn");
    EXPECT_EQ(veileder
                  .put(stay_url(stay_id, "/after-care"),
                       {{"agreedOn", day_offset(0)}, {"forms", nlohmann::json::array()}})
                  .error_field(),
              "forms");
    auto care = veileder.put(stay_url(stay_id, "/after-care"),
                             {{"agreedOn", day_offset(0)},
                              {"forms", {"telefon", "besok"}},
                              {"contacts",
                               {{{"plannedOn", day_offset(14)}, {"form", "besok"}},
                                {{"plannedOn", day_offset(45)}, {"form", "telefon"}}}}});
    ASSERT_EQ(care.status, 200) << care.body;
    auto after_care = care.json()["afterCare"];
    EXPECT_EQ(after_care["untilOn"], format_date(three_month_mark(today())));
    EXPECT_EQ(after_care["contacts"].size(), 2u);

    // The stay is in the ended list, not the open one.
    auto open_list = veileder.get("/api/v1/stays").json()["stays"];
    for (const auto& item : open_list) EXPECT_NE(item["id"], stay_id);
    auto ended_list = veileder.get("/api/v1/stays?list=ended").json()["stays"];
    ASSERT_FALSE(ended_list.empty());
    EXPECT_EQ(ended_list[0]["id"], stay_id);
    EXPECT_EQ(veileder.get("/api/v1/stays?list=alle").error_field(), "list");
}

TEST_P(ApiStayTest, AReturnWithinTwelveMonthsIsLinkedToTheEarlierStay) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto first_request = new_case(veileder, "Tilbake", {.received_days_ago = 60});
    grant(veileder, first_request, day_offset(-50), day_offset(30));
    auto first =
        veileder.post("/api/v1/stays", {{"requestId", first_request}, {"startedOn", day_offset(-50)}}).json();
    auto first_id = first["id"].get<int64_t>();
    auto person_id = first["personId"].get<int64_t>();
    ASSERT_EQ(veileder
                  .post(stay_url(first_id, "/exit"),
                        {{"endedOn", day_offset(-20)}, {"outcome", "forlot_uten_beskjed"}})
                  .status,
              200);

    auto second_request =
        veileder.post("/api/v1/requests", {{"personId", person_id}, {"channel", "telefon"}});
    ASSERT_EQ(second_request.status, 201);
    auto second_request_id = second_request.json()["id"].get<int64_t>();
    grant(veileder, second_request_id, day_offset(0), day_offset(30));
    auto second =
        veileder.post("/api/v1/stays", {{"requestId", second_request_id}, {"startedOn", day_offset(0)}});
    ASSERT_EQ(second.status, 201) << second.body;
    EXPECT_EQ(second.json()["previousStayId"], first_id);

    auto history = veileder.get("/api/v1/persons/" + std::to_string(person_id) + "/stays").json()["stays"];
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0]["id"], second.json()["id"]);

    // One open stay per person: a third request cannot start another.
    auto third_request = veileder.post("/api/v1/requests", {{"personId", person_id}, {"channel", "telefon"}})
                             .json()["id"]
                             .get<int64_t>();
    grant(veileder, third_request, day_offset(0), day_offset(30));
    auto third = veileder.post("/api/v1/stays", {{"requestId", third_request}, {"startedOn", day_offset(0)}});
    EXPECT_EQ(third.status, 409);
    EXPECT_EQ(third.error_code(), "stay_open");
}

TEST_P(ApiStayTest, TheWatchListPutsFamiliesAndYoungPeopleFirstAndEscalatesThem) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto adult_past = stay_started(veileder, "Voksen", 120);
    auto family_past =
        stay_started(veileder, "Familie", 100,
                     {.members = {{{"role", "child"}, {"firstName", "Barn"}, {"birthDate", "2019-03-01"}}}});
    auto young_approaching = stay_started(veileder, "Ung", 85, {.birth_date = day_offset(-365 * 20)});
    stay_started(veileder, "Kort", 10);

    auto watch = veileder.get("/api/v1/stays?list=watch");
    ASSERT_EQ(watch.status, 200) << watch.body;
    auto list = watch.json()["stays"];
    ASSERT_EQ(list.size(), 3u) << list.dump();
    EXPECT_EQ(list[0]["id"], family_past);
    EXPECT_EQ(list[0]["watch"], "past");
    EXPECT_TRUE(list[0]["escalated"]);
    EXPECT_EQ(list[1]["id"], young_approaching);
    EXPECT_EQ(list[1]["watch"], "approaching");
    EXPECT_FALSE(list[1]["escalated"]);
    EXPECT_EQ(list[2]["id"], adult_past);
    EXPECT_FALSE(list[2]["escalated"]); // past 3 months, but neither a family nor under 25
    EXPECT_EQ(list[2]["lengthDays"], 120);
    // The vedtak period (100 days from check-in) has run out for the longest stay.
    EXPECT_TRUE(list[2]["periodExpired"]);
    EXPECT_FALSE(list[1]["periodExpired"]);
    EXPECT_EQ(veileder.get("/api/v1/stays").json()["stays"].size(), 4u);

    // The front page counts the same, without names.
    auto summary = veileder.get("/api/v1/work-summary");
    ASSERT_EQ(summary.status, 200) << summary.body;
    auto counts = summary.json();
    EXPECT_EQ(counts["staysOpen"], 4);
    EXPECT_EQ(counts["staysPast"], 2);
    EXPECT_EQ(counts["staysApproaching"], 1);
    EXPECT_EQ(counts["staysEscalated"], 1);
    EXPECT_EQ(counts["periodsExpired"], 1);
    EXPECT_EQ(counts["needsAnswerToday"], 0); // every acute request got its vedtak
    EXPECT_EQ(server.client_as("oslo@husly.test").get("/api/v1/work-summary").json()["staysOpen"], 0);
}

namespace {

// Every element of a stans (docs/domain.md#rule-stans-is-a-vedtak), resting on `breach_id`.
nlohmann::json complete_stans(int64_t breach_id) {
    return {{"effectiveOn", day_offset(20)},
            {"breachIds", {breach_id}},
            {"noticeGivenOn", day_offset(-2)},
            {"noticeMethod", "personlig"},
            {"basis", "husordensregler"},
            {"basisDetail", "Husreglene punkt 2: ingen vold eller trusler mot andre beboere."},
            {"facts", "Beboeren truet en annen beboer med kniv, bekreftet av to ansatte."},
            {"residentAccount", "Beboeren sier at han ble provosert og angrer."},
            {"considerations", "Hensynet til de andre beboerne veier tyngst."},
            {"newPlaceAssessment", "Tilbud om hybel hos annen tilbyder fra stansen gjelder."},
            {"newPlaceAssessedOn", day_offset(0)}};
}

std::vector<std::string> problem_fields(const husly::test::HttpResult& result) {
    std::vector<std::string> fields;
    auto body = result.json();
    for (const auto& problem : body["error"]["problems"])
        fields.push_back(problem["field"].get<std::string>());
    return fields;
}

int64_t breach_at(husly::test::HttpClient& client, int64_t stay_id) {
    auto breach = client.post(stay_url(stay_id, "/breaches"),
                              {{"occurredOn", day_offset(-3)},
                               {"description", "Truet en annen beboer med kniv på fellesarealet."},
                               {"residentAccount", "Sier han ble provosert."}});
    EXPECT_EQ(breach.status, 201) << breach.body;
    return breach.json()["breaches"][0]["id"].get<int64_t>();
}

} // namespace

TEST_P(ApiStayTest, StansNeedsThePersonsOwnAccountAndGivesALetter) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto stay_id = stay_started(veileder, "Stans", 30);
    EXPECT_EQ(veileder
                  .post(stay_url(stay_id, "/breaches"),
                        {{"occurredOn", day_offset(-40)}, {"description", "Før innflytting"}})
                  .error_field(),
              "occurredOn");
    auto breach_id = breach_at(veileder, stay_id);

    auto termination = complete_stans(breach_id);
    auto unheard = termination;
    unheard.erase("residentAccount");
    auto refused = veileder.post(stay_url(stay_id, "/termination"), unheard);
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(refused.error_field(), "residentAccount");
    auto foreign = termination;
    foreign["breachIds"] = {breach_id + 100};
    EXPECT_EQ(veileder.post(stay_url(stay_id, "/termination"), foreign).error_field(), "breachIds");
    auto backdated = termination;
    backdated["effectiveOn"] = day_offset(-1);
    EXPECT_EQ(veileder.post(stay_url(stay_id, "/termination"), backdated).error_field(), "effectiveOn");
    // The typed «informed» date is gone: the deadline comes from the delivery.
    auto typed = termination;
    typed["informedOn"] = day_offset(0);
    EXPECT_EQ(veileder.post(stay_url(stay_id, "/termination"), typed).status, 400);
    // Nothing of the refused attempts was kept.
    EXPECT_EQ(veileder.get(stay_url(stay_id, "/termination/letter")).status, 404);
    EXPECT_TRUE(veileder.get(stay_url(stay_id)).json()["exit"].is_null());
    EXPECT_EQ(veileder
                  .post(stay_url(stay_id, "/termination/delivery"),
                        {{"deliveryMethod", "personlig"}, {"deliveredOn", day_offset(0)}})
                  .status,
              409); // no stans to deliver

    auto decided = veileder.post(stay_url(stay_id, "/termination"), termination);
    ASSERT_EQ(decided.status, 200) << decided.body;
    EXPECT_EQ(decided.json()["exit"]["outcome"], "stans");
    EXPECT_EQ(decided.json()["exit"]["endedOn"], day_offset(20));
    auto stans = decided.json()["termination"];
    EXPECT_EQ(stans["basis"], "husordensregler");
    EXPECT_EQ(stans["noticeMethod"], "personlig");
    EXPECT_EQ(stans["newPlaceAssessedOn"], day_offset(0));
    EXPECT_EQ(stans["dangerReason"], "");
    // Not given yet: the deadline has not begun to run.
    EXPECT_TRUE(stans["appealDeadline"].is_null());
    EXPECT_TRUE(stans["informedOn"].is_null());
    auto letter = veileder.get(stay_url(stay_id, "/termination/letter"));
    ASSERT_EQ(letter.status, 200);
    auto text = husly::test::pdf_text(letter.body);
    for (const char* expected : {"Vedtak om stans av midlertidig botilbud",
                                 "Test Stans",
                                 "Truet en annen beboer",
                                 "provosert og angrer",
                                 "Forhåndsvarsel",
                                 "Vi varslet deg personlig",
                                 "forvaltningsloven § 16",
                                 "Brudd på husordensreglene",
                                 "Husreglene punkt 2",
                                 "sosialtjenesteloven § 27",
                                 "Du kan be om utsatt iverksetting",
                                 "forvaltningsloven § 42",
                                 "Hvor du kan bo",
                                 "Tilbud om hybel hos annen tilbyder",
                                 "tre virkedager etter at vi postla det",
                                 "Statsforvalteren i Nordland",
                                 "Side 1 av",
                                 "Vår referanse: ",
                                 "Kontakt oss",
                                 "Postadresse: Postboks 1804, 8001 Bodø",
                                 "Telefon: 00 00 18 04"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
    EXPECT_EQ(text.find("Hvorfor stansen gjelder så raskt"), std::string::npos) << text;
    EXPECT_EQ(letter.body, veileder.get(stay_url(stay_id, "/termination/letter")).body);
    EXPECT_EQ(veileder.post(stay_url(stay_id, "/termination"), termination).status, 422); // already ended

    // How it was given decides when the deadline runs (fvl. § 29): by post, three working days later.
    auto delivery_url = stay_url(stay_id, "/termination/delivery");
    EXPECT_EQ(veileder.post(delivery_url, {{"deliveryMethod", "brev"}, {"deliveredOn", day_offset(0)}})
                  .error_field(),
              "deliveryMethod");
    EXPECT_EQ(veileder.post(delivery_url, {{"deliveryMethod", "post"}, {"deliveredOn", day_offset(-1)}})
                  .error_field(),
              "deliveredOn"); // before it was decided
    EXPECT_EQ(veileder.post(delivery_url, {{"deliveryMethod", "post"}, {"deliveredOn", day_offset(1)}})
                  .error_field(),
              "deliveredOn"); // in the future
    auto delivered =
        veileder.post(delivery_url, {{"deliveryMethod", "post"}, {"deliveredOn", day_offset(0)}});
    ASSERT_EQ(delivered.status, 200) << delivered.body;
    auto given = delivered.json()["termination"];
    auto reached = husly::reached_on(DeliveryMethod::post, today());
    EXPECT_EQ(given["informedOn"], format_date(reached));
    EXPECT_EQ(given["appealDeadline"], format_date(appeal_deadline(reached)));
    EXPECT_TRUE(given["leavesTimeForPostponement"].get<bool>());
    auto again =
        veileder.post(delivery_url, {{"deliveryMethod", "personlig"}, {"deliveredOn", day_offset(0)}});
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.json()["error"]["code"], "already_delivered");
    EXPECT_EQ(veileder.get(stay_url(stay_id)).json()["termination"]["appealDeadline"],
              given["appealDeadline"]);
}

TEST_P(ApiStayTest, StansNeedsNoticeBasisGroundsTimeForPostponementAndANewPlace) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto stay_id = stay_started(veileder, "Straks", 30);
    // Nothing documented, no notice, no basis, no new place: every problem at once, nothing written.
    auto bare = veileder.post(stay_url(stay_id, "/termination"),
                              {{"effectiveOn", day_offset(0)},
                               {"facts", "Beboeren truet en ansatt med kniv i resepsjonen."},
                               {"residentAccount", "Beboeren sier at han ble provosert."},
                               {"considerations", "Ansattes sikkerhet veier tyngst."}});
    EXPECT_EQ(bare.status, 422);
    EXPECT_EQ(problem_fields(bare),
              (std::vector<std::string>{"breachIds", "basis", "basisDetail", "noticeGivenOn", "dangerReason",
                                        "newPlaceAssessment", "newPlaceAssessedOn"}))
        << bare.body;
    EXPECT_EQ(veileder.get(stay_url(stay_id, "/termination/letter")).status, 404);
    auto breach_id = breach_at(veileder, stay_id);
    auto termination = complete_stans(breach_id);
    auto unknown_basis = termination;
    unknown_basis["basis"] = "paragraf_27";
    EXPECT_EQ(veileder.post(stay_url(stay_id, "/termination"), unknown_basis).error_field(), "basis");
    auto unknown_way = termination;
    unknown_way["noticeMethod"] = "sms";
    EXPECT_EQ(veileder.post(stay_url(stay_id, "/termination"), unknown_way).error_field(), "noticeMethod");
    // Too soon to ask for postponement, and no danger stated.
    auto soon = termination;
    soon["effectiveOn"] = day_offset(0);
    auto too_soon = veileder.post(stay_url(stay_id, "/termination"), soon);
    EXPECT_EQ(too_soon.error_field(), "dangerReason");
    EXPECT_NE(too_soon.json()["error"]["message"].get<std::string>().find("§ 42"), std::string::npos);
    // No notice: only with the reason it was not given; the danger stated lets it take effect today.
    soon.erase("noticeGivenOn");
    soon.erase("noticeMethod");
    soon["noticeException"] = "Beboeren truet ansatte; varsel ville satt dem i fare.";
    soon["dangerReason"] = "Har truet en ansatt med kniv og sagt at han kommer tilbake i kveld.";
    auto decided = veileder.post(stay_url(stay_id, "/termination"), soon);
    ASSERT_EQ(decided.status, 200) << decided.body;
    EXPECT_TRUE(decided.json()["termination"]["noticeGivenOn"].is_null());
    auto text = husly::test::pdf_text(veileder.get(stay_url(stay_id, "/termination/letter")).body);
    for (const char* expected :
         {"Vi ga deg ikke forhåndsvarsel", "Beboeren truet ansatte", "Hvorfor stansen gjelder så raskt",
          "kommer tilbake i kveld", "forvaltningsloven § 42"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
}

TEST_P(ApiStayTest, StaysAreSeenOnlyByTheirOfficesCaseworkers) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto stay_id = stay_started(veileder, "Privat", 5);
    auto oslo = server.client_as("oslo@husly.test");
    EXPECT_EQ(oslo.get(stay_url(stay_id)).status, 404);
    EXPECT_EQ(oslo.post(stay_url(stay_id, "/notes"), {{"text", "Skal ikke gå."}}).status, 404);
    EXPECT_TRUE(oslo.get("/api/v1/stays").json()["stays"].empty());
    for (const char* email : {"tilbyder@husly.test", "analytiker@husly.test", "admin@husly.test"}) {
        auto other = server.client_as(email);
        EXPECT_EQ(other.get(stay_url(stay_id)).status, 403) << email;
        EXPECT_EQ(other.get("/api/v1/stays").status, 403) << email;
    }
    // Every read is audit-logged with the person, never the name.
    auto leder = server.client_as("leder@husly.test");
    EXPECT_EQ(leder.get(stay_url(stay_id)).status, 200);
    auto admin = server.client_as("admin@husly.test");
    auto audit = admin.get("/api/v1/audit?action=stay.read");
    ASSERT_EQ(audit.status, 200) << audit.body;
    EXPECT_NE(audit.body.find("\"entityId\":\"" + std::to_string(stay_id) + "\""), std::string::npos);
    EXPECT_EQ(audit.body.find("Privat"), std::string::npos);
}

// A new vedtak for a person who lives in a place extends the stay they are in (docs/domain.md
// #rule-an-extension-continues-the-stay): one stay, its check-in kept (so the 3-month watch does not start
// again), and the household's place kept for the new nights where the unit has room.
TEST_P(ApiStayTest, ANewVedtakExtendsTheStayTheHouseholdLivesIn) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto provider = husly::test::make_provider(veileder, "Forlengelse AS", "kommunal", "dognbemanning");
    auto room = husly::test::make_unit(veileder, provider, "Rom F", 1, 1, 500); // one bed
    ASSERT_EQ(husly::test::inspect(veileder, room).status, 201);

    auto first_request = new_case(veileder, "Forlenget", {.received_days_ago = 1});
    grant(veileder, first_request, day_offset(0), day_offset(9));
    auto booked = veileder.post(
        "/api/v1/placements",
        {{"requestId", first_request}, {"unitId", room}, {"from", day_offset(0)}, {"to", day_offset(10)}});
    ASSERT_EQ(booked.status, 201) << booked.body;
    auto placement_id = booked.json()["id"].get<int64_t>();
    auto checked_in = veileder.post("/api/v1/placements/" + std::to_string(placement_id) + "/check-in",
                                    nlohmann::json::object());
    ASSERT_EQ(checked_in.status, 200) << checked_in.body;
    auto stay_id = checked_in.json()["stayId"].get<int64_t>();
    auto stay = veileder.get(stay_url(stay_id)).json();
    auto person_id = stay["personId"].get<int64_t>();
    EXPECT_EQ(stay["periodTo"], day_offset(9));
    EXPECT_EQ(stay["extensions"], nlohmann::json::array());

    // The person asks to stay on: a new request, and a new vedtak for the time after.
    auto ask_again = [&] {
        auto request = veileder.post("/api/v1/requests", {{"personId", person_id},
                                                          {"channel", "muntlig"},
                                                          {"acute", false},
                                                          {"members", nlohmann::json::array()}});
        EXPECT_EQ(request.status, 201) << request.body;
        return request.json()["id"].get<int64_t>();
    };
    auto extend = [&](int64_t request_id) {
        return veileder.post(stay_url(stay_id, "/extensions"), {{"requestId", request_id}});
    };
    auto second_request = ask_again();
    auto undecided = extend(second_request);
    EXPECT_EQ(undecided.status, 422);
    EXPECT_EQ(undecided.error_field(), "requestId");

    // A vedtak that would leave a day without one (10 days from now) does not extend it.
    auto gap_request = ask_again();
    grant(veileder, gap_request, day_offset(11), day_offset(40));
    auto gap = extend(gap_request);
    EXPECT_EQ(gap.status, 422);
    EXPECT_EQ(gap.error_code(), "gap");
    EXPECT_NE(gap.json()["error"]["message"].get<std::string>().find(husly::display_date(day_offset(9))),
              std::string::npos)
        << gap.body;

    grant(veileder, second_request, day_offset(10), day_offset(40));
    // Moving in again on the new vedtak is not how it is done: the person already lives there.
    auto second_stay =
        veileder.post("/api/v1/stays", {{"requestId", second_request}, {"startedOn", day_offset(0)}});
    EXPECT_EQ(second_stay.status, 409);
    EXPECT_EQ(second_stay.error_code(), "stay_open");

    auto extended = extend(second_request);
    ASSERT_EQ(extended.status, 201) << extended.body;
    EXPECT_EQ(extended.json()["id"], stay_id);
    EXPECT_EQ(extended.json()["startedOn"], day_offset(0)); // the check-in stands
    EXPECT_EQ(extended.json()["periodTo"], day_offset(40));
    ASSERT_EQ(extended.json()["extensions"].size(), 1u);
    EXPECT_EQ(extended.json()["extensions"][0]["requestId"], second_request);
    EXPECT_EQ(extended.json()["extensions"][0]["previousPeriodTo"], day_offset(9));
    EXPECT_EQ(extended.json()["extensions"][0]["periodTo"], day_offset(40));
    // The place is kept for the new nights (the room was free): check-out the day after the period.
    auto placement = veileder.get("/api/v1/requests/" + std::to_string(first_request) + "/placements").json();
    ASSERT_EQ(placement["placements"].size(), 1u) << placement;
    EXPECT_EQ(placement["placements"][0]["to"], day_offset(41));
    // Still one stay for the person; the vedtak is used once; a booking on it is refused.
    EXPECT_EQ(veileder.get("/api/v1/persons/" + std::to_string(person_id) + "/stays").json()["stays"].size(),
              1u);
    auto twice = extend(second_request);
    EXPECT_EQ(twice.status, 409);
    EXPECT_EQ(twice.error_code(), "already_used");
    auto booking = veileder.post(
        "/api/v1/placements",
        {{"requestId", second_request}, {"unitId", room}, {"from", day_offset(0)}, {"to", day_offset(41)}});
    EXPECT_EQ(booking.status, 409);
    EXPECT_EQ(booking.error_code(), "stay_extended");

    // A third vedtak when the room is taken after the period: the stay is extended, the place keeps
    // its check-out day (the stay then shows that a place is needed).
    auto other_request = husly::test::granted_case(veileder, "Annen");
    ASSERT_EQ(veileder
                  .post("/api/v1/placements", {{"requestId", other_request},
                                               {"unitId", room},
                                               {"from", day_offset(41)},
                                               {"to", day_offset(50)}})
                  .status,
              201);
    auto third_request = ask_again();
    grant(veileder, third_request, day_offset(41), day_offset(70));
    auto again = extend(third_request);
    ASSERT_EQ(again.status, 201) << again.body;
    EXPECT_EQ(again.json()["periodTo"], day_offset(70));
    EXPECT_EQ(again.json()["extensions"].size(), 2u);
    placement = veileder.get("/api/v1/requests/" + std::to_string(first_request) + "/placements").json();
    EXPECT_EQ(placement["placements"][0]["to"], day_offset(41));

    // Another office's caseworker cannot extend it; the audit log has the extension.
    auto oslo = server.client_as("oslo@husly.test");
    EXPECT_EQ(oslo.post(stay_url(stay_id, "/extensions"), {{"requestId", third_request}}).status, 404);
    auto audit = server.client_as("admin@husly.test").get("/api/v1/audit?action=stay.extend").json();
    EXPECT_EQ(audit["entries"].size(), 2u) << audit;
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiStayTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
