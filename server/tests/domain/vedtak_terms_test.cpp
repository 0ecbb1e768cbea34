// What a granted vedtak says about the place and the money (docs/domain.md#rule-vedtak-names-the-offer,
// #rule-conditions-must-be-lawful, #rule-own-payment), without HTTP or SQL: the place named or the
// office's date to find one; lawful conditions with their basis; the own payment with its assessment;
// a change of place as an amending vedtak.

#include "common/clock.hpp"
#include "domain/vedtak_terms.hpp"

#include <gtest/gtest.h>

using namespace husly;

namespace {

Decision grant(std::string outcome = "INNVILGET") {
    Decision decision;
    decision.outcome = std::move(outcome);
    decision.period_from = "2026-12-01";
    decision.period_to = "2027-02-28";
    return decision;
}

Decision named(std::string from = "2026-12-01") {
    auto decision = grant();
    decision.offer.kind = OfferKind::named_place;
    decision.offer.provider = "Bymisjonen";
    decision.offer.address = "Storgata 3, 8006 Bodø";
    decision.offer.from = std::move(from);
    return decision;
}

Decision office_finds(std::optional<std::string> by = "2026-12-03") {
    auto decision = grant();
    decision.offer.kind = OfferKind::office_finds;
    decision.offer.find_by = std::move(by);
    return decision;
}

std::vector<std::string> fields(const std::vector<Error>& problems) {
    std::vector<std::string> out;
    for (const auto& problem : problems) out.push_back(problem.field);
    return out;
}

using Fields = std::vector<std::string>;

Decision with_own_payment() {
    auto decision = named();
    decision.conditions = {"egenbetaling", "husregler"};
    decision.own_payment.rate_per_night = 150;
    decision.own_payment.monthly_cap = 3000;
    decision.own_payment.assessment = "Har uføretrygd og kan betale noe av botilbudet.";
    return decision;
}

std::chrono::year_month_day day(const char* text) {
    return *parse_date(text);
}

} // namespace

TEST(VedtakOffer, AGrantNamesThePlaceWithProviderAddressAndFirstDay) {
    EXPECT_TRUE(offer_problems(named()).empty());
    EXPECT_TRUE(offer_problems(named("2027-02-28")).empty()); // the period's last day still counts

    auto bare = named();
    bare.offer.provider = " ";
    bare.offer.address = "";
    bare.offer.from.reset();
    EXPECT_EQ(fields(offer_problems(bare)), (Fields{"offerProvider", "offerAddress", "offerFrom"}));

    // Counter-cases: a first day outside the period the vedtak grants.
    EXPECT_EQ(fields(offer_problems(named("2026-11-30"))), Fields{"offerFrom"});
    EXPECT_EQ(fields(offer_problems(named("2027-03-01"))), Fields{"offerFrom"});
}

TEST(VedtakOffer, OrSaysTheOfficeFindsOneByADateInsideThePeriod) {
    EXPECT_TRUE(offer_problems(office_finds()).empty());
    EXPECT_EQ(fields(offer_problems(office_finds(std::nullopt))), Fields{"offerFindBy"});
    EXPECT_EQ(fields(offer_problems(office_finds("2027-03-01"))), Fields{"offerFindBy"});

    // The promise to find one does not name a place too.
    auto both = office_finds();
    both.offer.provider = "Bymisjonen";
    EXPECT_EQ(fields(offer_problems(both)), Fields{"offerProvider"});
    auto named_with_deadline = named();
    named_with_deadline.offer.find_by = "2026-12-03";
    EXPECT_EQ(fields(offer_problems(named_with_deadline)), Fields{"offerFindBy"});
}

TEST(VedtakOffer, AGrantCannotBeDecidedWithoutEither) {
    for (const char* outcome : {"INNVILGET", "DELVIS_INNVILGET"}) {
        auto problems = offer_problems(grant(outcome));
        ASSERT_EQ(problems.size(), 1u) << outcome;
        EXPECT_EQ(problems[0].field, "offerKind");
        EXPECT_NE(problems[0].message.find("innen hvilken dato"), std::string::npos);
    }
}

TEST(VedtakOffer, ARefusalOffersNoPlace) {
    Decision refusal;
    refusal.outcome = "AVSLATT";
    EXPECT_TRUE(offer_problems(refusal).empty());
    refusal.offer.kind = OfferKind::named_place;
    EXPECT_EQ(fields(offer_problems(refusal)), Fields{"offerKind"});
}

TEST(VedtakConditions, AttendingFollowUpMeetingsIsNotACondition) {
    ASSERT_TRUE(unlawful_condition("oppfolging"));
    EXPECT_NE(unlawful_condition("oppfolging")->find("oppfølgingsmøter"), std::string::npos);
    EXPECT_FALSE(unlawful_condition("husregler"));
    EXPECT_FALSE(unlawful_condition("egenbetaling"));

    auto decision = named();
    decision.conditions = {"husregler", "oppfolging"};
    EXPECT_EQ(fields(money_and_condition_problems(decision)), Fields{"conditions"});
    decision.conditions = {"husregler"};
    EXPECT_TRUE(money_and_condition_problems(decision).empty());
}

TEST(VedtakConditions, EachLawfulConditionHasItsBasis) {
    EXPECT_NE(condition_basis("egenbetaling", "2026-12-01").find("§ 18"), std::string_view::npos);
    EXPECT_NE(condition_basis("husregler", "2026-12-01").find("§§ 4 og 27"), std::string_view::npos);
    EXPECT_EQ(condition_basis("oppfolging", "2026-12-01"), "");
}

TEST(VedtakOwnPayment, EgenbetalingStatesRateCapAndAssessment) {
    EXPECT_TRUE(money_and_condition_problems(with_own_payment()).empty());

    auto missing = with_own_payment();
    missing.own_payment = {};
    EXPECT_EQ(fields(money_and_condition_problems(missing)),
              (Fields{"ownPaymentRate", "ownPaymentMonthlyCap", "ownPaymentAssessment"}));
}

TEST(VedtakOwnPayment, SocialAssistanceIncomePaysNothing) {
    auto decision = with_own_payment();
    decision.own_payment.income_is_social_assistance = true;
    EXPECT_EQ(fields(money_and_condition_problems(decision)), Fields{"ownPaymentSocialAssistance"});

    // Counter-case: without the condition, the same person's vedtak is complete and costs nothing.
    auto free = named();
    free.own_payment.income_is_social_assistance = true;
    EXPECT_TRUE(money_and_condition_problems(free).empty());
    auto terms = own_payment_terms_of(free);
    EXPECT_EQ(own_payment_for_month(terms, 30), 0);
}

TEST(VedtakOwnPayment, AmountsOnlyWithTheConditionAndOnlyOnAGrant) {
    auto amounts_alone = named();
    amounts_alone.own_payment.rate_per_night = 300;
    EXPECT_EQ(fields(money_and_condition_problems(amounts_alone)), Fields{"ownPaymentRate"});

    Decision refusal;
    refusal.outcome = "AVSLATT";
    EXPECT_TRUE(money_and_condition_problems(refusal).empty());
    refusal.conditions = {"husregler"};
    refusal.own_payment.monthly_cap = 9000;
    EXPECT_EQ(fields(money_and_condition_problems(refusal)), (Fields{"conditions", "ownPaymentRate"}));
}

TEST(VedtakOwnPayment, TheStayCountsWhatTheVedtakSet) {
    auto terms = own_payment_terms_of(with_own_payment());
    EXPECT_EQ(terms.rate_per_night, 150);
    EXPECT_EQ(terms.monthly_cap, 3000);
    EXPECT_EQ(own_payment_for_month(terms, 10), 1500);
    EXPECT_EQ(own_payment_for_month(terms, 30), 3000);

    auto assessed = with_own_payment();
    assessed.own_payment.can_pay_per_month = 1000;
    EXPECT_EQ(own_payment_for_month(own_payment_terms_of(assessed), 30), 1000);

    // Counter-case: a vedtak that sets no own payment is not charged the office's usual rate.
    EXPECT_EQ(own_payment_for_month(own_payment_terms_of(named()), 30), 0);
}

TEST(VedtakPlaceChange, OnlyOnADecidedGrant) {
    auto draft = named();
    EXPECT_EQ(check_place_change_allowed(draft).error().code, "not_granted");
    Decision refusal;
    refusal.outcome = "AVSLATT";
    refusal.status = DecisionStatus::decided;
    EXPECT_FALSE(check_place_change_allowed(refusal));
    auto decided = named();
    decided.status = DecisionStatus::decided;
    EXPECT_TRUE(check_place_change_allowed(decided));
}

TEST(VedtakPlaceChange, NamesTheNewPlaceWhyAndFromWhenInsideThePeriod) {
    auto decided = named();
    decided.status = DecisionStatus::decided;
    decided.decided_at = "2026-12-01T09:00:00.000Z";
    PlaceChange change{0,
                       0,
                       "Kirkens bymisjon",
                       "Havnegata 1, 8006 Bodø",
                       "2026-12-10",
                       "Stedet passer ikke for rullestol.",
                       false,
                       "",
                       0};
    EXPECT_TRUE(place_change_problems(change, decided, day("2026-12-09")).empty());

    auto empty = PlaceChange{};
    EXPECT_EQ(fields(place_change_problems(empty, decided, day("2026-12-09"))),
              (Fields{"provider", "address", "fromDate", "reason"}));

    auto after_period = change;
    after_period.from = "2027-03-01";
    EXPECT_EQ(fields(place_change_problems(after_period, decided, day("2027-02-27"))), Fields{"fromDate"});
    auto far_ahead = change;
    far_ahead.from = "2027-02-01";
    EXPECT_EQ(fields(place_change_problems(far_ahead, decided, day("2026-12-09"))), Fields{"fromDate"});
}
