// husly: the command line. serve | migrate | user add | demo [--scale] | audit verify | audit rekey |
// backup | restore | retention | --version. Each subcommand is its own file in cli/ (command.hpp).

#include "cli/command.hpp"
#include "service/passwords.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <sys/stat.h>

#ifndef HUSLY_VERSION
#define HUSLY_VERSION "0.0.0"
#endif

namespace {

using namespace husly;

// The subcommands, in the order `husly --help` lists them.
constexpr cli::AddSubcommand subcommands[] = {cli::add_serve,   cli::add_migrate,  cli::add_user,
                                              cli::add_demo,    cli::add_audit,    cli::add_backup,
                                              cli::add_restore, cli::add_retention};

} // namespace

int main(int argc, char** argv) {
    // Everything Husly writes (the database, its WAL and shared memory, backups) holds person
    // data: for its own user only, whatever umask it was started with.
    umask(077);
    passwords::initialise();
    CLI::App cli{"Husly – midlertidig botilbud (sosialtjenesteloven § 27)", "husly"};
    cli.set_version_flag("--version", std::string("husly ") + HUSLY_VERSION);
    cli.require_subcommand(1);
    cli::DatabaseOptions database;
    std::vector<cli::Subcommand> added;
    for (auto add : subcommands) added.push_back(add(cli, database));

    CLI11_PARSE(cli, argc, argv);
    cli::warn_and_hide_password_arguments(argc, argv);
    if (!database.url_file.empty()) {
        auto url = cli::first_line_of(database.url_file);
        if (!url || url->empty())
            return cli::die(fmt::format("fant ingen database-URL i «{}».", database.url_file));
        database.url = *url;
    }
    try {
        for (const auto& subcommand : added)
            if (*subcommand.command) return subcommand.run(database);
    } catch (const std::exception& error) {
        return cli::die(error.what());
    }
    return 0;
}
