// Incident reports by provider staff and Nav's follow-up (docs/domain.md#rule-exclusion-by-a-provider),
// without HTTP or SQL: the facts and the date a report needs, what Nav records before deciding, and
// that a provider ends a stay only through a report (each rule with its counter-case).

#include "common/clock.hpp"
#include "domain/incident.hpp"

#include <gtest/gtest.h>

using namespace husly;

namespace {

const auto today_date = *parse_date("2026-10-20");

IncidentReport report(const char* occurred_on = "2026-10-19",
                      const char* facts = "Slo en annen beboer i gangen.", bool ends_stay = true) {
    IncidentReport r;
    r.id = 5;
    r.placement_id = 9;
    r.stay_id = 7;
    r.occurred_on = occurred_on;
    r.facts = facts;
    r.action_taken = ends_stay ? "Ba personen forlate stedet; ringte Nav." : "";
    r.ends_stay = ends_stay;
    r.reported_at = "2026-10-20T08:15:00Z";
    return r;
}

std::vector<std::string> fields(const std::vector<Error>& problems) {
    std::vector<std::string> names;
    for (const auto& problem : problems) names.push_back(problem.field);
    return names;
}

IncidentFollowUp heard_and_assessed() {
    IncidentFollowUp f;
    f.resident_account = "Sier han ble provosert og vil gjerne bli boende.";
    f.new_place_assessment = "Får rom på Kirkens Bymisjon fra i kveld.";
    f.new_place_assessed_on = "2026-10-20";
    return f;
}

using Strings = std::vector<std::string>;

} // namespace

TEST(IncidentReport, AReportWithFactsAndAPastDateIsAccepted) {
    EXPECT_TRUE(incident_report_problems(report(), "2026-10-01", today_date).empty());
    EXPECT_TRUE(incident_report_problems(report("2026-10-20"), "2026-10-20", today_date).empty());
}

TEST(IncidentReport, FactsAreRequiredWithAtLeastTenCharacters) {
    EXPECT_EQ(fields(incident_report_problems(report("2026-10-19", ""), "2026-10-01", today_date)),
              Strings{"facts"});
    EXPECT_EQ(fields(incident_report_problems(report("2026-10-19", "   Slo.    "), "2026-10-01", today_date)),
              Strings{"facts"});
    // Ten letters are enough (counted in characters, not bytes).
    EXPECT_TRUE(
        incident_report_problems(report("2026-10-19", "Ødela dør!"), "2026-10-01", today_date).empty());
}

TEST(IncidentReport, FactsAreCleanText) {
    EXPECT_EQ(fields(incident_report_problems(report("2026-10-19", "Slo en beboer\u2028i gangen"),
                                              "2026-10-01", today_date)),
              Strings{"facts"});
    EXPECT_EQ(fields(incident_report_problems(report("2026-10-19", std::string(4001, 'a').c_str()),
                                              "2026-10-01", today_date)),
              Strings{"facts"});
}

TEST(IncidentReport, TheDateIsNeitherInTheFutureNorBeforeThePlacement) {
    EXPECT_EQ(fields(incident_report_problems(report("2026-10-21"), "2026-10-01", today_date)),
              Strings{"occurredOn"});
    EXPECT_EQ(fields(incident_report_problems(report("2026-09-30"), "2026-10-01", today_date)),
              Strings{"occurredOn"});
    EXPECT_EQ(fields(incident_report_problems(report(""), "2026-10-01", today_date)), Strings{"occurredOn"});
    EXPECT_EQ(fields(incident_report_problems(report("2026-02-30"), "2026-10-01", today_date)),
              Strings{"occurredOn"});
}

TEST(IncidentReport, EveryProblemIsNamedAtOnce) {
    auto r = report("2026-12-01", "", true);
    r.action_taken = "";
    EXPECT_EQ(fields(incident_report_problems(r, "2026-10-01", today_date)),
              (Strings{"occurredOn", "facts", "actionTaken"}));
}

TEST(IncidentReport, EndingTheStaySaysWhatTheProviderDid) {
    auto r = report();
    r.action_taken = "  ";
    EXPECT_EQ(fields(incident_report_problems(r, "2026-10-01", today_date)), Strings{"actionTaken"});
    // A report that does not end the stay needs no action.
    EXPECT_TRUE(incident_report_problems(report("2026-10-19", "Bråk på rommet om natten.", false),
                                         "2026-10-01", today_date)
                    .empty());
}

TEST(IncidentFollowUp, TheAccountAndAssessmentCanBeRecordedBeforeDeciding) {
    IncidentFollowUp f;
    f.resident_account = "Vil uttale seg i morgen.";
    EXPECT_TRUE(incident_follow_up_problems(report(), f, std::nullopt, today_date).empty());
}

TEST(IncidentFollowUp, AnEmptyFollowUpIsNoFollowUp) {
    EXPECT_EQ(fields(incident_follow_up_problems(report(), IncidentFollowUp{}, std::nullopt, today_date)),
              (Strings{"residentAccount"}));
    IncidentFollowUp assessed_only;
    assessed_only.new_place_assessment = "Får rom på Kirkens Bymisjon fra i kveld.";
    assessed_only.new_place_assessed_on = "2026-10-20";
    EXPECT_TRUE(incident_follow_up_problems(report(), assessed_only, std::nullopt, today_date).empty());
}

TEST(IncidentFollowUp, NoStansNeedsTheAccountTheAssessmentAndAReason) {
    auto f = heard_and_assessed();
    f.decision = IncidentDecision::no_stans;
    f.decision_reason = "Hendelsen var en misforståelse; personen kan bo videre.";
    EXPECT_TRUE(incident_follow_up_problems(report(), f, std::nullopt, today_date).empty());

    IncidentFollowUp bare;
    bare.decision = IncidentDecision::no_stans;
    EXPECT_EQ(fields(incident_follow_up_problems(report(), bare, std::nullopt, today_date)),
              (Strings{"residentAccount", "newPlaceAssessment", "newPlaceAssessedOn", "decisionReason"}));
}

TEST(IncidentFollowUp, AnIncidentThatDidNotEndTheStayNeedsNoNewPlace) {
    IncidentFollowUp f;
    f.resident_account = "Sier det var en misforståelse.";
    f.decision = IncidentDecision::no_stans;
    f.decision_reason = "Ingen grunn til stans; samtale med beboeren.";
    EXPECT_TRUE(incident_follow_up_problems(report("2026-10-19", "Bråk på rommet om natten.", false), f,
                                            std::nullopt, today_date)
                    .empty());
}

TEST(IncidentFollowUp, StansNeedsTheStaysStansVedtak) {
    auto f = heard_and_assessed();
    f.decision = IncidentDecision::stans;
    EXPECT_EQ(fields(incident_follow_up_problems(report(), f, std::nullopt, today_date)),
              Strings{"decision"});
    EXPECT_TRUE(incident_follow_up_problems(report(), f, int64_t{3}, today_date).empty());
    f.decision_reason = "Ikke relevant ved stans.";
    EXPECT_EQ(fields(incident_follow_up_problems(report(), f, int64_t{3}, today_date)),
              Strings{"decisionReason"});
}

TEST(IncidentFollowUp, TheAssessmentsDateIsNotInTheFutureNorBeforeTheIncident) {
    auto f = heard_and_assessed();
    f.new_place_assessed_on = "2026-10-21";
    EXPECT_EQ(fields(incident_follow_up_problems(report(), f, std::nullopt, today_date)),
              Strings{"newPlaceAssessedOn"});
    f.new_place_assessed_on = "2026-10-18";
    EXPECT_EQ(fields(incident_follow_up_problems(report(), f, std::nullopt, today_date)),
              Strings{"newPlaceAssessedOn"});
    f.new_place_assessed_on.reset();
    EXPECT_EQ(fields(incident_follow_up_problems(report(), f, std::nullopt, today_date)),
              Strings{"newPlaceAssessedOn"});
}

TEST(IncidentFollowUp, HandledWhenNavHasDecidedAndSameDayWhenAssessedTheDayReported) {
    auto r = report();
    EXPECT_FALSE(is_handled(r));
    EXPECT_FALSE(assessed_same_day(r));
    r.follow_up = heard_and_assessed();
    EXPECT_TRUE(assessed_same_day(r));
    EXPECT_FALSE(is_handled(r));
    r.follow_up.decision = IncidentDecision::no_stans;
    EXPECT_TRUE(is_handled(r));
    r.follow_up.new_place_assessed_on = "2026-10-21";
    EXPECT_FALSE(assessed_same_day(r));
}

TEST(IncidentDecisionCodes, RoundTrip) {
    for (auto decision : {IncidentDecision::stans, IncidentDecision::no_stans})
        EXPECT_EQ(parse_incident_decision(to_string(decision)), decision);
    EXPECT_FALSE(parse_incident_decision("ikke stans"));
}

TEST(ProviderEnding, ACheckOutByTheProviderNeedsAReportThatEndsTheStay) {
    EXPECT_EQ(check_provider_ending({}).error().code, "incident_required");
    EXPECT_EQ(check_provider_ending({report("2026-10-19", "Bråk på rommet om natten.", false)}).error().code,
              "incident_required");
    EXPECT_TRUE(check_provider_ending({report("2026-10-19", "Bråk på rommet om natten.", false), report()}));
}

TEST(ProviderEnding, TheExitRestsOnAReportWithTheAccountAndTheAssessment) {
    auto r = report();
    EXPECT_EQ(provider_ending_report({r}, std::nullopt).error().field, "incidentId");
    EXPECT_EQ(provider_ending_report({r}, 5).error().field, "incidentId"); // not heard, not assessed
    r.follow_up.resident_account = "Sier han ble provosert.";
    EXPECT_FALSE(provider_ending_report({r}, 5)); // no assessment yet
    r.follow_up = heard_and_assessed();
    EXPECT_EQ(provider_ending_report({r}, 5).value(), 5);
    EXPECT_FALSE(provider_ending_report({r}, 6)); // another report
    EXPECT_FALSE(
        provider_ending_report({report("2026-10-19", "Bråk om natten.", false)}, 5)); // did not end it
}
