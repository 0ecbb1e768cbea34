#include "service/storage_service.hpp"

#include "common/clock.hpp"
#include "service/audit_service.hpp"
#include "service/case_access.hpp"
#include "store/person_repository.hpp"
#include "store/request_repository.hpp"
#include "store/storage_repository.hpp"

namespace husly::storage {
namespace {

void audit_storage(Connection& connection, const Actor& actor, const char* action,
                   const StorageRecord& record) {
    audit::record(connection, &actor, actor.address,
                  {action, "storage", std::to_string(record.id), record.person_id, {}});
}

} // namespace

Result<std::vector<StorageRecord>> for_person(Connection& connection, const Actor& actor, int64_t person_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, Transaction::Mode::read,
                          [&](Transaction&) -> Result<std::vector<StorageRecord>> {
                              if (!person_repository::is_linked(connection, person_id, office_id))
                                  return not_found("Fant ikke personen.");
                              auto records = storage_repository::for_person(connection, office_id, person_id);
                              audit::record(connection, &actor, actor.address,
                                            {"storage.list",
                                             "person",
                                             std::to_string(person_id),
                                             person_id,
                                             {{"count", records.size()}}});
                              return records;
                          });
}

Result<StorageRecord> add(Connection& connection, const Actor& actor, StorageRecord record) {
    auto office_id = TRY(case_office(actor));
    TRY(check_storage(record));
    return in_transaction(connection, [&](Transaction&) -> Result<StorageRecord> {
        if (!person_repository::is_linked(connection, record.person_id, office_id))
            return not_found("Fant ikke personen.");
        if (record.request_id) {
            auto request = request_repository::find(connection, *record.request_id);
            if (!request || request->office_id != office_id || request->person_id != record.person_id)
                return invalid("requestId", "Henvendelsen hører ikke til personen ved dette kontoret.");
        }
        record.office_id = office_id;
        record.id = storage_repository::insert(connection, record, format_instant(now()), actor.user_id);
        audit_storage(connection, actor, "storage.create", record);
        return record;
    });
}

Result<StorageRecord> update(Connection& connection, const Actor& actor, int64_t storage_id,
                             StorageRecord record) {
    auto office_id = TRY(case_office(actor));
    TRY(check_storage(record));
    return in_transaction(connection, [&](Transaction&) -> Result<StorageRecord> {
        auto existing = storage_repository::find(connection, storage_id);
        if (!existing || existing->office_id != office_id) return not_found("Fant ikke lagringen.");
        existing->location = record.location;
        existing->stored_from = record.stored_from;
        existing->stored_to = record.stored_to;
        existing->monthly_cost = record.monthly_cost;
        existing->note = record.note;
        storage_repository::update(connection, *existing);
        audit_storage(connection, actor, "storage.update", *existing);
        return *existing;
    });
}

} // namespace husly::storage
