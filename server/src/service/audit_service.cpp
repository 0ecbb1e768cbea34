#include "service/audit_service.hpp"

#include "common/clock.hpp"

namespace husly::audit {

AuditEntry record(Connection& connection, const Actor* actor, const std::string& address, Event event) {
    AuditEntry entry;
    entry.occurred_at = format_instant(now());
    if (actor) {
        entry.actor_user_id = actor->user_id;
        entry.office_id = actor->active_office_id;
    }
    entry.action = std::move(event.action);
    entry.entity_type = std::move(event.entity_type);
    entry.entity_id = std::move(event.entity_id);
    entry.person_id = event.person_id;
    entry.address = address;
    entry.detail = event.detail.is_null() ? "{}" : event.detail.dump();
    if (connection.in_read_transaction()) { // written when the read commits (id and hash then)
        connection.defer_audit(entry);
        return entry;
    }
    return audit_repository::append(connection, std::move(entry));
}

AuditVerification verify(Connection& connection) {
    // A read transaction gives a consistent snapshot of entries and head (WAL / MVCC).
    Transaction transaction(connection, Transaction::Mode::read);
    AuditChainVerifier verifier;
    audit_repository::for_each_in_order(connection, [&](const std::vector<AuditEntry>& batch) {
        for (const auto& entry : batch)
            if (!verifier.feed(entry)) break;
    });
    auto head = audit_repository::head(connection);
    auto result = verifier.finish(head.last_id, head.last_hash);
    transaction.commit();
    return result;
}

} // namespace husly::audit
