#pragma once
// The figures shown outside an office come from a stored snapshot refreshed on a schedule, not
// from the register at the moment of asking: everyone asking in one period gets the same answer,
// so asking before and after one check-in shows nothing. Only one server refreshes each period
// (a claim in the database), the snapshot survives restarts, and it says when its data was read
// («Tall per 06.12.2026 kl. 02.00»). The office's own figures (KOSTRA, dashboard) stay live.

#include "common/clock.hpp"
#include "common/error.hpp"
#include "domain/account.hpp"
#include "domain/national_figures.hpp"
#include "store/database.hpp"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

namespace husly::figures {

// When stored figures are refreshed: every day at a time of day in Norway ("02:00", the default),
// or every so many minutes or hours ("30m", "6h"; periods counted from midnight UTC).
struct RefreshSchedule {
    int daily_minute{2 * 60}; // minutes after midnight in Norway; used when interval is 0
    int interval_minutes{0};

    static Result<RefreshSchedule> parse(std::string_view text);
    // The start of the period `at` falls in: the latest scheduled refresh at or before it.
    Instant period_start(Instant at) const;
};

// «Tall per 06.12.2026 kl. 02.00»: the Norwegian time a snapshot's data was read.
std::string snapshot_label(const std::string& computed_at);

// The national table as stored, and back.
nlohmann::json national_to_json(const NationalTable& table);
NationalTable national_from_json(const nlohmann::json& body);

// Refreshes the stored national figures of `year` for the period `at` falls in, unless they are
// already refreshed for it or another server is doing it; true if this call did.
bool refresh_national(Connection& connection, const RefreshSchedule& schedule, Instant at, int year);

struct NationalSnapshot {
    NationalTable table;
    std::string computed_at;
};

// Analysts: a year of the stored national figures (refreshed first if the period has none for it).
Result<NationalSnapshot> national(Connection& connection, const Actor& actor, int year,
                                  const RefreshSchedule& schedule);

// Refreshes this year's and last year's figures in the background: at start, and whenever a new
// period begins.
class SnapshotRefresher {
public:
    SnapshotRefresher(Database& database, RefreshSchedule schedule);
    ~SnapshotRefresher();
    SnapshotRefresher(const SnapshotRefresher&) = delete;
    SnapshotRefresher& operator=(const SnapshotRefresher&) = delete;

private:
    void run();

    Database& m_database;
    RefreshSchedule m_schedule;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping{false};
    std::thread m_thread;
};

} // namespace husly::figures
