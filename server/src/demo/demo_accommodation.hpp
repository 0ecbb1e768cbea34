#pragma once
// The accommodation of the demo: providers of every kind with units, agreements and inspections
// (some overdue, some not adequate), placing a granted case through the search and a booking,
// and the office's budget. Through the same services as the web app.

#include "domain/account.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>

namespace husly::demo {

// The providers and units of the demo office with this enhetsnummer.
void create_accommodation(Connection& connection, const Actor& caseworker, const std::string& unit_number);
// Finds and books a place for the granted request from `day` and checks the household in (the
// stay starts); a unit that is not adequate is used with a reason when nothing else is free.
// With `hotel_first`, a hotel or boarding house is used (as when the office's own places are
// full). Returns the stay, or nothing when the person already lives somewhere.
std::optional<int64_t> place(Connection& connection, const Actor& caseworker, int64_t request_id,
                             const std::string& day, bool hotel_first);
// Follows the office's deviations a little: some reported, one closed, one written by hand; and
// sets this year's budget.
void follow_up_accommodation(Connection& connection, const Actor& leader);

} // namespace husly::demo
