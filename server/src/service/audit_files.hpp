#pragma once
// The audit chain's files outside the database: the key (HMAC-SHA-256, 32 random bytes as hex,
// mode 0600) and the append-only file of signed checkpoints of the chain's head. Someone who can
// write to the database but not read the key cannot forge entries; someone who cuts the tail of
// the log (or rolls the database back) is caught by the newest checkpoint.

#include "common/error.hpp"
#include "domain/audit_chain.hpp"
#include "store/database.hpp"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace husly::audit {

// Defaults, for `make run`, the demo and the tests: beside the SQLite file (var/husly.db →
// var/husly.audit-key), or var/husly.audit-key for PostgreSQL. In production set both paths
// (HUSLY_AUDIT_KEY_FILE, HUSLY_AUDIT_CHECKPOINTS) outside the database's reach.
std::string default_key_path(const DatabaseUrl& url);
// Beside the key: husly.audit-key → husly.audit-checkpoints; other names get ".checkpoints".
std::string default_checkpoints_path(const std::string& key_path);

struct LoadedKey {
    std::shared_ptr<const AuditKey> key;
    bool created{false}; // the file did not exist and was made now
};
// Reads the key file, or creates it (mode 0600, 32 random bytes) when it does not exist. Refuses a
// malformed file and one that other users may read or write.
Result<LoadedKey> load_or_create_key(const std::string& path);

// After migrating: the database's chain must have been anchored with this key. A clear error
// (several servers on one PostgreSQL must share one key file) otherwise.
Status check_key(Connection& connection, const std::string& key_path);

class CheckpointFile {
public:
    CheckpointFile(std::string path, std::shared_ptr<const AuditKey> key);
    const std::string& path() const { return m_path; }
    // Every line, in the order written (an absent file has none). A line that is malformed or not
    // signed with this key fails with its line number: the file was edited.
    Result<std::vector<AuditCheckpoint>> read() const;
    // Appends a signed checkpoint of the committed head of the connection's chain, unless it is
    // the one this file last recorded for that chain (or the log is empty). Durable on return.
    void record_head(Connection& connection, AuditCheckpoint::Kind kind = AuditCheckpoint::Kind::checkpoint);

private:
    void append(const AuditCheckpoint& checkpoint);

    std::string m_path;
    std::shared_ptr<const AuditKey> m_key;
    std::mutex m_mutex;
    bool m_loaded{false};
    std::string m_last_chain;
    int64_t m_last_id{-1};
    std::string m_last_hash;
};

// The server's cadence: a checkpoint once `every_entries` entries were added since the last one,
// or when the head moved and `every` has passed, and a last one when it stops.
class AuditCheckpointer {
public:
    struct Cadence {
        int64_t every_entries{1000};
        std::chrono::seconds every{60};
        std::chrono::milliseconds poll{5000};
    };
    AuditCheckpointer(Database& database, CheckpointFile& file, Cadence cadence);
    ~AuditCheckpointer(); // writes the final checkpoint
    AuditCheckpointer(const AuditCheckpointer&) = delete;
    AuditCheckpointer& operator=(const AuditCheckpointer&) = delete;

private:
    void run();
    void write_now();

    Database& m_database;
    CheckpointFile& m_file;
    Cadence m_cadence;
    std::unique_ptr<Connection> m_connection;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping{false};
    int64_t m_last_id{-1};
    std::chrono::steady_clock::time_point m_last_written;
    std::thread m_thread;
};

} // namespace husly::audit
