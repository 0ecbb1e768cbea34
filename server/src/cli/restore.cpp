// husly restore FILE: the database replaced by a backup (Husly stopped), brought up to this
// build's schema.

#include "cli/command.hpp"
#include "store/backup.hpp"

#include <cstdio>

namespace husly::cli {

Subcommand add_restore(CLI::App& cli, DatabaseOptions& database_flags) {
    auto file = std::make_shared<std::string>();
    auto* restore_command =
        cli.add_subcommand("restore", "Erstatt databasen med en sikkerhetskopi (stopp Husly først)");
    add_database_options(restore_command, database_flags);
    restore_command->add_option("FILE", *file, "Sikkerhetskopien")->required()->check(CLI::ExistingFile);
    return {restore_command, [file](const DatabaseOptions& options) {
                auto url = parse_database_url(options.url);
                if (!url) return die(url.error().message);
                auto done = backup::restore(*url, *file);
                if (!done) return die(done.error().message);
                // An older backup is brought up to this program's schema.
                auto database = open_database(options.url, 1, options.audit_files);
                if (!database) return 1;
                database.record_checkpoint(*database->acquire(), AuditCheckpoint::Kind::restore);
                std::printf("Gjenopprettet %s fra %s (skjemaversjon %d).\n", url->redacted.c_str(),
                            file->c_str(), done->schema_version);
                return 0;
            }};
}

} // namespace husly::cli
