// The dashboard's charts from hand-made facts, the right answers counted by hand.

#include "common/clock.hpp"
#include "domain/dashboard.hpp"

#include <gtest/gtest.h>

using namespace husly;

namespace {

Date d(const char* text) {
    return parse_date(text).value();
}

const ChartRow& row(const Chart& chart, const std::string& label) {
    for (const auto& r : chart.rows)
        if (r.label == label) return r;
    throw std::runtime_error("no row " + label + " in " + chart.id);
}

std::vector<RequestFact> hand_made_requests() {
    return {
        {d("2025-01-10"), "vedtak", "INNVILGET", d("2025-01-10")}, // last year, same day
        {d("2026-01-05"), "vedtak", "INNVILGET", d("2026-01-05")}, // same day
        {d("2026-01-20"), "vedtak", "AVSLATT", d("2026-01-22")},   // 2 days
        {d("2026-03-01"), "ikke_sokt", "", std::nullopt},
        {d("2026-03-02"), "trukket", "", std::nullopt},
        {d("2026-11-20"), "", "", std::nullopt},                          // open
        {d("2025-12-20"), "vedtak", "INNVILGET", d("2026-01-06")},        // received last year, 17 days
        {d("2026-04-01"), "vedtak", "DELVIS_INNVILGET", d("2026-04-02")}, // 1 day
        {d("2026-04-03"), "vedtak", "AVVIST", d("2026-04-03")},           // same day
    };
}

} // namespace

TEST(Dashboard, RequestsPerMonthThisYearAgainstLastYear) {
    auto chart = requests_by_month(hand_made_requests(), 2026);
    EXPECT_EQ(row(chart, "jan").values, (std::vector<double>{2, 1}));
    EXPECT_EQ(row(chart, "mar").values, (std::vector<double>{2, 0}));
    EXPECT_EQ(row(chart, "apr").values, (std::vector<double>{2, 0}));
    EXPECT_EQ(row(chart, "nov").values, (std::vector<double>{1, 0}));
    EXPECT_EQ(row(chart, "des").values, (std::vector<double>{0, 1}));
    EXPECT_EQ(chart.note, "7 i 2026 mot 2 i 2025.");
}

TEST(Dashboard, OutcomesAndTheShareRefused) {
    auto chart = request_outcomes(hand_made_requests(), 2026);
    EXPECT_EQ(row(chart, "Innvilget (helt eller delvis)").values[0], 2); // a partial grant is a grant
    EXPECT_EQ(row(chart, "Avslått eller avvist").values[0], 2);          // a rejection is decided too
    EXPECT_EQ(row(chart, "Ba ikke om plass").values[0], 1);
    EXPECT_EQ(row(chart, "Trukket av personen").values[0], 1);
    EXPECT_EQ(row(chart, "Ikke avgjort ennå").values[0], 1);
    EXPECT_EQ(chart.rows.size(), 5U); // no row for «kun råd og veiledning» when none was stored
    EXPECT_EQ(chart.note, "Andel avslag av vedtakene: 50 %.");
    auto years_ago = request_outcomes(hand_made_requests(), 2025);
    EXPECT_EQ(row(years_ago, "Innvilget (helt eller delvis)").values[0], 2);
}

TEST(Dashboard, RequestsClosedWithOnlyAdviceBeforeTheRuleAreShownApart) {
    auto requests = hand_made_requests();
    requests.push_back({d("2026-02-01"), "veiledning", "", std::nullopt});
    auto chart = request_outcomes(requests, 2026);
    EXPECT_EQ(row(chart, "Kun råd og veiledning (før kravet om vedtak)").values[0], 1);
    EXPECT_EQ(row(chart, "Ba ikke om plass").values[0], 1);
    EXPECT_EQ(chart.note, "Andel avslag av vedtakene: 50 %.");
}

TEST(Dashboard, MoneyForANightIsCountedApartFromPlaces) {
    auto chart = cash_for_a_night({{true, 900, 1}, {true, 2'400, 3}, {false, 0, 0}});
    EXPECT_EQ(row(chart, "Innvilget").values, (std::vector<double>{2, 4}));
    EXPECT_EQ(row(chart, "Avslått").values, (std::vector<double>{1, 0}));
    EXPECT_EQ(chart.note.substr(0, chart.note.find(" kroner")), "3\u00a0300");
    auto none = cash_for_a_night({});
    EXPECT_EQ(row(none, "Innvilget").values, (std::vector<double>{0, 0}));
}

TEST(Dashboard, TimeFromRequestToVedtakCountsVedtakMadeInTheYear) {
    auto chart = time_to_decision(hand_made_requests(), 2026);
    EXPECT_EQ(row(chart, "Samme dag").values[0], 2);
    EXPECT_EQ(row(chart, "1 dag").values[0], 1);
    EXPECT_EQ(row(chart, "2–3 dager").values[0], 1);
    EXPECT_EQ(row(chart, "Over 14 dager").values[0], 1);
    EXPECT_EQ(chart.note, "Median: 1 dag."); // one day, in the singular
}

TEST(Dashboard, StaysByLengthAroundTheThreeMonthLine) {
    auto stay = [](int64_t household, const char* from, const char* to) {
        KostraStay s;
        s.stay_id = household;
        s.household_id = household;
        s.started_on = d(from);
        if (to[0] != '\0') s.ended_on = d(to);
        return s;
    };
    std::vector<KostraStay> stays{stay(1, "2026-02-01", "2026-05-01"),  // exactly 3 months: 2–3
                                  stay(2, "2026-03-10", "2026-06-11"),  // a day past: 3–6
                                  stay(3, "2026-06-01", "2026-06-15"),  // 14 nights: 0–14
                                  stay(4, "2026-06-01", "2026-06-16")}; // 15 nights: 15 d–1 mnd
    stays[1].members = {KostraMember{}, KostraMember{true, d("2015-01-01"), true}};
    stays[2].under_25 = true;
    auto chart = stays_by_length(stays, 2026, d("2026-11-24"));
    EXPECT_EQ(row(chart, "2–3 mnd").values, (std::vector<double>{0, 0, 1}));
    EXPECT_EQ(row(chart, "3–6 mnd").values, (std::vector<double>{1, 0, 0}));
    EXPECT_EQ(row(chart, "0–14 dager").values, (std::vector<double>{0, 1, 0}));
    EXPECT_EQ(row(chart, "15 dager–1 mnd").values, (std::vector<double>{0, 0, 1}));
    EXPECT_EQ(chart.marker, "3–6 mnd");
    EXPECT_EQ(chart.note, "Gjennomsnitt 52 netter, lengste 93 netter. Streken markerer 3 måneder.");
}

TEST(Dashboard, ExitsAndTheShareToPermanentHousing) {
    auto chart = exits_by_outcome({{ExitOutcome::municipal_housing, 2},
                                   {ExitOutcome::private_rental, 1},
                                   {ExitOutcome::left_without_notice, 1}});
    EXPECT_EQ(row(chart, "Kommunal utleiebolig").values[0], 2);
    EXPECT_EQ(chart.note, "3 av 4 (75 %) flyttet til en varig bolig.");
}

TEST(Dashboard, DeviationsOpenedAndClosedByMonth) {
    auto chart =
        deviations_by_month({{d("2026-02-03"), d("2026-04-01")}, {d("2025-12-30"), d("2026-02-10")}}, 2026);
    EXPECT_EQ(row(chart, "feb").values, (std::vector<double>{1, 1}));
    EXPECT_EQ(row(chart, "apr").values, (std::vector<double>{0, 1}));
}
