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
              (std::vector<std::string>{"outcome", "facts", "considerations"}));

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

// A partial grant says what was applied for and what is refused (fvl. § 25); a full grant does not.
TEST(DecisionCompleteness, APartialGrantSaysWhatWasAppliedForAndWhatIsRefused) {
    auto partial = complete_grant();
    partial.outcome = "DELVIS_INNVILGET";
    partial.refusal_reasons = {"nettverk"};
    EXPECT_EQ(fields(husly::completeness_problems(partial)),
              (std::vector<std::string>{"appliedFor", "refusedPart"}));
    partial.applied_for = "Botilbud for seg og samboeren i tre måneder.";
    partial.refused_part = "Botilbud for samboeren, som har egen leilighet.";
    EXPECT_TRUE(husly::completeness_problems(partial).empty());
    auto full = complete_grant(); // the counter-case: a full grant needs neither
    EXPECT_TRUE(full.applied_for.empty());
    EXPECT_TRUE(husly::completeness_problems(full).empty());
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

namespace {
husly::Appeal appeal_of(std::string sent_on, std::string received_on) {
    husly::Appeal appeal;
    appeal.decision_id = 1;
    appeal.sent_on = std::move(sent_on);
    appeal.received_on = std::move(received_on);
    appeal.summary = "Uenig i avslaget.";
    return appeal;
}

husly::Decision decided_on(const std::string& instant) {
    husly::Decision decision;
    decision.status = husly::DecisionStatus::decided;
    decision.decided_at = instant;
    return decision;
}
} // namespace

TEST(DecisionDelivery, InPersonOrDigitalReachesThePersonThatDayByPostThreeWorkingDaysLater) {
    auto date = [](const char* text) { return parse_date(text).value(); };
    EXPECT_EQ(reached_on(DeliveryMethod::in_person, date("2026-11-23")), date("2026-11-23"));
    EXPECT_EQ(reached_on(DeliveryMethod::digital, date("2026-11-28")), date("2026-11-28")); // a Saturday too
    // Posted Monday 23 November 2026: Tuesday, Wednesday, Thursday → Thursday 26 November.
    EXPECT_EQ(reached_on(DeliveryMethod::post, date("2026-11-23")), date("2026-11-26"));
    // Posted Friday 27 November: Monday 30, Tuesday 1, Wednesday 2 December (the weekend does not count).
    EXPECT_EQ(reached_on(DeliveryMethod::post, date("2026-11-27")), date("2026-12-02"));
    // Posted Tuesday 22 December: 23 and 24 December, then Christmas Day, Boxing Day and Sunday are
    // skipped → Monday 28 December.
    EXPECT_EQ(reached_on(DeliveryMethod::post, date("2026-12-22")), date("2026-12-28"));
    // Posted Wednesday 1 April 2026, before Easter: 2–6 April are holidays or the weekend → 7, 8, 9 → 9
    // April.
    EXPECT_EQ(reached_on(DeliveryMethod::post, date("2026-04-01")), date("2026-04-09"));
    // Posted on a Saturday: Monday, Tuesday, Wednesday.
    EXPECT_EQ(reached_on(DeliveryMethod::post, date("2026-11-28")), date("2026-12-02"));
}

TEST(DecisionDelivery, TheDeadlineFollowsFromHowAndWhenItWasGivenNeverBeforeTheApproval) {
    auto today = parse_date("2026-11-25").value();
    auto decision = decided_on("2026-11-23T10:00:00.000Z");
    ASSERT_TRUE(record_delivery(decision, "post", "2026-11-23", today));
    EXPECT_EQ(decision.delivery_method, DeliveryMethod::post);
    EXPECT_EQ(decision.delivered_on, "2026-11-23");
    EXPECT_EQ(decision.informed_on, "2026-11-26");     // arrived Thursday
    EXPECT_EQ(decision.appeal_deadline, "2026-12-17"); // three weeks on, a Thursday
    // Once: a second would move the deadline.
    EXPECT_EQ(record_delivery(decision, "personlig", "2026-11-24", today).error().code, "already_delivered");

    auto handed = decided_on("2026-11-23T10:00:00.000Z");
    ASSERT_TRUE(record_delivery(handed, "personlig", "2026-11-24", today));
    EXPECT_EQ(handed.informed_on, "2026-11-24");
    EXPECT_EQ(handed.appeal_deadline, "2026-12-15");
    // Digital on Friday 4 December 2026 → Friday 25 December is Christmas Day, Saturday, Sunday → Monday 28.
    auto digital = decided_on("2026-12-04T08:00:00.000Z");
    ASSERT_TRUE(record_delivery(digital, "digitalt", "2026-12-04", parse_date("2026-12-04").value()));
    EXPECT_EQ(digital.appeal_deadline, "2026-12-28");
}

TEST(DecisionDelivery, NotADraftNorOneAwaitingApprovalNorBeforeDecidedNorInTheFuture) {
    auto today = parse_date("2026-11-25").value();
    Decision draft;
    EXPECT_EQ(record_delivery(draft, "personlig", "2026-11-25", today).error().code, "not_decided");
    Decision waiting;
    waiting.status = DecisionStatus::awaiting_approval; // the leder has not approved: given to nobody
    auto refused = record_delivery(waiting, "personlig", "2026-11-25", today);
    EXPECT_EQ(refused.error().code, "awaiting_approval");
    EXPECT_EQ(refused.error().kind, ErrorKind::conflict);
    EXPECT_FALSE(waiting.appeal_deadline);

    // Decided 23:30 UTC on 23 November: 24 November in Norway; the 23rd is before it.
    auto decision = decided_on("2026-11-23T23:30:00.000Z");
    EXPECT_EQ(record_delivery(decision, "personlig", "2026-11-23", today).error().field, "deliveredOn");
    EXPECT_EQ(record_delivery(decision, "personlig", "2026-11-26", today).error().field, "deliveredOn");
    EXPECT_EQ(record_delivery(decision, "personlig", "23.11.2026", today).error().field, "deliveredOn");
    EXPECT_EQ(record_delivery(decision, "fax", "2026-11-24", today).error().field, "deliveryMethod");
    EXPECT_EQ(record_delivery(decision, "", "2026-11-24", today).error().field, "deliveryMethod");
    EXPECT_FALSE(decision.delivered_on); // nothing half-set by a refusal
    EXPECT_FALSE(decision.appeal_deadline);
    EXPECT_TRUE(record_delivery(decision, "personlig", "2026-11-24", today));
}

TEST(Appeals, TimelinessIsJudgedByTheDaySentNotTheDayReceived) {
    auto decision = decided_on("2026-10-01T10:00:00.000Z");
    auto today = parse_date("2026-11-23").value();
    // Not delivered yet: the deadline has not begun to run, nothing is late.
    auto early = appeal_of("2026-11-20", "2026-11-23");
    ASSERT_TRUE(check_new_appeal(decision, early, today));
    EXPECT_FALSE(early.late);

    decision.appeal_deadline = "2026-10-22";
    auto posted_in_time = appeal_of("2026-10-22", "2026-10-26"); // posted the last day, arrived after
    ASSERT_TRUE(check_new_appeal(decision, posted_in_time, today));
    EXPECT_FALSE(posted_in_time.late);
    auto posted_late = appeal_of("2026-10-23", "2026-10-23");
    ASSERT_TRUE(check_new_appeal(decision, posted_late, today));
    EXPECT_TRUE(posted_late.late);

    auto refused_field = [&](Appeal appeal) {
        return check_new_appeal(decision, appeal, today).error().field;
    };
    EXPECT_EQ(refused_field(appeal_of("2026-10-20", "2026-10-19")),
              "receivedOn"); // received before it was sent
    EXPECT_EQ(refused_field(appeal_of("2026-09-30", "2026-10-02")),
              "sentOn"); // sent before the vedtak was made
    EXPECT_EQ(refused_field(appeal_of("2026-11-24", "2026-11-24")),
              "sentOn"); // in the future
    EXPECT_EQ(refused_field(appeal_of("", "2026-11-02")), "sentOn");
}

TEST(Appeals, ALateAppealIsAssessedBeforeItIsWorkedOnAndADismissedOneIsNot) {
    auto decision = decided_on("2026-10-01T10:00:00.000Z");
    decision.appeal_deadline = "2026-10-22";
    auto today = parse_date("2026-11-23").value();
    auto in_time = appeal_of("2026-10-22", "2026-10-26");
    ASSERT_TRUE(check_new_appeal(decision, in_time, today));
    EXPECT_EQ(assess_late_appeal(in_time, "behandles", "Personen var syk.").error().code, "appeal_in_time");

    auto late = appeal_of("2026-10-30", "2026-11-02");
    ASSERT_TRUE(check_new_appeal(decision, late, today));
    EXPECT_EQ(apply_appeal_result(late, "sendt_statsforvalteren", "2026-11-05", "", today).error().code,
              "late_unassessed");
    EXPECT_EQ(assess_late_appeal(late, "kanskje", "Personen var syk lenge.").error().field, "assessment");
    EXPECT_EQ(assess_late_appeal(late, "behandles", "Syk.").error().field, "reason");
    EXPECT_FALSE(late.late_assessment);
    auto heard = late;
    ASSERT_TRUE(assess_late_appeal(heard, "behandles", "Personen lå på sykehus da fristen gikk ut."));
    EXPECT_EQ(heard.late_assessment, LateAppealAssessment::heard);
    EXPECT_EQ(assess_late_appeal(heard, "avvist", "Ombestemt seg om vurderingen.").error().code,
              "already_assessed");
    EXPECT_TRUE(apply_appeal_result(heard, "sendt_statsforvalteren", "2026-11-05", "", today));

    auto dismissed = late;
    ASSERT_TRUE(assess_late_appeal(dismissed, "avvist", "Ingen grunn er gitt for at klagen kom for sent."));
    EXPECT_EQ(dismissed.late_assessment, LateAppealAssessment::dismissed);
    EXPECT_EQ(apply_appeal_result(dismissed, "omgjort_av_kontoret", "2026-11-05", "", today).error().code,
              "appeal_dismissed");
    EXPECT_TRUE(
        apply_appeal_result(dismissed, "trukket", "2026-11-05", "", today)); // the person may withdraw

    // Already worked on (before an assessment was asked for): no assessment afterwards.
    auto forwarded = late;
    forwarded.forwarded_on = "2026-11-03";
    EXPECT_EQ(
        assess_late_appeal(forwarded, "avvist", "Ingen grunn er gitt for at den kom sent.").error().code,
        "appeal_settled");
}

TEST(Appeals, ResultsFollowTheOrderOfReview) {
    auto decision = decided_on("2026-10-01T10:00:00.000Z");
    decision.appeal_deadline = "2026-10-22";
    auto today = parse_date("2026-11-23").value();
    auto appeal = appeal_of("2026-10-22", "2026-10-23");
    ASSERT_TRUE(check_new_appeal(decision, appeal, today));
    EXPECT_FALSE(appeal.late);

    EXPECT_EQ(apply_appeal_result(appeal, "opphevet", "2026-11-01", "", today).error().field, "result");
    ASSERT_TRUE(apply_appeal_result(appeal, "sendt_statsforvalteren", "2026-11-01", "", today));
    EXPECT_EQ(appeal.forwarded_on, "2026-11-01");
    EXPECT_FALSE(appeal.result);
    EXPECT_EQ(apply_appeal_result(appeal, "opphevet", "2026-10-30", "", today).error().field, "resultOn");
    ASSERT_TRUE(
        apply_appeal_result(appeal, "opphevet", "2026-11-20", "Sendt tilbake for ny vurdering.", today));
    EXPECT_EQ(appeal.result, AppealResult::quashed);
    EXPECT_EQ(apply_appeal_result(appeal, "stadfestet", "2026-11-20", "", today).error().code,
              "appeal_settled");

    auto withdrawn = appeal_of("2026-10-22", "2026-10-22");
    ASSERT_TRUE(apply_appeal_result(withdrawn, "trukket", "2026-10-25", "", today));
    EXPECT_EQ(withdrawn.result, AppealResult::withdrawn);
    decision.status = DecisionStatus::draft;
    EXPECT_FALSE(check_new_appeal(decision, withdrawn, today));
}

TEST(Appeals, TheDayAVedtakWasMadeIsTheDayInNorway) {
    // 23:30 UTC on 23 November is 00:30 on 24 November in Norway: an appeal sent on the 23rd
    // would be before the vedtak (this failed the API test when run between 23 and 24 UTC).
    EXPECT_EQ(norwegian_date_of("2026-11-23T23:30:00.000Z"), "2026-11-24");
    EXPECT_EQ(norwegian_date_of("2026-07-01T21:59:59.000Z"), "2026-07-01"); // CEST: 23:59
    EXPECT_EQ(norwegian_date_of("2026-07-01T22:00:00.000Z"), "2026-07-02");
    auto decision = decided_on("2026-11-23T23:30:00.000Z");
    auto today = parse_date("2026-11-24").value();
    auto before = appeal_of("2026-11-23", "2026-11-24");
    EXPECT_EQ(check_new_appeal(decision, before, today).error().field, "sentOn");
    auto same_day = appeal_of("2026-11-24", "2026-11-24");
    EXPECT_TRUE(check_new_appeal(decision, same_day, today));
}
