// Children in a placement without HTTP or SQL: the best-interests and barnevern assessment (each
// requirement and its counter-case) and a child left out of a booking.

#include "common/clock.hpp"
#include "domain/children.hpp"

#include <gtest/gtest.h>

using namespace husly;

namespace {

Date d(const char* text) {
    return parse_date(text).value();
}

ChildAssessmentInput complete() {
    return {"Barna trenger eget rom og kort vei til skolen; plassen ligger 10 minutter unna.",
            "ikke_nodvendig", "2026-03-02", "Foreldrene ivaretar barna godt; ingen tegn til omsorgssvikt."};
}

HouseholdMember child(const char* born) {
    return HouseholdMember{MemberRole::child, "Ola", d(born), std::nullopt};
}
HouseholdMember adult(const char* born) {
    return HouseholdMember{MemberRole::adult, "Kari", d(born), std::nullopt};
}

} // namespace

TEST(ChildAssessment, EveryPartIsRequiredAndACompleteOneIsAccepted) {
    auto today = d("2026-03-03"), received = d("2026-03-01");
    EXPECT_TRUE(check_child_assessment(complete(), today, received));

    auto input = complete();
    input.best_interests = "  ";
    EXPECT_EQ(check_child_assessment(input, today, received).error().field, "bestInterests");

    input = complete();
    input.barnevern = "kanskje";
    EXPECT_EQ(check_child_assessment(input, today, received).error().field, "barnevern");
    input.barnevern = "meldt";
    EXPECT_TRUE(check_child_assessment(input, today, received));

    input = complete();
    input.barnevern_on = "2026-03-04"; // in the future
    EXPECT_EQ(check_child_assessment(input, today, received).error().field, "barnevernOn");
    input.barnevern_on = "2026-02-28"; // before the request came in
    EXPECT_EQ(check_child_assessment(input, today, received).error().field, "barnevernOn");
    input.barnevern_on = "2026-03-01";
    EXPECT_TRUE(check_child_assessment(input, today, received));

    input = complete();
    input.barnevern_reason = "";
    auto missing = check_child_assessment(input, today, received);
    EXPECT_EQ(missing.error().field, "barnevernReason");
    EXPECT_NE(missing.error().message.find("ikke trenger"), std::string::npos);
}

TEST(AbsentChildren, AChildLeftOutNeedsAReasonAndWhereItLivesAnAdultDoesNot) {
    auto today = d("2026-03-03");
    std::vector<HouseholdMember> members{{MemberRole::applicant, "Anne", d("1990-01-01"), 1},
                                         adult("1991-01-01"),
                                         child("2015-05-05"),
                                         child("2018-06-06")};
    // Nobody left out, or an adult left out: nothing needed.
    EXPECT_TRUE(check_absent_children(members, {}, {}, today)->empty());
    EXPECT_TRUE(check_absent_children(members, {1}, {}, today)->empty());

    // A child left out without an entry is refused.
    EXPECT_EQ(check_absent_children(members, {2}, {}, today).error().field, "absentChildren");
    // With its reason and where it lives it is accepted.
    AbsentChild entry{2, "Bor hos faren i skoleuka", "Hos faren i Bodø"};
    auto accepted = check_absent_children(members, {2}, {entry}, today);
    ASSERT_TRUE(accepted);
    EXPECT_EQ(*accepted, std::vector<AbsentChild>{entry});
    // Either part missing is refused, beside its field.
    auto no_place = entry;
    no_place.lives_at = "";
    EXPECT_EQ(check_absent_children(members, {2}, {no_place}, today).error().field,
              "absentChildren[0].livesAt");
    auto no_reason = entry;
    no_reason.reason = " ";
    EXPECT_EQ(check_absent_children(members, {2}, {no_reason}, today).error().field,
              "absentChildren[0].reason");
    // An entry for a placed child, or for an adult, is refused.
    EXPECT_EQ(check_absent_children(members, {3}, {entry}, today).error().field, "absentChildren[0].member");
    AbsentChild for_adult{1, "x", "y"};
    EXPECT_EQ(check_absent_children(members, {1}, {for_adult}, today).error().field,
              "absentChildren[0].member");
    // Two children left out need two entries.
    AbsentChild second{3, "Hos besteforeldre", "Hos besteforeldrene"};
    EXPECT_EQ(check_absent_children(members, {2, 3}, {entry}, today).error().field, "absentChildren");
    EXPECT_TRUE(check_absent_children(members, {2, 3}, {second, entry}, today));
}
