// The KOSTRA counting rules without HTTP or SQL, on a hand-made set of stays whose right answers
// were counted by hand (written beside each stay). The API test counts the same kind of data
// through the database on both backends.

#include "common/clock.hpp"
#include "domain/kostra.hpp"

#include <gtest/gtest.h>

using namespace husly;

namespace {

Date d(const char* text) {
    return parse_date(text).value();
}

KostraStay stay(int64_t household, const char* from, std::optional<const char*> to, int persons = 1) {
    KostraStay s;
    static int64_t next_id = 1;
    s.stay_id = next_id++;
    s.household_id = household;
    s.municipality_number = "1804";
    s.started_on = d(from);
    if (to) s.ended_on = d(*to);
    s.persons = persons;
    return s;
}

KostraStay with_youngest(KostraStay s, const char* birth) {
    s.youngest_birth_date = d(birth);
    return s;
}

std::vector<KostraStay> hand_made_stays() {
    std::vector<KostraStay> stays;
    // A: across new year, 14 nights in all, 2 of them in 2026.
    stays.push_back(stay(1, "2025-12-20", "2026-01-03"));
    // B: a family of 3, exactly 3 months (1 Feb → 1 May), 89 nights → 267 bed-nights.
    stays.push_back(with_youngest(stay(2, "2026-02-01", "2026-05-01", 3), "2020-05-01"));
    // C: a family of 2, one day past 3 months (mark 10 June), 93 nights → 186 bed-nights.
    stays.push_back(with_youngest(stay(3, "2026-03-10", "2026-06-11", 2), "2015-01-01"));
    // D: a return: 7 + 8 = 15 nights, one household, two stays.
    stays.push_back(stay(4, "2026-04-01", "2026-04-08"));
    stays.push_back(stay(4, "2026-04-20", "2026-04-28"));
    // E: exactly 14 nights.
    stays.push_back(stay(5, "2026-06-01", "2026-06-15"));
    // F: night shelter only: 3 nights, apart from the figures.
    auto shelter = stay(6, "2026-07-01", "2026-07-04");
    shelter.night_shelter = true;
    stays.push_back(shelter);
    // G: a family of 2 still living there since 1 October 2025; the child turns 18 on 1 June 2026
    // but was 17 on the first night counted. 1 Jan → tonight's end 25 Nov = 328 nights.
    stays.push_back(with_youngest(stay(7, "2025-10-01", std::nullopt, 2), "2008-06-01"));
    // H: left on 1 January 2026: its last night was 31 December 2025. 31 nights in 2025.
    stays.push_back(stay(8, "2025-12-01", "2026-01-01"));
    // I: a child registered without a birth date, 4 nights for 2 persons.
    auto no_birth_date = stay(9, "2026-08-01", "2026-08-05", 2);
    no_birth_date.child_without_birth_date = true;
    stays.push_back(no_birth_date);
    return stays;
}

} // namespace

TEST(Kostra, TheCurrentYearCountedByHand) {
    auto figures = kostra_figures(hand_made_stays(), 2026, d("2026-11-24"));
    EXPECT_EQ(figures.all.households, 7); // A B C D E G I
    EXPECT_EQ(figures.all.stays, 8);      // D twice
    EXPECT_EQ(figures.all.bed_nights, 2 + 267 + 186 + 15 + 14 + 656 + 8);
    EXPECT_EQ(figures.households_with_children, 4);               // B C G I
    EXPECT_EQ(figures.households_14_days_or_fewer, 3);            // A E I, not D (15)
    EXPECT_EQ(figures.households_with_children_over_3_months, 2); // C G, not B (exactly 3)
    EXPECT_EQ(figures.stays_over_3_months, 2);                    // C G
    EXPECT_EQ(figures.night_shelter.households, 1);
    EXPECT_EQ(figures.night_shelter.stays, 1);
    EXPECT_EQ(figures.night_shelter.bed_nights, 3);
}

TEST(Kostra, AClosedYearMeasuresOpenStaysToItsEnd) {
    auto figures = kostra_figures(hand_made_stays(), 2025, d("2026-11-24"));
    EXPECT_EQ(figures.all.households, 3); // A G H
    EXPECT_EQ(figures.all.stays, 3);
    EXPECT_EQ(figures.all.bed_nights, 12 + 184 + 31);             // G: 92 nights × 2
    EXPECT_EQ(figures.households_with_children, 1);               // G
    EXPECT_EQ(figures.households_14_days_or_fewer, 1);            // A: 12 nights to the year's end
    EXPECT_EQ(figures.households_with_children_over_3_months, 0); // G reaches its mark on 1 Jan
    EXPECT_EQ(figures.stays_over_3_months, 0);
    EXPECT_EQ(figures.night_shelter.households, 0);
}

TEST(Kostra, AChildWhoTurned18BeforeTheYearIsNoLongerAChild) {
    std::vector<KostraStay> stays{with_youngest(stay(1, "2025-10-01", std::nullopt, 2), "2008-06-01")};
    EXPECT_EQ(kostra_figures(stays, 2027, d("2027-03-01")).households_with_children, 0);
    EXPECT_EQ(kostra_figures(stays, 2026, d("2027-03-01")).households_with_children, 1);
}

TEST(Kostra, AHouseholdInBothANightShelterAndOrdinaryAccommodationCountsInEach) {
    auto shelter = stay(1, "2026-01-10", "2026-01-12");
    shelter.night_shelter = true;
    std::vector<KostraStay> stays{shelter, stay(1, "2026-02-01", "2026-02-03")};
    auto figures = kostra_figures(stays, 2026, d("2026-11-24"));
    EXPECT_EQ(figures.all.households, 1);
    EXPECT_EQ(figures.all.stays, 1);
    EXPECT_EQ(figures.night_shelter.households, 1);
    EXPECT_EQ(figures.households_14_days_or_fewer, 1); // the night shelter's nights do not count
}

TEST(Kostra, NothingCountsBeforeItsFirstNight) {
    // Checked in today: tonight is its first night. A stay that begins tomorrow would not count.
    std::vector<KostraStay> stays{stay(1, "2026-11-24", std::nullopt)};
    auto figures = kostra_figures(stays, 2026, d("2026-11-24"));
    EXPECT_EQ(figures.all.households, 1);
    EXPECT_EQ(figures.all.bed_nights, 1);
    EXPECT_EQ(kostra_figures(stays, 2026, d("2026-11-23")).all.households, 0);
}

TEST(Kostra, SharesHaveOneDecimalAndNoneWithoutAWhole) {
    EXPECT_DOUBLE_EQ(percent_of(1, 3).value(), 33.3);
    EXPECT_DOUBLE_EQ(percent_of(2, 3).value(), 66.7);
    EXPECT_FALSE(percent_of(0, 0).has_value());
}
