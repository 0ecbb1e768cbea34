// On the way to a home (docs/domain.md#on-the-way-to-a-home), without HTTP or SQL: the individuell plan
// and its coordinator, the consent and its parties, the referrals and their outcome, and that a referral
// needs a consent in force for its party. Each rule with its counter-case.

#include "domain/housing_path.hpp"

#include <gtest/gtest.h>

using namespace husly;

namespace {

Date day(const char* text) {
    return *parse_date(text);
}

const Date today_ = day("2026-12-07");

std::vector<std::string> fields(const std::vector<Error>& problems) {
    std::vector<std::string> out;
    for (const auto& p : problems) out.push_back(p.field);
    return out;
}

Stay stay_from(const char* started) {
    Stay stay;
    stay.id = 1;
    stay.person_id = 2;
    stay.started_on = started;
    return stay;
}

Consent consent(std::vector<std::string> parties, const char* given, std::optional<std::string> until = {}) {
    Consent c;
    c.parties = std::move(parties);
    c.given_on = given;
    c.valid_until = std::move(until);
    return c;
}

Referral referral(const char* kind, const char* sent, const char* outcome = "venter",
                  std::optional<std::string> outcome_on = {}) {
    Referral r;
    r.kind = kind;
    r.sent_on = sent;
    r.outcome = outcome;
    r.outcome_on = std::move(outcome_on);
    return r;
}

} // namespace

TEST(IndividualPlan, NotAskedNeedsNothingElse) {
    IndividualPlan plan;
    EXPECT_TRUE(individual_plan_problems(plan, today_).empty());
    plan.asked_on = "2026-12-01";
    EXPECT_EQ(fields(individual_plan_problems(plan, today_)), std::vector<std::string>{"askedOn"});
}

TEST(IndividualPlan, WantsWithCoordinatorAndStart) {
    IndividualPlan plan{"onsker", "2026-11-20", "Kari Nordmann, boligkonsulent", "2026-11-25", "", 0};
    EXPECT_TRUE(individual_plan_problems(plan, today_).empty());
}

TEST(IndividualPlan, AskedNeedsTheDayAskedNotInTheFuture) {
    IndividualPlan plan{"onsker_ikke", std::nullopt, "", std::nullopt, "", 0};
    EXPECT_EQ(fields(individual_plan_problems(plan, today_)), std::vector<std::string>{"askedOn"});
    plan.asked_on = "2026-12-08";
    EXPECT_EQ(fields(individual_plan_problems(plan, today_)), std::vector<std::string>{"askedOn"});
    plan.asked_on = "2026-12-07";
    EXPECT_TRUE(individual_plan_problems(plan, today_).empty());
}

TEST(IndividualPlan, CoordinatorAndStartOnlyWhenWanted) {
    IndividualPlan plan{"onsker_ikke", "2026-11-20", "Kari Nordmann", "2026-11-25", "", 0};
    EXPECT_EQ(fields(individual_plan_problems(plan, today_)),
              (std::vector<std::string>{"coordinator", "startedOn"}));
}

TEST(IndividualPlan, CoordinatorIsANameNeverAnIdentityNumber) {
    IndividualPlan plan{"onsker", "2026-11-20", "Kari 01010150125", std::nullopt, "", 0};
    EXPECT_EQ(fields(individual_plan_problems(plan, today_)), std::vector<std::string>{"coordinator"});
    plan.coordinator = "Kari Nordmann";
    EXPECT_TRUE(individual_plan_problems(plan, today_).empty());
}

TEST(IndividualPlan, NotStartedBeforeAskedNorInTheFuture) {
    IndividualPlan plan{"onsker", "2026-11-20", "", "2026-11-19", "", 0};
    EXPECT_EQ(fields(individual_plan_problems(plan, today_)), std::vector<std::string>{"startedOn"});
    plan.started_on = "2026-12-10";
    EXPECT_EQ(fields(individual_plan_problems(plan, today_)), std::vector<std::string>{"startedOn"});
    plan.started_on = "2026-11-20";
    EXPECT_TRUE(individual_plan_problems(plan, today_).empty());
}

TEST(IndividualPlan, UnknownWishIsRefused) {
    IndividualPlan plan{"kanskje", std::nullopt, "", std::nullopt, "", 0};
    auto problems = individual_plan_problems(plan, today_);
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(problems[0].code, "unknown_code");
}

TEST(IndividualPlan, ReminderAfterThreeWeeksWhileNotAsked) {
    // 21 days on the day: started 2026-11-16, today 2026-12-07 is day 22 of the stay.
    EXPECT_TRUE(individual_plan_reminder(stay_from("2026-11-16"), std::nullopt, today_));
    EXPECT_FALSE(individual_plan_reminder(stay_from("2026-11-30"), std::nullopt, today_));
    IndividualPlan asked{"onsker_ikke", "2026-11-20", "", std::nullopt, "", 0};
    EXPECT_FALSE(individual_plan_reminder(stay_from("2026-11-16"), asked, today_));
    EXPECT_TRUE(individual_plan_reminder(stay_from("2026-11-16"), IndividualPlan{}, today_));
    auto ended = stay_from("2026-10-01");
    ended.exit = StayExit{};
    EXPECT_FALSE(individual_plan_reminder(ended, std::nullopt, today_));
}

TEST(Consent, NeedsKnownPartiesEachOnce) {
    EXPECT_TRUE(consent_problems(consent({"tilbyder", "husbanken"}, "2026-12-01"), today_).empty());
    EXPECT_EQ(fields(consent_problems(consent({}, "2026-12-01"), today_)),
              std::vector<std::string>{"parties"});
    EXPECT_EQ(fields(consent_problems(consent({"naboen"}, "2026-12-01"), today_)),
              std::vector<std::string>{"parties"});
    EXPECT_EQ(fields(consent_problems(consent({"husbanken", "husbanken"}, "2026-12-01"), today_)),
              std::vector<std::string>{"parties"});
}

TEST(Consent, GivenNotInTheFutureValidUntilNotBeforeGiven) {
    EXPECT_EQ(fields(consent_problems(consent({"tilbyder"}, "2026-12-08"), today_)),
              std::vector<std::string>{"givenOn"});
    EXPECT_EQ(fields(consent_problems(consent({"tilbyder"}, "2026-12-01", "2026-11-30"), today_)),
              std::vector<std::string>{"validUntil"});
    EXPECT_TRUE(consent_problems(consent({"tilbyder"}, "2026-12-01", "2026-12-01"), today_).empty());
    EXPECT_TRUE(consent_problems(consent({"tilbyder"}, "2026-12-01", "2027-06-01"), today_).empty());
}

TEST(Consent, InForceForItsPartiesBetweenGivenAndUntil) {
    auto c = consent({"boligkontor"}, "2026-12-01", "2026-12-31");
    EXPECT_TRUE(consent_in_force(c, "boligkontor", day("2026-12-01")));
    EXPECT_TRUE(consent_in_force(c, "boligkontor", day("2026-12-31")));
    EXPECT_FALSE(consent_in_force(c, "boligkontor", day("2026-11-30")));
    EXPECT_FALSE(consent_in_force(c, "boligkontor", day("2027-01-01")));
    EXPECT_FALSE(consent_in_force(c, "husbanken", day("2026-12-05")));
}

TEST(Consent, WithdrawnIsNoLongerInForce) {
    auto c = consent({"tilbyder"}, "2026-11-01");
    ASSERT_TRUE(withdraw_consent(c, "2026-12-05", today_));
    EXPECT_TRUE(consent_in_force(c, "tilbyder", day("2026-12-04")));
    EXPECT_FALSE(consent_in_force(c, "tilbyder", day("2026-12-05")));
    auto again = withdraw_consent(c, "2026-12-06", today_);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, "already_withdrawn");
}

TEST(Consent, WithdrawalNotBeforeGivenNorInTheFuture) {
    auto c = consent({"tilbyder"}, "2026-11-01");
    EXPECT_EQ(withdraw_consent(c, "2026-10-31", today_).error().field, "withdrawnOn");
    EXPECT_EQ(withdraw_consent(c, "2026-12-08", today_).error().field, "withdrawnOn");
    EXPECT_EQ(withdraw_consent(c, "i går", today_).error().field, "withdrawnOn");
    EXPECT_FALSE(c.withdrawn_on);
}

TEST(Referral, EachKindGoesToItsParty) {
    EXPECT_EQ(party_of_referral("kommunal_bolig"), "boligkontor");
    EXPECT_EQ(party_of_referral("startlan"), "husbanken");
    EXPECT_EQ(party_of_referral("bostotte"), "husbanken");
    EXPECT_EQ(party_of_referral("depositumsgaranti"), "utleier");
    EXPECT_EQ(party_of_referral("lotto"), "");
}

TEST(Referral, WaitingHasNoOutcomeDate) {
    EXPECT_TRUE(referral_problems(referral("startlan", "2026-12-01"), today_).empty());
    EXPECT_EQ(fields(referral_problems(referral("startlan", "2026-12-01", "venter", "2026-12-02"), today_)),
              std::vector<std::string>{"outcomeOn"});
}

TEST(Referral, AnAnswerHasItsDateNotBeforeSentNorInTheFuture) {
    EXPECT_TRUE(
        referral_problems(referral("bostotte", "2026-12-01", "innvilget", "2026-12-01"), today_).empty());
    EXPECT_EQ(fields(referral_problems(referral("bostotte", "2026-12-01", "avslatt"), today_)),
              std::vector<std::string>{"outcomeOn"});
    EXPECT_EQ(fields(referral_problems(referral("bostotte", "2026-12-01", "avslatt", "2026-11-30"), today_)),
              std::vector<std::string>{"outcomeOn"});
    EXPECT_EQ(fields(referral_problems(referral("bostotte", "2026-12-01", "trukket", "2026-12-08"), today_)),
              std::vector<std::string>{"outcomeOn"});
}

TEST(Referral, KnownCodesAndSentNotInTheFuture) {
    EXPECT_EQ(fields(referral_problems(referral("lotto", "2026-12-08", "kanskje"), today_)),
              (std::vector<std::string>{"kind", "sentOn", "outcome"}));
    auto problems = referral_problems(referral("lotto", "2026-12-01"), today_);
    ASSERT_EQ(problems.size(), 1U);
    EXPECT_EQ(problems[0].code, "unknown_code");
}

TEST(Referral, NeedsAConsentInForceForItsPartyOnTheDaySent) {
    std::vector<Consent> consents{consent({"husbanken"}, "2026-11-01", "2026-11-30")};
    EXPECT_TRUE(check_referral_consent(referral("startlan", "2026-11-15"), consents));
    auto late = check_referral_consent(referral("startlan", "2026-12-01"), consents);
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().code, "consent_missing");
    EXPECT_EQ(late.error().kind, ErrorKind::validation);
    EXPECT_NE(late.error().message.find("Husbanken"), std::string::npos);
    EXPECT_FALSE(check_referral_consent(referral("kommunal_bolig", "2026-11-15"), consents));
    EXPECT_FALSE(check_referral_consent(referral("startlan", "2026-11-15"), {}));
}
