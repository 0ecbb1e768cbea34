#pragma once
// Backups of the whole database to one file, and restoring one.
// SQLite: the online backup API, page by page in one read transaction, so a running server goes
// on serving and the copy is consistent. PostgreSQL: pg_dump's custom format of the schema the
// URL connects to, and pg_restore of it (docs/operations.md gives the same steps by hand).

#include "common/error.hpp"
#include "store/database.hpp"

#include <string>

namespace husly::backup {

struct Summary {
    int schema_version{0};
    int64_t bytes{0};
};

// Writes a copy of the database at `url` to `file` (replacing it).
Result<Summary> create(const DatabaseUrl& url, const std::string& file);

// Replaces the database at `url` with the backup in `file`. The server must be stopped. The
// backup must be a Husly database no newer than this program; migrations then bring it up to
// date.
Result<Summary> restore(const DatabaseUrl& url, const std::string& file);

} // namespace husly::backup
