#include "cli/command.hpp"

#include "common/log.hpp"
#include "store/migrations.hpp"

#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace husly::cli {
namespace {

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

} // namespace

int die(const std::string& message) {
    std::fprintf(stderr, "husly: %s\n", message.c_str());
    return 1;
}

void add_database_options(CLI::App* command, DatabaseOptions& options) {
    command
        ->add_option("--db", options.url,
                     "Database-URL: sqlite:STI eller postgresql://… (et passord her kan ses med ps: bruk "
                     "HUSLY_DB eller --db-file)")
        ->envname("HUSLY_DB")
        ->capture_default_str();
    command
        ->add_option("--db-file", options.url_file,
                     "Fil med database-URL-en på første linje (går foran --db og HUSLY_DB)")
        ->envname("HUSLY_DB_FILE");
    command
        ->add_option(
            "--audit-key-file", options.audit_files.key_file,
            "Nøkkelfilen for revisjonsloggen (standard: ved SQLite-filen, eller var/husly.audit-key)")
        ->envname("HUSLY_AUDIT_KEY_FILE");
    command
        ->add_option("--audit-checkpoints", options.audit_files.checkpoints,
                     "Fil med signerte kontrollpunkter for revisjonsloggen (standard: ved nøkkelfilen)")
        ->envname("HUSLY_AUDIT_CHECKPOINTS");
}

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

std::optional<std::string> first_line_of(const std::string& path) {
    std::ifstream file(path);
    std::string line;
    if (!file || !std::getline(file, line)) return std::nullopt;
    auto begin = line.find_first_not_of(" \t\r");
    auto end = line.find_last_not_of(" \t\r");
    if (begin == std::string::npos) return std::string();
    return line.substr(begin, end - begin + 1);
}

void OpenedDatabase::record_checkpoint(Connection& connection, AuditCheckpoint::Kind kind) {
    try {
        checkpoints->record_head(connection, kind);
    } catch (const std::exception& error) {
        log::error("audit checkpoint failed", {{"file", checkpoints->path()}, {"error", error.what()}});
    }
}

OpenedDatabase open_database(const std::string& url_text, size_t pool_size,
                             const AuditFileOptions& audit_files, bool verifying) {
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

void print_demo_logins(const std::vector<demo::DemoLogin>& logins) {
    std::printf("Demobrukere (passord for alle: %s):\n", demo::demo_password);
    for (const auto& login : logins)
        std::printf("  %-24s %s\n", login.email.c_str(), login.role_description.c_str());
}

} // namespace husly::cli
