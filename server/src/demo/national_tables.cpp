#include "demo/national_tables.hpp"

namespace husly::demo::national {
namespace {

const std::vector<std::string> tables_with_ids{"offices",
                                               "users",
                                               "user_roles",
                                               "providers",
                                               "provider_contacts",
                                               "quality_agreements",
                                               "units",
                                               "inspections",
                                               "persons",
                                               "requests",
                                               "request_members",
                                               "decisions",
                                               "stays",
                                               "action_plan_items",
                                               "placements",
                                               "child_assessments",
                                               "journal_notes",
                                               "turnaways",
                                               "cash_assistance_decisions",
                                               "deviations",
                                               "waiting_list",
                                               "storage"};

} // namespace

// Each table's columns come from the database's schema (BulkInsert reads them); the rows name
// the columns they give.
Tables::Tables(Connection& connection)
    : offices(connection, "offices"), office_municipalities(connection, "office_municipalities"),
      users(connection, "users"), user_roles(connection, "user_roles"), providers(connection, "providers"),
      provider_municipalities(connection, "provider_municipalities"),
      provider_contacts(connection, "provider_contacts"),
      quality_agreements(connection, "quality_agreements"), units(connection, "units"),
      unit_prices(connection, "unit_prices"), inspections(connection, "inspections"),
      persons(connection, "persons"), person_offices(connection, "person_offices"),
      requests(connection, "requests"), request_codes(connection, "request_codes"),
      request_members(connection, "request_members"), request_sensitive(connection, "request_sensitive"),
      decisions(connection, "decisions"), stays(connection, "stays"),
      stay_agreements(connection, "stay_agreements"), action_plan_items(connection, "action_plan_items"),
      placements(connection, "placements"), child_assessments(connection, "child_assessments"),
      journal_notes(connection, "journal_notes"), after_care(connection, "after_care"),
      turnaways(connection, "turnaways"), cash_assistance(connection, "cash_assistance_decisions"),
      deviations(connection, "deviations"), waiting_list(connection, "waiting_list"),
      storage(connection, "storage"), office_budgets(connection, "office_budgets"),
      audit_log(connection, "audit_log") {}

std::vector<BulkInsert*> Tables::in_order() {
    return {&offices,
            &office_municipalities,
            &users,
            &user_roles,
            &providers,
            &provider_municipalities,
            &provider_contacts,
            &quality_agreements,
            &units,
            &unit_prices,
            &inspections,
            &persons,
            &person_offices,
            &requests,
            &request_codes,
            &request_members,
            &request_sensitive,
            &decisions,
            &stays,
            &stay_agreements,
            &action_plan_items,
            &placements,
            &child_assessments,
            &journal_notes,
            &after_care,
            &turnaways,
            &cash_assistance,
            &deviations,
            &waiting_list,
            &storage,
            &office_budgets,
            &audit_log};
}

void Tables::load_id_starts(Connection& connection) {
    for (const auto& name : tables_with_ids) m_next_ids[name] = max_id(connection, name) + 1;
    m_next_ids["audit_log"] = max_id(connection, "audit_log") + 1;
}

int64_t Tables::next_id(const std::string& table) {
    auto found = m_next_ids.find(table);
    if (found == m_next_ids.end()) throw std::logic_error("national: no ids for " + table);
    return found->second++;
}

void Tables::flush(Connection& connection) {
    for (auto* bulk : in_order()) {
        m_written[bulk->table()] += static_cast<int64_t>(bulk->pending());
        bulk->flush(connection);
    }
}

void Tables::restart_identities(Connection& connection) {
    for (const auto& name : tables_with_ids) restart_identity(connection, name);
}

std::vector<std::pair<std::string, int64_t>> Tables::counts() const {
    return {m_written.begin(), m_written.end()};
}

} // namespace husly::demo::national
