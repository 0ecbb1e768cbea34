#pragma once
// How long a closed case is kept: the rule, without the database. A person's case is closed when
// nothing in it is open (no open stay, booking, waiting-list place, storage, undecided request or
// undecided appeal); it is anonymised once its last activity is older than the retention period.
// Anonymising keeps every date, code and count the figures are made of (KOSTRA, economics,
// research) and removes who the person was: names, identity number, phone and free text.

#include "common/error.hpp"

#include <chrono>

namespace husly::retention {

constexpr int default_keep_years = 10;
constexpr int min_keep_years = 1;
constexpr int max_keep_years = 100;

// The setting checked: whole years, 1–100.
Result<int> checked_keep_years(int years);

// The first day that is still kept: `keep_years` before `today` (29 February → 28 February).
// A closed case whose last activity was before this day is anonymised.
std::chrono::year_month_day cutoff(std::chrono::year_month_day today, int keep_years);

} // namespace husly::retention
