#pragma once
// A database's schema as sorted lines of text, to compare one schema with another (the schema the
// migrations make against the one they made before they moved to SQL files).

#include "store/database.hpp"

#include <string>
#include <vector>

namespace husly::test {

// Every object of the connection's current schema, one line each, sorted. SQLite: each table,
// index and trigger's CREATE statement as sqlite_master keeps it (blank space made insignificant)
// and each table's columns, foreign keys and indexes as PRAGMA reports them. PostgreSQL: columns
// (type, null, default, identity), constraints, indexes, triggers and functions from the
// catalogue, the schema's own name left out.
std::vector<std::string> describe_schema(Connection& connection);

} // namespace husly::test
