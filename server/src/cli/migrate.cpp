// husly migrate: brings the database to this build's schema.

#include "cli/command.hpp"
#include "store/migrations.hpp"

#include <cstdio>

namespace husly::cli {

Subcommand add_migrate(CLI::App& cli, DatabaseOptions& database_flags) {
    auto* migrate_command = cli.add_subcommand("migrate", "Oppgrader databaseskjemaet");
    add_database_options(migrate_command, database_flags);
    return {migrate_command, [](const DatabaseOptions& options) {
                auto database = open_database(options.url, 1, options.audit_files);
                if (!database) return 1;
                auto lease = database->acquire();
                std::printf("Databaseskjema versjon %d.\n", current_schema_version(*lease));
                database.record_checkpoint(*lease);
                return 0;
            }};
}

} // namespace husly::cli
