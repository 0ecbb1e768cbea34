#include "common/clock.hpp"
#include "domain/deadlines.hpp"

#include <gtest/gtest.h>

using namespace husly;
using namespace std::chrono;

TEST(Deadlines, EasterSundayFromTheAlmanac) {
    EXPECT_EQ(easter_sunday(year{2024}), (year_month_day{year{2024}, March, day{31}}));
    EXPECT_EQ(easter_sunday(year{2025}), (year_month_day{year{2025}, April, day{20}}));
    EXPECT_EQ(easter_sunday(year{2026}), (year_month_day{year{2026}, April, day{5}}));
    EXPECT_EQ(easter_sunday(year{2027}), (year_month_day{year{2027}, March, day{28}}));
}

TEST(Deadlines, HolidaysAndWorkingDays) {
    EXPECT_TRUE(is_public_holiday({year{2026}, May, day{17}}));
    EXPECT_TRUE(is_public_holiday({year{2026}, April, day{2}})); // Maundy Thursday
    EXPECT_TRUE(is_public_holiday({year{2026}, May, day{14}}));  // Ascension Day
    EXPECT_TRUE(is_public_holiday({year{2026}, May, day{25}}));  // Whit Monday
    EXPECT_FALSE(is_public_holiday({year{2026}, May, day{18}}));
    EXPECT_FALSE(is_working_day({year{2026}, November, day{28}})); // Saturday
    EXPECT_TRUE(is_working_day({year{2026}, November, day{23}}));  // Monday
}

TEST(Deadlines, AppealDeadlineIsThreeWeeksMovedPastHolidays) {
    // Informed Monday 2 November 2026: three weeks later is Monday 23 November.
    EXPECT_EQ(appeal_deadline({year{2026}, November, day{2}}),
              (year_month_day{year{2026}, November, day{23}}));
    // Informed Saturday 31 October: Saturday 21 November → Monday 23 November.
    EXPECT_EQ(appeal_deadline({year{2026}, October, day{31}}),
              (year_month_day{year{2026}, November, day{23}}));
    // Across new year: informed 11 December 2026 → 1 January 2027 is a holiday → Monday 4 January.
    EXPECT_EQ(appeal_deadline({year{2026}, December, day{11}}),
              (year_month_day{year{2027}, January, day{4}}));
    // Into Easter 2026: informed 12 March → 2 April (Maundy Thursday), 3 (Good Friday), 4 (Saturday),
    // 5 (Easter Sunday), 6 (Easter Monday) → Tuesday 7 April.
    EXPECT_EQ(appeal_deadline({year{2026}, March, day{12}}), (year_month_day{year{2026}, April, day{7}}));
    // Across a leap day: informed 15 February 2028 → 7 March 2028 (Tuesday).
    EXPECT_EQ(appeal_deadline({year{2028}, February, day{15}}), (year_month_day{year{2028}, March, day{7}}));
}

#include "domain/decision.hpp"

namespace {
husly::Decision complete_grant() {
    husly::Decision decision;
    decision.outcome = "INNVILGET";
    decision.period_from = "2026-11-23";
    decision.period_to = "2027-02-23";
    decision.facts = "Søkeren ble kastet ut av leiligheten 20. november.";
    decision.considerations = "Søkeren har ikke nettverk og kan ikke skaffe bosted selv.";
    decision.informed_on = "2026-11-23";
    return decision;
}

std::vector<std::string> fields(const std::vector<husly::Error>& problems) {
    std::vector<std::string> result;
    for (const auto& problem : problems) result.push_back(problem.field);
    return result;
}
} // namespace

TEST(DecisionCompleteness, ACompleteGrantHasNoProblems) {
    EXPECT_TRUE(husly::completeness_problems(complete_grant()).empty());
}

TEST(DecisionCompleteness, EachMissingElementIsNamed) {
    husly::Decision empty;
    EXPECT_EQ(fields(husly::completeness_problems(empty)),
              (std::vector<std::string>{"outcome", "facts", "considerations", "informedOn"}));

    auto grant = complete_grant();
    grant.period_to = "2026-11-22";
    EXPECT_EQ(fields(husly::completeness_problems(grant)), std::vector<std::string>{"periodTo"});
    grant.period_to = "2027-02-24"; // 93 days: more than 3 months needs a reason
    EXPECT_EQ(fields(husly::completeness_problems(grant)), std::vector<std::string>{"longPeriodReason"});
    grant.long_period_reason = "Venter på kommunal bolig fra 1. mars.";
    EXPECT_TRUE(husly::completeness_problems(grant).empty());

    husly::Decision refusal = complete_grant();
    refusal.outcome = "AVSLATT";
    EXPECT_EQ(fields(husly::completeness_problems(refusal)),
              (std::vector<std::string>{"periodFrom", "refusalReasons"}));
    refusal.period_from.reset();
    refusal.period_to.reset();
    refusal.refusal_reasons = {"nettverk"};
    EXPECT_TRUE(husly::completeness_problems(refusal).empty());
}

TEST(DecisionLife, ADraftChangesFreelyADecidedOneNeverAndApprovalIsTheLedersStep) {
    using enum DecisionStatus;
    EXPECT_TRUE(check_draft_editable(draft));
    EXPECT_EQ(check_draft_editable(awaiting_approval).error().code, "awaiting_approval");
    EXPECT_EQ(check_draft_editable(decided).error().code, "already_decided");

    EXPECT_TRUE(check_can_decide(draft, false));
    EXPECT_TRUE(check_can_decide(draft, true));
    EXPECT_EQ(check_can_decide(awaiting_approval, false).error().code, "awaiting_approval");
    EXPECT_TRUE(check_can_decide(awaiting_approval, true)); // the approval
    EXPECT_EQ(check_can_decide(decided, true).error().kind, ErrorKind::conflict);

    EXPECT_EQ(status_on_deciding(false, true), awaiting_approval); // a caseworker, approval asked
    EXPECT_EQ(status_on_deciding(false, false), decided);
    EXPECT_EQ(status_on_deciding(true, true), decided); // the leder decides at once
    EXPECT_EQ(status_on_deciding(true, false), decided);

    EXPECT_TRUE(check_can_return(awaiting_approval));
    EXPECT_EQ(check_can_return(draft).error().code, "not_awaiting");
    EXPECT_EQ(check_can_return(decided).error().code, "not_awaiting");
}

TEST(DecisionLife, AnAcuteRequestIsPlacedBeforeTheGrantIsApprovedAndNoOtherIs) {
    Decision decision;
    decision.outcome = "INNVILGET";
    decision.status = DecisionStatus::decided;
    EXPECT_EQ(place_basis(decision, false).value(), PlaceBasis::decided_grant);
    EXPECT_EQ(place_basis(decision, true).value(), PlaceBasis::decided_grant);

    decision.status = DecisionStatus::awaiting_approval;
    EXPECT_EQ(place_basis(decision, true).value(), PlaceBasis::grant_awaiting_approval);
    EXPECT_EQ(place_basis(decision, false).error().code, "awaiting_approval");

    decision.status = DecisionStatus::draft; // not yet decided by anyone
    EXPECT_EQ(place_basis(decision, true).error().code, "not_granted");
    decision.status = DecisionStatus::awaiting_approval;
    decision.outcome = "AVSLATT"; // a refusal gives no place, approved or not
    EXPECT_EQ(place_basis(decision, true).error().code, "not_granted");
    decision.outcome = "DELVIS_INNVILGET";
    EXPECT_EQ(place_basis(decision, true).value(), PlaceBasis::grant_awaiting_approval);
    EXPECT_EQ(place_basis(std::nullopt, true).error().field, "requestId");
}

TEST(Appeals, ALateAppealIsFlaggedAndResultsFollowTheOrderOfReview) {
    Decision decision;
    decision.status = DecisionStatus::decided;
    decision.decided_at = "2026-10-01T10:00:00.000Z";
    decision.appeal_deadline = "2026-10-22";
    auto today = parse_date("2026-11-23").value();
    Appeal on_time{0, 1, "2026-10-22", "Uenig i avslaget.", false, {}, {}, {}, "", "", 0};
    ASSERT_TRUE(check_new_appeal(decision, on_time, today));
    EXPECT_FALSE(on_time.late);
    Appeal late = on_time;
    late.received_on = "2026-10-23";
    ASSERT_TRUE(check_new_appeal(decision, late, today));
    EXPECT_TRUE(late.late);

    EXPECT_EQ(apply_appeal_result(late, "opphevet", "2026-11-01", "", today).error().field, "result");
    ASSERT_TRUE(apply_appeal_result(late, "sendt_statsforvalteren", "2026-11-01", "", today));
    EXPECT_EQ(late.forwarded_on, "2026-11-01");
    EXPECT_FALSE(late.result);
    EXPECT_EQ(apply_appeal_result(late, "opphevet", "2026-10-30", "", today).error().field, "resultOn");
    ASSERT_TRUE(
        apply_appeal_result(late, "opphevet", "2026-11-20", "Sendt tilbake for ny vurdering.", today));
    EXPECT_EQ(late.result, AppealResult::quashed);
    EXPECT_EQ(apply_appeal_result(late, "stadfestet", "2026-11-20", "", today).error().code,
              "appeal_settled");

    Appeal withdrawn = on_time;
    ASSERT_TRUE(apply_appeal_result(withdrawn, "trukket", "2026-10-25", "", today));
    EXPECT_EQ(withdrawn.result, AppealResult::withdrawn);
    decision.status = DecisionStatus::draft;
    EXPECT_FALSE(check_new_appeal(decision, on_time, today));
}

TEST(Appeals, TheDayAVedtakWasMadeIsTheDayInNorway) {
    // 23:30 UTC on 23 November is 00:30 on 24 November in Norway: an appeal received on the 23rd
    // would be before the vedtak (this failed the API test when run between 23 and 24 UTC).
    EXPECT_EQ(norwegian_date_of("2026-11-23T23:30:00.000Z"), "2026-11-24");
    EXPECT_EQ(norwegian_date_of("2026-07-01T21:59:59.000Z"), "2026-07-01"); // CEST: 23:59
    EXPECT_EQ(norwegian_date_of("2026-07-01T22:00:00.000Z"), "2026-07-02");
    Decision decision;
    decision.status = DecisionStatus::decided;
    decision.decided_at = "2026-11-23T23:30:00.000Z";
    auto today = parse_date("2026-11-24").value();
    Appeal before{0, 1, "2026-11-23", "Uenig i vedtaket.", false, {}, {}, {}, "", "", 0};
    EXPECT_EQ(check_new_appeal(decision, before, today).error().field, "receivedOn");
    Appeal same_day = before;
    same_day.received_on = "2026-11-24";
    EXPECT_TRUE(check_new_appeal(decision, same_day, today));
}
