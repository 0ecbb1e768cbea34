#include "store/snapshot_repository.hpp"

#include "store/rows.hpp"

namespace husly::snapshot_repository {

std::optional<Snapshot> find(Connection& connection, const std::string& kind, int year) {
    int y = year;
    std::string k = kind;
    return rows::select_one<Snapshot>(
        connection, "SELECT year, computed_at, body FROM figure_snapshots WHERE kind = :k AND year = :y",
        [](const soci::row& row) {
            return Snapshot{static_cast<int>(rows::integer(row, "year")), rows::text(row, "computed_at"),
                            rows::text(row, "body")};
        },
        k, y);
}

bool claim(Connection& connection, const std::string& claim, const std::string& period_start,
           const std::string& now, const std::string& stale_before) {
    std::string name = claim, period = period_start, at = now, stale = stale_before;
    soci::statement upsert =
        (connection.sql().prepare
             << "INSERT INTO figure_refreshes (kind, period_start, claimed_at, finished_at) "
                "VALUES (:k, :p, :a, NULL) ON CONFLICT (kind) DO UPDATE SET period_start = "
                "excluded.period_start, claimed_at = excluded.claimed_at, finished_at = NULL "
                "WHERE figure_refreshes.period_start < excluded.period_start OR "
                "(figure_refreshes.finished_at IS NULL AND figure_refreshes.claimed_at < :s)",
         soci::use(name), soci::use(period), soci::use(at), soci::use(stale));
    upsert.execute(true);
    return upsert.get_affected_rows() == 1;
}

void store(Connection& connection, const std::string& kind, const Snapshot& snapshot,
           const std::string& claim, const std::string& finished_at) {
    auto& sql = connection.sql();
    std::string k = kind, name = claim, finished = finished_at;
    int year = snapshot.year;
    sql << "DELETE FROM figure_snapshots WHERE kind = :k AND year = :y", soci::use(k), soci::use(year);
    sql << "INSERT INTO figure_snapshots (kind, year, computed_at, body) VALUES (:k, :y, :c, :b)",
        soci::use(k), soci::use(year), soci::use(snapshot.computed_at), soci::use(snapshot.body);
    sql << "UPDATE figure_refreshes SET finished_at = :f WHERE kind = :k", soci::use(finished),
        soci::use(name);
}

} // namespace husly::snapshot_repository
