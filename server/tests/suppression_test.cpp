// Small-count suppression: primary (1–4 hidden), complementary (no subtraction attack), a hidden
// total from the table above, a randomised check that no table gives a hidden part away, and the
// national view built on it.

#include "common/clock.hpp"
#include "domain/national_figures.hpp"
#include "domain/suppression.hpp"

#include <gtest/gtest.h>
#include <random>

using namespace husly;

namespace {

using Shown = std::vector<std::optional<int64_t>>;
constexpr std::nullopt_t hidden = std::nullopt;

} // namespace

TEST(Suppression, ASmallCountIsHiddenWithTheNextSmallestSoTheTotalCannotGiveItAway) {
    auto table = suppress({10, 3, 8}, 21);
    EXPECT_EQ(table.parts, (Shown{10, hidden, hidden}));
    EXPECT_EQ(table.total, 21);
}

TEST(Suppression, HiddenPartsThatAddUpToLessThanFiveTakeAnotherWithThem) {
    // 2 + 2 = 4 would still be a small count: the 10 is hidden too.
    auto table = suppress({2, 2, 10, 20}, 34);
    EXPECT_EQ(table.parts, (Shown{hidden, hidden, hidden, 20}));
}

TEST(Suppression, ASmallTotalHidesEverything) {
    auto table = suppress({1, 2, 0}, 3);
    EXPECT_EQ(table.parts, (Shown{hidden, hidden, hidden}));
    EXPECT_FALSE(table.total.has_value());
}

TEST(Suppression, ATotalHiddenAboveHidesItsParts) {
    // Shown, the 7 could be subtracted from the country's total across the two tables.
    auto table = suppress({6, 7, 0}, 13, true);
    EXPECT_EQ(table.parts, (Shown{hidden, hidden, 0}));
    EXPECT_FALSE(table.total.has_value());
}

TEST(Suppression, ZerosAndLargeCountsAreShown) {
    auto table = suppress({0, 12, 9}, 21);
    EXPECT_EQ(table.parts, (Shown{0, 12, 9}));
    EXPECT_EQ(table.total, 21);
}

TEST(Suppression, NoRandomTableGivesAHiddenPartAwayBySubtraction) {
    std::mt19937 random(20261124);
    std::uniform_int_distribution<int> size(1, 8), small(0, 6), large(0, 40), which(0, 2);
    for (int round = 0; round < 5000; ++round) {
        std::vector<int64_t> parts(size(random));
        int64_t total = 0;
        for (auto& part : parts) {
            part = which(random) == 0 ? large(random) : small(random);
            total += part;
        }
        auto table = suppress(parts, total);
        int64_t shown_sum = 0, hidden_count = 0;
        for (size_t i = 0; i < parts.size(); ++i) {
            if (table.parts[i]) {
                EXPECT_EQ(*table.parts[i], parts[i]);
                EXPECT_FALSE(parts[i] > 0 && parts[i] < 5) << "a small count shown";
                shown_sum += parts[i];
            } else {
                ++hidden_count;
            }
        }
        if (!table.total) {
            EXPECT_LT(total, 5);
            continue;
        }
        auto recovered = total - shown_sum; // what an attacker learns about the hidden parts together
        EXPECT_NE(hidden_count, 1) << "one hidden part equals the total minus the rest";
        EXPECT_FALSE(recovered > 0 && recovered < 5) << "hidden parts together are a small count";
    }
}

// The national view: counties against the country, offices against their county.
namespace {

std::vector<KostraStay> households_at(int64_t office_id, int count, int64_t first_household) {
    std::vector<KostraStay> stays;
    for (int i = 0; i < count; ++i) {
        KostraStay stay;
        stay.stay_id = first_household + i;
        stay.household_id = first_household + i;
        stay.office_id = office_id;
        stay.started_on = parse_date("2026-03-01").value();
        stay.ended_on = parse_date("2026-03-05").value();
        stays.push_back(stay);
    }
    return stays;
}

std::optional<int64_t> households(const NationalRow& row) {
    return row.values[static_cast<size_t>(NationalMeasure::households)];
}

} // namespace

TEST(NationalFigures, AnOfficeWithFewHouseholdsIsHiddenWithItsNeighbourButTheCountiesAddUp) {
    std::vector<NationalOffice> offices{{1, "Nav Bodø", "18", "Nordland"},
                                        {2, "Nav Indre Salten", "18", "Nordland"},
                                        {3, "Nav Grünerløkka", "03", "Oslo"}};
    auto stays = households_at(1, 10, 100);
    auto more = households_at(2, 3, 200);
    stays.insert(stays.end(), more.begin(), more.end());
    more = households_at(3, 7, 300);
    stays.insert(stays.end(), more.begin(), more.end());

    auto table = national_table(stays, offices, 2026, parse_date("2026-11-24").value());
    EXPECT_EQ(households(table.country), 20);
    ASSERT_EQ(table.counties.size(), 2U);
    const auto& oslo = table.counties[0]; // "03" before "18"
    const auto& nordland = table.counties[1];
    EXPECT_EQ(households(oslo.county), 7);
    EXPECT_EQ(households(oslo.offices[0]), 7);
    EXPECT_EQ(households(nordland.county), 13);
    // Indre Salten's 3 is hidden, and Bodø's 10 with it: 13 − 10 would give the 3 away.
    EXPECT_FALSE(households(nordland.offices[0]).has_value());
    EXPECT_FALSE(households(nordland.offices[1]).has_value());
    // A share is never shown beside a hidden count.
    EXPECT_FALSE(nordland.offices[0].share_of_stays_over_3_months.has_value());
    EXPECT_EQ(table.country.share_of_stays_over_3_months, 0.0);
}

TEST(NationalFigures, ACountyHiddenAmongCountiesHidesItsOffices) {
    std::vector<NationalOffice> offices{{1, "Nav Bodø", "18", "Nordland"},
                                        {2, "Nav Rana", "18", "Nordland"},
                                        {3, "Nav Grünerløkka", "03", "Oslo"}};
    auto stays = households_at(1, 6, 100);
    auto more = households_at(2, 7, 200);
    stays.insert(stays.end(), more.begin(), more.end());
    more = households_at(3, 2, 300);
    stays.insert(stays.end(), more.begin(), more.end());

    auto table = national_table(stays, offices, 2026, parse_date("2026-11-24").value());
    EXPECT_EQ(households(table.country), 15);
    // Oslo's 2 is hidden, so Nordland (13) is too: 15 − 13 would give it away.
    EXPECT_FALSE(households(table.counties[0].county).has_value());
    EXPECT_FALSE(households(table.counties[1].county).has_value());
    // Nordland is hidden: so are its offices, or 6 + 7 would reveal it (and either, subtracted
    // from the country's 15, would narrow down the rest).
    const auto& nordland = table.counties[1].offices;
    EXPECT_FALSE(households(nordland[0]).has_value());
    EXPECT_FALSE(households(nordland[1]).has_value());
    EXPECT_FALSE(households(table.counties[0].offices[0]).has_value());
}
