// The front desk's forms checked as a whole (domain/request.cpp, domain/person.cpp): every problem
// at once, each with its field, in the order of the form, one per field.

#include "common/clock.hpp"
#include "domain/person.hpp"
#include "domain/request.hpp"

#include <gtest/gtest.h>

using namespace husly;
using namespace std::chrono;

namespace {

Instant at(const char* text) {
    return parse_instant(text).value();
}

const Instant noon = at("2026-11-23T11:00:00.000Z");

RequestRecords office_records() {
    return {HouseholdMember{MemberRole::applicant, "Kari", year_month_day{year{1990}, January, day{1}}, 7},
            {"1804", "1806"}};
}

RequestInput valid_form() {
    RequestInput input;
    input.person_id = 7;
    input.channel = "muntlig";
    input.acute = true;
    input.reasons = {"samlivsbrudd"};
    input.network = "nei";
    input.housing_situation = "ingen";
    input.members = {{"child", "Ola", "2019-05-01"}};
    return input;
}

std::vector<std::string> fields(const std::vector<Error>& problems) {
    std::vector<std::string> result;
    for (const auto& problem : problems) result.push_back(problem.field);
    return result;
}

} // namespace

TEST(RequestForm, AValidFormGivesTheRequestWithItsHouseholdAndDerivedGroups) {
    auto checked = check_request(valid_form(), office_records(), noon);
    EXPECT_TRUE(checked.problems.empty()) << checked.problems.front().field;
    const auto& request = checked.request;
    EXPECT_EQ(request.municipality_number, "1804"); // the office's first
    EXPECT_EQ(request.received_at, format_instant(noon));
    ASSERT_EQ(request.members.size(), 2u);
    EXPECT_EQ(request.members[0].role, MemberRole::applicant);
    EXPECT_EQ(request.members[1].first_name, "Ola");
    EXPECT_TRUE(request.facts.family_with_children);
    EXPECT_EQ(request.groups, (std::vector<std::string>{"barnefamilier"}));
}

TEST(RequestForm, ThreeWrongFieldsGiveThreeProblemsInTheOrderOfTheForm) {
    auto form = valid_form();
    form.channel = "brevdue";
    form.housing_situation = "slott";
    form.members = {{"child", "Ola", "2099-01-01"}};
    auto problems = check_request(form, office_records(), noon).problems;
    EXPECT_EQ(fields(problems),
              (std::vector<std::string>{"channel", "housingSituation", "members[0].birthDate"}));
    EXPECT_EQ(problems[0].code, "unknown_code");
    EXPECT_EQ(problems[0].message, "Velg hvordan henvendelsen kom inn.");
    EXPECT_EQ(problems[2].message, "Fødselsdatoen kan ikke være fram i tid.");
    for (const auto& problem : problems) EXPECT_EQ(problem.kind, ErrorKind::validation);
}

TEST(RequestForm, EveryFieldIsCheckedAndEachNamedOnce) {
    auto form = valid_form();
    form.received_at = "2999-01-01T00:00:00.000Z";
    form.reasons = {"ukjent", "ukjent"}; // unknown and twice: one problem
    form.groups = {"barnefamilier"};     // derived, never chosen
    form.network = "kanskje";
    form.reason_text = std::string(2001, 'x');
    form.service_needs = {"tolk", "tolk"};
    form.municipality_number = "0301";              // not the office's
    form.members = {{"pensjonist", "", {}},         // no such role
                    {"child", "Per", {}},           // a child needs a birth date
                    {"adult", "Liv", "2023-02-29"}, // no such day
                    {"applicant", "", {}}};         // a second applicant
    EXPECT_EQ(fields(check_request(form, office_records(), noon).problems),
              (std::vector<std::string>{"receivedAt", "reasons", "reasonText", "groups", "network",
                                        "serviceNeeds", "municipalityNumber", "members[0].role",
                                        "members[2].birthDate", "members[1].birthDate", "members[3].role"}));
}

TEST(RequestForm, APersonNotTheOfficesIsAProblemBesideTheOthers) {
    auto form = valid_form();
    form.channel = "brevdue";
    auto records = office_records();
    records.applicant.reset();
    auto problems = check_request(form, records, noon).problems;
    EXPECT_EQ(fields(problems), (std::vector<std::string>{"channel", "personId"}));
    EXPECT_EQ(problems[1].code, "not_found");
    // The household is still checked, without comparing with an applicant unknown here.
    form = valid_form();
    form.members = {{"child", "Ola", "1980-01-01"}, {"child", "Ida", "2019-05-01"}};
    EXPECT_EQ(fields(check_request(form, records, noon).problems),
              (std::vector<std::string>{"personId", "members[0].birthDate"}));
}

TEST(RequestForm, ACounterCaseForEachHouseholdRule) {
    auto form = valid_form();
    auto young = office_records();
    young.applicant->birth_date = year_month_day{year{2010}, March, day{1}};
    form.members = {{"child", "Ola", "2010-02-28"}}; // older than the applicant
    auto problems = check_request(form, young, noon).problems;
    ASSERT_EQ(fields(problems), (std::vector<std::string>{"members[0].birthDate"}));
    EXPECT_EQ(problems[0].message, "Barnet kan ikke være eldre enn søkeren.");
    form.members = {{"child", "Ola", "2010-03-02"}}; // younger: fine
    EXPECT_TRUE(check_request(form, young, noon).problems.empty());
    form.members = {{"child", "Ola", "2008-11-24"}}; // 17 today: a child
    EXPECT_TRUE(check_request(form, office_records(), noon).problems.empty());
    form.members = {{"adult", "Liv", {}}}; // an adult needs no birth date
    EXPECT_TRUE(check_request(form, office_records(), noon).problems.empty());
    auto records = office_records();
    records.served_municipalities.clear();
    problems = check_request(valid_form(), records, noon).problems;
    ASSERT_EQ(fields(problems), (std::vector<std::string>{"municipalityNumber"}));
    EXPECT_EQ(problems[0].code, "no_municipality");
}

TEST(PersonForm, EveryProblemAtOnceAndTheNamesOnlyWhenNeeded) {
    year_month_day today{year{2026}, November, day{23}};
    PersonInput empty;
    empty.phone = "abc";
    empty.birth_date = "2099-01-01";
    EXPECT_EQ(fields(check_person(empty, today).problems),
              (std::vector<std::string>{"firstName", "lastName", "phone", "birthDate"}));

    // With an identity number the names may be left out; one not matching the birth date is a
    // problem beside a bad phone number.
    PersonInput numbered;
    numbered.identity_number = "01819012365"; // synthetic, born 1990-01-01
    auto checked = check_person(numbered, today);
    EXPECT_TRUE(checked.problems.empty());
    EXPECT_FALSE(checked.names_given);
    EXPECT_EQ(checked.person.birth_date, (year_month_day{year{1990}, January, day{1}}));
    numbered.birth_date = "1990-01-02";
    numbered.phone = "12 34 abc";
    EXPECT_EQ(fields(check_person(numbered, today).problems),
              (std::vector<std::string>{"phone", "birthDate"}));
    numbered.identity_number = "01819012366"; // a wrong check digit
    EXPECT_EQ(fields(check_person(numbered, today).problems),
              (std::vector<std::string>{"phone", "identityNumber"}));

    PersonInput named;
    named.first_name = "Kari";
    named.last_name = "Nordmann";
    named.phone = "+47 900 00 000";
    checked = check_person(named, today);
    EXPECT_TRUE(checked.problems.empty());
    EXPECT_EQ(checked.person.phone, "+47 900 00 000");
    EXPECT_EQ(checked.person.first_name, "Kari");
}

TEST(RequestForm, ACorrectionNamesTheFieldsItChangedAndOnlyThose) {
    auto before = check_request(valid_form(), office_records(), noon).request;
    EXPECT_TRUE(changed_fields(before, before).empty());

    auto form = valid_form();
    form.members = {{"child", "Ola", "2019-06-01"}}; // the wrong birth date, corrected
    form.acute = false;
    auto after = check_request(form, office_records(), noon).request;
    EXPECT_EQ(changed_fields(before, after), (std::vector<std::string>{"acute", "members"}));

    // Code lists are sets: the same codes in another order are no change.
    auto reordered = valid_form();
    reordered.reasons = {"utkastelse", "samlivsbrudd"};
    auto one = check_request(reordered, office_records(), noon).request;
    reordered.reasons = {"samlivsbrudd", "utkastelse"};
    auto other = check_request(reordered, office_records(), noon).request;
    EXPECT_TRUE(changed_fields(one, other).empty());
    reordered.reasons = {"samlivsbrudd"};
    EXPECT_EQ(changed_fields(one, check_request(reordered, office_records(), noon).request),
              (std::vector<std::string>{"reasons"}));
}

TEST(CaseSearch, ANumberMustBeValidAndANameNeedsTwoLetters) {
    const auto today = year_month_day{year{2026}, December, day{7}};
    auto by_number = parse_case_search("018190 12365", today);
    ASSERT_TRUE(by_number.has_value());
    EXPECT_EQ(by_number->identity_number, "01819012365");
    auto by_name = parse_case_search("  Kari   NORDMANN ", today);
    ASSERT_TRUE(by_name.has_value());
    EXPECT_FALSE(by_name->identity_number.has_value());
    EXPECT_EQ(by_name->name_key, "kari nordmann");
    EXPECT_EQ(parse_case_search("Øy", today)->name_key, "øy");
    // A digit among letters is a name search (a reference, a typo), not a number.
    EXPECT_FALSE(parse_case_search("Kari 2", today)->identity_number.has_value());

    for (const char* refused : {"01819012366", "12345", "k", "%%", "", "  "}) {
        auto result = parse_case_search(refused, today);
        ASSERT_FALSE(result.has_value()) << refused;
        EXPECT_EQ(result.error().field, "q") << refused;
    }
    EXPECT_FALSE(parse_case_search(std::string(101, 'a'), today).has_value());
}
