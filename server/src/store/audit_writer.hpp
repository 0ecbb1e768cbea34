#pragma once
// Group commit for the audit entries of reads: readers hand their entries over and wait; one
// thread with a connection of its own writes everything waiting in one transaction — one disk
// flush for many readers — and then wakes them. A reader gets its data only after its entry is
// durable, and an entry that cannot be written fails the read.

#include "store/database.hpp"

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

namespace husly {

class AuditWriter final : public AuditSink {
public:
    explicit AuditWriter(Database& database);
    ~AuditWriter() override; // writes what is waiting, then stops
    AuditWriter(const AuditWriter&) = delete;
    AuditWriter& operator=(const AuditWriter&) = delete;

    void append_durably(std::vector<AuditEntry> entries) override;

    struct Stats {
        uint64_t commits{0};
        uint64_t entries{0};
    };
    Stats stats();

private:
    struct Waiting {
        std::vector<AuditEntry> entries;
        std::promise<void> done;
    };
    void run();
    void write(std::deque<Waiting*>& batch);

    std::unique_ptr<Connection> m_connection;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Waiting*> m_queue;
    bool m_stopping{false};
    Stats m_stats;
    std::thread m_thread;
};

} // namespace husly
