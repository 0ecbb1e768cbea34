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
    s.members.assign(static_cast<size_t>(persons), KostraMember{});
    return s;
}

// The household's last member is a child born on `birth` (added when the stay has one person).
KostraStay with_youngest(KostraStay s, const char* birth) {
    if (s.members.size() < 2) s.members.emplace_back();
    s.members.back() = KostraMember{true, d(birth), true};
    return s;
}

KostraStay in_municipality(KostraStay s, const char* number) {
    s.municipality_number = number;
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
    no_birth_date.members.back() = KostraMember{true, std::nullopt, true};
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

// «14 dager eller mindre» (KOSandmidlbo14d) counts the household's nights within the reporting
// year, not each stay's whole length from its check-in. Counted by hand for 2026, asked on
// 1 February 2027 (2026 is closed: open stays are measured to 1 January 2027):
TEST(Kostra, FourteenDaysCountsOnlyTheNightsWithinTheReportingYear) {
    std::vector<KostraStay> stays{
        // 1: 1 December → 5 January: 31 nights in 2025, 4 in 2026 (1–2, 2–3, 3–4, 4–5 January).
        //    In 2026: 4 ≤ 14. (Its whole length, 35, is what the old rule summed.)
        stay(1, "2025-12-01", "2026-01-05"),
        // 2: 9 nights in 2026 (1–10 January) + 6 (1–7 March) = 15 > 14: not (the counter-case: the
        //    year's nights are summed over the household's stays).
        stay(2, "2025-12-20", "2026-01-10"),
        stay(2, "2026-03-01", "2026-03-07"),
        // 3: 20 December 2026 → 10 January 2027: 12 nights in 2026 (20–31 December), 9 in 2027.
        stay(3, "2026-12-20", "2027-01-10"),
        // 4: 14 nights exactly, in 2026 (the edge: 14 is «14 or fewer»).
        stay(4, "2026-06-01", "2026-06-15"),
        // 5: 15 nights in 2026: not.
        stay(5, "2026-06-01", "2026-06-16"),
    };
    auto figures = kostra_figures(stays, 2026, d("2027-02-01"));
    EXPECT_EQ(figures.all.households, 5);
    EXPECT_EQ(figures.households_14_days_or_fewer, 3); // 1 (4), 3 (12), 4 (14); not 2 (15), 5 (15)
    // 2025: household 1 had 31 nights, household 2 had 12 (20–31 December): only 2.
    EXPECT_EQ(kostra_figures(stays, 2025, d("2027-02-01")).households_14_days_or_fewer, 1);
    // 2027: household 3 had 9 nights (1–9 January): 14 or fewer.
    auto next = kostra_figures(stays, 2027, d("2027-02-01"));
    EXPECT_EQ(next.all.households, 1);
    EXPECT_EQ(next.households_14_days_or_fewer, 1);
}

// «Husstander med barn» (KOSmidlbobarn) counts children living in the place: the members the
// placement placed, not everyone named on the request. Counted by hand for 2026:
TEST(Kostra, WithChildrenCountsOnlyTheChildrenPlaced) {
    // 1: a parent placed alone; the child (8) named on the request stays with the other parent.
    //    Not with children; 10 nights × 1 person placed = 10 bed-nights.
    auto parent_alone = with_youngest(stay(1, "2026-03-01", "2026-03-11", 2), "2018-01-01");
    parent_alone.members.back().placed = false;
    // 2: the same household with its child placed: with children; 10 nights × 2 = 20.
    auto family = with_youngest(stay(2, "2026-03-01", "2026-03-11", 2), "2018-01-01");
    // 3: a child without a birth date, not placed: not with children; 5 nights × 1 = 5.
    auto unplaced_unknown = stay(3, "2026-04-01", "2026-04-06", 2);
    unplaced_unknown.members.back() = KostraMember{true, std::nullopt, false};
    // 4: first alone (child not placed), then a return with the child: with children (one of the
    //    year's stays had a child living there). 5 × 1 + 5 × 2 = 15.
    auto first = with_youngest(stay(4, "2026-05-01", "2026-05-06", 2), "2020-01-01");
    first.members.back().placed = false;
    auto second = with_youngest(stay(4, "2026-06-01", "2026-06-06", 2), "2020-01-01");
    // 5: two adults and a child of 17 placed, a child of 5 not: with children (the 17-year-old);
    //    4 nights × 3 = 12.
    auto older = stay(5, "2026-07-01", "2026-07-05", 3);
    older.members[1] = KostraMember{true, d("2009-01-01"), true};
    older.members.push_back(KostraMember{true, d("2021-01-01"), false});
    std::vector<KostraStay> stays{parent_alone, family, unplaced_unknown, first, second, older};
    auto figures = kostra_figures(stays, 2026, d("2026-11-24"));
    EXPECT_EQ(figures.all.households, 5);
    EXPECT_EQ(figures.households_with_children, 3); // 2, 4, 5
    EXPECT_EQ(figures.all.bed_nights, 10 + 20 + 5 + 15 + 12);
    EXPECT_FALSE(kostra_has_children_on(parent_alone, d("2026-03-01")));
    EXPECT_TRUE(kostra_has_children_on(family, d("2026-03-01")));
}

// «Over 3 måneder» (KOSandbarn3m) is the household's continuous time: a stay that begins on the
// day, or the day after, the household's previous stay (in the same municipality) ended continues
// its spell, and the 3-month mark is the spell's first check-in + 3 calendar months. Counted by
// hand for 2026, asked on 24 November 2026:
TEST(Kostra, OverThreeMonthsRunsAcrossConsecutiveStaysOfTheHousehold) {
    std::vector<KostraStay> stays{
        // 1: a family; a new vedtak ended the stay on 1 March and began the next the same day.
        //    Spell from 10 January, mark 10 April; out 1 May: over. (Each stay alone: 50 and 61
        //    nights, neither over.)
        with_youngest(stay(1, "2026-01-10", "2026-03-01", 2), "2018-01-01"),
        with_youngest(stay(1, "2026-03-01", "2026-05-01", 2), "2018-01-01"),
        // 2: a family back the day after it left (one night away): the same spell; over.
        with_youngest(stay(2, "2026-01-10", "2026-03-01", 2), "2018-01-01"),
        with_youngest(stay(2, "2026-03-02", "2026-05-01", 2), "2018-01-01"),
        // 3: the counter-case: back two days after (2 March away, 3 March in): a new spell from
        //    3 March, mark 3 June; out 1 May: not over.
        with_youngest(stay(3, "2026-01-10", "2026-03-01", 2), "2018-01-01"),
        with_youngest(stay(3, "2026-03-03", "2026-05-01", 2), "2018-01-01"),
        // 4: a spell begun in 2025 by a stay with no night in 2026 (out on 1 January): from
        //    1 October 2025, mark 1 January 2026; the next stay, in on 1 January, out 20 January:
        //    over. The earlier stay is not counted itself (no night in the year).
        with_youngest(stay(4, "2025-10-01", "2026-01-01", 2), "2018-01-01"),
        with_youngest(stay(4, "2026-01-01", "2026-01-20", 2), "2018-01-01"),
        // 5: the counter-case: the next stay in another municipality is a spell of its own there.
        with_youngest(stay(5, "2026-01-10", "2026-03-01", 2), "2018-01-01"),
        in_municipality(with_youngest(stay(5, "2026-03-01", "2026-05-01", 2), "2018-01-01"), "1840"),
        // 6: a single adult the same way as 1: a stay over 3 months, but no family with children.
        stay(6, "2026-06-01", "2026-08-01"),
        stay(6, "2026-08-01", "2026-09-15"),
    };
    auto figures = kostra_figures(stays, 2026, d("2026-11-24"));
    EXPECT_EQ(figures.all.households, 6);
    EXPECT_EQ(figures.all.stays, 11);                             // 4's stay of 2025 is not counted
    EXPECT_EQ(figures.households_with_children, 5);               // 1–5
    EXPECT_EQ(figures.households_with_children_over_3_months, 3); // 1, 2, 4
    EXPECT_EQ(figures.stays_over_3_months, 4);                    // the second stays of 1, 2, 4, 6
    auto spells = kostra_spell_starts(stays, d("2026-11-25"));
    EXPECT_EQ(spells.at(stays[1].stay_id), d("2026-01-10"));
    EXPECT_EQ(spells.at(stays[5].stay_id), d("2026-03-03"));
    EXPECT_EQ(spells.at(stays[7].stay_id), d("2025-10-01"));
    EXPECT_EQ(spells.at(stays[9].stay_id), d("2026-03-01"));
}

// A stay counts whatever outcome its request or vedtak was recorded with: KostraStay carries none,
// and the store reads every stay with a night in the year (figures_test.cpp checks it through the
// database). A night shelter stay neither begins nor continues a spell.
TEST(Kostra, ANightShelterStayDoesNotJoinTwoStaysIntoOneSpell) {
    auto shelter = with_youngest(stay(1, "2026-03-01", "2026-03-05", 2), "2018-01-01");
    shelter.night_shelter = true;
    std::vector<KostraStay> stays{with_youngest(stay(1, "2026-01-10", "2026-03-01", 2), "2018-01-01"),
                                  shelter,
                                  with_youngest(stay(1, "2026-03-05", "2026-05-01", 2), "2018-01-01")};
    auto figures = kostra_figures(stays, 2026, d("2026-11-24"));
    EXPECT_EQ(figures.households_with_children_over_3_months, 0); // new spell from 5 March
    EXPECT_EQ(figures.households_14_days_or_fewer, 0);            // 50 + 57 ordinary nights
}
