#include "store/database.hpp"

#include "common/log.hpp"
#include "store/audit_repository.hpp"
#include "store/dialect.hpp"
#include "store/private_file.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <libpq-fe.h>
#include <optional>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <stdexcept>

namespace husly {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

std::string redact_postgres_url(std::string_view url) {
    // postgresql://user:secret@host → postgresql://user:***@host
    std::string text(url);
    auto scheme_end = text.find("://");
    auto at = text.find('@');
    if (scheme_end == std::string::npos || at == std::string::npos) return text;
    auto colon = text.find(':', scheme_end + 3);
    if (colon != std::string::npos && colon < at) text.replace(colon + 1, at - colon - 1, "***");
    auto password_param = text.find("password=");
    if (password_param != std::string::npos) {
        auto end = text.find('&', password_param);
        text.replace(password_param + 9, (end == std::string::npos ? text.size() : end) - password_param - 9,
                     "***");
    }
    return text;
}

// libpq parses the URL (all its forms and parameters); SOCI's PostgreSQL backend wants the
// keyword=value form, so rebuild it with every value quoted.
std::optional<std::string> to_keyword_form(std::string_view url, std::string& problem) {
    char* error = nullptr;
    std::string text(url);
    PQconninfoOption* options = PQconninfoParse(text.c_str(), &error);
    if (!options) {
        problem = error ? error : "ugyldig URL";
        if (error) PQfreemem(error);
        return std::nullopt;
    }
    std::string result;
    for (auto* option = options; option->keyword; ++option) {
        if (!option->val || !*option->val) continue;
        std::string value;
        for (const char* c = option->val; *c; ++c) {
            if (*c == '\\' || *c == '\'') value.push_back('\\');
            value.push_back(*c);
        }
        if (!result.empty()) result.push_back(' ');
        result += std::string(option->keyword) + "='" + value + "'";
    }
    PQconninfoFree(options);
    return result;
}

} // namespace

Result<DatabaseUrl> parse_database_url(std::string_view url) {
    DatabaseUrl parsed;
    if (starts_with(url, "postgresql://") || starts_with(url, "postgres://")) {
        parsed.dialect = Dialect::postgresql;
        std::string problem;
        auto keyword_form = to_keyword_form(url, problem);
        if (!keyword_form)
            return fail(ErrorKind::bad_request, "bad_database_url",
                        fmt::format("Ugyldig PostgreSQL-URL «{}»: {}", redact_postgres_url(url), problem));
        parsed.connect_string = *keyword_form;
        parsed.redacted = redact_postgres_url(url);
        return parsed;
    }
    std::string_view path;
    if (starts_with(url, "sqlite://"))
        path = url.substr(9);
    else if (starts_with(url, "sqlite:"))
        path = url.substr(7);
    else if (url.size() > 3 && url.substr(url.size() - 3) == ".db" && url.find("://") == url.npos)
        path = url;
    else
        return fail(ErrorKind::bad_request, "bad_database_url",
                    fmt::format("Ukjent database-URL «{}». Bruk sqlite:STI eller "
                                "postgresql://bruker:passord@vert:port/database.",
                                redact_postgres_url(url)));
    if (path.empty() || path.find('"') != path.npos)
        return fail(ErrorKind::bad_request, "bad_database_url", "SQLite-stien mangler eller er ugyldig.");
    parsed.dialect = Dialect::sqlite;
    parsed.sqlite_path = std::string(path);
    parsed.connect_string = fmt::format("db=\"{}\" timeout=10 shared_cache=false", path);
    parsed.redacted = fmt::format("sqlite:{}", path);
    return parsed;
}

Connection::Connection(const DatabaseUrl& url, std::shared_ptr<const AuditKey> audit_key)
    : m_url(url), m_dialect(url.dialect), m_audit_key(std::move(audit_key)) {
    if (m_dialect == Dialect::sqlite) {
        create_private_file(url.sqlite_path);
        m_session.open(*soci::factory_sqlite3(), url.connect_string);
    } else {
        m_session.open(*soci::factory_postgresql(), url.connect_string);
    }
    configure();
}

const AuditKey& Connection::audit_key() const {
    if (!m_audit_key) throw std::logic_error("no audit key on this connection");
    return *m_audit_key;
}

void Connection::configure() {
    if (m_dialect == Dialect::sqlite) {
        // WAL: readers do not block the writer. synchronous=FULL: a commit acknowledged to a
        // client survives power loss (NORMAL in WAL mode may lose the last transactions).
        m_session << "PRAGMA journal_mode=WAL";
        m_session << "PRAGMA synchronous=FULL";
        m_session << "PRAGMA foreign_keys=ON";
        m_session << "PRAGMA busy_timeout=10000";
        // 16 MB of page cache per connection (the default 2 MB rereads the reports' pages from the
        // operating system on every run at national scale).
        m_session << "PRAGMA cache_size=-16384";
    } else {
        m_session << "SET client_min_messages TO WARNING";
    }
}

bool is_storage_full(const soci::soci_error& error) {
    if (const auto* sqlite = dynamic_cast<const soci::sqlite3_soci_error*>(&error))
        return (sqlite->result() & 0xff) == SQLITE_FULL;
    if (const auto* postgresql = dynamic_cast<const soci::postgresql_soci_error*>(&error))
        return postgresql->sqlstate() == "53100";
    return false;
}

bool Connection::is_healthy() {
    try {
        int one = 0;
        m_session << "SELECT 1", soci::into(one);
        return one == 1;
    } catch (const std::exception&) {
        return false;
    }
}

void Connection::reconnect() {
    m_prepared.clear();
    m_session.close();
    if (m_dialect == Dialect::sqlite)
        m_session.open(*soci::factory_sqlite3(), m_url.connect_string);
    else
        m_session.open(*soci::factory_postgresql(), m_url.connect_string);
    configure();
}

Database::Lease::~Lease() {
    if (m_connection) m_database->release(std::move(m_connection), m_suspect);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url, size_t pool_size,
                                                 std::shared_ptr<const AuditKey> audit_key) {
    if (url.dialect == Dialect::sqlite) {
        std::error_code ec;
        auto parent = std::filesystem::path(url.sqlite_path).parent_path();
        if (!parent.empty()) std::filesystem::create_directories(parent, ec);
        if (ec)
            return fail(ErrorKind::unavailable, "database_path",
                        fmt::format("Kan ikke opprette mappen {}: {}", parent.string(), ec.message()));
    }
    std::unique_ptr<Database> database(new Database(url, std::move(audit_key)));
    try {
        for (size_t i = 0; i < std::max<size_t>(pool_size, 1); ++i)
            database->m_idle.push_back(std::make_unique<Connection>(url, database->m_audit_key));
    } catch (const std::exception& error) {
        return fail(ErrorKind::unavailable, "database_unreachable",
                    fmt::format("Kan ikke åpne databasen {}: {}", url.redacted, error.what()));
    }
    database->m_size = database->m_idle.size();
    return database;
}

Database::~Database() {
    close();
}

Database::Lease Database::acquire() {
    std::unique_lock lock(m_mutex);
    ++m_acquired_total;
    if (m_idle.empty()) {
        ++m_waited_total;
        m_available.wait(lock, [this] { return !m_idle.empty(); });
    }
    auto connection = std::move(m_idle.back());
    m_idle.pop_back();
    ++m_in_use;
    connection->set_audit_sink(m_audit_sink);
    return Lease(*this, std::move(connection));
}

void Database::release(std::unique_ptr<Connection> connection, bool suspect) {
    if (suspect && !connection->is_healthy()) {
        try {
            connection->reconnect();
        } catch (const std::exception&) {
            // Still down: keep the object; the next user's query fails and marks it again.
            log::warn("database reconnect failed");
        }
    }
    {
        std::lock_guard lock(m_mutex);
        m_idle.push_back(std::move(connection));
        --m_in_use;
    }
    m_available.notify_one();
}

PoolStats Database::stats() {
    std::lock_guard lock(m_mutex);
    return PoolStats{m_size, m_in_use, m_acquired_total, m_waited_total};
}

void Database::close() {
    std::unique_lock lock(m_mutex);
    m_available.wait(lock, [this] { return m_in_use == 0; });
    m_idle.clear();
}

void reset_statement(Connection& connection, soci::statement& statement) {
    if (connection.dialect() != Dialect::sqlite) return;
    // The backend's own reset() is not exported by libsoci_sqlite3; reset its handle directly.
    auto* backend = static_cast<soci::sqlite3_statement_backend*>(statement.get_backend());
    if (backend && backend->stmt_) sqlite_api::sqlite3_reset(backend->stmt_);
}

Transaction::Transaction(Connection& connection, Mode mode) : m_connection(connection), m_mode(mode) {
    if (mode == Mode::write) {
        connection.sql() << dialect::begin_write(connection.dialect());
    } else {
        connection.sql() << "BEGIN";
        connection.m_read_transaction = true;
        connection.m_deferred_audit.clear();
    }
}

Transaction::~Transaction() {
    if (!m_open) return;
    if (m_mode == Mode::read) {
        m_connection.m_read_transaction = false;
        m_connection.m_deferred_audit.clear(); // nothing was returned: nothing to record
    }
    try {
        m_connection.sql() << "ROLLBACK";
    } catch (...) {
        // The connection is gone; the database rolls back by itself.
        log::warn("rollback failed; connection lost");
    }
}

void Transaction::commit() {
    m_connection.sql() << "COMMIT";
    m_open = false;
    if (m_mode == Mode::read) {
        m_connection.m_read_transaction = false;
        m_connection.write_deferred_audit();
    }
}

void Connection::write_deferred_audit() {
    if (m_deferred_audit.empty()) return;
    auto entries = std::move(m_deferred_audit);
    m_deferred_audit.clear();
    if (m_audit_sink) {
        m_audit_sink->append_durably(std::move(entries));
        return;
    }
    Transaction transaction(*this);
    for (auto& entry : entries) audit_repository::append(*this, std::move(entry));
    transaction.commit();
}

std::unique_ptr<Connection> Database::connect() {
    return std::make_unique<Connection>(m_url, m_audit_key);
}

void Database::set_audit_sink(AuditSink* sink) {
    std::lock_guard lock(m_mutex);
    m_audit_sink = sink;
}

} // namespace husly
