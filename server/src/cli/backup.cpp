// husly backup FILE: a copy of the database while Husly runs.

#include "store/backup.hpp"

#include "cli/command.hpp"

#include <cstdio>

namespace husly::cli {

Subcommand add_backup(CLI::App& cli, DatabaseOptions& database_flags) {
    auto file = std::make_shared<std::string>();
    auto* backup_command =
        cli.add_subcommand("backup", "Ta sikkerhetskopi av databasen til en fil (mens Husly kjører)");
    add_database_options(backup_command, database_flags);
    backup_command->add_option("FILE", *file, "Filen kopien skrives til")->required();
    return {backup_command, [file](const DatabaseOptions& options) {
                auto url = parse_database_url(options.url);
                if (!url) return die(url.error().message);
                auto done = backup::create(*url, *file);
                if (!done) return die(done.error().message);
                std::printf("Sikkerhetskopi skrevet til %s (%lld byte, skjemaversjon %d).\n", file->c_str(),
                            static_cast<long long>(done->bytes), done->schema_version);
                return 0;
            }};
}

} // namespace husly::cli
