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

TEST(FollowUpRules, StansNeedsFactsTheResidentsAccountAndNoBackdating) {
    auto stay = stay_from("2026-09-01");
    std::vector<HouseRuleBreach> breaches{{7, "2026-11-01", "Vold", "", "", 1}};
    StayTermination termination;
    termination.effective_on = "2026-11-25";
    termination.breach_ids = {7};
    termination.facts = "Slo en ansatt, dokumentert av to vitner.";
    termination.resident_account = "Sier det var et uhell.";
    termination.considerations = "Sikkerheten til ansatte og andre beboere.";
    termination.informed_on = "2026-11-23";
    auto today = d("2026-11-23");
    EXPECT_TRUE(termination_problems(stay, termination, breaches, today).empty());
    auto without_account = termination;
    without_account.resident_account = "";
    EXPECT_EQ(termination_problems(stay, without_account, breaches, today).front().field, "residentAccount");
    auto backdated = termination;
    backdated.effective_on = "2026-11-22";
    EXPECT_EQ(termination_problems(stay, backdated, breaches, today).front().field, "effectiveOn");
    auto unknown_breach = termination;
    unknown_breach.breach_ids = {8};
    EXPECT_EQ(termination_problems(stay, unknown_breach, breaches, today).front().field, "breachIds");
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
