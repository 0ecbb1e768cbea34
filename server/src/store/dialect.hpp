#pragma once
// Every difference between the SQLite and PostgreSQL dialects that Husly meets, in one place.

#include "store/database.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace husly::dialect {

// Replaces the placeholders used in migrations:
//   {{id}}      an auto-increment primary key that never reuses a value
//   {{bigint}}  a 64-bit integer column
std::string translate_ddl(Dialect dialect, std::string_view ddl);

// A column as the database's schema has it (the migrations define it; nothing else lists it).
struct SchemaColumn {
    std::string name;
    bool integer{false};  // INTEGER/BIGINT; otherwise TEXT (the only two types Husly's schema uses)
    bool identity{false}; // PostgreSQL's GENERATED ALWAYS AS IDENTITY (a given value must override it)
};

// The columns of `table` in the connection's current schema, in their order (PRAGMA table_info on
// SQLite, information_schema on PostgreSQL). Empty when there is no such table; throws
// std::logic_error for a column of a type other than integer or text.
std::vector<SchemaColumn> table_columns(Connection& connection, const std::string& table);

// A LIKE pattern that finds `text` anywhere in a column, with `%`, `_` and the escape character
// `\` in it matched as themselves. Use it with `LIKE :pattern ESCAPE '\'` (the same on SQLite,
// which has no default escape character, and PostgreSQL, whose default is `\`).
std::string like_contains(std::string_view text);

// BEGIN statement for a write transaction.
std::string_view begin_write(Dialect dialect);

// Serialises migrations between processes sharing one database (inside the transaction).
void lock_for_migration(Connection& connection);

} // namespace husly::dialect
