// The survey over the API on both databases: an administrator opens a round for three offices,
// two offices open their prefilled responses, save drafts, are refused when an answer breaks the
// questionnaire (nothing saved), submit once; the round shows who has answered and reminds the
// rest; the summary counts exactly the submitted answers; reopening is the administrator's, and
// audited; the raw export has one row per office and no contact details; each role sees only
// what is theirs.

#include "common/clock.hpp"
#include "service/survey_service.hpp"
#include "support/test_server.hpp"

#include <gtest/gtest.h>

using namespace husly;
using husly::test::HttpClient;
using husly::test::TestServer;

namespace {

class ApiSurveyTest : public ::testing::TestWithParam<std::string> {};

// A complete response: every shown question answered with its first option (its exclusive
// «no comment» for open questions), grids with the first scale point, and `overrides` first.
nlohmann::json complete_answers(const nlohmann::json& overrides) {
    const auto& definition = *surveys::definition("fafo-2024");
    survey::Answers answers = survey::read_answers(definition, overrides).value();
    for (const auto* question : definition.questions()) {
        if (answers.contains(question->label) || !survey::is_shown(definition, *question, answers)) continue;
        survey::Answer answer;
        if (question->type == survey::QuestionType::grid) {
            for (const auto& row : question->rows) answer.rows[row.code] = question->scale.front().code;
        } else {
            const survey::Choice* pick = nullptr;
            for (const auto& option : question->options)
                if (!option.open && (pick == nullptr || option.exclusive)) pick = &option;
            if (pick == nullptr) continue; // only open fields (Label9, Label28, Label55): not required
            answer.codes.push_back(pick->code);
        }
        answers[question->label] = answer;
    }
    return survey::answers_json(answers);
}

std::string deadline() {
    return format_date(std::chrono::sys_days{today()} + std::chrono::days{14});
}

int64_t response_of(HttpClient& client) {
    auto list = client.get("/api/v1/survey-responses").json()["responses"];
    if (list.size() != 1) throw std::runtime_error("expected one response, got " + list.dump());
    return list[0]["id"].get<int64_t>();
}

} // namespace

TEST_P(ApiSurveyTest, ARoundIsOpenedAnsweredWithPrefilledFiguresAndSummarised) {
    TestServer server(GetParam());
    auto admin = server.client_as("admin@husly.test");
    auto oslo = server.client_as("oslo@husly.test");
    auto bodo = server.client_as("veileder@husly.test"); // active office: Nav Bodø
    auto analyst = server.client_as("analytiker@husly.test");

    // Only an administrator opens rounds; bad input is refused beside its field.
    nlohmann::json round_body{
        {"title", "Midlertidig botilbud høsten"},
        {"deadline", deadline()},
        {"officeIds", {server.office_id("0315"), server.office_id("1804"), server.office_id("1841")}}};
    EXPECT_EQ(oslo.post("/api/v1/survey-rounds", round_body).status, 403);
    EXPECT_EQ(analyst.post("/api/v1/survey-rounds", round_body).status, 403);
    auto past = round_body;
    past["deadline"] = "2020-01-01";
    EXPECT_EQ(admin.post("/api/v1/survey-rounds", past).error_field(), "deadline");
    auto unknown = round_body;
    unknown["officeIds"] = {server.office_id("0315"), 999999};
    EXPECT_EQ(admin.post("/api/v1/survey-rounds", unknown).error_field(), "officeIds");
    EXPECT_EQ(admin.get("/api/v1/survey-rounds").json()["rounds"].size(), 0u) << "nothing half-made";
    auto opened = admin.post("/api/v1/survey-rounds", round_body);
    ASSERT_EQ(opened.status, 201) << opened.body;
    auto round_id = std::to_string(opened.json()["id"].get<int64_t>());
    EXPECT_EQ(opened.json()["progress"], "0 av 3 — 0 %");

    // The office opens its response: what its data answers is filled in, with the figure.
    auto oslo_id = std::to_string(response_of(oslo));
    auto opened_response = oslo.get("/api/v1/survey-responses/" + oslo_id);
    ASSERT_EQ(opened_response.status, 200) << opened_response.body;
    auto response = opened_response.json();
    EXPECT_EQ(response["status"], "utkast");
    EXPECT_EQ(response["definition"]["pages"].size(), 9u);
    std::map<std::string, nlohmann::json> prefill;
    for (const auto& item : response["prefill"]) prefill[item["label"]] = item;
    ASSERT_TRUE(prefill.contains("Label10"));
    EXPECT_EQ(prefill["Label10"]["answer"]["codes"], nlohmann::json::array({1}))
        << "no requests yet: fewer than 5";
    EXPECT_EQ(prefill["Label10"]["figure"], "0 søknader registrert");
    EXPECT_EQ(prefill["Label11"]["answer"]["codes"], nlohmann::json::array({4})) << "no data from last year";
    EXPECT_EQ(response["answers"]["Label10"]["codes"], nlohmann::json::array({1}));
    EXPECT_FALSE(response["period"].get<std::string>().empty());

    // Another office's response is not found; an analyst cannot open one.
    EXPECT_EQ(bodo.get("/api/v1/survey-responses/" + oslo_id).status, 404);
    EXPECT_EQ(analyst.get("/api/v1/survey-responses/" + oslo_id).status, 403);

    // A draft that breaks the questionnaire is refused and changes nothing.
    auto broken =
        oslo.put("/api/v1/survey-responses/" + oslo_id, {{"answers", {{"Label1b", {{"codes", {6, 1}}}}}}});
    EXPECT_EQ(broken.status, 422);
    EXPECT_EQ(broken.error_field(), "Label1b");
    EXPECT_EQ(oslo.get("/api/v1/survey-responses/" + oslo_id).json()["answers"], response["answers"]);
    auto draft = oslo.put("/api/v1/survey-responses/" + oslo_id,
                          {{"answers", {{"Label1b", {{"codes", {1, 4}}}}, {"Label16", {{"codes", {4}}}}}}});
    ASSERT_EQ(draft.status, 200) << draft.body;
    EXPECT_EQ(draft.json()["answers"]["Label1b"]["codes"], nlohmann::json::array({1, 4}));
    EXPECT_FALSE(draft.json()["answers"].contains("Label10")) << "the draft is what was sent";

    // Submitting with a required answer missing is refused with the question named.
    auto incomplete = oslo.post("/api/v1/survey-responses/" + oslo_id + "/submit",
                                {{"answers", {{"Label1b", {{"codes", {1}}}}}}});
    EXPECT_EQ(incomplete.status, 422);
    EXPECT_EQ(incomplete.error_code(), "survey_incomplete");
    EXPECT_EQ(incomplete.error_field(), "Label4");
    // An answer to a question its filter hides is not kept.
    auto oslo_answers = complete_answers({{"Label16", {{"codes", {2}}}},
                                          {"Label24", {{"codes", {5, 7}}}},
                                          {"Label53", {{"texts", {{"1", "Kari, 12345678"}}}}}});
    oslo_answers["Label45"] = {{"codes", {1}}}; // shown only when Label9b is «Ja»; here it is «Nei»
    auto submitted =
        oslo.post("/api/v1/survey-responses/" + oslo_id + "/submit", {{"answers", oslo_answers}});
    ASSERT_EQ(submitted.status, 200) << submitted.body;
    EXPECT_EQ(submitted.json()["status"], "sendt");
    EXPECT_EQ(submitted.json()["answers"]["Label9b"]["codes"], nlohmann::json::array({2}));
    EXPECT_FALSE(submitted.json()["answers"].contains("Label45"));
    EXPECT_EQ(
        oslo.post("/api/v1/survey-responses/" + oslo_id + "/submit", {{"answers", oslo_answers}}).status, 409)
        << "submitted once";
    EXPECT_EQ(oslo.put("/api/v1/survey-responses/" + oslo_id, {{"answers", oslo_answers}}).status, 409);

    auto bodo_id = std::to_string(response_of(bodo));
    ASSERT_EQ(bodo.get("/api/v1/survey-responses/" + bodo_id).status, 200);
    auto bodo_answers = complete_answers({{"Label16", {{"codes", {4}}}}, {"Label24", {{"codes", {5}}}}});
    ASSERT_EQ(
        bodo.post("/api/v1/survey-responses/" + bodo_id + "/submit", {{"answers", bodo_answers}}).status,
        200);

    // The round: who has answered, and a reminder to the rest.
    auto detail = admin.get("/api/v1/survey-rounds/" + round_id).json();
    EXPECT_EQ(detail["progress"], "2 av 3 — 67 %");
    EXPECT_EQ(oslo.post("/api/v1/survey-rounds/" + round_id + "/remind", nlohmann::json::object()).status,
              403);
    EXPECT_EQ(admin.post("/api/v1/survey-rounds/" + round_id + "/remind", nlohmann::json::object())
                  .json()["reminded"],
              1);
    auto statuses = admin.get("/api/v1/survey-rounds/" + round_id).json()["responses"];
    for (const auto& item : statuses)
        EXPECT_EQ(item["reminders"], item["status"] == "sendt" ? 0 : 1) << item["officeName"];

    // The summary counts exactly what was submitted.
    EXPECT_EQ(oslo.get("/api/v1/survey-rounds/" + round_id + "/summary").status, 403);
    auto summary = analyst.get("/api/v1/survey-rounds/" + round_id + "/summary").json();
    EXPECT_EQ(summary["responseRate"], "2 av 3 kontorer (67 %)");
    std::map<std::string, nlohmann::json> questions;
    for (const auto& question : summary["questions"]) questions[question["label"]] = question;
    auto count = [&](const char* label, int code) {
        for (const auto& option : questions[label]["options"])
            if (option["code"] == code) return option["count"].get<int64_t>();
        return int64_t{-1};
    };
    // Numbered as the questionnaire prints them («Spm. 1» …, through the pages), for the
    // summary's headings and table of contents (usability test 2026-12, D1).
    EXPECT_EQ(questions["kommunestr"]["number"], 1);
    EXPECT_EQ(questions["Label1b"]["number"], 2);
    EXPECT_EQ(questions["Label19b"]["number"], 8);
    EXPECT_EQ(summary["questions"].back()["number"], summary["questions"].size());
    EXPECT_EQ(count("Label16", 2), 1);
    EXPECT_EQ(count("Label16", 4), 1);
    EXPECT_EQ(count("Label24", 5), 2);
    EXPECT_EQ(count("Label24", 7), 1);
    EXPECT_EQ(questions["Label17"]["shown"], 1) << "only Oslo said it refuses";
    EXPECT_EQ(questions["Label53"]["openAnswers"].size(), 0u);
    EXPECT_EQ(questions["Label53"]["personalAnswers"], 1);
    EXPECT_EQ(summary.dump().find("12345678"), std::string::npos) << "contact details never in the summary";

    // The raw export: one row per submitted office, a column per answer code, no contact details.
    auto csv = analyst.get("/api/v1/survey-rounds/" + round_id + "/export?format=csv&kind=raw");
    ASSERT_EQ(csv.status, 200);
    EXPECT_NE(csv.body.find("\"Label1b_6\""), std::string::npos);
    EXPECT_NE(csv.body.find("\"Label19_16\""), std::string::npos);
    EXPECT_EQ(csv.body.find("12345678"), std::string::npos);
    EXPECT_EQ(std::count(csv.body.begin(), csv.body.end(), '\n'), 3) << csv.body.substr(0, 300);
    EXPECT_EQ(analyst.get("/api/v1/survey-rounds/" + round_id + "/export?format=xlsx&kind=summary").status,
              200);

    // Reopening is the administrator's, and leaves an audit entry.
    EXPECT_EQ(oslo.post("/api/v1/survey-responses/" + oslo_id + "/reopen", nlohmann::json::object()).status,
              403);
    auto reopened = admin.post("/api/v1/survey-responses/" + oslo_id + "/reopen", nlohmann::json::object());
    ASSERT_EQ(reopened.status, 200) << reopened.body;
    EXPECT_EQ(reopened.json()["status"], "utkast");
    auto entries = admin.get("/api/v1/audit?action=survey.response.reopen").json()["entries"];
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0]["entityId"], oslo_id);
    EXPECT_EQ(entries[0]["actorUserId"], server.user_id("admin@husly.test"));
    EXPECT_EQ(admin.get("/api/v1/survey-rounds/" + round_id).json()["progress"], "1 av 3 — 33 %");
    EXPECT_TRUE(admin.get("/api/v1/audit/verify").json()["ok"].get<bool>());
}

TEST_P(ApiSurveyTest, IdentityNumbersInFreeTextAreRefusedAndNeverReachTheAnalyst) {
    TestServer server(GetParam());
    auto admin = server.client_as("admin@husly.test");
    auto oslo = server.client_as("oslo@husly.test");
    auto analyst = server.client_as("analytiker@husly.test");
    auto opened =
        admin.post("/api/v1/survey-rounds",
                   {{"title", "Runde"}, {"deadline", deadline()}, {"officeIds", {server.office_id("0315")}}});
    ASSERT_EQ(opened.status, 201) << opened.body;
    auto round_id = std::to_string(opened.json()["id"].get<int64_t>());
    auto id = std::to_string(response_of(oslo));
    auto url = "/api/v1/survey-responses/" + id;
    auto before = oslo.get(url).json()["answers"];

    // A valid identity number in an open text that leaves the office is refused on save and on
    // submit, naming the question; nothing is saved.
    auto text = [](const std::string& value) {
        return nlohmann::json{{"Label11b", {{"texts", {{"1", value}}}}}};
    };
    auto saved = oslo.put(url, {{"answers", text("Vi hjalp Ola Dahl 07836333661 i går.")}});
    EXPECT_EQ(saved.status, 422);
    EXPECT_EQ(saved.error_code(), "identity_number_in_text");
    EXPECT_EQ(saved.error_field(), "Label11b");
    EXPECT_NE(saved.json()["error"]["message"].get<std::string>().find("fødselsnummer"), std::string::npos);
    EXPECT_EQ(oslo.get(url).json()["answers"], before);
    auto submitted =
        oslo.post(url + "/submit", {{"answers", complete_answers(text("Gjelder fnr. 078363 33661."))}});
    EXPECT_EQ(submitted.status, 422);
    EXPECT_EQ(submitted.error_code(), "identity_number_in_text");
    EXPECT_EQ(submitted.error_field(), "Label11b");
    // Eleven digits that are not an identity number, a phone number and a name pass (names only
    // warn, in the form).
    auto clean = complete_answers(text("Kommentar: 12345678901 kr, tlf 40000001, Ola Dahl."));
    ASSERT_EQ(oslo.post(url + "/submit", {{"answers", clean}}).status, 200);

    // An identity number already stored (before this rule) is masked wherever it leaves the office.
    {
        auto lease = server.database().acquire();
        std::string from = "12345678901 kr", to = "07836333661 kr";
        long long response_id = std::stoll(id);
        lease->sql() << "UPDATE survey_responses SET answers = REPLACE(answers, :f, :t) WHERE id = :id",
            soci::use(from), soci::use(to), soci::use(response_id);
    }
    auto summary = analyst.get("/api/v1/survey-rounds/" + round_id + "/summary");
    ASSERT_EQ(summary.status, 200);
    EXPECT_EQ(summary.body.find("07836333661"), std::string::npos);
    EXPECT_NE(summary.body.find("Kommentar: [fødselsnummer fjernet] kr"), std::string::npos) << summary.body;
    auto raw = analyst.get("/api/v1/survey-rounds/" + round_id + "/export?format=csv&kind=raw");
    ASSERT_EQ(raw.status, 200);
    EXPECT_EQ(raw.body.find("07836333661"), std::string::npos);
    EXPECT_NE(raw.body.find("[fødselsnummer fjernet]"), std::string::npos);
    auto reopened = admin.post(url + "/reopen", nlohmann::json::object());
    ASSERT_EQ(reopened.status, 200) << reopened.body;
    EXPECT_EQ(reopened.body.find("07836333661"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiSurveyTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
