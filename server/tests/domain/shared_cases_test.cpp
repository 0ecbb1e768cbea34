// The rules the web app repeats from the server, run from tables in shared/ that the web app's
// unit tests run too (`npm run test:unit`), so the two can never disagree: the survey's rules of
// answering (shared/survey_cases.json: domain/survey.cpp here, web/src/pages/survey/surveyLogic.ts
// there), and how hard a password is to guess (shared/password_cases.json:
// domain/password_strength.cpp here, web/src/components/passwordEstimate.ts there), and the codes
// of the statuses (shared/statuses.json: domain/statuses.cpp here, web/src/api/statuses.ts
// there). Each section
// of a table is run by both sides, but those the survey table names "serverOnly": rules the web
// app does not have (refusing and cleaning what a client sends).

#include "common/clock.hpp"
#include "domain/password_strength.hpp"
#include "domain/statuses.hpp"
#include "domain/survey.hpp"
#include "support/build_paths.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <stdexcept>
#include <string>

using namespace husly;
using namespace husly::survey;

namespace {

nlohmann::json read_json(const std::string& path_from_root) {
    std::ifstream file(std::string(husly::test::paths::source_dir()) + "/" + path_from_root);
    if (!file) throw std::runtime_error("cannot read " + path_from_root);
    return nlohmann::json::parse(file);
}

const nlohmann::json& password_cases() {
    static const nlohmann::json cases = read_json("shared/password_cases.json");
    return cases;
}

const nlohmann::json& survey_cases() {
    static const nlohmann::json cases = read_json("shared/survey_cases.json");
    return cases;
}

// The definition a case names ("cases", the table's own, unless it says otherwise); a string in
// the table is a path to a definition file.
const Definition& definition_of(const nlohmann::json& item) {
    static std::map<std::string, Definition, std::less<>> parsed;
    auto name = item.value("definition", std::string("cases"));
    if (auto it = parsed.find(name); it != parsed.end()) return it->second;
    const auto& source = survey_cases().at("definitions").at(name);
    auto definition = parse_definition(source.is_string() ? read_json(source.get<std::string>()) : source);
    if (!definition) throw std::runtime_error("definition " + name + ": " + definition.error().message);
    return parsed.emplace(name, std::move(*definition)).first->second;
}

// An answer as the table writes it, taken as it is (read_answers would refuse or clean some).
Answer answer_from(const nlohmann::json& json) {
    Answer answer;
    if (json.is_null()) return answer;
    if (json.contains("codes"))
        for (const auto& code : json.at("codes")) answer.codes.push_back(code.get<int>());
    if (json.contains("texts"))
        for (const auto& [code, text] : json.at("texts").items())
            answer.texts[std::stoi(code)] = text.get<std::string>();
    if (json.contains("rows"))
        for (const auto& [row, point] : json.at("rows").items())
            answer.rows[std::stoi(row)] = point.get<int>();
    return answer;
}

const Question& question_of(const Definition& definition, const nlohmann::json& item) {
    const auto* question = definition.find(item.at("question").get<std::string>());
    if (question == nullptr) throw std::runtime_error("no question " + item.at("question").dump());
    return *question;
}

// Runs `check` on every case of a section, named in the failure messages.
template <typename Check> void each_case(const char* section, Check check) {
    const auto& cases = survey_cases().at(section);
    ASSERT_FALSE(cases.empty()) << section;
    for (const auto& item : cases) {
        SCOPED_TRACE(std::string(section) + ": " + item.value("name", item.value("text", std::string())));
        check(item);
    }
}

} // namespace

TEST(SharedSurveyCases, EverySectionOfTheTableIsRunHere) {
    const std::set<std::string> run{"filters", "shown",   "answered",   "toggle",          "missing",
                                    "stored",  "refused", "normalised", "identityNumbers", "constants"};
    const std::set<std::string> not_cases{"$comment", "serverOnly", "definitions"};
    for (const auto& [key, value] : survey_cases().items())
        EXPECT_TRUE(run.contains(key) || not_cases.contains(key))
            << "a section this test does not run: " << key;
    for (const auto& section : survey_cases().at("serverOnly"))
        EXPECT_TRUE(survey_cases().contains(section.get<std::string>())) << section;
}

TEST(SharedSurveyCases, Constants) {
    EXPECT_EQ(survey_cases().at("constants").at("maxOpenText").get<size_t>(), max_open_text);
    const auto& definition = definition_of(nlohmann::json::object());
    auto too_long =
        read_answers(definition, {{"Q4", {{"texts", {{"1", std::string(max_open_text + 1, 'a')}}}}}});
    ASSERT_FALSE(too_long);
    EXPECT_EQ(too_long.error().message, "Teksten kan ha høyst 4000 tegn.");
    EXPECT_TRUE(read_answers(definition, {{"Q4", {{"texts", {{"1", std::string(max_open_text, 'a')}}}}}}));
}

TEST(SharedSurveyCases, Filters) {
    each_case("filters", [](const nlohmann::json& item) {
        auto filter = parse_filter(item.at("text").get<std::string>());
        const auto& expected = item.at("parsed");
        if (expected.is_null()) {
            EXPECT_FALSE(filter) << filter->label;
            return;
        }
        ASSERT_TRUE(filter);
        EXPECT_EQ(filter->label, expected.at("label").get<std::string>());
        EXPECT_EQ(filter->codes, expected.at("codes").get<std::vector<int>>());
    });
}

TEST(SharedSurveyCases, Shown) {
    each_case("shown", [](const nlohmann::json& item) {
        const auto& definition = definition_of(item);
        auto answers = read_answers(definition, item.at("answers"));
        ASSERT_TRUE(answers) << answers.error().message;
        std::vector<std::string> asked;
        if (item.contains("questions"))
            asked = item.at("questions").get<std::vector<std::string>>();
        else
            for (const auto* question : definition.questions()) asked.push_back(question->label);
        std::vector<std::string> shown;
        for (const auto& label : asked)
            if (is_shown(definition, *definition.find(label), *answers)) shown.push_back(label);
        EXPECT_EQ(shown, item.at("shown").get<std::vector<std::string>>());
    });
}

TEST(SharedSurveyCases, Answered) {
    each_case("answered", [](const nlohmann::json& item) {
        const auto& question = question_of(definition_of(item), item);
        EXPECT_EQ(is_answered(question, answer_from(item.at("answer"))), item.at("answered").get<bool>());
    });
}

TEST(SharedSurveyCases, Toggle) {
    each_case("toggle", [](const nlohmann::json& item) {
        const auto& question = question_of(definition_of(item), item);
        auto result = toggle(question, answer_from(item.at("answer")), item.at("code").get<int>());
        EXPECT_EQ(answers_json({{"x", result}}).at("x"), item.at("result"));
    });
}

TEST(SharedSurveyCases, Missing) {
    each_case("missing", [](const nlohmann::json& item) {
        const auto& definition = definition_of(item);
        auto answers = read_answers(definition, item.at("answers"));
        ASSERT_TRUE(answers) << answers.error().message;
        auto problems = nlohmann::json::array();
        for (const auto& problem : missing_answers(definition, *answers))
            problems.push_back({{"label", problem.label}, {"message", problem.message}});
        EXPECT_EQ(problems, item.at("problems"));
    });
}

// What a save or a submission stores (survey_service: read, then shown_only).
TEST(SharedSurveyCases, Stored) {
    each_case("stored", [](const nlohmann::json& item) {
        const auto& definition = definition_of(item);
        auto answers = read_answers(definition, item.at("answers"));
        ASSERT_TRUE(answers) << answers.error().message;
        EXPECT_EQ(answers_json(shown_only(definition, *answers)), item.at("stored"));
    });
}

TEST(SharedSurveyCases, Refused) {
    each_case("refused", [](const nlohmann::json& item) {
        auto answers = read_answers(definition_of(item), item.at("answers"));
        ASSERT_FALSE(answers) << answers_json(*answers).dump();
        EXPECT_EQ(answers.error().field, item.at("field").get<std::string>());
        EXPECT_EQ(answers.error().message, item.at("message").get<std::string>());
    });
}

TEST(SharedSurveyCases, Normalised) {
    each_case("normalised", [](const nlohmann::json& item) {
        auto answers = read_answers(definition_of(item), item.at("answers"));
        ASSERT_TRUE(answers) << answers.error().message;
        EXPECT_EQ(answers_json(*answers), item.at("read"));
    });
}

TEST(SharedSurveyCases, IdentityNumbers) {
    each_case("identityNumbers", [](const nlohmann::json& item) {
        const auto& definition = definition_of(item);
        auto today = parse_date(item.at("today").get<std::string>());
        ASSERT_TRUE(today);
        auto answers = read_answers(definition, item.at("answers"));
        ASSERT_TRUE(answers) << answers.error().message;
        auto problem = identity_number_in_texts(definition, *answers, *today);
        const auto& refused_at = item.at("refusedAt");
        if (refused_at.is_null()) {
            EXPECT_FALSE(problem) << problem->label;
        } else {
            ASSERT_TRUE(problem);
            EXPECT_EQ(problem->label, refused_at.get<std::string>());
            EXPECT_NE(problem->message.find("fødselsnummer"), std::string::npos) << problem->message;
        }
        EXPECT_EQ(answers_json(without_identity_numbers(*answers, *today)), item.at("masked"));
    });
}

TEST(SharedPasswordCases, TheMinimumScoreIsTheSame) {
    EXPECT_EQ(password_cases().at("minimumScore").get<int>(), minimum_password_score);
}

// The list is the server's own (password_strength.cpp) and not visible here; what shows it is that
// each word is weak on its own, which several of the longer ones (syttendemai, tusentakk …) would
// not be without it. The web app's list is compared word for word (passwordEstimate.test.ts).
TEST(SharedPasswordCases, EveryCommonNorwegianWordIsWeakOnItsOwn) {
    for (const auto& word : password_cases().at("norwegianCommonWords")) {
        auto strength = estimate_password(word.get<std::string>(), {});
        EXPECT_LT(strength.score, minimum_password_score) << word;
        EXPECT_FALSE(strength.weakness.empty()) << word;
    }
}

TEST(SharedPasswordCases, StrongOrWeakAsTheTableSays) {
    for (const auto* section : {"cases", "differences"})
        for (const auto& item : password_cases().at(section)) {
            auto password = item.at("password").get<std::string>();
            auto strength =
                estimate_password(password, item.at("userInputs").get<std::vector<std::string>>());
            bool strong =
                item.contains("strong") ? item.at("strong").get<bool>() : item.at("server").get<bool>();
            EXPECT_EQ(strength.score >= minimum_password_score, strong)
                << section << ": " << item.at("name").get<std::string>() << " (" << password << "): score "
                << strength.score;
        }
}

namespace {

template <typename E, size_t N> std::vector<std::string> codes_of(const std::array<E, N>& all) {
    std::vector<std::string> codes;
    for (auto value : all) codes.emplace_back(to_string(value));
    return codes;
}

} // namespace

TEST(SharedStatuses, TheServersTablesHaveTheSharedCodesInTheirOrder) {
    auto table = read_json("shared/statuses.json");
    auto listed = [&](const char* name) { return table.at(name).get<std::vector<std::string>>(); };
    EXPECT_EQ(codes_of(all_placement_statuses), listed("placementStatus"));
    EXPECT_EQ(codes_of(all_deviation_statuses), listed("deviationStatus"));
    EXPECT_EQ(codes_of(all_decision_statuses), listed("decisionStatus"));
    EXPECT_EQ(codes_of(all_exit_outcomes), listed("exitOutcome"));
    EXPECT_EQ(codes_of(all_appeal_results), listed("appealResult"));
    EXPECT_EQ(codes_of(all_delivery_methods), listed("deliveryMethod"));
    EXPECT_EQ(codes_of(all_offer_kinds), listed("offerKind"));
    EXPECT_EQ(codes_of(all_late_appeal_assessments), listed("lateAppealAssessment"));
    EXPECT_EQ(codes_of(all_survey_response_statuses), listed("surveyResponseStatus"));
    EXPECT_EQ(codes_of(all_quality_statuses), listed("qualityStatus"));
}
