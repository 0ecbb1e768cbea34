// Small-count suppression: the single table (primary 1–4 hidden, complementary, a hidden total from
// the table above, a randomised subtraction attack), and the linked tables of the national view —
// the reviewer's cases (7 stays and 6 households; a county minus its shown offices; a «<5» that was
// 950), and an exhaustive attacker that, for small random tables, tries every combination of values
// the shown cells, the symbols and the relations allow, and finds no hidden small count, no small
// difference and no small group it could pin down.

#include "common/clock.hpp"
#include "domain/national_figures.hpp"
#include "domain/suppression.hpp"

#include <algorithm>
#include <functional>
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

// ---- The exhaustive attacker -----------------------------------------------------------------

namespace {

// Everything an attacker knows: the shown values, that «<5» is 1–4, that «:» is at least 5, that a
// complement is at least 0, and every relation. It searches the integer solutions for one in which
// a protected quantity differs from its true value; if there is none, the quantity is disclosed.
class Attacker {
public:
    Attacker(const LinkedTable& table, const std::vector<CellStatus>& status) {
        int64_t largest = 0;
        for (const auto& cell : table.cells) largest = std::max(largest, cell.value);
        const int64_t cap = 2 * largest + 10; // more room only gives the attacker less
        for (size_t c = 0; c < table.cells.size(); ++c) {
            m_truth.push_back(table.cells[c].value);
            switch (status[c]) {
            case CellStatus::shown:
                m_low.push_back(table.cells[c].value), m_high.push_back(table.cells[c].value);
                break;
            case CellStatus::small:
                m_low.push_back(1), m_high.push_back(4);
                break;
            case CellStatus::secondary:
                m_low.push_back(5), m_high.push_back(cap);
                break;
            }
        }
        for (const auto& rel : table.relations) {
            Relation r{rel.total, rel.parts, std::nullopt, 0};
            int64_t rest = table.cells[rel.total].value;
            for (auto part : rel.parts) rest -= table.cells[part].value;
            if (rel.complement && rest >= 0) {
                r.complement = m_truth.size();
                m_truth.push_back(rest);
                m_low.push_back(0);
                m_high.push_back(cap);
            } else {
                r.offset = rest;
            }
            m_relations.push_back(r);
        }
    }

    // Whether the sum of these variables can take any value but its true one.
    bool can_differ(const std::vector<size_t>& variables) {
        int64_t truth = 0;
        for (auto v : variables) truth += m_truth[v];
        m_nodes = 0;
        return search(m_low, m_high, variables, truth);
    }

    // The protected quantities of the table, each with what it is, for messages.
    std::vector<std::pair<std::string, std::vector<size_t>>>
    protected_quantities(const std::vector<CellStatus>& status) const {
        std::vector<std::pair<std::string, std::vector<size_t>>> result;
        for (size_t c = 0; c < status.size(); ++c)
            if (status[c] == CellStatus::small) result.push_back({"small cell " + std::to_string(c), {c}});
        for (size_t r = 0; r < m_relations.size(); ++r) {
            const auto& rel = m_relations[r];
            if (rel.complement && small(m_truth[*rel.complement]))
                result.push_back({"complement of relation " + std::to_string(r), {*rel.complement}});
            std::vector<size_t> group;
            int64_t sum = 0;
            for (auto part : rel.parts)
                if (status[part] != CellStatus::shown) group.push_back(part), sum += m_truth[part];
            if (group.empty()) continue;
            if (rel.complement) group.push_back(*rel.complement), sum += m_truth[*rel.complement];
            if (small(sum)) result.push_back({"hidden group of relation " + std::to_string(r), group});
        }
        return result;
    }

    int64_t nodes() const { return m_nodes; }

private:
    struct Relation {
        size_t total;
        std::vector<size_t> parts;
        std::optional<size_t> complement;
        int64_t offset;
    };
    static bool small(int64_t value) { return value > 0 && value < 5; }

    bool propagate(std::vector<int64_t>& low, std::vector<int64_t>& high) const {
        for (bool changed = true; changed;) {
            changed = false;
            for (const auto& rel : m_relations) {
                std::vector<size_t> members = rel.parts;
                if (rel.complement) members.push_back(*rel.complement);
                int64_t low_sum = 0, high_sum = 0;
                for (auto m : members) low_sum += low[m], high_sum += high[m];
                auto tighten = [&](size_t v, int64_t lo, int64_t hi) {
                    if (lo > low[v]) low[v] = lo, changed = true;
                    if (hi < high[v]) high[v] = hi, changed = true;
                    return low[v] <= high[v];
                };
                if (!tighten(rel.total, low_sum + rel.offset, high_sum + rel.offset)) return false;
                for (auto m : members)
                    if (!tighten(m, low[rel.total] - rel.offset - (high_sum - high[m]),
                                 high[rel.total] - rel.offset - (low_sum - low[m])))
                        return false;
            }
        }
        return true;
    }

    bool search(std::vector<int64_t> low, std::vector<int64_t> high, const std::vector<size_t>& quantity,
                int64_t truth) {
        ++m_nodes;
        if (!propagate(low, high)) return false;
        int64_t q_low = 0, q_high = 0;
        for (auto v : quantity) q_low += low[v], q_high += high[v];
        if (q_low == truth && q_high == truth) return false; // it cannot differ here
        // Branch on the open variable with the fewest values, trying values away from the truth first.
        std::optional<size_t> pick;
        for (size_t v = 0; v < low.size(); ++v)
            if (low[v] < high[v] && (!pick || high[v] - low[v] < high[*pick] - low[*pick])) pick = v;
        if (!pick) return q_low != truth; // every value fixed and consistent
        for (int64_t value = low[*pick]; value <= high[*pick]; ++value) {
            auto lo = low, hi = high;
            lo[*pick] = hi[*pick] = value;
            if (search(lo, hi, quantity, truth)) return true;
        }
        return false;
    }

    std::vector<int64_t> m_truth, m_low, m_high;
    std::vector<Relation> m_relations;
    int64_t m_nodes{0};
};

// Fails the test for every protected quantity the attacker can pin down.
void expect_nothing_disclosed(const LinkedTable& table, const std::vector<CellStatus>& status,
                              const std::string& what) {
    for (size_t c = 0; c < table.cells.size(); ++c) {
        auto value = table.cells[c].value;
        if (value > 0 && value < 5) {
            EXPECT_NE(status[c], CellStatus::shown) << what << ": a small count shown";
        }
        if (value == 0) {
            EXPECT_EQ(status[c], CellStatus::shown) << what << ": a zero hidden";
        }
        if (status[c] == CellStatus::small) {
            EXPECT_TRUE(value > 0 && value < 5) << what;
        }
        if (status[c] == CellStatus::secondary) {
            EXPECT_GE(value, 5) << what << ": «:» on a small count";
        }
    }
    Attacker attacker(table, status);
    for (const auto& [name, quantity] : attacker.protected_quantities(status))
        EXPECT_TRUE(attacker.can_differ(quantity)) << what << ": " << name << " can be worked out";
}

std::string describe(const LinkedTable& table, const std::vector<CellStatus>& status) {
    std::string text;
    for (size_t c = 0; c < table.cells.size(); ++c)
        text += std::to_string(table.cells[c].value) +
                (status[c] == CellStatus::shown   ? ""
                 : status[c] == CellStatus::small ? "(<5)"
                                                  : "(:)") +
                " ";
    return text;
}

LinkedTable one_relation(const std::vector<int64_t>& parts) {
    LinkedTable table;
    int64_t total = 0;
    for (auto part : parts) total += part;
    table.cells.push_back({total, 1});
    LinkedTable::Relation relation{0, {}, false};
    for (auto part : parts) {
        relation.parts.push_back(table.cells.size());
        table.cells.push_back({part, 0});
    }
    table.relations.push_back(relation);
    return table;
}

using M = NationalMeasure;

// One row of the national table from its households and stays; the rest follow.
RawMeasures row_of(int64_t households, int64_t stays, int64_t with_children = 0, int64_t bed_nights = -1) {
    RawMeasures row{};
    row[static_cast<size_t>(M::households)] = households;
    row[static_cast<size_t>(M::stays)] = stays;
    row[static_cast<size_t>(M::households_with_children)] = with_children;
    row[static_cast<size_t>(M::bed_nights)] = bed_nights < 0 ? 10 * stays : bed_nights;
    return row;
}

RawMeasures sum_of(const std::vector<RawMeasures>& rows) {
    RawMeasures total{};
    for (const auto& row : rows)
        for (size_t m = 0; m < national_measure_count; ++m) total[m] += row[m];
    return total;
}

// The country with one county per list of offices.
std::pair<std::vector<RawMeasures>, NationalLayout>
country_of(const std::vector<std::vector<RawMeasures>>& counties) {
    std::vector<RawMeasures> rows{RawMeasures{}};
    NationalLayout layout;
    std::vector<RawMeasures> county_totals;
    for (const auto& offices : counties) {
        layout.county_rows.push_back(rows.size());
        county_totals.push_back(sum_of(offices));
        rows.push_back(county_totals.back());
        layout.office_rows.emplace_back();
        for (const auto& office : offices) {
            layout.office_rows.back().push_back(rows.size());
            rows.push_back(office);
        }
    }
    rows[0] = sum_of(county_totals);
    return {rows, layout};
}

CellStatus status_at(const std::vector<CellStatus>& status, size_t row, M measure) {
    return status[row * national_measure_count + static_cast<size_t>(measure)];
}

} // namespace

// ---- Linked tables: the rules on their own ---------------------------------------------------------

TEST(LinkedSuppression, OneTableHidesTheSmallCountAndANeighbourAndMarksTheNeighbourAsProtective) {
    auto table = one_relation({10, 3, 8});
    auto status = suppress_linked(table);
    EXPECT_EQ(status, (std::vector<CellStatus>{CellStatus::shown, CellStatus::shown, CellStatus::small,
                                               CellStatus::secondary}));
    expect_nothing_disclosed(table, status, "10 3 8");
}

TEST(LinkedSuppression, TwoSmallCountsThatTogetherAreSmallTakeAThirdWithThem) {
    auto table = one_relation({2, 2, 10, 20}); // 2 + 2 = 4 would be a small count
    auto status = suppress_linked(table);
    EXPECT_EQ(status[1], CellStatus::small);
    EXPECT_EQ(status[2], CellStatus::small);
    EXPECT_EQ(status[3], CellStatus::secondary);
    EXPECT_EQ(status[4], CellStatus::shown);
    expect_nothing_disclosed(table, status, "2 2 10 20");
}

TEST(LinkedSuppression, TheSymbolsThemselvesAreKnowledgeTwoFoursAreNotLeftAlone) {
    // 4 + 4 = 8: both «<5», so the attacker knows both are 4 unless something else is hidden too.
    auto table = one_relation({4, 4, 20});
    auto status = suppress_linked(table);
    EXPECT_EQ(status[3], CellStatus::secondary);
    expect_nothing_disclosed(table, status, "4 4 20");
    // 1 beside a 5: «<5» + «:» = 6 gives 1 and 5 away; the total must go.
    table = one_relation({1, 5});
    status = suppress_linked(table);
    EXPECT_NE(status[0], CellStatus::shown);
    expect_nothing_disclosed(table, status, "1 5");
}

TEST(LinkedSuppression, ZerosAndLargeCountsAreShown) {
    auto table = one_relation({0, 12, 9});
    EXPECT_EQ(suppress_linked(table), std::vector<CellStatus>(4, CellStatus::shown));
}

TEST(LinkedSuppression, ADifferenceBetweenTwoShownMeasuresIsProtectedLikeACount) {
    // Stays 7 and households 6: exactly one household had two stays.
    LinkedTable table{{{7, 0}, {6, 0}}, {{0, {1}, true}}};
    auto status = suppress_linked(table);
    EXPECT_TRUE(status[0] != CellStatus::shown || status[1] != CellStatus::shown);
    EXPECT_NE(status[0], CellStatus::small); // hidden only to protect: «:», not «<5»
    EXPECT_NE(status[1], CellStatus::small);
    expect_nothing_disclosed(table, status, "7 − 6");
    // 9 − 2 leaves 7: nothing to protect in the difference, but the 2 itself.
    table = LinkedTable{{{9, 0}, {2, 0}}, {{0, {1}, true}}};
    status = suppress_linked(table);
    EXPECT_EQ(status[1], CellStatus::small);
    expect_nothing_disclosed(table, status, "9 − 2");
}

TEST(LinkedSuppression, ACycleOfHiddenCellsIsCheckedAsAWholeNotRowByRow) {
    // Two 2×2 blocks of hidden cells joined by one more hidden cell: every row and column has two
    // hidden cells, yet the joining cell follows from the totals. The elimination sees it.
    // Rows A–D, columns 1–4 (inner cells), with row and column totals and a grand total.
    const std::vector<std::vector<int64_t>> inner{{1, 2, 6, 9}, {3, 4, 8, 7}, {9, 8, 2, 1}, {7, 6, 3, 4}};
    LinkedTable table;
    auto at = [](size_t r, size_t c) {
        return r * 5 + c;
    }; // column 4 is the row total, row 4 the column total
    for (size_t r = 0; r < 5; ++r)
        for (size_t c = 0; c < 5; ++c) {
            int64_t value = 0;
            for (size_t i = 0; i < 4; ++i)
                for (size_t j = 0; j < 4; ++j)
                    if ((r == 4 || r == i) && (c == 4 || c == j)) value += inner[i][j];
            table.cells.push_back({value, (r == 4 ? 1 : 0) + (c == 4 ? 1 : 0)});
        }
    for (size_t r = 0; r < 5; ++r) {
        LinkedTable::Relation row{at(r, 4), {}, false};
        for (size_t c = 0; c < 4; ++c) row.parts.push_back(at(r, c));
        table.relations.push_back(row);
    }
    for (size_t c = 0; c < 5; ++c) {
        LinkedTable::Relation column{at(4, c), {}, false};
        for (size_t r = 0; r < 4; ++r) column.parts.push_back(at(r, c));
        table.relations.push_back(column);
    }
    auto status = suppress_linked(table);
    expect_nothing_disclosed(table, status, describe(table, status));
}

// ---- The national view: the reviewer's cases ------------------------------------------------------

TEST(LinkedSuppression, SevenStaysAndSixHouseholdsNoLongerGiveTheRepeatStayAway) {
    // Nav Indre Salten: 7 stays, 6 households. Bodø beside it, Oslo elsewhere.
    auto [rows, layout] = country_of({{row_of(6, 6)}, {row_of(40, 45, 12), row_of(6, 7, 0)}});
    auto table = national_linked_table(rows, layout);
    auto status = suppress_linked(table);
    const size_t salten = layout.office_rows[1][1];
    EXPECT_FALSE(status_at(status, salten, M::stays) == CellStatus::shown &&
                 status_at(status, salten, M::households) == CellStatus::shown);
    // Neither is small: whichever is hidden says «:».
    EXPECT_NE(status_at(status, salten, M::stays), CellStatus::small);
    EXPECT_NE(status_at(status, salten, M::households), CellStatus::small);
    // Nordland 52 stays and 46 households, the country 58 and 52: differences of 6, shown.
    EXPECT_EQ(status_at(status, 0, M::stays), CellStatus::shown);
    EXPECT_EQ(status_at(status, 0, M::households), CellStatus::shown);
    expect_nothing_disclosed(table, status, describe(table, status));
}

TEST(LinkedSuppression, ACountyMinusItsShownOfficesDoesNotRevealAHiddenOne) {
    // Nordland: Bodø 950 bed-nights, Indre Salten 3: Bodø's is hidden to protect Salten's, and
    // says «:», not «<5» (it was «<5» though it was 950).
    auto [rows, layout] =
        country_of({{row_of(30, 30, 0, 900)}, {row_of(40, 40, 0, 950), row_of(5, 5, 0, 3)}});
    auto table = national_linked_table(rows, layout);
    auto status = suppress_linked(table);
    auto bodo = layout.office_rows[1][0];
    auto salten = layout.office_rows[1][1];
    EXPECT_EQ(status_at(status, salten, M::bed_nights), CellStatus::small);
    EXPECT_EQ(status_at(status, bodo, M::bed_nights), CellStatus::secondary);
    EXPECT_EQ(status_at(status, layout.county_rows[1], M::bed_nights), CellStatus::shown);
    expect_nothing_disclosed(table, status, describe(table, status));
}

TEST(LinkedSuppression, HouseholdsAndTheirSubsetsAreProtectedBothWays) {
    // 9 households, 7 with children: the 2 without are a small count, whichever way it is read.
    auto [rows, layout] = country_of({{row_of(20, 20, 5)}, {row_of(9, 9, 7)}});
    auto table = national_linked_table(rows, layout);
    auto status = suppress_linked(table);
    auto office = layout.office_rows[1][0];
    EXPECT_FALSE(status_at(status, office, M::households) == CellStatus::shown &&
                 status_at(status, office, M::households_with_children) == CellStatus::shown);
    expect_nothing_disclosed(table, status, describe(table, status));
}

// ---- Exhaustive attacks on small random tables -----------------------------------------------------

TEST(LinkedSuppression, NoSmallRandomTableGivesAnythingAwayToAnExhaustiveAttacker) {
    std::mt19937 random(20261206);
    std::uniform_int_distribution<int> parts_count(2, 5), which(0, 3), small(0, 6), large(5, 30);
    for (int round = 0; round < 400; ++round) {
        std::vector<int64_t> parts(parts_count(random));
        for (auto& part : parts) part = which(random) == 0 ? large(random) : small(random);
        auto table = one_relation(parts);
        auto status = suppress_linked(table);
        expect_nothing_disclosed(table, status, describe(table, status));
        if (HasFailure()) return;
    }
}

TEST(LinkedSuppression, NoSmallRandomCountryGivesAnythingAwayToAnExhaustiveAttacker) {
    // Two counties of one to three offices, households, households with children and stays (the
    // measures whose differences matter most), small numbers so that much is hidden.
    std::mt19937 random(6122026);
    std::uniform_int_distribution<int> office_count(1, 3), coin(0, 2), count(0, 9), extra(0, 3);
    for (int round = 0; round < 150; ++round) {
        std::vector<std::vector<std::array<int64_t, 3>>> counties(2);
        for (auto& offices : counties) {
            offices.resize(office_count(random));
            for (auto& office : offices) {
                int64_t households = coin(random) == 0 ? count(random) + 8 : count(random);
                std::uniform_int_distribution<int64_t> part(0, households);
                office = {households, part(random), households + (coin(random) == 0 ? extra(random) : 0)};
            }
        }
        // Cells: row × {households, with children, stays}; rows: country, county, its offices, …
        LinkedTable table;
        std::vector<std::array<int64_t, 3>> rows{{0, 0, 0}};
        std::vector<size_t> county_rows;
        std::vector<std::vector<size_t>> office_rows;
        for (const auto& offices : counties) {
            county_rows.push_back(rows.size());
            rows.push_back({0, 0, 0});
            office_rows.emplace_back();
            for (const auto& office : offices) {
                office_rows.back().push_back(rows.size());
                rows.push_back(office);
                for (size_t m = 0; m < 3; ++m)
                    rows[county_rows.back()][m] += office[m], rows[0][m] += office[m];
            }
        }
        for (size_t r = 0; r < rows.size(); ++r) {
            int rank = r == 0                                                                      ? 2
                       : std::find(county_rows.begin(), county_rows.end(), r) != county_rows.end() ? 1
                                                                                                   : 0;
            for (size_t m = 0; m < 3; ++m) table.cells.push_back({rows[r][m], rank});
            table.relations.push_back({r * 3 + 2, {r * 3}, true}); // stays = households + repeats
            table.relations.push_back({r * 3, {r * 3 + 1}, true}); // households = with children + rest
        }
        for (size_t m = 0; m < 3; ++m) {
            LinkedTable::Relation country{m, {}, false};
            for (size_t c = 0; c < county_rows.size(); ++c) {
                country.parts.push_back(county_rows[c] * 3 + m);
                LinkedTable::Relation county{county_rows[c] * 3 + m, {}, false};
                for (auto office : office_rows[c]) county.parts.push_back(office * 3 + m);
                table.relations.push_back(county);
            }
            table.relations.push_back(country);
        }
        auto status = suppress_linked(table);
        expect_nothing_disclosed(table, status, describe(table, status));
        if (HasFailure()) return;
    }
}

TEST(LinkedSuppression, NoSmallRandomNationalTableGivesAnythingAwayToAnExhaustiveAttacker) {
    // All seven measures and their relations, one county of two offices beside another of one.
    std::mt19937 random(2026);
    std::uniform_int_distribution<int> coin(0, 2), count(0, 8);
    auto office = [&] {
        RawMeasures row{};
        int64_t households = coin(random) == 0 ? count(random) + 6 : count(random);
        auto up_to = [&](int64_t most) { return std::uniform_int_distribution<int64_t>(0, most)(random); };
        int64_t children = up_to(households);
        int64_t children_long = up_to(children);
        int64_t short_stay = up_to(households - children_long);
        int64_t stays = households + (coin(random) == 0 ? up_to(3) : 0);
        int64_t long_stays = std::min(stays, children_long + up_to(2));
        row[static_cast<size_t>(M::households)] = households;
        row[static_cast<size_t>(M::households_with_children)] = children;
        row[static_cast<size_t>(M::households_14_days_or_fewer)] = short_stay;
        row[static_cast<size_t>(M::households_with_children_over_3_months)] = children_long;
        row[static_cast<size_t>(M::stays)] = stays;
        row[static_cast<size_t>(M::stays_over_3_months)] = long_stays;
        row[static_cast<size_t>(M::bed_nights)] = stays == 0 ? 0 : stays * (1 + up_to(5));
        return row;
    };
    for (int round = 0; round < 25; ++round) {
        auto [rows, layout] = country_of({{office()}, {office(), office()}});
        auto table = national_linked_table(rows, layout);
        auto status = suppress_linked(table);
        expect_nothing_disclosed(table, status, describe(table, status));
        if (HasFailure()) return;
    }
}

// ---- The national view built on it ---------------------------------------------------------------

namespace {

std::vector<KostraStay> households_at(int64_t office_id, int count, int64_t first_household,
                                      int stays_each = 1) {
    std::vector<KostraStay> stays;
    for (int i = 0; i < count; ++i) {
        for (int s = 0; s < stays_each; ++s) {
            KostraStay stay;
            stay.stay_id = first_household * 10 + i * 3 + s;
            stay.household_id = first_household + i;
            stay.office_id = office_id;
            stay.started_on = parse_date(s == 0 ? "2026-03-01" : "2026-05-01").value();
            stay.ended_on = parse_date(s == 0 ? "2026-03-05" : "2026-05-05").value();
            stays.push_back(stay);
        }
    }
    return stays;
}

std::optional<int64_t> households(const NationalRow& row) {
    return row.values[static_cast<size_t>(NationalMeasure::households)];
}

CellStatus status_of(const NationalRow& row, NationalMeasure measure) {
    return row.status[static_cast<size_t>(measure)];
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

    auto table = national_table(stays, offices, 2026, parse_date("2026-11-24").value(), 15);
    EXPECT_EQ(households(table.country), 20);
    ASSERT_EQ(table.counties.size(), 2U);
    const auto& oslo = table.counties[0]; // "03" before "18"
    const auto& nordland = table.counties[1];
    EXPECT_EQ(households(oslo.county), 7);
    EXPECT_EQ(households(oslo.offices[0]), 7);
    EXPECT_EQ(households(nordland.county), 13);
    // Indre Salten's 3 is hidden as a small count, and Bodø's 10 with it — as «:», since 13 − 10
    // would give the 3 away.
    EXPECT_FALSE(households(nordland.offices[0]).has_value());
    EXPECT_EQ(status_of(nordland.offices[0], NationalMeasure::households), CellStatus::secondary);
    EXPECT_FALSE(households(nordland.offices[1]).has_value());
    EXPECT_EQ(status_of(nordland.offices[1], NationalMeasure::households), CellStatus::small);
    // A share is never shown beside a hidden count; hidden, it says so.
    EXPECT_FALSE(nordland.offices[1].share_of_stays_over_3_months.has_value());
    EXPECT_EQ(nordland.offices[1].share_status, ShareStatus::hidden);
    EXPECT_EQ(table.country.share_of_stays_over_3_months, 0.0);
    EXPECT_EQ(cell_symbol(CellStatus::small), "<5");
    EXPECT_EQ(cell_symbol(CellStatus::secondary), ":");
    EXPECT_EQ(share_symbol(ShareStatus::not_applicable), ".");
    // The country is 2 of 15 counties.
    EXPECT_EQ(coverage_note(table),
              "«Hele landet» er summen av kontorene som bruker Husly: 3 kontorer i 2 av 15 fylker.");
}

TEST(NationalFigures, SevenStaysAndSixHouseholdsAtAnOfficeAreNeverBothShown) {
    // The reviewer's Nav Indre Salten: 5 households with one stay, 1 with two.
    std::vector<NationalOffice> offices{{1, "Nav Bodø", "18", "Nordland"},
                                        {2, "Nav Indre Salten", "18", "Nordland"},
                                        {3, "Nav Grünerløkka", "03", "Oslo"}};
    auto stays = households_at(1, 30, 100);
    auto more = households_at(2, 5, 200);
    stays.insert(stays.end(), more.begin(), more.end());
    more = households_at(2, 1, 250, 2);
    stays.insert(stays.end(), more.begin(), more.end());
    more = households_at(3, 12, 300);
    stays.insert(stays.end(), more.begin(), more.end());

    auto table = national_table(stays, offices, 2026, parse_date("2026-11-24").value());
    const auto& salten = table.counties[1].offices[1];
    ASSERT_EQ(salten.name, "Nav Indre Salten");
    const auto& stays_shown = salten.values[static_cast<size_t>(NationalMeasure::stays)];
    const auto& households_shown = households(salten);
    EXPECT_FALSE(stays_shown && households_shown) << *stays_shown << " − " << *households_shown;
    // Nordland's 37 stays and 36 households, the country's 49 and 48: the same 1 must not show.
    const auto& nordland = table.counties[1].county;
    EXPECT_FALSE(nordland.values[static_cast<size_t>(NationalMeasure::stays)] && households(nordland));
    EXPECT_FALSE(table.country.values[static_cast<size_t>(NationalMeasure::stays)] &&
                 households(table.country));
}

TEST(NationalFigures, ACountyHiddenAmongCountiesKeepsItsOfficesFromGivingItAway) {
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
    EXPECT_EQ(status_of(table.counties[0].county, NationalMeasure::households), CellStatus::small);
    EXPECT_EQ(status_of(table.counties[1].county, NationalMeasure::households), CellStatus::secondary);
    // Nordland's offices cannot both show, or 6 + 7 would reveal it.
    const auto& nordland = table.counties[1].offices;
    EXPECT_FALSE(households(nordland[0]).has_value() && households(nordland[1]).has_value());
    EXPECT_FALSE(households(table.counties[0].offices[0]).has_value());
}
