#pragma once
// Looking into a test's database: a single number from a query, and every row of every table as
// text to compare a database before and after something (a backup's round trip, a refused
// request, a crash).

#include "store/database.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace husly::test {

// Table name → its rows, each row its columns joined by '|', rows sorted.
using TableSnapshot = std::map<std::string, std::vector<std::string>>;

// The one number a query answers (SELECT COUNT(*) …, SELECT MAX(id) …).
int64_t count(Connection& connection, const std::string& sql);

std::vector<std::string> table_names(Connection& connection);
TableSnapshot snapshot_tables(Connection& connection, const std::set<std::string>& except = {});

// The first difference between two snapshots, "" when equal (for a test's failure message).
std::string first_difference(const TableSnapshot& before, const TableSnapshot& after);

} // namespace husly::test
