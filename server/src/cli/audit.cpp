// husly audit verify | rekey: checks the audit log's hash chain against the key and the signed
// checkpoints; signs the log again under a new key.

#include "cli/command.hpp"
#include "service/audit_service.hpp"

#include <cstdio>

namespace husly::cli {
namespace {

struct RekeyOptions {
    std::string new_key_file, new_checkpoints;
};

int verify(const DatabaseOptions& options) {
    auto database = open_database(options.url, 1, options.audit_files, true);
    if (!database) return 1;
    auto lease = database->acquire();
    auto result = audit::verify(*lease, database.checkpoints.get());
    if (result.ok) {
        std::printf("Revisjonsloggen er hel: %lld oppføringer kontrollert.\n",
                    static_cast<long long>(result.entries_checked));
        if (result.latest)
            std::printf("Kontrollert mot %lld kontrollpunkter i %s (det siste: oppføring %lld, "
                        "skrevet %s).\n",
                        static_cast<long long>(result.checkpoints_checked),
                        database.checkpoints->path().c_str(), static_cast<long long>(result.latest->id),
                        result.latest->written_at.c_str());
        else
            std::printf("Ingen kontrollpunkter for denne loggen i %s ennå.\n",
                        database.checkpoints->path().c_str());
        database.record_checkpoint(*lease); // the verified head, anchored outside the database
        return 0;
    }
    std::printf("Revisjonsloggen er BRUTT: %s\n", result.problem.c_str());
    return 2;
}

int rekey(const RekeyOptions& rekey_options, const DatabaseOptions& options) {
    auto database = open_database(options.url, 1, options.audit_files);
    if (!database) return 1;
    auto new_key = audit::load_or_create_key(rekey_options.new_key_file);
    if (!new_key) return die(new_key.error().message);
    auto lease = database->acquire();
    auto result = audit::rekey(*lease, database.checkpoints.get(), *new_key->key);
    if (!result.ok) {
        std::printf("Revisjonsloggen er BRUTT, nøkkelen er ikke byttet: %s\n", result.problem.c_str());
        return 2;
    }
    audit::CheckpointFile checkpoints(rekey_options.new_checkpoints.empty()
                                          ? audit::default_checkpoints_path(rekey_options.new_key_file)
                                          : rekey_options.new_checkpoints,
                                      new_key->key);
    checkpoints.record_head(*lease);
    std::printf("Revisjonsloggen (%lld oppføringer) er signert med den nye nøkkelen %s; kontrollpunkter "
                "skrives "
                "nå til %s. Ta vare på den gamle nøkkelen og kontrollpunktfilen (skrivebeskyttet), og start "
                "Husly med den nye nøkkelen.\n",
                static_cast<long long>(result.entries_checked), rekey_options.new_key_file.c_str(),
                checkpoints.path().c_str());
    return 0;
}

} // namespace

Subcommand add_audit(CLI::App& cli, DatabaseOptions& database_flags) {
    auto options = std::make_shared<RekeyOptions>();
    auto* audit_command = cli.add_subcommand("audit", "Revisjonsloggen");
    audit_command->require_subcommand(1);
    auto* audit_verify = audit_command->add_subcommand("verify", "Kontroller hash-kjeden");
    add_database_options(audit_verify, database_flags);
    auto* audit_rekey = audit_command->add_subcommand(
        "rekey",
        "Bytt nøkkelen for revisjonsloggen (stopp Husly først): kontrollerer loggen, signerer den på nytt");
    add_database_options(audit_rekey, database_flags);
    audit_rekey
        ->add_option("--new-audit-key-file", options->new_key_file,
                     "Den nye nøkkelfilen (lages hvis den mangler)")
        ->required();
    audit_rekey->add_option("--new-audit-checkpoints", options->new_checkpoints,
                            "Ny fil for kontrollpunkter (standard: ved den nye nøkkelen)");
    return {audit_command, [options, audit_verify, audit_rekey](const DatabaseOptions& database_options) {
                if (*audit_rekey) return rekey(*options, database_options);
                if (*audit_verify) return verify(database_options);
                return 0;
            }};
}

} // namespace husly::cli
