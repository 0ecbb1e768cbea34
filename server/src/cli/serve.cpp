// husly serve: the HTTP server.

#include "cli/command.hpp"
#include "common/log.hpp"
#include "http/app.hpp"
#include "http/server.hpp"
#include "service/figures_snapshot.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fmt/format.h>
#include <malloc.h>
#include <sys/resource.h>
#include <thread>

namespace husly::cli {
namespace {

struct ServeOptions {
    http::ServerConfig server_config;
    std::string web_root = "web/dist";
    bool demo_if_empty = false;
    bool secure_cookies = false;
    int workers = 0;
    std::vector<std::string> trusted_proxies;
    std::string metrics_token_file;
    std::string figures_refresh = "02:00";
};

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

int run_serve(ServeOptions& options, const DatabaseOptions& database_options) {
    auto& server_config = options.server_config;
    const auto& trusted_proxies = options.trusted_proxies;
    const auto& metrics_token_file = options.metrics_token_file;
    int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    // Measured at national scale: more workers let more readers share an audit flush but
    // cost more in context switches and memory than they gain (bench/README.md).
    server_config.worker_threads = options.workers > 0 ? options.workers : 2 * cores;
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
        if (!token) return die(fmt::format("kan ikke lese metrikktokenet fra «{}».", metrics_token_file));
        metrics_token = *token;
    } else if (const char* token = std::getenv("HUSLY_METRICS_TOKEN")) {
        metrics_token = token;
    }
    if (!metrics_token_file.empty() || std::getenv("HUSLY_METRICS_TOKEN")) {
        if (metrics_token.size() < 16)
            return die("metrikktokenet må ha minst 16 tegn (for eksempel fra openssl rand -hex 32).");
    }
    raise_descriptor_limit();
    auto database = open_database(database_options.url, static_cast<size_t>(server_config.worker_threads),
                                  database_options.audit_files);
    if (!database) return 1;
    if (options.demo_if_empty) {
        auto lease = database->acquire();
        if (demo::database_is_empty(*lease)) print_demo_logins(demo::create(*lease));
    }
    database.record_checkpoint(*database->acquire());
    auto checkpointer = std::make_unique<audit::AuditCheckpointer>(*database, *database.checkpoints,
                                                                   audit::AuditCheckpointer::Cadence{});
    http::AppConfig app_config;
    app_config.audit_checkpoints = database.checkpoints.get();
    app_config.web_root = options.web_root;
    app_config.metrics_token = metrics_token;
    app_config.security.secure_cookies = options.secure_cookies;
    app_config.figures_refresh = *figures::RefreshSchedule::parse(options.figures_refresh);
    http::App app(*database, app_config);
    // The figures shown outside an office: refreshed now if due, then once per period.
    auto refresher = std::make_unique<figures::SnapshotRefresher>(*database, app_config.figures_refresh);
    http::Server server(server_config, [&app](const http::Request& request) { return app.handle(request); });
    auto port = server.start();
    if (!port) return die(port.error().message);
    if (!options.web_root.empty() && !app.static_files().available())
        log::warn("web app not built: /readyz answers 503 until it is", {{"webRoot", options.web_root}});
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

} // namespace

Subcommand add_serve(CLI::App& cli, DatabaseOptions& database_flags) {
    auto options = std::make_shared<ServeOptions>();
    auto* serve = cli.add_subcommand("serve", "Start HTTP-serveren");
    add_database_options(serve, database_flags);
    serve->add_option("--port", options->server_config.port, "Port")
        ->envname("HUSLY_PORT")
        ->capture_default_str();
    serve->add_option("--bind", options->server_config.bind_address, "Adresse å lytte på")
        ->envname("HUSLY_BIND")
        ->capture_default_str();
    serve->add_option("--web-root", options->web_root, "Mappen med den bygde web-appen (tom: bare API-et)")
        ->envname("HUSLY_WEB_ROOT")
        ->capture_default_str();
    serve->add_option("--workers", options->workers, "Arbeidstråder og databaseforbindelser (0: 2 × kjerner)")
        ->envname("HUSLY_WORKERS");
    serve->add_flag("--demo-if-empty", options->demo_if_empty, "Legg inn demodata hvis databasen er tom")
        ->envname("HUSLY_DEMO_IF_EMPTY");
    serve
        ->add_flag("--secure-cookies", options->secure_cookies,
                   "Sett Secure på informasjonskapsler (bak TLS)")
        ->envname("HUSLY_SECURE_COOKIES");
    serve
        ->add_option("--trusted-proxy", options->trusted_proxies,
                     "Proxy (adresse eller CIDR-område) som får oppgi klientens adresse i X-Forwarded-For; "
                     "flere skilt med komma")
        ->envname("HUSLY_TRUSTED_PROXIES")
        ->delimiter(',');
    serve
        ->add_option("--max-connections", options->server_config.max_connections,
                     "Høyst så mange åpne forbindelser (0: ut fra grensen for åpne filer)")
        ->envname("HUSLY_MAX_CONNECTIONS");
    serve
        ->add_option("--max-connections-per-client", options->server_config.max_connections_per_client,
                     "Høyst så mange åpne forbindelser fra én klientadresse (0: en fjerdedel, høyst 256)")
        ->envname("HUSLY_MAX_CONNECTIONS_PER_CLIENT");
    serve
        ->add_option("--metrics-token-file", options->metrics_token_file,
                     "Fil med tokenet /metrics krever (Authorization: Bearer); eller HUSLY_METRICS_TOKEN. "
                     "Uten token er /metrics av")
        ->envname("HUSLY_METRICS_TOKEN_FILE");
    serve
        ->add_option("--figures-refresh", options->figures_refresh,
                     "Når tallene for landet og fylkene oppdateres: et klokkeslett hver natt (02:00) "
                     "eller et intervall (30m, 6h)")
        ->envname("HUSLY_FIGURES_REFRESH")
        ->capture_default_str()
        ->check([](const std::string& text) {
            auto schedule = figures::RefreshSchedule::parse(text);
            return schedule ? std::string() : schedule.error().message;
        });
    return {serve, [options](const DatabaseOptions& database_options) {
                return run_serve(*options, database_options);
            }};
}

} // namespace husly::cli
