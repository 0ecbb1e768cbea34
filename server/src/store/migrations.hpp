#pragma once
// Versioned schema migrations, applied in one transaction at start and by `husly migrate`. Each
// is an SQL file in store/migrations/ (embedded at build time), plus, for a few, a step in C++
// after it (migrations.cpp: after_sql).

#include "embedded_migrations.hpp"
#include "store/database.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace husly {

struct MigrationReport {
    int from_version{0};
    int to_version{0};
    std::vector<std::string> applied; // names of the migrations applied now
};

// Applies every migration newer than the database's version (up to `up_to_version` when that is
// positive: tests of upgrades). Safe to call from several processes at once: they serialise and
// each migration runs once. Needs the connection's audit key (migration 11 anchors the chain).
MigrationReport migrate(Connection& connection, int up_to_version = 0);
// Guards a table against UPDATE and DELETE (journal notes; the audit log has its own chain).
void make_append_only(Connection& connection, const std::string& table);
// Lifts and restores that guard inside one transaction, for retention's anonymisation only: the
// transaction holds the table, so nothing else writes meanwhile, and a rollback restores it.
void lift_append_only(Connection& connection, const std::string& table);
void restore_append_only(Connection& connection, const std::string& table);
struct Migration {
    int version{0};
    std::string name;            // as schema_migrations records it: the file's "-- name: " line
    std::string_view sqlite;     // the script SQLite runs (placeholders as in dialect::translate_ddl)
    std::string_view postgresql; // … and PostgreSQL: the same file unless the dialects differ
};

// The migrations in `files`: each "NNNN_short_name.sql", or a pair "NNNN_short_name.sqlite.sql" and
// "NNNN_short_name.postgresql.sql" where the dialects differ, its first line "-- name: …".
// Numbered 1, 2, 3 … without a gap; throws std::logic_error for a file that breaks these rules.
std::vector<Migration> parse_migrations(std::span<const embedded::EmbeddedFile> files);
// This build's migrations (store/migrations/*.sql), in order.
const std::vector<Migration>& migrations();
// The newest version this build knows.
int latest_schema_version();
// The database's version (0 for an empty database).
int current_schema_version(Connection& connection);

} // namespace husly
