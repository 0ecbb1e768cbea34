#include "store/backup.hpp"

#include "store/migrations.hpp"
#include "store/private_file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <libpq-fe.h>
#include <memory>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace husly::backup {

namespace {

using SqliteHandle = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;

Result<SqliteHandle> open_sqlite(const std::string& path, int flags) {
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    SqliteHandle handle(raw, &sqlite3_close);
    if (rc != SQLITE_OK)
        return fail(
            ErrorKind::bad_request, "backup_open_failed",
            fmt::format("Kan ikke åpne «{}»: {}.", path, raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
    sqlite3_busy_timeout(raw, 10000);
    return handle;
}

// Copies every page of `from` into `to` in one step (one read transaction on `from`).
Status copy_pages(sqlite3* from, sqlite3* to) {
    auto* job = sqlite3_backup_init(to, "main", from, "main");
    if (!job)
        return fail(ErrorKind::bad_request, "backup_failed",
                    fmt::format("Sikkerhetskopien kunne ikke startes: {}.", sqlite3_errmsg(to)));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(job, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(job);
    if (rc != SQLITE_DONE)
        return fail(ErrorKind::bad_request, "backup_failed",
                    fmt::format("Kopieringen stoppet: {}.", sqlite3_errstr(rc)));
    return {};
}

// The schema version recorded in a SQLite file, after checking it is whole and Husly's.
Result<int> checked_sqlite_version(sqlite3* db, const std::string& path) {
    auto refuse = [&](const std::string& why) {
        return fail(ErrorKind::bad_request, "backup_invalid",
                    fmt::format("«{}» er ikke en brukbar Husly-sikkerhetskopi: {}.", path, why));
    };
    sqlite3_stmt* statement = nullptr;
    std::string integrity;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) != SQLITE_OK)
        return refuse(sqlite3_errmsg(db));
    if (sqlite3_step(statement) == SQLITE_ROW)
        integrity = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    if (integrity != "ok") return refuse(fmt::format("integritetskontrollen sier «{}»", integrity));
    int version = -1;
    if (sqlite3_prepare_v2(db, "SELECT MAX(version) FROM schema_migrations", -1, &statement, nullptr) !=
        SQLITE_OK)
        return refuse("den har ingen migreringstabell");
    if (sqlite3_step(statement) == SQLITE_ROW) version = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    if (version <= 0) return refuse("den har ingen migreringer");
    if (version > latest_schema_version())
        return refuse(fmt::format("den har skjemaversjon {}, nyere enn denne Husly ({})", version,
                                  latest_schema_version()));
    return version;
}

int64_t file_size(const std::string& file) {
    std::error_code ec;
    auto size = std::filesystem::file_size(file, ec);
    return ec ? 0 : static_cast<int64_t>(size);
}

// A libpq keyword string split into the same without its password, and the password: a child
// process's arguments are visible to every user of the machine (ps), its environment is not.
std::pair<std::string, std::string> without_password(const std::string& keyword_form) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(keyword_form.c_str(), &error);
    if (error) PQfreemem(error);
    if (!options) return {keyword_form, ""};
    std::string rest, password;
    for (auto* option = options; option->keyword; ++option) {
        if (!option->val || !*option->val) continue;
        if (std::string_view(option->keyword) == "password") {
            password = option->val;
            continue;
        }
        std::string value;
        for (const char* c = option->val; *c; ++c) {
            if (*c == '\\' || *c == '\'') value.push_back('\\');
            value.push_back(*c);
        }
        if (!rest.empty()) rest.push_back(' ');
        rest += std::string(option->keyword) + "='" + value + "'";
    }
    PQconninfoFree(options);
    return {rest, password};
}

// Runs a program with arguments (no shell) and waits; its output goes where ours goes. A
// database password goes to it in PGPASSWORD, never among the arguments.
Status run_program(const std::vector<std::string>& arguments, const std::string& password = "") {
    std::vector<char*> argv;
    argv.reserve(arguments.size() + 1);
    for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
    argv.push_back(nullptr);
    pid_t child = fork();
    if (child < 0) return fail(ErrorKind::bad_request, "backup_failed", std::strerror(errno));
    if (child == 0) {
        if (!password.empty()) setenv("PGPASSWORD", password.c_str(), 1);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
        return fail(ErrorKind::bad_request, "backup_tool_missing",
                    fmt::format("Fant ikke {} (pakken postgresql-client).", arguments[0]));
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return fail(ErrorKind::bad_request, "backup_failed", fmt::format("{} feilet.", arguments[0]));
    return {};
}

// The schema a PostgreSQL URL works in (its search_path), and its migration version there.
std::pair<std::string, int> postgresql_schema(const DatabaseUrl& url) {
    Connection connection(url);
    std::string schema;
    connection.sql() << "SELECT current_schema()", soci::into(schema);
    int version = current_schema_version(connection);
    return {schema, version};
}

} // namespace

Result<Summary> create(const DatabaseUrl& url, const std::string& file) {
    Summary summary;
    if (std::filesystem::is_directory(file))
        return fail(ErrorKind::validation, "backup_is_directory",
                    fmt::format("«{}» er en mappe: oppgi navnet på backupfilen.", file));
    if (url.dialect == Dialect::sqlite) {
        if (!std::filesystem::exists(url.sqlite_path))
            return fail(ErrorKind::not_found, "database_missing",
                        fmt::format("Databasen «{}» finnes ikke.", url.sqlite_path));
        auto source = TRY(open_sqlite(url.sqlite_path, SQLITE_OPEN_READONLY));
        std::string partial = file + ".partial";
        std::filesystem::remove(partial);
        auto copied = [&]() -> Result<int> {
            create_private_file(partial);
            auto target = TRY(open_sqlite(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
            TRY(copy_pages(source.get(), target.get()));
            // One self-contained file: no WAL beside it.
            sqlite3_exec(target.get(), "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
            return checked_sqlite_version(target.get(), file);
        }();
        if (!copied) {
            std::filesystem::remove(partial); // nothing half-made is left beside the backups
            return std::unexpected(copied.error());
        }
        summary.schema_version = *copied;
        std::error_code renamed;
        std::filesystem::rename(partial, file, renamed);
        if (renamed) {
            std::filesystem::remove(partial); // the copy of the database never stays behind
            return fail(ErrorKind::validation, "backup_not_written",
                        fmt::format("Kunne ikke skrive backupen til «{}»: {}", file, renamed.message()));
        }
    } else {
        auto [schema, version] = postgresql_schema(url);
        summary.schema_version = version;
        std::filesystem::remove(file);
        create_private_file(file); // pg_dump writes into it and keeps the mode
        auto [connection, password] = without_password(url.connect_string);
        TRY(run_program({"pg_dump", "--format=custom", "--no-owner", "--no-privileges",
                         fmt::format("--schema={}", schema), fmt::format("--file={}", file),
                         fmt::format("--dbname={}", connection)},
                        password));
    }
    summary.bytes = file_size(file);
    return summary;
}

Result<Summary> restore(const DatabaseUrl& url, const std::string& file) {
    if (!std::filesystem::exists(file))
        return fail(ErrorKind::not_found, "backup_missing", fmt::format("Fant ikke filen «{}».", file));
    Summary summary;
    if (url.dialect == Dialect::sqlite) {
        auto source = TRY(open_sqlite(file, SQLITE_OPEN_READONLY));
        summary.schema_version = TRY(checked_sqlite_version(source.get(), file));
        create_private_file(url.sqlite_path);
        auto target = TRY(open_sqlite(url.sqlite_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
        TRY(copy_pages(source.get(), target.get()));
    } else {
        // The dump holds its own schema's name; --clean drops what is there first, and one
        // transaction means a failed restore leaves the database as it was.
        auto [target, password] = without_password(url.connect_string);
        TRY(run_program({"pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges",
                         "--single-transaction", "--exit-on-error", fmt::format("--dbname={}", target), file},
                        password));
        Connection connection(url);
        summary.schema_version = current_schema_version(connection);
    }
    summary.bytes = file_size(file);
    return summary;
}

} // namespace husly::backup
