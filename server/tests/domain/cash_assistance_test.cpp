// Money for a night as a § 18 decision of its own (docs/domain.md#rule-cash-is-section-18-support),
// without HTTP or SQL: a grant has an amount and the nights it pays for, a refusal neither, both
// have reasons and a decision date between the request and today.

#include "common/clock.hpp"
#include "domain/cash_assistance.hpp"

#include <gtest/gtest.h>

using namespace husly;
using std::chrono::year_month_day;

namespace {

const year_month_day received = parse_date("2026-12-01").value();
const year_month_day today_here = parse_date("2026-12-07").value();

CashAssistance grant(int64_t amount, int64_t nights) {
    CashAssistance decision;
    decision.granted = true;
    decision.amount_kroner = amount;
    decision.nights = nights;
    decision.decided_on = "2026-12-07";
    decision.reasons = "Har ikke penger til overnatting i natt; hotellet koster 900 kroner.";
    return decision;
}

std::string problem(const CashAssistance& decision) {
    auto status = check_cash_assistance(decision, received, today_here);
    return status ? "ok" : status.error().field + ":" + status.error().code;
}

} // namespace

TEST(CashAssistance, AGrantHasAnAmountAndTheNightsItPaysFor) {
    EXPECT_EQ(problem(grant(900, 1)), "ok");
    EXPECT_EQ(problem(grant(100'000, 31)), "ok");
    EXPECT_EQ(problem(grant(0, 1)), "amountKroner:invalid_field");
    EXPECT_EQ(problem(grant(100'001, 1)), "amountKroner:invalid_field");
    EXPECT_EQ(problem(grant(900, 0)), "nights:invalid_field");
    EXPECT_EQ(problem(grant(900, 32)), "nights:invalid_field");
}

TEST(CashAssistance, ARefusalHasNeitherAmountNorNights) {
    auto refusal = grant(0, 0);
    refusal.granted = false;
    EXPECT_EQ(problem(refusal), "ok");
    refusal.amount_kroner = 500;
    EXPECT_EQ(problem(refusal), "amountKroner:invalid_field");
}

TEST(CashAssistance, BothHaveReasonsAndADateBetweenTheRequestAndToday) {
    auto decision = grant(900, 1);
    decision.reasons = "";
    EXPECT_EQ(problem(decision), "reasons:required");
    decision.reasons = "Trenger.";
    EXPECT_EQ(problem(decision), "reasons:too_short");
    decision = grant(900, 1);
    decision.decided_on = "2026-12-01";
    EXPECT_EQ(problem(decision), "ok");
    decision.decided_on = "2026-11-30";
    EXPECT_EQ(problem(decision), "decidedOn:before_request");
    decision.decided_on = "2026-12-08";
    EXPECT_EQ(problem(decision), "decidedOn:future");
    decision.decided_on = "07.12.2026";
    EXPECT_EQ(problem(decision), "decidedOn:invalid_field");
}
