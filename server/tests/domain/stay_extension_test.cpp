// Extending a stay with a new vedtak (docs/domain.md#rule-an-extension-continues-the-stay), without HTTP or
// SQL: the extension keeps the stay, so the 3-month watch still counts from the first check-in; a vedtak that
// leaves a day without a vedtak, does not lengthen the period, is not a decided grant, or belongs to someone
// else does not extend it.

#include "common/clock.hpp"
#include "domain/stay_extension.hpp"

#include <gtest/gtest.h>

using namespace husly;

namespace {

Stay open_stay() {
    Stay stay;
    stay.id = 7;
    stay.person_id = 3;
    stay.decision_id = 10;
    stay.started_on = "2026-09-01";
    stay.period_to = "2026-11-30";
    return stay;
}

Decision grant(const char* from, const char* to) {
    Decision decision;
    decision.id = 11;
    decision.request_id = 21;
    decision.person_id = 3;
    decision.status = DecisionStatus::decided;
    decision.outcome = "INNVILGET";
    decision.period_from = from;
    decision.period_to = to;
    return decision;
}

std::string code_of(const Result<StayExtension>& result) {
    return result ? "ok" : result.error().code;
}

} // namespace

TEST(StayExtension, AVedtakFromTheDayAfterThePeriodLengthensTheSameStay) {
    auto extension = check_extension(open_stay(), grant("2026-12-01", "2027-02-28"));
    ASSERT_TRUE(extension) << extension.error().message;
    EXPECT_EQ(extension->stay_id, 7);
    EXPECT_EQ(extension->request_id, 21);
    EXPECT_EQ(extension->decision_id, 11);
    EXPECT_EQ(extension->previous_period_to, "2026-11-30");
    EXPECT_EQ(extension->period_to, "2027-02-28");
}

TEST(StayExtension, APeriodThatOverlapsTheCurrentOneAlsoExtendsIt) {
    // Decided before the current period ran out, from a day inside it.
    EXPECT_EQ(code_of(check_extension(open_stay(), grant("2026-11-15", "2027-01-31"))), "ok");
    // A partly granted vedtak is a grant too.
    auto partly = grant("2026-12-01", "2026-12-31");
    partly.outcome = "DELVIS_INNVILGET";
    EXPECT_EQ(code_of(check_extension(open_stay(), partly)), "ok");
}

TEST(StayExtension, ADayBetweenTheTwoPeriodsIsRefused) {
    // 1 December would have no vedtak.
    auto gap = check_extension(open_stay(), grant("2026-12-02", "2027-02-28"));
    EXPECT_EQ(code_of(gap), "gap");
    EXPECT_EQ(gap.error().field, "requestId");
    EXPECT_NE(gap.error().message.find("30.11.2026"), std::string::npos) << gap.error().message;
}

TEST(StayExtension, APeriodThatDoesNotReachPastTheCurrentOneIsNoExtension) {
    EXPECT_EQ(code_of(check_extension(open_stay(), grant("2026-11-01", "2026-11-30"))), "not_longer");
    EXPECT_EQ(code_of(check_extension(open_stay(), grant("2026-10-01", "2026-11-20"))), "not_longer");
}

TEST(StayExtension, OnlyADecidedGrantForTheSamePersonOnAnOpenStayExtends) {
    auto refusal = grant("2026-12-01", "2027-02-28");
    refusal.outcome = "AVSLATT";
    EXPECT_EQ(code_of(check_extension(open_stay(), refusal)), "not_granted");

    auto waiting = grant("2026-12-01", "2027-02-28");
    waiting.status = DecisionStatus::awaiting_approval;
    EXPECT_EQ(code_of(check_extension(open_stay(), waiting)), "not_granted");

    auto someone_else = grant("2026-12-01", "2027-02-28");
    someone_else.person_id = 4;
    EXPECT_EQ(code_of(check_extension(open_stay(), someone_else)), "other_person");

    auto own = grant("2026-12-01", "2027-02-28");
    own.id = 10; // the vedtak the stay began on
    EXPECT_EQ(code_of(check_extension(open_stay(), own)), "same_decision");

    auto ended = open_stay();
    ended.exit = StayExit{"2026-11-20", ExitOutcome::private_rental, "", std::nullopt, ""};
    auto result = check_extension(ended, grant("2026-12-01", "2027-02-28"));
    EXPECT_EQ(code_of(result), "stay_ended");
    EXPECT_EQ(result.error().kind, ErrorKind::conflict);
}

TEST(StayExtension, TheStayKeepsItsCheckInSoTheThreeMonthWatchGoesOn) {
    // What the extension must not do: start the 3-month count again. The stay is the same one, so
    // its watch level on 2 December (3 months after 1 September) is past, extended or not.
    auto stay = open_stay();
    auto extension = check_extension(stay, grant("2026-12-01", "2027-02-28"));
    ASSERT_TRUE(extension);
    stay.period_to = extension->period_to;
    EXPECT_EQ(watch_level(stay, parse_date("2026-12-02").value()), WatchLevel::past);
    EXPECT_FALSE(period_expired(stay, parse_date("2027-01-15").value()));
    EXPECT_TRUE(period_expired(stay, parse_date("2027-03-01").value()));
}
