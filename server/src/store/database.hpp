#pragma once
// The database: a URL naming SQLite or PostgreSQL, a pool of connections (one soci::session
// each, with its prepared statements), and RAII transactions. All SQL dialect differences live
// in store/dialect.hpp; repositories write portable SQL.

#include "common/error.hpp"
#include "domain/audit_chain.hpp"

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <soci/soci.h>
#include <string>
#include <string_view>
#include <typeindex>
#include <unordered_map>
#include <vector>

namespace husly {

enum class Dialect { sqlite, postgresql };

struct DatabaseUrl {
    Dialect dialect{Dialect::sqlite};
    std::string connect_string; // what the SOCI backend receives
    std::string sqlite_path;    // SQLite only
    std::string redacted;       // safe to print: the password is masked
};

// Accepts "sqlite:PATH", "sqlite://PATH", a bare path ending in .db, and
// "postgresql://user:pass@host:port/db?…" (or "postgres://…", passed to libpq as is).
Result<DatabaseUrl> parse_database_url(std::string_view url);

// Where the audit entries of reads go to be made durable together: the audit writer's group
// commit (store/audit_writer.hpp).
class AuditSink {
public:
    virtual ~AuditSink() = default;
    // Appends the entries to the log; returns once they are durable, throws if they could not be.
    virtual void append_durably(std::vector<AuditEntry> entries) = 0;
};

// True when a database error says the disk is full (SQLite's SQLITE_FULL, PostgreSQL's 53100):
// nothing was written, and it is the operator's to fix, not the user's.
bool is_storage_full(const soci::soci_error& error);

// One pooled connection. Not thread-safe: used by one request at a time through a Lease.
class Connection {
public:
    // `audit_key` signs the audit chain (audit_repository::append); a connection without one can
    // do anything but write audit entries.
    explicit Connection(const DatabaseUrl& url, std::shared_ptr<const AuditKey> audit_key = nullptr);
    soci::session& sql() { return m_session; }
    Dialect dialect() const { return m_dialect; }
    // The audit chain's key; throws when this connection was opened without one.
    const AuditKey& audit_key() const;

    // A statement holder of type T (constructed as T(soci::session&)), prepared once per
    // connection and reused: the hot paths' prepared statements.
    template <typename T> T& prepared() {
        auto key = std::type_index(typeid(T));
        auto it = m_prepared.find(key);
        if (it == m_prepared.end()) it = m_prepared.emplace(key, std::make_shared<T>(m_session)).first;
        return *static_cast<T*>(it->second.get());
    }

    bool is_healthy();
    void reconnect();

    // Audit entries recorded inside a read transaction wait for its commit (see Transaction).
    bool in_read_transaction() const { return m_read_transaction; }
    void defer_audit(AuditEntry entry) { m_deferred_audit.push_back(std::move(entry)); }
    void set_audit_sink(AuditSink* sink) { m_audit_sink = sink; }

private:
    friend class Transaction;
    void configure();
    // Writes the entries deferred by the read transaction just committed: through the audit
    // sink when there is one, else in a write transaction of this connection.
    void write_deferred_audit();

    DatabaseUrl m_url;
    Dialect m_dialect;
    std::shared_ptr<const AuditKey> m_audit_key;
    soci::session m_session;
    std::unordered_map<std::type_index, std::shared_ptr<void>> m_prepared;
    bool m_read_transaction{false};
    std::vector<AuditEntry> m_deferred_audit;
    AuditSink* m_audit_sink{nullptr};
};

struct PoolStats {
    size_t size{0};
    size_t in_use{0};
    uint64_t acquired_total{0};
    uint64_t waited_total{0}; // acquisitions that had to wait for a free connection
};

class Database {
public:
    class Lease {
    public:
        Lease(Database& database, std::unique_ptr<Connection> connection)
            : m_database(&database), m_connection(std::move(connection)) {}
        Lease(Lease&&) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        Connection& operator*() { return *m_connection; }
        Connection* operator->() { return m_connection.get(); }
        // Mark the connection as possibly broken (after an error): checked before reuse.
        void mark_suspect() { m_suspect = true; }

    private:
        Database* m_database;
        std::unique_ptr<Connection> m_connection;
        bool m_suspect{false};
    };

    // Opens `pool_size` connections whose audit entries are signed with `audit_key`. Fails with a
    // clear message if the database cannot be reached or the SQLite file cannot be created.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url, size_t pool_size,
                                                  std::shared_ptr<const AuditKey> audit_key);
    ~Database();

    Lease acquire();
    Dialect dialect() const { return m_url.dialect; }
    const DatabaseUrl& url() const { return m_url; }
    const std::shared_ptr<const AuditKey>& audit_key() const { return m_audit_key; }
    PoolStats stats();
    // Closes every pooled connection (waits for leased ones to come back).
    void close();
    // A connection of its own, outside the pool (the audit writer's).
    std::unique_ptr<Connection> connect();
    // From now on, reads' audit entries go through `sink` (nullptr: each read writes its own).
    void set_audit_sink(AuditSink* sink);

private:
    Database(DatabaseUrl url, std::shared_ptr<const AuditKey> audit_key)
        : m_url(std::move(url)), m_audit_key(std::move(audit_key)) {}
    void release(std::unique_ptr<Connection> connection, bool suspect);

    DatabaseUrl m_url;
    std::shared_ptr<const AuditKey> m_audit_key;
    std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<std::unique_ptr<Connection>> m_idle;
    size_t m_size{0};
    size_t m_in_use{0};
    uint64_t m_acquired_total{0};
    uint64_t m_waited_total{0};
    AuditSink* m_audit_sink{nullptr};
};

// Ends the current execution of a reused prepared statement. SQLite keeps a read transaction
// open on a statement stepped to a row but not to its end, which blocks checkpoints and makes a
// later BEGIN IMMEDIATE on the same connection fail with "database is locked" at once. Call after
// every execute(true) of a statement from Connection::prepared().
void reset_statement(Connection& connection, soci::statement& statement);

// A transaction that rolls back unless committed. Write transactions on SQLite start with
// BEGIN IMMEDIATE, so two writers queue on the busy timeout instead of failing on upgrade.
// A read transaction collects the audit entries of what it reads; commit() ends the read and then
// writes them durably (many readers' entries share one disk flush through the audit writer), so a
// use case returns person data only once its reading is on record.
class Transaction {
public:
    enum class Mode { read, write };
    explicit Transaction(Connection& connection, Mode mode = Mode::write);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();
    Connection& connection() { return m_connection; }

private:
    Connection& m_connection;
    Mode m_mode;
    bool m_open{true};
};

// Runs fn inside a transaction; commits if fn returns a value, rolls back on error or exception.
// The common shape of every service use case: a write, or (Mode::read) a use case that only reads
// and audits what it reads.
template <typename Fn>
auto in_transaction(Connection& connection, Transaction::Mode mode, Fn&& fn)
    -> decltype(fn(std::declval<Transaction&>())) {
    Transaction transaction(connection, mode);
    auto result = fn(transaction);
    if (result) transaction.commit();
    return result;
}

template <typename Fn>
auto in_transaction(Connection& connection, Fn&& fn) -> decltype(fn(std::declval<Transaction&>())) {
    return in_transaction(connection, Transaction::Mode::write, std::forward<Fn>(fn));
}

} // namespace husly
