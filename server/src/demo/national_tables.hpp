#pragma once
// The national generator's tables: one bulk insert per table, flushed parents first, and the
// ids the generator hands out itself (so rows can refer to each other before they are written).

#include "store/bulk_insert.hpp"

#include <map>
#include <string>
#include <vector>

namespace husly::demo::national {

class Tables {
public:
    // Reads every table's columns from the schema (the bulk load's start).
    explicit Tables(Connection& connection);
    // Next id for `table` (starting after the largest id already there).
    int64_t next_id(const std::string& table);
    void load_id_starts(Connection& connection);
    // Writes every pending row, parents before children.
    void flush(Connection& connection);
    // PostgreSQL: identity sequences continue after the ids handed out.
    void restart_identities(Connection& connection);
    std::vector<std::pair<std::string, int64_t>> counts() const;

    BulkInsert offices, office_municipalities, users, user_roles;
    BulkInsert providers, provider_municipalities, provider_contacts, quality_agreements, units, unit_prices,
        inspections;
    BulkInsert persons, person_offices, requests, request_codes, request_members, request_sensitive;
    BulkInsert decisions, stays, stay_agreements, action_plan_items, placements, child_assessments,
        journal_notes, after_care;
    BulkInsert turnaways, cash_assistance, deviations, waiting_list, storage, office_budgets;
    BulkInsert audit_log;

private:
    std::vector<BulkInsert*> in_order();
    std::map<std::string, int64_t> m_next_ids;
    std::map<std::string, int64_t> m_written;
};

} // namespace husly::demo::national
