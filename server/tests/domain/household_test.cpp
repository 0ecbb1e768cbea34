#include "domain/household.hpp"
#include "domain/request_codes.hpp"

#include <gtest/gtest.h>
#include <set>

using namespace husly;
using namespace std::chrono;

namespace {
HouseholdMember member(MemberRole role, year_month_day birth) {
    return {role, "", birth, std::nullopt};
}
} // namespace

TEST(Household, AgeCountsBirthdaysOnTheirDay) {
    year_month_day birth{year{2001}, March, day{31}};
    EXPECT_EQ(age_on(birth, {year{2026}, March, day{30}}), 24);
    EXPECT_EQ(age_on(birth, {year{2026}, March, day{31}}), 25);
    // Born on a leap day: the birthday is reached on 1 March in common years.
    year_month_day leap{year{2008}, February, day{29}};
    EXPECT_EQ(age_on(leap, {year{2026}, February, day{28}}), 17);
    EXPECT_EQ(age_on(leap, {year{2026}, March, day{1}}), 18);
    EXPECT_EQ(age_on(leap, {year{2028}, February, day{29}}), 20);
}

TEST(Household, FactsAreDerived) {
    year_month_day today{year{2026}, November, day{23}};
    std::vector<HouseholdMember> single{member(MemberRole::applicant, {year{1980}, May, day{1}})};
    auto facts = derive_facts(single, today);
    EXPECT_FALSE(facts.family_with_children);
    EXPECT_FALSE(facts.under_25);
    EXPECT_EQ(facts.adults, 1);

    std::vector<HouseholdMember> family{member(MemberRole::applicant, {year{2002}, January, day{10}}),
                                        member(MemberRole::child, {year{2024}, June, day{1}})};
    facts = derive_facts(family, today);
    EXPECT_TRUE(facts.family_with_children);
    EXPECT_TRUE(facts.under_25);
    EXPECT_EQ(facts.children, 1);
    EXPECT_EQ(facts.adults, 1);

    // An "adult" member who is 17 makes it a family with children all the same.
    std::vector<HouseholdMember> teenager{member(MemberRole::applicant, {year{1980}, May, day{1}}),
                                          member(MemberRole::adult, {year{2009}, December, day{1}})};
    EXPECT_TRUE(derive_facts(teenager, today).family_with_children);
    // The day the applicant turns 25, "under 25" no longer holds.
    std::vector<HouseholdMember> turning{member(MemberRole::applicant, {year{2001}, November, day{23}})};
    EXPECT_FALSE(derive_facts(turning, today).under_25);
    EXPECT_TRUE(derive_facts(turning, {year{2026}, November, day{22}}).under_25);
}

TEST(Household, ValidationNamesTheField) {
    year_month_day today{year{2026}, November, day{23}};
    auto applicant = member(MemberRole::applicant, {year{1990}, May, day{1}});
    EXPECT_TRUE(
        validate_household(applicant, {member(MemberRole::child, {year{2020}, January, day{1}})}, today));
    EXPECT_TRUE(validate_household(applicant, {}, today));

    auto second_applicant = validate_household(applicant, {applicant}, today);
    ASSERT_FALSE(second_applicant);
    EXPECT_EQ(second_applicant.error().field, "members[0].role");

    auto future = validate_household(applicant,
                                     {member(MemberRole::adult, {year{1980}, May, day{1}}),
                                      member(MemberRole::child, {year{2027}, January, day{1}})},
                                     today);
    ASSERT_FALSE(future);
    EXPECT_EQ(future.error().field, "members[1].birthDate");

    auto older = validate_household(member(MemberRole::applicant, {year{2015}, May, day{1}}),
                                    {member(MemberRole::child, {year{2012}, May, day{1}})}, today);
    ASSERT_FALSE(older);
    EXPECT_EQ(older.error().field, "members[0].birthDate");

    auto adult_child =
        validate_household(applicant, {member(MemberRole::child, {year{2005}, May, day{1}})}, today);
    ASSERT_FALSE(adult_child);
    EXPECT_EQ(adult_child.error().field, "members[0].birthDate");
    HouseholdMember no_birth{MemberRole::child, "", std::nullopt, std::nullopt};
    auto missing = validate_household(applicant, {no_birth}, today);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().field, "members[0].birthDate");
}

TEST(RequestCodes, CodesAreUniqueAndGroupsFollowTheSurvey) {
    for (auto list : all_code_lists) {
        std::set<std::string_view> seen;
        for (const auto& entry : codes(list)) {
            EXPECT_TRUE(seen.insert(entry.code).second) << list_name(list) << " " << entry.code;
            EXPECT_FALSE(entry.label.empty());
        }
    }
    EXPECT_EQ(codes(CodeList::group).size(), 13u);
    std::multiset<int> survey_codes;
    for (const auto& entry : codes(CodeList::group)) survey_codes.insert(entry.survey_code);
    EXPECT_EQ(survey_codes.count(8), 2u); // Studenter and ROP share code 8 in the questionnaire
    EXPECT_EQ(find_code(CodeList::group, group_families_with_children)->survey_code, 2);
    EXPECT_EQ(find_code(CodeList::group, group_under_25)->survey_code, 6);
    // Digisos botype codes are used as they are.
    for (auto code : {"eier", "leier", "kommunal", "ingen", "institusjon", "krisesenter", "fengsel", "venner",
                      "foreldre", "familie", "annet"})
        EXPECT_TRUE(is_known_code(CodeList::housing_situation, code)) << code;
    EXPECT_FALSE(is_known_code(CodeList::channel, "brev"));
}
