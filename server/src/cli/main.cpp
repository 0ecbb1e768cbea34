// husly: the command line. serve | migrate | user add | demo [--scale] | audit verify | backup |
// restore | --version

#include "common/log.hpp"
#include "domain/retention.hpp"
#include "http/app.hpp"
#include "http/server.hpp"
#include "service/admin_service.hpp"
#include "service/audit_service.hpp"
#include "service/demo_service.hpp"
#include "service/national_data.hpp"
#include "service/passwords.hpp"
#include "service/retention_service.hpp"
#include "store/backup.hpp"
#include "store/migrations.hpp"
#include "store/office_repository.hpp"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <iostream>
#include <malloc.h>
#include <termios.h>
#include <thread>
#include <unistd.h>

#ifndef HUSLY_VERSION
#define HUSLY_VERSION "0.0.0"
#endif

namespace {

using namespace husly;

int die(const std::string& message) {
    std::fprintf(stderr, "husly: %s\n", message.c_str());
    return 1;
}

// Opens the database and applies migrations; prints a clear error and returns nullptr on failure.
std::unique_ptr<Database> open_database(const std::string& url_text, size_t pool_size) {
    auto url = parse_database_url(url_text);
    if (!url) {
        die(url.error().message);
        return nullptr;
    }
    if (url->dialect == Dialect::sqlite) {
        auto parent = std::filesystem::path(url->sqlite_path).parent_path();
        std::error_code ec;
        if (!parent.empty()) std::filesystem::create_directories(parent, ec);
        if (ec || access(parent.empty() ? "." : parent.c_str(), W_OK) != 0) {
            die(fmt::format("kan ikke skrive til mappen «{}» for SQLite-databasen.",
                            parent.empty() ? "." : parent.string()));
            return nullptr;
        }
    }
    auto database = Database::open(*url, pool_size);
    if (!database) {
        die(database.error().message);
        return nullptr;
    }
    try {
        auto lease = (*database)->acquire();
        auto report = migrate(*lease);
        for (const auto& name : report.applied) log::info("migration applied", {{"name", name}});
    } catch (const std::exception& error) {
        die(fmt::format("migrering feilet: {}", error.what()));
        return nullptr;
    }
    return std::move(*database);
}

std::string read_password(bool from_stdin) {
    std::string password;
    if (!from_stdin && isatty(STDIN_FILENO)) {
        std::fprintf(stderr, "Passord: ");
        termios old_settings{};
        tcgetattr(STDIN_FILENO, &old_settings);
        termios silent = old_settings;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        std::getline(std::cin, password);
        tcsetattr(STDIN_FILENO, TCSANOW, &old_settings);
        std::fprintf(stderr, "\n");
    } else {
        std::getline(std::cin, password);
    }
    return password;
}

// "national" → 1, "x10" → 10, or a positive factor.
std::optional<double> national_scale(const std::string& text) {
    if (text == "national") return 1.0;
    if (text == "x10") return 10.0;
    char* end = nullptr;
    double factor = std::strtod(text.c_str(), &end);
    if (!text.empty() && end == text.c_str() + text.size() && factor > 0 && factor <= 100) return factor;
    return std::nullopt;
}

void print_demo_logins(const std::vector<demo::DemoLogin>& logins) {
    std::printf("Demobrukere (passord for alle: %s):\n", demo::demo_password);
    for (const auto& login : logins)
        std::printf("  %-24s %s\n", login.email.c_str(), login.role_description.c_str());
}

} // namespace

int main(int argc, char** argv) {
    passwords::initialise();
    CLI::App cli{"Husly – midlertidig botilbud (sosialtjenesteloven § 27)", "husly"};
    cli.set_version_flag("--version", std::string("husly ") + HUSLY_VERSION);
    cli.require_subcommand(1);

    std::string db_url = "sqlite:var/husly.db";
    auto add_db_option = [&](CLI::App* command) {
        command->add_option("--db", db_url, "Database-URL: sqlite:STI eller postgresql://…")
            ->envname("HUSLY_DB")
            ->capture_default_str();
    };

    // serve
    auto* serve = cli.add_subcommand("serve", "Start HTTP-serveren");
    add_db_option(serve);
    http::ServerConfig server_config;
    std::string web_root = "web/dist";
    bool demo_if_empty = false;
    bool secure_cookies = false;
    int workers = 0;
    serve->add_option("--port", server_config.port, "Port")->envname("HUSLY_PORT")->capture_default_str();
    serve->add_option("--bind", server_config.bind_address, "Adresse å lytte på")
        ->envname("HUSLY_BIND")
        ->capture_default_str();
    serve->add_option("--web-root", web_root, "Mappen med den bygde web-appen")
        ->envname("HUSLY_WEB_ROOT")
        ->capture_default_str();
    serve->add_option("--workers", workers, "Arbeidstråder og databaseforbindelser (0: 2 × kjerner)")
        ->envname("HUSLY_WORKERS");
    serve->add_flag("--demo-if-empty", demo_if_empty, "Legg inn demodata hvis databasen er tom")
        ->envname("HUSLY_DEMO_IF_EMPTY");
    serve->add_flag("--secure-cookies", secure_cookies, "Sett Secure på informasjonskapsler (bak TLS)")
        ->envname("HUSLY_SECURE_COOKIES");

    // migrate
    auto* migrate_command = cli.add_subcommand("migrate", "Oppgrader databaseskjemaet");
    add_db_option(migrate_command);

    // user add
    auto* user = cli.add_subcommand("user", "Brukere");
    user->require_subcommand(1);
    auto* user_add = user->add_subcommand("add", "Opprett en bruker");
    add_db_option(user_add);
    std::string email, display_name, role_text, office_unit;
    bool password_stdin = false;
    user_add->add_option("--email", email, "E-postadresse")->required();
    user_add->add_option("--name", display_name, "Navn som vises");
    user_add->add_option("--role", role_text, "Rolle: veileder, leder, tilbyder, analytiker, administrator")
        ->required();
    user_add->add_option("--office", office_unit, "Kontorets enhetsnummer (for kontorroller)");
    user_add->add_flag("--password-stdin", password_stdin, "Les passordet fra standard inn");

    // demo
    auto* demo_command = cli.add_subcommand("demo", "Legg inn demodata (syntetiske personer)");
    add_db_option(demo_command);
    std::string demo_scale;
    uint32_t demo_seed = 2026;
    demo_command
        ->add_option(
            "--scale", demo_scale,
            "Stordata for ytelsesmålinger: national (hele landet, 10 år), x10, eller en faktor (0.01)")
        ->check([](const std::string& text) {
            return national_scale(text) ? std::string()
                                        : std::string("bruk national, x10 eller et tall over 0");
        });
    demo_command->add_option("--seed", demo_seed, "Startverdi for tilfeldige data (samme data hver gang)");

    // audit verify
    auto* audit_command = cli.add_subcommand("audit", "Revisjonsloggen");
    audit_command->require_subcommand(1);
    auto* audit_verify = audit_command->add_subcommand("verify", "Kontroller hash-kjeden");
    add_db_option(audit_verify);

    // backup FILE / restore FILE
    auto* backup_command =
        cli.add_subcommand("backup", "Ta sikkerhetskopi av databasen til en fil (mens Husly kjører)");
    add_db_option(backup_command);
    std::string backup_file;
    backup_command->add_option("FILE", backup_file, "Filen kopien skrives til")->required();
    auto* restore_command =
        cli.add_subcommand("restore", "Erstatt databasen med en sikkerhetskopi (stopp Husly først)");
    add_db_option(restore_command);
    restore_command->add_option("FILE", backup_file, "Sikkerhetskopien")
        ->required()
        ->check(CLI::ExistingFile);
    auto* retention_command = cli.add_subcommand(
        "retention", "Vis (eller med --apply: anonymiser) avsluttede saker eldre enn oppbevaringstiden");
    add_db_option(retention_command);
    int keep_years = retention::default_keep_years;
    retention_command
        ->add_option("--keep-years", keep_years,
                     "Hvor mange år en avsluttet sak oppbevares etter siste aktivitet")
        ->envname("HUSLY_RETENTION_YEARS")
        ->capture_default_str();
    bool retention_apply = false;
    retention_command->add_flag("--apply", retention_apply,
                                "Anonymiser (uten dette vises bare hva som ville blitt gjort)");

    CLI11_PARSE(cli, argc, argv);

    try {
        if (*serve) {
            int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
            // Measured at national scale: more workers let more readers share an audit flush but
            // cost more in context switches and memory than they gain (bench/README.md).
            server_config.worker_threads = workers > 0 ? workers : 2 * cores;
            server_config.io_threads = std::min(cores, 2);
            // glibc gives each thread its own heap arena (up to 8 per core), each keeping what
            // it once held; the workers' short-lived allocations need two (bench/README.md).
            mallopt(M_ARENA_MAX, 2);
            auto database = open_database(db_url, static_cast<size_t>(server_config.worker_threads));
            if (!database) return 1;
            if (demo_if_empty) {
                auto lease = database->acquire();
                if (demo::database_is_empty(*lease)) print_demo_logins(demo::create(*lease));
            }
            http::AppConfig app_config;
            app_config.web_root = web_root;
            app_config.security.secure_cookies = secure_cookies;
            http::App app(*database, app_config);
            http::Server server(server_config,
                                [&app](const http::Request& request) { return app.handle(request); });
            auto port = server.start();
            if (!port) return die(port.error().message);
            if (!std::filesystem::exists(std::filesystem::path(web_root) / "index.html"))
                log::warn("web app not built", {{"webRoot", web_root}});
            log::info("listening", {{"address", server_config.bind_address},
                                    {"port", *port},
                                    {"database", database->url().redacted},
                                    {"workers", server_config.worker_threads}});
            std::printf("Husly kjører på http://%s:%u/\n", server_config.bind_address.c_str(), *port);
            std::fflush(stdout);
            server.run_until_signal();
            database->close();
            log::info("stopped");
            return 0;
        }
        if (*migrate_command) {
            auto database = open_database(db_url, 1);
            if (!database) return 1;
            auto lease = database->acquire();
            std::printf("Databaseskjema versjon %d.\n", current_schema_version(*lease));
            return 0;
        }
        if (*user_add) {
            auto role = parse_role(role_text);
            if (!role) return die(fmt::format("ukjent rolle «{}».", role_text));
            auto database = open_database(db_url, 1);
            if (!database) return 1;
            auto lease = database->acquire();
            admin::NewUser input;
            input.email = email;
            input.display_name = display_name.empty() ? email : display_name;
            std::optional<int64_t> office_id;
            if (role_is_office_bound(*role)) {
                if (office_unit.empty())
                    return die("rollen må knyttes til et kontor: bruk --office ENHETSNUMMER.");
                office_id = office_repository::find_id_by_unit_number(*lease, office_unit);
                if (!office_id)
                    return die(fmt::format("fant ikke kontoret med enhetsnummer {}.", office_unit));
            }
            input.memberships = {{*role, office_id}};
            input.password = read_password(password_stdin);
            auto created = admin::create_user(*lease, nullptr, input);
            if (!created) {
                auto field = created.error().field;
                return die(created.error().message + (field.empty() ? "" : " (" + field + ")"));
            }
            std::printf("Opprettet bruker %lld (%s, %s).\n", static_cast<long long>(created->id),
                        created->email.c_str(), std::string(to_string(*role)).c_str());
            return 0;
        }
        if (*demo_command) {
            auto database = open_database(db_url, 1);
            if (!database) return 1;
            auto lease = database->acquire();
            if (demo_scale.empty()) {
                print_demo_logins(demo::create(*lease));
                return 0;
            }
            national::Options options;
            options.scale = *national_scale(demo_scale);
            options.seed = demo_seed;
            options.progress = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
            auto summary = national::generate(*lease, options);
            for (const auto& [table, rows] : summary.written)
                std::printf("  %-26s %12lld\n", table.c_str(), static_cast<long long>(rows));
            std::printf("Stordata (skala %s) laget på %.1f s.\n", demo_scale.c_str(), summary.seconds);
            print_demo_logins(demo::create_accounts(*lease));
            return 0;
        }
        if (*backup_command || *restore_command) {
            auto url = parse_database_url(db_url);
            if (!url) return die(url.error().message);
            bool restoring = restore_command->parsed();
            auto done = restoring ? backup::restore(*url, backup_file) : backup::create(*url, backup_file);
            if (!done) return die(done.error().message);
            if (restoring) {
                // An older backup is brought up to this program's schema.
                if (!open_database(db_url, 1)) return 1;
                std::printf("Gjenopprettet %s fra %s (skjemaversjon %d).\n", url->redacted.c_str(),
                            backup_file.c_str(), done->schema_version);
            } else {
                std::printf("Sikkerhetskopi skrevet til %s (%lld byte, skjemaversjon %d).\n",
                            backup_file.c_str(), static_cast<long long>(done->bytes), done->schema_version);
            }
            return 0;
        }
        if (*retention_command) {
            auto database = open_database(db_url, 1);
            if (!database) return 1;
            auto lease = database->acquire();
            auto done =
                retention_apply ? retention::apply(*lease, keep_years) : retention::plan(*lease, keep_years);
            if (!done) return die(done.error().message);
            std::printf("Oppbevaringstid %d år: avsluttede saker med siste aktivitet før %s.\n",
                        done->keep_years, done->cutoff.c_str());
            for (const auto& person : done->persons)
                std::printf("  person %lld, siste aktivitet %s\n", static_cast<long long>(person.person_id),
                            person.last_activity.c_str());
            if (retention_apply)
                std::printf(
                    "Anonymiserte %zu personer (navn, fødselsnummer, telefon og fritekst fjernet; datoer, "
                    "koder og antall beholdt for statistikken).\n",
                    done->persons.size());
            else
                std::printf("%zu personer ville blitt anonymisert. Kjør med --apply for å gjøre det.\n",
                            done->persons.size());
            return 0;
        }
        if (*audit_verify) {
            auto database = open_database(db_url, 1);
            if (!database) return 1;
            auto lease = database->acquire();
            auto result = audit::verify(*lease);
            if (result.ok) {
                std::printf("Revisjonsloggen er hel: %lld oppføringer kontrollert.\n",
                            static_cast<long long>(result.entries_checked));
                return 0;
            }
            std::printf("Revisjonsloggen er BRUTT: %s\n", result.problem.c_str());
            return 2;
        }
    } catch (const std::exception& error) {
        return die(error.what());
    }
    return 0;
}
