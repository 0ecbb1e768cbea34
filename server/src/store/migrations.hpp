#pragma once
// Versioned schema migrations, applied in one transaction at start and by `husly migrate`.

#include "store/database.hpp"

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
// The newest version this build knows.
int latest_schema_version();
// The database's version (0 for an empty database).
int current_schema_version(Connection& connection);

} // namespace husly
