// husly retention [--apply]: closed cases past the retention period, listed or anonymised.

#include "domain/retention.hpp"

#include "cli/command.hpp"
#include "service/retention_service.hpp"

#include <cstdio>

namespace husly::cli {
namespace {

struct RetentionOptions {
    int keep_years = retention::default_keep_years;
    bool apply = false;
};

int run_retention(const RetentionOptions& retention_options, const DatabaseOptions& options) {
    auto database = open_database(options.url, 1, options.audit_files);
    if (!database) return 1;
    auto lease = database->acquire();
    auto done = retention_options.apply ? retention::apply(*lease, retention_options.keep_years)
                                        : retention::plan(*lease, retention_options.keep_years);
    if (!done) return die(done.error().message);
    std::printf("Oppbevaringstid %d år: avsluttede saker med siste aktivitet før %s.\n", done->keep_years,
                done->cutoff.c_str());
    for (const auto& person : done->persons)
        std::printf("  person %lld, siste aktivitet %s\n", static_cast<long long>(person.person_id),
                    person.last_activity.c_str());
    if (retention_options.apply)
        std::printf("Anonymiserte %zu personer (navn, fødselsnummer, telefon og fritekst fjernet; datoer, "
                    "koder og antall beholdt for statistikken).\n",
                    done->persons.size());
    else
        std::printf("%zu personer ville blitt anonymisert. Kjør med --apply for å gjøre det.\n",
                    done->persons.size());
    database.record_checkpoint(*lease);
    return 0;
}

} // namespace

Subcommand add_retention(CLI::App& cli, DatabaseOptions& database_flags) {
    auto options = std::make_shared<RetentionOptions>();
    auto* retention_command = cli.add_subcommand(
        "retention", "Vis (eller med --apply: anonymiser) avsluttede saker eldre enn oppbevaringstiden");
    add_database_options(retention_command, database_flags);
    retention_command
        ->add_option("--keep-years", options->keep_years,
                     "Hvor mange år en avsluttet sak oppbevares etter siste aktivitet")
        ->envname("HUSLY_RETENTION_YEARS")
        ->capture_default_str();
    retention_command->add_flag("--apply", options->apply,
                                "Anonymiser (uten dette vises bare hva som ville blitt gjort)");
    return {retention_command, [options](const DatabaseOptions& database_options) {
                return run_retention(*options, database_options);
            }};
}

} // namespace husly::cli
