#include "service/retention_service.hpp"

#include "common/clock.hpp"
#include "domain/retention.hpp"
#include "service/audit_service.hpp"

namespace husly::retention {

namespace {

Result<Plan> find(Connection& connection, int keep_years) {
    Plan plan;
    plan.keep_years = TRY(checked_keep_years(keep_years));
    plan.cutoff = format_date(cutoff(today(), keep_years));
    plan.persons = retention_repository::closed_before(connection, plan.cutoff);
    return plan;
}

} // namespace

Result<Plan> plan(Connection& connection, int keep_years) {
    Transaction transaction(connection, Transaction::Mode::read);
    return find(connection, keep_years);
}

Result<Plan> apply(Connection& connection, int keep_years) {
    Transaction transaction(connection);
    auto found = TRY(find(connection, keep_years));
    std::vector<int64_t> ids;
    ids.reserve(found.persons.size());
    for (const auto& person : found.persons) ids.push_back(person.person_id);
    retention_repository::anonymise(connection, ids, format_instant(now()));
    for (const auto& person : found.persons) {
        audit::record(connection, nullptr, "cli",
                      {"person.anonymise",
                       "person",
                       std::to_string(person.person_id),
                       person.person_id,
                       {{"lastActivity", person.last_activity}, {"keepYears", keep_years}}});
    }
    transaction.commit();
    return found;
}

} // namespace husly::retention
