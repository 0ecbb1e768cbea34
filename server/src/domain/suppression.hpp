#pragma once
// Small-count suppression for figures shown outside the office that owns them
// (docs/domain.md#rule-small-count-suppression: counts below 5 are never shown). Pure: no I/O.
//
// Two functions:
//
// `suppress` — one table of parts that add up to a total (the survey's breakdowns):
// - primary: every count from 1 to `threshold` − 1 is hidden, and all parts when the total is (0 is
//   shown: no person stands behind it, and hiding it protects no one);
// - complementary: while the hidden parts could be recovered by subtracting the shown parts from the
//   total — exactly one part hidden, or the hidden parts adding up to between 1 and threshold − 1 —
//   the smallest part still shown is hidden too.
// - a total hidden by the table above (a county hidden in the national table) hides all its
//   non-zero parts.
//
// `suppress_linked` — many cells tied together by relations (the national view: each measure of the
// country = its counties, each county = its offices, and within a row stays = households + repeat
// stays, households = with children + without, …). It hides every count from 1 to threshold − 1
// (primary, shown as «<5») and then as few other cells as it can (secondary, shown as «:») so that
// an attacker who knows every relation, that a «<5» is 1–4, that a «:» is at least `threshold` and
// that every count is at least 0, can work out none of these exactly:
// - a hidden small count;
// - a relation's complement between 1 and threshold − 1 (the difference a relation leaves
//   unpublished: stays − households is the number of repeat stays);
// - the hidden members of a relation together (its hidden parts and complement), when they add up
//   to between 1 and threshold − 1.
// How: secondary cells are chosen by Gaussian elimination over the relations (as SSB's
// GaussSuppression): cells are considered in order of importance (rank, then size) and published
// unless publishing would make a protected quantity a linear combination of what is published.
// Then the bounds an attacker knows are propagated through the relations; whatever that pins down,
// or any group found to be small, makes one more cell hidden, and the choice is made again.

#include <cstdint>
#include <optional>
#include <vector>

namespace husly {

inline constexpr int64_t suppression_threshold = 5;

struct SuppressedTable {
    std::vector<std::optional<int64_t>> parts; // nullopt: hidden ("<5")
    std::optional<int64_t> total;
};

// `total_hidden` says the total is hidden by a table above this one.
SuppressedTable suppress(const std::vector<int64_t>& parts, int64_t total, bool total_hidden = false,
                         int64_t threshold = suppression_threshold);

// How a cell is shown: its number, «<5» (a count from 1 to threshold − 1), or «:» (hidden so that
// a small count cannot be worked out from the others).
enum class CellStatus { shown, small, secondary };

struct LinkedTable {
    struct Cell {
        int64_t value{0}; // a count: never negative
        int rank{0};      // more important cells (higher rank) are kept when there is a choice
    };
    // total = Σ parts (+ a complement ≥ 0 that is not published, when `complement`). A relation
    // without complement whose values do not add up exactly (a household counted in two offices
    // and once in their county) is taken as the attacker would: the difference is assumed known.
    struct Relation {
        size_t total{0};
        std::vector<size_t> parts;
        bool complement{false};
    };
    std::vector<Cell> cells;
    std::vector<Relation> relations;
};

// One status per cell. Zeros are always shown.
std::vector<CellStatus> suppress_linked(const LinkedTable& table, int64_t threshold = suppression_threshold);

} // namespace husly
