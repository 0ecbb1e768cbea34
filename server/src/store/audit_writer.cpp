#include "store/audit_writer.hpp"

#include "common/log.hpp"
#include "store/audit_repository.hpp"

namespace husly {

AuditWriter::AuditWriter(Database& database)
    : m_connection(database.connect()), m_thread([this] { run(); }) {}

AuditWriter::~AuditWriter() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void AuditWriter::append_durably(std::vector<AuditEntry> entries) {
    Waiting waiting{std::move(entries), {}};
    auto done = waiting.done.get_future();
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(&waiting);
    }
    m_wake.notify_one();
    done.get(); // rethrows the writer's error
}

AuditWriter::Stats AuditWriter::stats() {
    std::lock_guard lock(m_mutex);
    return m_stats;
}

void AuditWriter::run() {
    for (;;) {
        std::deque<Waiting*> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty()) return; // stopping, nothing left
            batch.swap(m_queue);
        }
        write(batch);
    }
}

void AuditWriter::write(std::deque<Waiting*>& batch) {
    size_t entries = 0;
    try {
        Transaction transaction(*m_connection);
        for (auto* waiting : batch)
            for (auto& entry : waiting->entries) {
                audit_repository::append(*m_connection, std::move(entry));
                ++entries;
            }
        transaction.commit();
    } catch (const std::exception& error) {
        log::error("audit write failed", {{"entries", entries}, {"error", error.what()}});
        for (auto* waiting : batch) waiting->done.set_exception(std::current_exception());
        try {
            m_connection->reconnect();
        } catch (const std::exception& reconnect_error) {
            // Still down: the next batch fails the same way and tries again.
            log::warn("audit writer reconnect failed", {{"error", reconnect_error.what()}});
        }
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        ++m_stats.commits;
        m_stats.entries += entries;
    }
    for (auto* waiting : batch) waiting->done.set_value();
}

} // namespace husly
