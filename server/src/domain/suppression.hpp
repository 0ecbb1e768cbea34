#pragma once
// Small-count suppression for figures shown outside the office that owns them (DOMAIN.md: counts
// below 5 are never shown). Pure: no I/O.
//
// A table of parts that add up to a total is suppressed in two passes:
// - primary: every count from 1 to `threshold` − 1 is hidden, and all parts when the total is (0 is
//   shown: no person stands behind it, and hiding it protects no one);
// - complementary: while the hidden parts could be recovered by subtracting the shown parts from the
//   total — exactly one part hidden, or the hidden parts adding up to between 1 and threshold − 1 —
//   the smallest part still shown is hidden too.
// - a total hidden by the table above (a county hidden in the national table) hides all its
//   non-zero parts: a part shown there could otherwise be subtracted across the two tables (the
//   country, minus the shown office, leaves the hidden offices and counties together).

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

} // namespace husly
