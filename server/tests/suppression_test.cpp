// Small-count suppression: primary (1–4 hidden), complementary (no subtraction attack), a hidden
// total from the table above, and a randomised check that no table gives a hidden part away.

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

TEST(Suppression, ATotalHiddenAboveKeepsItsPartsFromAddingUpToIt) {
    auto table = suppress({6, 7}, 13, true);
    EXPECT_EQ(table.parts, (Shown{hidden, 7}));
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
