// The stay rules without HTTP or SQL: 3 months across month ends and leap days, the watch
// levels, returns within 12 months, exits, and the follow-up rules.

#include "common/clock.hpp"
#include "domain/follow_up.hpp"
#include "domain/stay.hpp"

#include <gtest/gtest.h>

using namespace husly;
using namespace std::chrono;

namespace {

Date d(const char* text) {
    return parse_date(text).value();
}

Stay stay_from(const char* started) {
    Stay stay;
    stay.started_on = started;
    return stay;
}

} // namespace

TEST(StayRules, ThreeMonthsLandOnTheSameDayOrTheLastDayOfAShorterMonth) {
    EXPECT_EQ(three_month_mark(d("2026-11-23")), d("2027-02-23"));
    EXPECT_EQ(three_month_mark(d("2026-11-30")), d("2027-02-28"));
    EXPECT_EQ(three_month_mark(d("2027-11-30")), d("2028-02-29")); // leap year
    EXPECT_EQ(three_month_mark(d("2026-08-31")), d("2026-11-30"));
    EXPECT_EQ(three_month_mark(d("2027-10-31")), d("2028-01-31")); // over a year end
    EXPECT_EQ(add_months(d("2028-02-29"), 12), d("2029-02-28"));
}

TEST(StayRules, DaysAreCalendarDaysAcrossDaylightSavingChanges) {
    // Summer time ends 25 October 2026 and begins 28 March 2027: still whole days.
    EXPECT_EQ(days_between(d("2026-10-24"), d("2026-10-26")), 2);
    EXPECT_EQ(days_between(d("2027-03-27"), d("2027-03-29")), 2);
    EXPECT_EQ(days_between(d("2028-02-28"), d("2028-03-01")), 2);
    auto stay = stay_from("2026-10-24");
    EXPECT_EQ(length_in_days(stay, d("2026-10-26")), 2);
    stay.exit = StayExit{"2026-10-25", ExitOutcome::private_rental, "", {}, ""};
    EXPECT_EQ(length_in_days(stay, d("2027-01-01")), 1);
}

TEST(StayRules, TheWatchWarnsFourteenDaysAheadAndFlagsFromTheMark) {
    auto stay = stay_from("2026-08-31"); // mark 2026-11-30
    EXPECT_EQ(watch_level(stay, d("2026-11-15")), WatchLevel::none);
    EXPECT_EQ(watch_level(stay, d("2026-11-16")), WatchLevel::approaching);
    EXPECT_EQ(watch_level(stay, d("2026-11-29")), WatchLevel::approaching);
    EXPECT_EQ(watch_level(stay, d("2026-11-30")), WatchLevel::past);
    EXPECT_FALSE(is_escalated(stay, d("2026-12-01")));
    stay.under_25 = true;
    EXPECT_TRUE(is_escalated(stay, d("2026-12-01")));
    EXPECT_FALSE(is_escalated(stay, d("2026-11-29")));
    stay.exit = StayExit{"2026-12-01", ExitOutcome::municipal_housing, "", {}, ""};
    EXPECT_EQ(watch_level(stay, d("2026-12-05")), WatchLevel::none);
    EXPECT_FALSE(is_escalated(stay, d("2026-12-05")));
}

TEST(StayRules, AnExpiredPeriodIsFlaggedOnlyWhileThePersonStillLivesThere) {
    auto stay = stay_from("2026-09-01");
    EXPECT_FALSE(period_expired(stay, d("2026-12-31"))); // no period known
    stay.period_to = "2026-11-30";
    EXPECT_FALSE(period_expired(stay, d("2026-11-30"))); // the last day is still inside
    EXPECT_TRUE(period_expired(stay, d("2026-12-01")));
    stay.exit = StayExit{"2026-11-30", ExitOutcome::own_home, "", {}, ""};
    EXPECT_FALSE(period_expired(stay, d("2026-12-01")));
}

TEST(StayRules, AReturnIsWithinTwelveMonthsOfTheExit) {
    EXPECT_TRUE(is_return(d("2026-01-31"), d("2026-01-31")));
    EXPECT_TRUE(is_return(d("2026-01-31"), d("2027-01-31")));
    EXPECT_FALSE(is_return(d("2026-01-31"), d("2027-02-01")));
    EXPECT_TRUE(is_return(d("2028-02-29"), d("2029-02-28")));
    EXPECT_FALSE(is_return(d("2026-05-01"), d("2026-04-30"))); // before the exit: not a return
}

TEST(StayRules, TheWatchListPutsPriorityGroupsFirstThenPastThenLongest) {
    auto today = d("2026-11-23");
    auto adult_past = stay_from("2026-07-01");
    adult_past.id = 1;
    auto family_approaching = stay_from("2026-08-30");
    family_approaching.id = 2;
    family_approaching.family_with_children = true;
    auto young_past = stay_from("2026-08-01");
    young_past.id = 3;
    young_past.under_25 = true;
    auto adult_longer = stay_from("2026-06-01");
    adult_longer.id = 4;
    std::vector<Stay> stays{adult_past, family_approaching, young_past, adult_longer};
    sort_for_watch(stays, today);
    std::vector<int64_t> order;
    for (const auto& stay : stays) order.push_back(stay.id);
    EXPECT_EQ(order, (std::vector<int64_t>{3, 2, 4, 1}));
}

TEST(StayRules, AnExitNeedsWhatItsOutcomeNeeds) {
    auto stay = stay_from("2026-11-01");
    auto today = d("2026-11-23");
    auto field = [&](ExitInput exit) {
        auto status = check_exit(stay, exit, today);
        return status ? std::string("ok") : status.error().field;
    };
    EXPECT_EQ(field({"2026-11-20", "privat_leie", "", {}, ""}), "ok");
    EXPECT_EQ(field({"2026-10-31", "privat_leie", "", {}, ""}), "endedOn");
    EXPECT_EQ(field({"2026-11-24", "privat_leie", "", {}, ""}), "endedOn");
    EXPECT_EQ(field({"2026-02-30", "privat_leie", "", {}, ""}), "endedOn");
    EXPECT_EQ(field({"2026-11-20", "flyttet", "", {}, ""}), "outcome");
    EXPECT_EQ(field({"2026-11-20", "stans", "", {}, ""}), "outcome");
    EXPECT_EQ(field({"2026-11-20", "overgang", "", {}, ""}), "transitKind");
    EXPECT_EQ(field({"2026-11-20", "overgang", "krisesenter", {}, ""}), "transitUntil");
    EXPECT_EQ(field({"2026-11-20", "overgang", "krisesenter", "2026-11-19", ""}), "transitUntil");
    EXPECT_EQ(field({"2026-11-20", "overgang", "krisesenter", "2026-12-20", ""}), "ok");
    EXPECT_EQ(field({"2026-11-20", "privat_leie", "krisesenter", {}, ""}), "transitKind");
    EXPECT_EQ(field({"2026-11-20", "avsluttet_av_tilbyder", "", {}, ""}), "note");
    EXPECT_EQ(field({"2026-11-20", "avsluttet_av_tilbyder", "", {}, "Gjentatte brudd"}), "ok");
    EXPECT_EQ(check_exit(stay, {"2026-11-20", "privat_leie", "", {}, ""}, today)->outcome,
              ExitOutcome::private_rental);
}

TEST(FollowUpRules, AfterCareLastsThreeMonthsFromTheDayAgreed) {
    auto stay = stay_from("2026-09-01");
    AfterCare care{"2026-11-30", "", {"telefon"}, "", {{"2027-02-28", "telefon", {}, ""}}};
    EXPECT_FALSE(check_after_care(stay, care)); // the stay has not ended
    stay.exit = StayExit{"2026-11-30", ExitOutcome::municipal_housing, "", {}, ""};
    ASSERT_TRUE(check_after_care(stay, care));
    EXPECT_EQ(care.until_on, "2027-02-28");
    care.contacts[0].planned_on = "2027-03-01";
    EXPECT_EQ(check_after_care(stay, care).error().field, "contacts[0].plannedOn");
    care.contacts[0] = {"2026-12-15", "brev", {}, ""};
    EXPECT_EQ(check_after_care(stay, care).error().field, "contacts[0].form");
}

namespace {

// A stans with every element, decided on Monday 23 November 2026 (docs/domain.md#rule-stans-is-a-vedtak).
StayTermination complete_stans() {
    StayTermination termination;
    termination.effective_on = "2026-12-03";
    termination.breach_ids = {7};
    termination.notice_given_on = "2026-11-19";
    termination.notice_method = DeliveryMethod::in_person;
    termination.basis = TerminationBasis::house_rules;
    termination.basis_detail = "Husreglene punkt 2: ingen vold mot ansatte.";
    termination.facts = "Slo en ansatt, dokumentert av to vitner.";
    termination.resident_account = "Sier det var et uhell.";
    termination.considerations = "Sikkerheten til ansatte og andre beboere.";
    termination.new_place_assessment = "Plass hos annen tilbyder fra stansen gjelder.";
    termination.new_place_assessed_on = "2026-11-23";
    return termination;
}

std::vector<std::string> fields_of(const std::vector<Error>& problems) {
    std::vector<std::string> fields;
    for (const auto& problem : problems) fields.push_back(problem.field);
    return fields;
}

const std::vector<HouseRuleBreach> stans_breaches{{7, "2026-11-01", "Vold", "", "", 1}};
const std::vector<int64_t> stans_incidents{40};
const auto stans_today = parse_date("2026-11-23").value();

std::vector<std::string> stans_problems(const StayTermination& termination) {
    return fields_of(termination_problems(stay_from("2026-09-01"), termination, stans_breaches,
                                          stans_incidents, stans_today));
}

} // namespace

TEST(FollowUpRules, StansNeedsFactsTheResidentsAccountAndNoBackdating) {
    EXPECT_TRUE(stans_problems(complete_stans()).empty());
    auto without_account = complete_stans();
    without_account.resident_account = "";
    EXPECT_EQ(stans_problems(without_account), std::vector<std::string>{"residentAccount"});
    auto backdated = complete_stans();
    backdated.effective_on = "2026-11-22";
    backdated.danger_reason = "Truer med å skade de andre beboerne.";
    EXPECT_EQ(stans_problems(backdated), std::vector<std::string>{"effectiveOn"});
    auto unknown_breach = complete_stans();
    unknown_breach.breach_ids = {8};
    EXPECT_EQ(stans_problems(unknown_breach), std::vector<std::string>{"breachIds"});
    // Every problem at once, in the order of the form.
    EXPECT_EQ(stans_problems(StayTermination{}),
              (std::vector<std::string>{"breachIds", "basis", "basisDetail", "facts", "noticeGivenOn",
                                        "residentAccount", "considerations", "effectiveOn",
                                        "newPlaceAssessment", "newPlaceAssessedOn"}));
}

TEST(FollowUpRules, StansRestsOnADocumentedBreachOrAnIncidentReportOfTheStay) {
    auto none = complete_stans();
    none.breach_ids = {};
    EXPECT_EQ(stans_problems(none), std::vector<std::string>{"breachIds"});
    auto incident = none;
    incident.incident_ids = {40}; // a provider's report at this stay is enough on its own
    EXPECT_TRUE(stans_problems(incident).empty());
    auto foreign_incident = none;
    foreign_incident.incident_ids = {41};
    EXPECT_EQ(stans_problems(foreign_incident), std::vector<std::string>{"incidentIds"});
}

TEST(FollowUpRules, StansNamesItsBasisBeyondSection27) {
    auto no_basis = complete_stans();
    no_basis.basis.reset();
    EXPECT_EQ(stans_problems(no_basis), std::vector<std::string>{"basis"});
    auto no_detail = complete_stans();
    no_detail.basis_detail = "  § 27  ";
    EXPECT_EQ(stans_problems(no_detail), std::vector<std::string>{"basisDetail"});
    for (auto basis : all_termination_bases) {
        EXPECT_EQ(parse_termination_basis(to_string(basis)), basis);
        EXPECT_FALSE(label(basis).empty());
    }
    EXPECT_EQ(to_string(TerminationBasis::reversal), "omgjoring");
    EXPECT_FALSE(parse_termination_basis("paragraf_27"));
}

TEST(FollowUpRules, StansNeedsAdvanceNoticeWhenAndHowOrTheStatedException) {
    auto no_notice = complete_stans();
    no_notice.notice_given_on.reset();
    no_notice.notice_method.reset();
    EXPECT_EQ(stans_problems(no_notice), std::vector<std::string>{"noticeGivenOn"});
    auto excepted = no_notice;
    excepted.notice_exception = "Personen var ikke å få tak i; ingen kjent adresse eller telefon.";
    EXPECT_TRUE(stans_problems(excepted).empty());
    auto thin_exception = no_notice;
    thin_exception.notice_exception = "Haster";
    EXPECT_EQ(stans_problems(thin_exception), (std::vector<std::string>{"noticeGivenOn", "noticeException"}));
    auto no_way = complete_stans();
    no_way.notice_method.reset();
    EXPECT_EQ(stans_problems(no_way), std::vector<std::string>{"noticeMethod"});
    auto no_day = complete_stans();
    no_day.notice_given_on.reset();
    EXPECT_EQ(stans_problems(no_day), std::vector<std::string>{"noticeGivenOn"});
    auto future = complete_stans();
    future.notice_given_on = "2026-11-24";
    EXPECT_EQ(stans_problems(future), std::vector<std::string>{"noticeGivenOn"});
    auto before_stay = complete_stans();
    before_stay.notice_given_on = "2026-08-31";
    EXPECT_EQ(stans_problems(before_stay), std::vector<std::string>{"noticeGivenOn"});
}

TEST(FollowUpRules, StansLeavesTimeToAskForPostponementUnlessTheDangerIsStated) {
    // Decided Monday 23.11: posted, the letter is taken to arrive Thursday 26.11; seven days on.
    EXPECT_EQ(earliest_effective_without_danger(stans_today), d("2026-12-03"));
    // Over Christmas the working days stretch it (posted 22.12, arrives 28.12).
    EXPECT_EQ(earliest_effective_without_danger(d("2026-12-22")), d("2027-01-04"));
    auto too_soon = complete_stans();
    too_soon.effective_on = "2026-12-02";
    EXPECT_EQ(stans_problems(too_soon), std::vector<std::string>{"dangerReason"});
    auto today = complete_stans();
    today.effective_on = "2026-11-23";
    today.danger_reason = "Fare";
    EXPECT_EQ(stans_problems(today), std::vector<std::string>{"dangerReason"});
    today.danger_reason = "Har truet en ansatt med kniv og sagt at han kommer tilbake.";
    EXPECT_TRUE(stans_problems(today).empty());
}

TEST(FollowUpRules, StansTakesEffectWithinTheVedtakPeriod) {
    auto stay = stay_from("2026-09-01");
    stay.period_to = "2026-12-02"; // the place ends the day before the stans would
    auto problems =
        termination_problems(stay, complete_stans(), stans_breaches, stans_incidents, stans_today);
    ASSERT_EQ(fields_of(problems), std::vector<std::string>{"effectiveOn"});
    EXPECT_NE(problems[0].message.find("til og med 02.12.2026"), std::string::npos) << problems[0].message;
    // On the period's last day it still stops something; and a stay extended past it is fine.
    stay.period_to = "2026-12-03";
    EXPECT_TRUE(
        termination_problems(stay, complete_stans(), stans_breaches, stans_incidents, stans_today).empty());
    // A period that ran out before today binds nothing: the household lives on there, and the stans
    // is what ends it.
    stay.period_to = "2026-11-20";
    EXPECT_TRUE(
        termination_problems(stay, complete_stans(), stans_breaches, stans_incidents, stans_today).empty());
}

TEST(FollowUpRules, StansRecordsTheAssessmentOfANewPlace) {
    auto unassessed = complete_stans();
    unassessed.new_place_assessment = "";
    unassessed.new_place_assessed_on.reset();
    EXPECT_EQ(stans_problems(unassessed),
              (std::vector<std::string>{"newPlaceAssessment", "newPlaceAssessedOn"}));
    auto future = complete_stans();
    future.new_place_assessed_on = "2026-11-24";
    EXPECT_EQ(stans_problems(future), std::vector<std::string>{"newPlaceAssessedOn"});
    auto not_a_date = complete_stans();
    not_a_date.new_place_assessed_on = "i går";
    EXPECT_EQ(stans_problems(not_a_date), std::vector<std::string>{"newPlaceAssessedOn"});
}

TEST(FollowUpRules, StansDeadlineRunsFromWhenTheLetterReachedThePerson) {
    auto termination = complete_stans();
    termination.decided_at = "2026-11-23T10:00:00.000Z";
    EXPECT_TRUE(leaves_time_for_postponement(termination)); // not given yet: nothing to say
    EXPECT_EQ(record_termination_delivery(termination, "brev", "2026-11-23", stans_today).error().field,
              "deliveryMethod");
    EXPECT_EQ(record_termination_delivery(termination, "post", "2026-11-22", stans_today).error().field,
              "deliveredOn"); // before it was decided
    EXPECT_EQ(record_termination_delivery(termination, "post", "2026-11-24", stans_today).error().field,
              "deliveredOn");               // in the future
    EXPECT_FALSE(termination.delivered_on); // nothing recorded by a refused attempt
    ASSERT_TRUE(record_termination_delivery(termination, "post", "2026-11-23", d("2026-11-25")));
    EXPECT_EQ(termination.informed_on, "2026-11-26");
    EXPECT_EQ(termination.appeal_deadline, "2026-12-17");
    EXPECT_TRUE(leaves_time_for_postponement(termination)); // 26.11 + 7 = 03.12, the effective day
    auto again = record_termination_delivery(termination, "personlig", "2026-11-23", d("2026-11-25"));
    EXPECT_EQ(again.error().code, "already_delivered");
    // Posted late: the letter arrives too close to the stans (the office is told, the fact is kept).
    auto late = complete_stans();
    late.decided_at = "2026-11-23T10:00:00.000Z";
    ASSERT_TRUE(record_termination_delivery(late, "post", "2026-11-25", d("2026-11-25")));
    EXPECT_EQ(late.informed_on, "2026-11-30");
    EXPECT_FALSE(leaves_time_for_postponement(late));
}

TEST(FollowUpRules, AppointmentsAreLocalMinutes) {
    EXPECT_TRUE(is_local_minute("2026-11-24T09:30"));
    EXPECT_FALSE(is_local_minute("2026-11-24T24:00"));
    EXPECT_FALSE(is_local_minute("2026-11-24 09:30"));
    EXPECT_FALSE(is_local_minute("2026-02-30T09:30"));
    EXPECT_FALSE(is_local_minute("2026-11-24T9:30"));
}

TEST(FollowUpRules, AMeetingWithAnImpossibleDayOrTimeIsToldSoNotAskedForOne) {
    Appointment meeting{"2026-02-31T25:99", "Boligsøknad", "", "planlagt", ""};
    auto impossible = check_appointments({meeting});
    ASSERT_FALSE(impossible);
    EXPECT_EQ(impossible.error().field, "appointments[0].startsAt");
    EXPECT_NE(impossible.error().message.find("finnes ikke"), std::string::npos);
    meeting.starts_at = "";
    EXPECT_EQ(check_appointments({meeting}).error().message, "Skriv dato og klokkeslett.");
    meeting.starts_at = "2026-12-14T13:30";
    EXPECT_TRUE(check_appointments({meeting}));
}

TEST(NorwegianTime, TodayFollowsCentralEuropeanTimeAndSummerTime) {
    auto at = [](const char* text) { return parse_instant(text).value(); };
    EXPECT_EQ(norwegian_date(at("2026-11-23T22:59:59.000Z")), d("2026-11-23"));
    EXPECT_EQ(norwegian_date(at("2026-11-23T23:00:00.000Z")), d("2026-11-24")); // CET: UTC+1
    EXPECT_EQ(norwegian_date(at("2026-06-30T21:59:00.000Z")), d("2026-06-30"));
    EXPECT_EQ(norwegian_date(at("2026-06-30T22:00:00.000Z")), d("2026-07-01")); // CEST: UTC+2
    // Summer time 2026: 29 March 01:00 UTC to 25 October 01:00 UTC.
    EXPECT_EQ(norwegian_local_time(at("2026-03-29T00:59:00.000Z")) - sys_seconds{sys_days{d("2026-03-29")}},
              hours(1) + minutes(59));
    EXPECT_EQ(norwegian_local_time(at("2026-03-29T01:00:00.000Z")) - sys_seconds{sys_days{d("2026-03-29")}},
              hours(3));
    EXPECT_EQ(norwegian_local_time(at("2026-10-25T00:59:00.000Z")) - sys_seconds{sys_days{d("2026-10-25")}},
              hours(2) + minutes(59));
    EXPECT_EQ(norwegian_local_time(at("2026-10-25T01:00:00.000Z")) - sys_seconds{sys_days{d("2026-10-25")}},
              hours(2));
}
