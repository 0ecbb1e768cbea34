// The survey without HTTP or SQL: the definition file against Fafo's questionnaire text (every
// label, code, open field, exclusive option, required answer and filter), every filter both
// ways, every exclusive option, what stops a submission, the prefill rules on a hand-made office,
// and a summary of responses whose counts are known.

#include "common/clock.hpp"
#include "domain/survey.hpp"
#include "domain/survey_prefill.hpp"
#include "domain/survey_summary.hpp"
#include "service/survey_service.hpp"
#include "support/build_paths.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <regex>
#include <set>
#include <sstream>

using namespace husly;
using namespace husly::survey;

namespace {

const Definition& fafo() {
    const auto* definition = surveys::definition("fafo-2024");
    if (definition == nullptr) throw std::runtime_error("no fafo-2024");
    return *definition;
}

// What the questionnaire's text says about each label, read the way a person reads it: the
// label starts a line; "Open N" ends an open option's line; a line with only a number is a
// code; "Exclusive: yes" marks the next code; "Answer control: *" makes it required.
struct SeedQuestion {
    std::multiset<int> codes;
    std::set<int> open;
    std::set<int> exclusive;
    bool required{false};
    std::string filter;
};

std::map<std::string, SeedQuestion> read_seed() {
    std::ifstream file(husly::test::paths::survey_seed());
    std::map<std::string, SeedQuestion> seed;
    SeedQuestion* current = nullptr;
    bool exclusive_next = false;
    std::string line;
    const std::regex label(R"(^(Label\w+|kommunestr) )"), open(R"(Open (\d+)\s*$)"), code(R"(^\s*(\d+)\s*$)"),
        filter(R"(Filter: (\S+))");
    std::smatch match;
    while (std::getline(file, line)) {
        if (std::regex_search(line, match, label)) {
            current = &seed[match[1]];
            continue;
        }
        if (current == nullptr) continue;
        if (line.find("Exclusive: yes") != std::string::npos) {
            exclusive_next = true;
        } else if (line.find("Answer control: *") != std::string::npos) {
            current->required = true;
        } else if (std::regex_search(line, match, filter)) {
            current->filter = match[1];
        } else if (std::regex_search(line, match, open) || std::regex_search(line, match, code)) {
            int value = std::stoi(match[1]);
            current->codes.insert(value);
            if (line.find("Open") != std::string::npos) current->open.insert(value);
            if (exclusive_next) current->exclusive.insert(value);
            exclusive_next = false;
        }
    }
    return seed;
}

Answers with(std::initializer_list<std::pair<const char*, Answer>> items) {
    Answers answers;
    for (const auto& [label, answer] : items) answers[label] = answer;
    return answers;
}

Answer codes(std::vector<int> list) {
    return Answer{std::move(list), {}, {}};
}

const Prefilled* find(const std::vector<Prefilled>& list, const std::string& label) {
    for (const auto& item : list)
        if (item.label == label) return &item;
    return nullptr;
}

Date d(const char* text) {
    return parse_date(text).value();
}

} // namespace

TEST(SurveyDefinition, HoldsEveryQuestionOfTheQuestionnaireWithItsCodesAsInTheSeed) {
    auto seed = read_seed();
    ASSERT_EQ(seed.size(), 40u) << "the questionnaire has 40 labels";
    std::set<std::string> defined;
    for (const auto* question : fafo().questions()) {
        defined.insert(question->label);
        ASSERT_TRUE(seed.contains(question->label)) << question->label << " is not in the questionnaire";
        const auto& expected = seed.at(question->label);
        const auto& items = question->type == QuestionType::grid ? question->rows : question->options;
        std::multiset<int> codes;
        std::set<int> open, exclusive;
        for (const auto& item : items) {
            codes.insert(item.seed_code.value_or(item.code));
            if (item.open) open.insert(item.code);
            if (item.exclusive) exclusive.insert(item.code);
        }
        EXPECT_EQ(codes, expected.codes) << question->label;
        EXPECT_EQ(open, expected.open) << question->label;
        EXPECT_EQ(exclusive, expected.exclusive) << question->label;
        EXPECT_EQ(question->required, expected.required) << question->label;
        auto filter = question->filter ? "\\" + question->filter->label + ".a=" : std::string();
        if (question->filter)
            for (size_t i = 0; i < question->filter->codes.size(); ++i)
                filter += (i == 0 ? "" : ";") + std::to_string(question->filter->codes[i]);
        EXPECT_EQ(filter, expected.filter) << question->label;
    }
    for (const auto& [label, question] : seed) EXPECT_TRUE(defined.contains(label)) << label << " is missing";
}

TEST(SurveyDefinition, GivesTheRepeatedCodeItsOwnCodeAndKeepsTheSeedsBeside) {
    const auto* groups = fafo().find("Label19");
    std::set<int> unique;
    for (const auto& row : groups->rows) EXPECT_TRUE(unique.insert(row.code).second) << row.code;
    EXPECT_EQ(groups->row(16)->seed_code, 8);
    EXPECT_EQ(groups->row(16)->group, "rop");
    EXPECT_EQ(groups->row(8)->group, "studenter");
}

TEST(SurveyDefinition, RefusesAFilterThatLooksForwardOrAtACodeThatDoesNotExist) {
    auto question = [](const char* label, nlohmann::json extra = nlohmann::json::object()) {
        nlohmann::json q{{"label", label},
                         {"text", "?"},
                         {"type", "single"},
                         {"options", {{{"code", 1}, {"text", "Ja"}}, {{"code", 2}, {"text", "Nei"}}}}};
        q.update(extra);
        return q;
    };
    auto definition = [&](nlohmann::json questions) {
        return parse_definition({{"id", "x"},
                                 {"title", "x"},
                                 {"pages", {{{"id", "p"}, {"title", "p"}, {"questions", questions}}}}});
    };
    EXPECT_TRUE(definition({question("Label1"), question("Label2", {{"filter", "\\Label1.a=1"}})}));
    EXPECT_FALSE(definition({question("Label2", {{"filter", "\\Label1.a=1"}}), question("Label1")}));
    EXPECT_FALSE(definition({question("Label1"), question("Label2", {{"filter", "\\Label1.a=3"}})}));
    EXPECT_FALSE(definition({question("Label1"), question("Label1")}));
}

TEST(SurveyFilter, ParsesTheQuestionnairesNotationAndNothingElse) {
    auto filter = parse_filter("\\Label16.a=1;2;3");
    ASSERT_TRUE(filter);
    EXPECT_EQ(filter->label, "Label16");
    EXPECT_EQ(filter->codes, (std::vector<int>{1, 2, 3}));
    for (const char* bad :
         {"", "\\", "Label16", "Label16.a=", "Label16.a=1;", "Label16.a=;1", ".a=1", "Label 16.a=1",
          "Label16.a=x", "Label16.a=99999999999", "\\Labbl6.a=0" /* found by fuzz_survey: no code is 0 */})
        EXPECT_FALSE(parse_filter(bad)) << bad;
}

// Every filter in the questionnaire, both ways: shown for each of its codes, hidden for every
// other code of the question it looks at and when that question is unanswered.
TEST(SurveyFilter, EveryFilterShowsItsQuestionForItsCodesAndHidesItOtherwise) {
    const auto& definition = fafo();
    int filters = 0;
    for (const auto* question : definition.questions()) {
        if (!question->filter) continue;
        ++filters;
        const auto& filter = *question->filter;
        const auto* target = definition.find(filter.label);
        // The target's own filter (Label40 → Label39 → Label37) holds with its first code.
        Answers base;
        for (const auto* above = target; above->filter; above = definition.find(above->filter->label))
            base[above->filter->label] = codes({above->filter->codes.front()});
        EXPECT_FALSE(is_shown(definition, *question, base)) << question->label << " unanswered";
        for (const auto& option : target->options) {
            auto answers = base;
            answers[filter.label] = codes({option.code});
            bool expected =
                std::find(filter.codes.begin(), filter.codes.end(), option.code) != filter.codes.end();
            EXPECT_EQ(is_shown(definition, *question, answers), expected)
                << question->label << " with " << filter.label << "=" << option.code;
        }
    }
    EXPECT_EQ(filters, 9);
}

TEST(SurveyFilter, AQuestionBehindAHiddenQuestionIsHiddenAndItsAnswerIsNotKept) {
    const auto& definition = fafo();
    // Label40 looks at Label39, which is shown only when Label37 is 1 or 2.
    auto answers = with({{"Label37", codes({3})}, {"Label39", codes({1})}, {"Label40", codes({2})}});
    EXPECT_FALSE(is_shown(definition, *definition.find("Label40"), answers));
    auto kept = shown_only(definition, answers);
    EXPECT_TRUE(kept.contains("Label37"));
    EXPECT_FALSE(kept.contains("Label39"));
    EXPECT_FALSE(kept.contains("Label40"));
}

// Every exclusive option in the questionnaire: choosing it clears the others; choosing another
// clears it; the server refuses the two together.
TEST(SurveyExclusive, EveryExclusiveOptionClearsTheOthersAndCannotBeCombined) {
    const auto& definition = fafo();
    int exclusives = 0;
    for (const auto* question : definition.questions()) {
        for (const auto& option : question->options) {
            if (!option.exclusive) continue;
            ++exclusives;
            const auto* other = &*std::find_if(question->options.begin(), question->options.end(),
                                               [](const Choice& c) { return !c.exclusive; });
            auto chosen = toggle(*question, toggle(*question, Answer{}, other->code), option.code);
            EXPECT_EQ(chosen.codes, std::vector<int>{option.code}) << question->label;
            auto back = toggle(*question, chosen, other->code);
            EXPECT_EQ(back.codes, std::vector<int>{other->code}) << question->label;
            nlohmann::json both{{question->label, {{"codes", {other->code, option.code}}}}};
            auto refused = read_answers(definition, both);
            ASSERT_FALSE(refused) << question->label;
            EXPECT_EQ(refused.error().field, question->label);
        }
    }
    EXPECT_EQ(exclusives, 18);
}

TEST(SurveyAnswers, SeveralChoicesAreKeptWhereTheQuestionAllowsThem) {
    const auto& definition = fafo();
    const auto* routines = definition.find("Label4");
    auto answer = toggle(*routines, toggle(*routines, Answer{}, 9), 10);
    EXPECT_EQ(answer.codes, (std::vector<int>{9, 10}));
    const auto* single = definition.find("Label16");
    EXPECT_EQ(toggle(*single, toggle(*single, Answer{}, 1), 2).codes, std::vector<int>{2});
    EXPECT_FALSE(read_answers(definition, {{"Label16", {{"codes", {1, 2}}}}}));
}

TEST(SurveyAnswers, RefusesWhatTheQuestionnaireDoesNotHave) {
    const auto& definition = fafo();
    for (const auto& bad : std::vector<nlohmann::json>{
             {{"Label99", {{"codes", {1}}}}},
             {{"Label16", {{"codes", {5}}}}},
             {{"Label16", {{"codes", {"1"}}}}},
             {{"Label16", {{"texts", {{"1", "tekst"}}}}}},
             {{"Label19", {{"rows", {{"3", 1}}}}}},
             {{"Label19", {{"rows", {{"2", 9}}}}}},
             {{"Label16", {{"colour", "blå"}}}},
             {{"Label16", 1}},
             {{"Label4", {{"texts", {{"8", std::string(5000, 'a')}}}}}},
             {{"Label4", {{"texts", {{"8", "null\u0001"}}}}}},
         })
        EXPECT_FALSE(read_answers(definition, bad)) << bad.dump();
    auto fine = read_answers(definition, {{"Label4", {{"texts", {{"8", "Egen rutine"}}}}}});
    ASSERT_TRUE(fine);
    EXPECT_EQ(fine->at("Label4").codes, std::vector<int>{8}) << "a text chooses its option";
}

TEST(SurveyAnswers, ARequiredQuestionThatIsShownMustBeAnsweredAndAnOpenOptionNeedsItsText) {
    const auto& definition = fafo();
    auto labels = [](const std::vector<Problem>& problems) {
        std::set<std::string> set;
        for (const auto& problem : problems) set.insert(problem.label);
        return set;
    };
    auto empty = labels(missing_answers(definition, {}));
    EXPECT_TRUE(empty.contains("Label1b"));
    EXPECT_TRUE(empty.contains("Label41"));
    EXPECT_FALSE(empty.contains("Label10")) << "not required";
    EXPECT_FALSE(empty.contains("Label17")) << "hidden until Label16 says yes";
    auto refused = labels(missing_answers(definition, with({{"Label16", codes({2})}})));
    EXPECT_TRUE(refused.contains("Label17"));
    auto other = labels(missing_answers(definition, with({{"Label4", codes({8})}})));
    EXPECT_TRUE(other.contains("Label4")) << "«Annet, utdyp» without the text";
    auto grid = labels(missing_answers(definition, with({{"Label41", Answer{{}, {}, {{2, 2}}}}})));
    EXPECT_TRUE(grid.contains("Label41")) << "a required grid needs every row";
}

// One office's year, made by hand: the answers below were worked out from the rules in
// docs/survey.md before the code ran.
TEST(SurveyPrefill, TurnsAHandMadeOfficesFiguresIntoTheAnswersTheRulesGive) {
    OfficeFacts facts;
    facts.first_request = d("2023-03-01");
    // 2026 up to 30 June: 12 requests; the same days of 2025: 7.
    for (int i = 0; i < 12; ++i) {
        RequestFact request{d("2026-02-01"), {}, "", std::nullopt};
        if (i < 3) request.groups.push_back("barnefamilier"); // 25 %: often
        if (i == 3) request.groups.push_back("studenter");    // 8 %: sometimes
        if (i < 10) {
            request.decided = d("2026-02-03");
            request.decision = i < 8 ? "INNVILGET" : "AVSLATT"; // 2 of 10 refused: 20 % → often
        }
        facts.requests.push_back(request);
    }
    for (int i = 0; i < 7; ++i)
        facts.requests.push_back(
            {d("2025-03-01"), i < 1 ? std::vector<std::string>{"barnefamilier"} : std::vector<std::string>{},
             "", std::nullopt});
    facts.requests.push_back({d("2025-08-01"), {}, "", std::nullopt}); // after the same days last year
    facts.turnaways = {{d("2026-03-01"), {"kontanter"}}};              // 1 of 8 granted: 12.5 % → sometimes
    facts.placements = {{d("2026-01-10"), d("2026-02-10"), "camping", "godkjent"},
                        {d("2026-03-01"), std::nullopt, "pensjonat_hotell", "ikke_kontrollert"},
                        {d("2025-01-01"), d("2025-02-01"), "kommunal", "godkjent"}}; // outside the period
    facts.deviations = {{"uten_kvalitetskontroll", d("2026-03-01"), false}};
    facts.inspections = {{d("2026-04-01"), {"matlaging", "andre"}}, {d("2026-05-01"), {"klesvask"}}};
    facts.stays = {{d("2026-01-05"), std::nullopt, true, false},    // 176 days by 30 June: over 3 months
                   {d("2026-02-01"), d("2026-02-20"), false, true}, // short
                   {d("2026-03-01"), d("2026-03-15"), false, false},
                   {d("2026-04-01"), d("2026-04-10"), false, false},
                   {d("2026-05-01"), d("2026-05-05"), false, false},
                   {d("2026-06-01"), std::nullopt, false, true}}; // 29 days
    facts.own_offer_types = {"dognbemanning", "ordinaer_bolig"};
    facts.valid_agreements = {{"Kirkens Bymisjon", "ideell_avtale"},
                              {"Byhotellet AS", "privat_avtale"},
                              {"Frelsesarmeen", "ideell_avtale"}};

    auto period = period_until(d("2026-06-30"));
    EXPECT_EQ(describe(period), "1.1.2026–30.6.2026");
    auto prefilled = prefill(fafo(), facts, period);
    auto answer = [&](const char* label) {
        const auto* item = find(prefilled, label);
        if (item == nullptr) throw std::runtime_error(std::string("no prefill for ") + label);
        return item->answer;
    };
    EXPECT_EQ(answer("Label10").codes, std::vector<int>{3}); // 12 → 11–20
    EXPECT_EQ(answer("Label11").codes, std::vector<int>{1}); // 12 against 7: more
    EXPECT_EQ(answer("Label16").codes, std::vector<int>{1}); // 20 % refused: often
    EXPECT_EQ(answer("Label19").rows.at(2), 1);              // families 25 %: often
    EXPECT_EQ(answer("Label19").rows.at(8), 2);              // students 8 %: sometimes
    EXPECT_EQ(answer("Label19").rows.at(16), 4);             // ROP: never
    EXPECT_EQ(answer("Label21").rows.at(2), 1);              // families 3 against 1: more
    EXPECT_EQ(answer("Label21").rows.at(8), 2);              // students 1 against 0: about the same
    EXPECT_EQ(answer("Label6").codes, std::vector<int>{1});
    EXPECT_EQ(answer("Label7").codes, (std::vector<int>{1, 3}));
    EXPECT_EQ(answer("Label8").codes, std::vector<int>{1});
    EXPECT_EQ(answer("Label9").texts.at(1), "Frelsesarmeen, Kirkens Bymisjon");
    EXPECT_EQ(answer("Label9").texts.at(2), "Byhotellet AS");
    EXPECT_EQ(answer("Label24").codes, (std::vector<int>{5, 7, 8})); // hotel, camping, cash
    EXPECT_EQ(answer("Label9b").codes, std::vector<int>{1});
    EXPECT_EQ(answer("Label45").codes, std::vector<int>{2}); // the deviation was never reported
    EXPECT_EQ(answer("Label27").codes, std::vector<int>{2});
    EXPECT_EQ(answer("Label33").codes, (std::vector<int>{6, 7})); // «andre» needs the respondent's words
    EXPECT_EQ(answer("Label37").codes, std::vector<int>{2});      // 1 of 6: sometimes
    EXPECT_EQ(answer("Label38").codes, std::vector<int>{1});
    EXPECT_EQ(answer("Label39").codes, std::vector<int>{2});
    EXPECT_EQ(find(prefilled, "Label10")->figure, "12 søknader registrert");
    EXPECT_EQ(find(prefilled, "Label16")->figure, "2 avslag av 10 vedtak (20 %)");
    EXPECT_EQ(prefilled.size(), 17u);
    // Every prefilled answer is one the questionnaire accepts.
    Answers all;
    for (const auto& item : prefilled) all[item.label] = item.answer;
    EXPECT_TRUE(read_answers(fafo(), nlohmann::json::parse(answers_json(all).dump())));
}

TEST(SurveyPrefill, SaysNotSureWhenTheDataDoesNotGoBackAYearAndLeavesUnansweredWhatItCannotKnow) {
    OfficeFacts facts;
    facts.first_request = d("2026-01-15");
    facts.requests = {{d("2026-01-15"), {}, "", std::nullopt}};
    auto prefilled = prefill(fafo(), facts, period_until(d("2026-06-30")));
    EXPECT_EQ(find(prefilled, "Label11")->answer.codes, std::vector<int>{4});
    EXPECT_EQ(find(prefilled, "Label21"), nullptr);
    EXPECT_EQ(find(prefilled, "Label16"), nullptr) << "no vedtak yet";
    EXPECT_EQ(find(prefilled, "Label37"), nullptr) << "no stays";
    EXPECT_EQ(find(prefilled, "Label6")->answer.codes, std::vector<int>{2});
    EXPECT_EQ(find(prefilled, "Label27")->answer.codes, std::vector<int>{4});
}

TEST(SurveyPrefill, TheSameDaysLastYearEndOnTheTwentyEighthAfterALeapDay) {
    auto period = period_until(d("2028-02-29"));
    EXPECT_EQ(period.last_until, d("2027-02-28"));
    EXPECT_EQ(period.last_from, d("2027-01-01"));
}

// Twelve responses whose answers are known: the summary reports exactly their counts.
TEST(SurveySummary, ReportsExactlyTheCountsOfKnownResponses) {
    const auto& definition = fafo();
    std::vector<SubmittedResponse> responses;
    for (int i = 0; i < 12; ++i) {
        Answers answers;
        answers["kommunestr"] = codes({i < 7 ? 2 : 5}); // 7 small, 5 large
        answers["Label16"] = codes({i < 8 ? 2 : 4});    // 8 sometimes, 4 never
        if (i < 8) answers["Label17"] = Answer{{1}, {{1, "Svar " + std::to_string(i)}}, {}};
        answers["Label24"] = i < 9 ? codes({5, 7}) : codes({1});   // hotel+camping 9, own 3
        answers["Label19"] = Answer{{}, {}, {{2, i < 6 ? 1 : 3}}}; // families: 6 often, 6 rarely
        if (i == 0) answers["Label53"] = Answer{{1}, {{1, "kontakt@kontor.test"}}, {}};
        responses.push_back({i < 4 ? "Nordland" : "Oslo", answers});
    }
    auto summary = summarise(definition, responses, 20);
    EXPECT_EQ(summary.invited, 20);
    EXPECT_EQ(summary.responded, 12);
    auto question = [&](const char* label) {
        return *std::find_if(summary.questions.begin(), summary.questions.end(),
                             [&](const QuestionSummary& q) { return q.question->label == label; });
    };
    auto count = [](const QuestionSummary& q, int code) {
        return std::find_if(q.options.begin(), q.options.end(),
                            [&](const OptionCount& o) { return o.code == code; })
            ->count;
    };
    auto refusals = question("Label16");
    EXPECT_EQ(refusals.shown, 12);
    EXPECT_EQ(count(refusals, 2), 8);
    EXPECT_EQ(count(refusals, 4), 4);
    EXPECT_DOUBLE_EQ(refusals.options[1].percent, 66.7);
    auto reasons = question("Label17");
    EXPECT_EQ(reasons.shown, 8) << "the filter's base: those who said yes";
    EXPECT_EQ(reasons.open_answers.size(), 8u);
    auto kinds = question("Label24");
    EXPECT_EQ(count(kinds, 5), 9);
    EXPECT_EQ(count(kinds, 7), 9);
    EXPECT_EQ(count(kinds, 1), 3);
    EXPECT_EQ(n_of_m(count(kinds, 5), kinds.shown), "9 av 12 kontorer (75 %)");
    auto groups = question("Label19");
    EXPECT_EQ(groups.rows[0].points[0].count, 6);
    EXPECT_EQ(groups.rows[0].points[2].count, 6);
    EXPECT_EQ(groups.rows[0].answered, 12);
    auto contact = question("Label53");
    EXPECT_TRUE(contact.open_answers.empty()) << "contact details are never summarised";
    EXPECT_EQ(contact.personal_answers, 1);
    // By size: 7 small offices shown, 5 large shown; by county: Nordland's 4 hidden, and Oslo
    // with it (its 8 would give Nordland's away from the total).
    const auto& by_size = refusals.breakdowns[0];
    EXPECT_EQ(by_size.by, "kommunestr");
    ASSERT_EQ(by_size.groups.size(), 2u);
    EXPECT_EQ(by_size.groups[0].name, "5 000–10 999");
    EXPECT_EQ(by_size.groups[0].offices, 7);
    EXPECT_EQ(*by_size.groups[0].counts[1], 7); // code 2, the second option: all 7 small said sometimes
    EXPECT_EQ(by_size.groups[1].offices, 5);
    EXPECT_EQ(*by_size.groups[1].counts[1], 1);
    const auto& by_county = refusals.breakdowns[1];
    EXPECT_FALSE(by_county.groups[0].offices.has_value());
    EXPECT_TRUE(by_county.groups[0].counts.empty());
    EXPECT_FALSE(by_county.groups[1].offices.has_value());
}

TEST(SurveyAnswers, AnIdentityNumberInAnOpenTextThatLeavesTheOfficeIsRefusedAndMasked) {
    const auto& definition = fafo();
    constexpr std::chrono::year_month_day day{std::chrono::year{2026}, std::chrono::November,
                                              std::chrono::day{23}};
    auto answers = read_answers(definition, {{"Label11b", {{"texts", {{"1", "Gjaldt Ola, 07836333661."}}}}},
                                             {"Label53", {{"texts", {{"1", "Kari, 01819012365"}}}}}})
                       .value();
    auto problem = identity_number_in_texts(definition, answers, day);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->label, "Label11b");
    answers.erase("Label11b");
    EXPECT_FALSE(identity_number_in_texts(definition, answers, day))
        << "the contact question stays in the office";
    auto masked = without_identity_numbers(
        read_answers(definition, {{"Label11b", {{"texts", {{"1", "Gjaldt 078363 33661."}}}}}}).value(), day);
    EXPECT_EQ(masked.at("Label11b").texts.at(1), "Gjaldt [fødselsnummer fjernet].");
}
