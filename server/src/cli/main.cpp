// husly: the command line. serve | migrate | user add | demo [--scale] | audit verify | backup |
// restore | --version

#include "common/log.hpp"
#include "demo/demo_service.hpp"
#include "demo/national_data.hpp"
#include "domain/retention.hpp"
#include "http/app.hpp"
#include "http/server.hpp"
#include "service/admin_service.hpp"
#include "service/audit_files.hpp"
#include "service/audit_service.hpp"
#include "service/figures_snapshot.hpp"
#include "service/passwords.hpp"
#include "service/retention_service.hpp"
#include "store/backup.hpp"
#include "store/migrations.hpp"
#include "store/office_repository.hpp"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <malloc.h>
#include <sys/resource.h>
#include <sys/stat.h>
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

struct AuditFileOptions {
    std::string key_file;    // empty: audit::default_key_path
    std::string checkpoints; // empty: audit::default_checkpoints_path (beside the key)
};

struct OpenedDatabase {
    std::unique_ptr<Database> database;
    std::unique_ptr<audit::CheckpointFile> checkpoints;
    explicit operator bool() const { return database != nullptr; }
    Database* operator->() { return database.get(); }
    Database& operator*() { return *database; }
    // A signed checkpoint of the head, as a command that wrote to the log ends.
    void record_checkpoint(Connection& connection,
                           AuditCheckpoint::Kind kind = AuditCheckpoint::Kind::checkpoint) {
        try {
            checkpoints->record_head(connection, kind);
        } catch (const std::exception& error) {
            log::error("audit checkpoint failed", {{"file", checkpoints->path()}, {"error", error.what()}});
        }
    }
};

// Opens the database with the audit key (created beside it when missing, for a new database),
// applies migrations and checks that the key is the chain's; prints a clear error and returns an
// empty result on failure.
// `verifying`: `husly audit verify` goes on with a key that does not fit an existing key file and
// reports it as a broken log (the anchor may be what was changed).
OpenedDatabase open_database(const std::string& url_text, size_t pool_size,
                             const AuditFileOptions& audit_files, bool verifying = false) {
    auto url = parse_database_url(url_text);
    if (!url) {
        die(url.error().message);
        return {};
    }
    if (url->dialect == Dialect::sqlite) {
        auto parent = std::filesystem::path(url->sqlite_path).parent_path();
        std::error_code ec;
        if (!parent.empty()) std::filesystem::create_directories(parent, ec);
        if (ec || access(parent.empty() ? "." : parent.c_str(), W_OK) != 0) {
            die(fmt::format("kan ikke skrive til mappen «{}» for SQLite-databasen.",
                            parent.empty() ? "." : parent.string()));
            return {};
        }
    }
    auto key_path = audit_files.key_file.empty() ? audit::default_key_path(*url) : audit_files.key_file;
    auto key = audit::load_or_create_key(key_path);
    if (!key) {
        die(key.error().message);
        return {};
    }
    auto database = Database::open(*url, pool_size, key->key);
    if (!database) {
        die(database.error().message);
        return {};
    }
    // Made by an older Husly or by hand: say so rather than change the mode behind the operator.
    struct stat info {};
    if (url->dialect == Dialect::sqlite && stat(url->sqlite_path.c_str(), &info) == 0 &&
        (info.st_mode & 077) != 0)
        log::warn("database file readable by other users: chmod 600 it and its -wal and -shm",
                  {{"file", url->sqlite_path}, {"mode", fmt::format("{:o}", info.st_mode & 0777)}});
    try {
        auto lease = (*database)->acquire();
        auto report = migrate(*lease);
        for (const auto& name : report.applied) log::info("migration applied", {{"name", name}});
        if (auto checked = audit::check_key(*lease, key_path); !checked && (key->created || !verifying)) {
            if (key->created) std::filesystem::remove(key_path); // made now for nothing: leave no stray key
            die(checked.error().message);
            return {};
        }
    } catch (const std::exception& error) {
        die(fmt::format("migrering feilet: {}", error.what()));
        return {};
    }
    if (key->created) log::info("audit key created", {{"file", key_path}});
    OpenedDatabase opened;
    opened.database = std::move(*database);
    opened.checkpoints = std::make_unique<audit::CheckpointFile>(
        audit_files.checkpoints.empty() ? audit::default_checkpoints_path(key_path) : audit_files.checkpoints,
        key->key);
    return opened;
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

// True for a PostgreSQL URL that carries a password (user:secret@ or password=).
bool url_has_password(std::string_view url) {
    if (url.rfind("postgres", 0) != 0) return false;
    if (url.find("password=") != std::string_view::npos) return true;
    auto scheme_end = url.find("://");
    auto at = url.find('@');
    if (scheme_end == std::string_view::npos || at == std::string_view::npos) return false;
    auto colon = url.find(':', scheme_end + 3);
    return colon != std::string_view::npos && colon < at;
}

// A database password given with --db is readable by every user of the machine (ps,
// /proc/PID/cmdline): say so, and blank it in our own argument list (which is what those show
// from now on). HUSLY_DB or --db-file keep it off the command line altogether.
void warn_and_hide_password_arguments(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string_view argument = argv[i];
        char* value = nullptr;
        if (argument == "--db" && i + 1 < argc)
            value = argv[i + 1];
        else if (argument.rfind("--db=", 0) == 0)
            value = argv[i] + 5;
        if (!value || !url_has_password(value)) continue;
        std::fprintf(stderr,
                     "husly: advarsel: passordet i --db kan leses av alle brukere på maskinen (ps). Bruk "
                     "HUSLY_DB eller --db-file FIL i stedet.\n");
        for (char* c = value; *c; ++c) *c = '*';
    }
}

// The first line of a file, without the line break and surrounding blanks.
std::optional<std::string> first_line_of(const std::string& path) {
    std::ifstream file(path);
    std::string line;
    if (!file || !std::getline(file, line)) return std::nullopt;
    auto begin = line.find_first_not_of(" \t\r");
    auto end = line.find_last_not_of(" \t\r");
    if (begin == std::string::npos) return std::string();
    return line.substr(begin, end - begin + 1);
}

// More descriptors than the soft limit allows are usually permitted (the hard limit): the
// connection caps follow from what is available.
void raise_descriptor_limit() {
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) != 0) return;
    auto wanted = std::min<rlim_t>(files.rlim_max, 65536);
    if (files.rlim_cur == RLIM_INFINITY || files.rlim_cur >= wanted) return;
    files.rlim_cur = wanted;
    setrlimit(RLIMIT_NOFILE, &files);
}

void print_demo_logins(const std::vector<demo::DemoLogin>& logins) {
    std::printf("Demobrukere (passord for alle: %s):\n", demo::demo_password);
    for (const auto& login : logins)
        std::printf("  %-24s %s\n", login.email.c_str(), login.role_description.c_str());
}

} // namespace

int main(int argc, char** argv) {
    // Everything Husly writes (the database, its WAL and shared memory, backups) holds person
    // data: for its own user only, whatever umask it was started with.
    umask(077);
    passwords::initialise();
    CLI::App cli{"Husly – midlertidig botilbud (sosialtjenesteloven § 27)", "husly"};
    cli.set_version_flag("--version", std::string("husly ") + HUSLY_VERSION);
    cli.require_subcommand(1);

    std::string db_url = "sqlite:var/husly.db";
    std::string db_file;
    AuditFileOptions audit_files;
    auto add_db_option = [&](CLI::App* command) {
        command
            ->add_option("--db", db_url,
                         "Database-URL: sqlite:STI eller postgresql://… (et passord her kan ses med ps: bruk "
                         "HUSLY_DB eller --db-file)")
            ->envname("HUSLY_DB")
            ->capture_default_str();
        command
            ->add_option("--db-file", db_file,
                         "Fil med database-URL-en på første linje (går foran --db og HUSLY_DB)")
            ->envname("HUSLY_DB_FILE");
        command
            ->add_option(
                "--audit-key-file", audit_files.key_file,
                "Nøkkelfilen for revisjonsloggen (standard: ved SQLite-filen, eller var/husly.audit-key)")
            ->envname("HUSLY_AUDIT_KEY_FILE");
        command
            ->add_option("--audit-checkpoints", audit_files.checkpoints,
                         "Fil med signerte kontrollpunkter for revisjonsloggen (standard: ved nøkkelfilen)")
            ->envname("HUSLY_AUDIT_CHECKPOINTS");
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
    serve->add_option("--web-root", web_root, "Mappen med den bygde web-appen (tom: bare API-et)")
        ->envname("HUSLY_WEB_ROOT")
        ->capture_default_str();
    serve->add_option("--workers", workers, "Arbeidstråder og databaseforbindelser (0: 2 × kjerner)")
        ->envname("HUSLY_WORKERS");
    serve->add_flag("--demo-if-empty", demo_if_empty, "Legg inn demodata hvis databasen er tom")
        ->envname("HUSLY_DEMO_IF_EMPTY");
    serve->add_flag("--secure-cookies", secure_cookies, "Sett Secure på informasjonskapsler (bak TLS)")
        ->envname("HUSLY_SECURE_COOKIES");
    std::vector<std::string> trusted_proxies;
    serve
        ->add_option("--trusted-proxy", trusted_proxies,
                     "Proxy (adresse eller CIDR-område) som får oppgi klientens adresse i X-Forwarded-For; "
                     "flere skilt med komma")
        ->envname("HUSLY_TRUSTED_PROXIES")
        ->delimiter(',');
    serve
        ->add_option("--max-connections", server_config.max_connections,
                     "Høyst så mange åpne forbindelser (0: ut fra grensen for åpne filer)")
        ->envname("HUSLY_MAX_CONNECTIONS");
    serve
        ->add_option("--max-connections-per-client", server_config.max_connections_per_client,
                     "Høyst så mange åpne forbindelser fra én klientadresse (0: en fjerdedel, høyst 256)")
        ->envname("HUSLY_MAX_CONNECTIONS_PER_CLIENT");
    std::string metrics_token_file;
    serve
        ->add_option("--metrics-token-file", metrics_token_file,
                     "Fil med tokenet /metrics krever (Authorization: Bearer); eller HUSLY_METRICS_TOKEN. "
                     "Uten token er /metrics av")
        ->envname("HUSLY_METRICS_TOKEN_FILE");
    std::string figures_refresh = "02:00";
    serve
        ->add_option("--figures-refresh", figures_refresh,
                     "Når tallene for landet og fylkene oppdateres: et klokkeslett hver natt (02:00) "
                     "eller et intervall (30m, 6h)")
        ->envname("HUSLY_FIGURES_REFRESH")
        ->capture_default_str()
        ->check([](const std::string& text) {
            auto schedule = figures::RefreshSchedule::parse(text);
            return schedule ? std::string() : schedule.error().message;
        });

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
    auto* audit_rekey = audit_command->add_subcommand(
        "rekey",
        "Bytt nøkkelen for revisjonsloggen (stopp Husly først): kontrollerer loggen, signerer den på nytt");
    add_db_option(audit_rekey);
    std::string new_key_file, new_checkpoints;
    audit_rekey
        ->add_option("--new-audit-key-file", new_key_file, "Den nye nøkkelfilen (lages hvis den mangler)")
        ->required();
    audit_rekey->add_option("--new-audit-checkpoints", new_checkpoints,
                            "Ny fil for kontrollpunkter (standard: ved den nye nøkkelen)");

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
    warn_and_hide_password_arguments(argc, argv);
    if (!db_file.empty()) {
        auto url = first_line_of(db_file);
        if (!url || url->empty()) return die(fmt::format("fant ingen database-URL i «{}».", db_file));
        db_url = *url;
    }

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
            std::string proxies_text;
            for (const auto& proxy : trusted_proxies) proxies_text += proxy + ",";
            auto proxies = http::TrustedProxies::parse(proxies_text);
            if (!proxies) return die(proxies.error().message);
            server_config.trusted_proxies = std::move(*proxies);
            std::string metrics_token;
            if (!metrics_token_file.empty()) {
                auto token = first_line_of(metrics_token_file);
                if (!token)
                    return die(fmt::format("kan ikke lese metrikktokenet fra «{}».", metrics_token_file));
                metrics_token = *token;
            } else if (const char* token = std::getenv("HUSLY_METRICS_TOKEN")) {
                metrics_token = token;
            }
            if (!metrics_token_file.empty() || std::getenv("HUSLY_METRICS_TOKEN")) {
                if (metrics_token.size() < 16)
                    return die("metrikktokenet må ha minst 16 tegn (for eksempel fra openssl rand -hex 32).");
            }
            raise_descriptor_limit();
            auto database =
                open_database(db_url, static_cast<size_t>(server_config.worker_threads), audit_files);
            if (!database) return 1;
            if (demo_if_empty) {
                auto lease = database->acquire();
                if (demo::database_is_empty(*lease)) print_demo_logins(demo::create(*lease));
            }
            database.record_checkpoint(*database->acquire());
            auto checkpointer = std::make_unique<audit::AuditCheckpointer>(
                *database, *database.checkpoints, audit::AuditCheckpointer::Cadence{});
            http::AppConfig app_config;
            app_config.audit_checkpoints = database.checkpoints.get();
            app_config.web_root = web_root;
            app_config.metrics_token = metrics_token;
            app_config.security.secure_cookies = secure_cookies;
            app_config.figures_refresh = *figures::RefreshSchedule::parse(figures_refresh);
            http::App app(*database, app_config);
            // The figures shown outside an office: refreshed now if due, then once per period.
            auto refresher =
                std::make_unique<figures::SnapshotRefresher>(*database, app_config.figures_refresh);
            http::Server server(server_config,
                                [&app](const http::Request& request) { return app.handle(request); });
            auto port = server.start();
            if (!port) return die(port.error().message);
            if (!web_root.empty() && !app.static_files().available())
                log::warn("web app not built: /readyz answers 503 until it is", {{"webRoot", web_root}});
            auto limits = server.limits();
            if (limits.total + 64 > limits.open_files)
                log::warn("connection cap near the open file limit",
                          {{"maxConnections", limits.total}, {"openFiles", limits.open_files}});
            log::info("listening", {{"address", server_config.bind_address},
                                    {"port", *port},
                                    {"database", database->url().redacted},
                                    {"workers", server_config.worker_threads},
                                    {"maxConnections", limits.total},
                                    {"maxConnectionsPerClient", limits.per_client},
                                    {"trustedProxies", trusted_proxies.size()},
                                    {"metrics", metrics_token.empty() ? "off" : "token"}});
            std::printf("Husly kjører på http://%s:%u/\n", server_config.bind_address.c_str(), *port);
            std::fflush(stdout);
            server.run_until_signal();
            checkpointer.reset(); // the last checkpoint, after the last request
            refresher.reset();
            database->close();
            log::info("stopped");
            return 0;
        }
        if (*migrate_command) {
            auto database = open_database(db_url, 1, audit_files);
            if (!database) return 1;
            auto lease = database->acquire();
            std::printf("Databaseskjema versjon %d.\n", current_schema_version(*lease));
            database.record_checkpoint(*lease);
            return 0;
        }
        if (*user_add) {
            auto role = parse_role(role_text);
            if (!role) return die(fmt::format("ukjent rolle «{}».", role_text));
            auto database = open_database(db_url, 1, audit_files);
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
            database.record_checkpoint(*lease);
            return 0;
        }
        if (*demo_command) {
            auto database = open_database(db_url, 1, audit_files);
            if (!database) return 1;
            auto lease = database->acquire();
            if (demo_scale.empty()) {
                print_demo_logins(demo::create(*lease));
                database.record_checkpoint(*lease);
                return 0;
            }
            demo::national::Options options;
            options.scale = *national_scale(demo_scale);
            options.seed = demo_seed;
            options.progress = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
            auto summary = demo::national::generate(*lease, options);
            for (const auto& [table, rows] : summary.written)
                std::printf("  %-26s %12lld\n", table.c_str(), static_cast<long long>(rows));
            std::printf("Stordata (skala %s) laget på %.1f s.\n", demo_scale.c_str(), summary.seconds);
            print_demo_logins(demo::create_accounts(*lease));
            database.record_checkpoint(*lease);
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
                auto database = open_database(db_url, 1, audit_files);
                if (!database) return 1;
                database.record_checkpoint(*database->acquire(), AuditCheckpoint::Kind::restore);
                std::printf("Gjenopprettet %s fra %s (skjemaversjon %d).\n", url->redacted.c_str(),
                            backup_file.c_str(), done->schema_version);
            } else {
                std::printf("Sikkerhetskopi skrevet til %s (%lld byte, skjemaversjon %d).\n",
                            backup_file.c_str(), static_cast<long long>(done->bytes), done->schema_version);
            }
            return 0;
        }
        if (*retention_command) {
            auto database = open_database(db_url, 1, audit_files);
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
            database.record_checkpoint(*lease);
            return 0;
        }
        if (*audit_rekey) {
            auto database = open_database(db_url, 1, audit_files);
            if (!database) return 1;
            auto new_key = audit::load_or_create_key(new_key_file);
            if (!new_key) return die(new_key.error().message);
            auto lease = database->acquire();
            auto result = audit::rekey(*lease, database.checkpoints.get(), *new_key->key);
            if (!result.ok) {
                std::printf("Revisjonsloggen er BRUTT, nøkkelen er ikke byttet: %s\n",
                            result.problem.c_str());
                return 2;
            }
            audit::CheckpointFile checkpoints(
                new_checkpoints.empty() ? audit::default_checkpoints_path(new_key_file) : new_checkpoints,
                new_key->key);
            checkpoints.record_head(*lease);
            std::printf(
                "Revisjonsloggen (%lld oppføringer) er signert med den nye nøkkelen %s; kontrollpunkter "
                "skrives "
                "nå til %s. Ta vare på den gamle nøkkelen og kontrollpunktfilen (skrivebeskyttet), og start "
                "Husly med den nye nøkkelen.\n",
                static_cast<long long>(result.entries_checked), new_key_file.c_str(),
                checkpoints.path().c_str());
            return 0;
        }
        if (*audit_verify) {
            auto database = open_database(db_url, 1, audit_files, true);
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
                                database.checkpoints->path().c_str(),
                                static_cast<long long>(result.latest->id), result.latest->written_at.c_str());
                else
                    std::printf("Ingen kontrollpunkter for denne loggen i %s ennå.\n",
                                database.checkpoints->path().c_str());
                database.record_checkpoint(*lease); // the verified head, anchored outside the database
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
