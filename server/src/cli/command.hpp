#pragma once
// What the subcommands of `husly` share: the database options each takes, opening the database
// (migrated, with the audit key), and the shape of a subcommand. One file per subcommand in cli/
// (serve.cpp, migrate.cpp …); main.cpp lists them.

#include "demo/demo_service.hpp"
#include "service/audit_files.hpp"
#include "store/database.hpp"

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace husly::cli {

// Prints "husly: MESSAGE" on standard error; returns the exit code 1.
int die(const std::string& message);

struct AuditFileOptions {
    std::string key_file;    // empty: audit::default_key_path
    std::string checkpoints; // empty: audit::default_checkpoints_path (beside the key)
};

// The options of every subcommand that opens the database, one set for all (one subcommand runs).
struct DatabaseOptions {
    std::string url = "sqlite:var/husly.db";
    std::string url_file; // --db-file: the URL on its first line
    AuditFileOptions audit_files;
};

// Adds --db, --db-file, --audit-key-file and --audit-checkpoints to `command`.
void add_database_options(CLI::App* command, DatabaseOptions& options);

// A database password given with --db is readable by every user of the machine (ps,
// /proc/PID/cmdline): says so, and blanks it in our own argument list (which is what those show
// from now on). HUSLY_DB or --db-file keep it off the command line altogether.
void warn_and_hide_password_arguments(int argc, char** argv);

// The first line of a file, without the line break and surrounding blanks.
std::optional<std::string> first_line_of(const std::string& path);

struct OpenedDatabase {
    std::unique_ptr<Database> database;
    std::unique_ptr<audit::CheckpointFile> checkpoints;
    explicit operator bool() const { return database != nullptr; }
    Database* operator->() { return database.get(); }
    Database& operator*() { return *database; }
    // A signed checkpoint of the head, as a command that wrote to the log ends.
    void record_checkpoint(Connection& connection,
                           AuditCheckpoint::Kind kind = AuditCheckpoint::Kind::checkpoint);
};

// Opens the database with the audit key (created beside it when missing, for a new database),
// applies migrations and checks that the key is the chain's; prints a clear error and returns an
// empty result on failure.
// `verifying`: `husly audit verify` goes on with a key that does not fit an existing key file and
// reports it as a broken log (the anchor may be what was changed).
OpenedDatabase open_database(const std::string& url_text, size_t pool_size,
                             const AuditFileOptions& audit_files, bool verifying = false);

void print_demo_logins(const std::vector<demo::DemoLogin>& logins);

// One subcommand as added to the parser (its options bound to state it keeps), and what runs it
// once it is the one parsed: its exit code.
struct Subcommand {
    CLI::App* command;
    std::function<int(const DatabaseOptions&)> run;
};
using AddSubcommand = Subcommand (*)(CLI::App& cli, DatabaseOptions& database_flags);

Subcommand add_serve(CLI::App& cli, DatabaseOptions& database_flags);     // serve.cpp
Subcommand add_migrate(CLI::App& cli, DatabaseOptions& database_flags);   // migrate.cpp
Subcommand add_user(CLI::App& cli, DatabaseOptions& database_flags);      // user.cpp: user add
Subcommand add_demo(CLI::App& cli, DatabaseOptions& database_flags);      // demo.cpp
Subcommand add_audit(CLI::App& cli, DatabaseOptions& database_flags);     // audit.cpp: audit verify | rekey
Subcommand add_backup(CLI::App& cli, DatabaseOptions& database_flags);    // backup.cpp
Subcommand add_restore(CLI::App& cli, DatabaseOptions& database_flags);   // restore.cpp
Subcommand add_retention(CLI::App& cli, DatabaseOptions& database_flags); // retention.cpp

} // namespace husly::cli
