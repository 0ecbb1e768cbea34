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

AuditVerification verify(Connection& connection, const CheckpointFile* checkpoints) {
    std::vector<AuditCheckpoint> recorded;
    if (checkpoints) {
        // Read before the log: a checkpoint written meanwhile is then never beyond the snapshot.
        auto lines = checkpoints->read();
        if (!lines) {
            AuditVerification result;
            result.ok = false;
            result.problem = lines.error().message;
            return result;
        }
        recorded = std::move(*lines);
    }
    // A read transaction gives a consistent snapshot of entries and head (WAL / MVCC).
    Transaction transaction(connection, Transaction::Mode::read);
    AuditChainVerifier verifier(connection.audit_key(), audit_repository::anchor(connection),
                                std::move(recorded));
    audit_repository::for_each_in_order(connection, [&](const std::vector<AuditEntry>& batch) {
        for (const auto& entry : batch)
            if (!verifier.feed(entry)) break;
    });
    auto head = audit_repository::head(connection);
    auto result = verifier.finish(head.last_id, head.last_hash);
    transaction.commit();
    return result;
}

AuditVerification rekey(Connection& connection, const CheckpointFile* checkpoints, const AuditKey& new_key) {
    auto verified = verify(connection, checkpoints);
    if (!verified.ok) return verified;
    Transaction transaction(connection);
    auto anchor = audit_repository::anchor(connection);
    std::string prev = audit_genesis_hash;
    audit_repository::relink_chain(connection, [&](AuditEntry& entry) {
        bool keyed = entry.id >= anchor.keyed_from;
        if (keyed) {
            entry.prev_hash = prev;
            entry.hash = compute_audit_hash(entry, new_key);
        }
        prev = entry.hash;
        return keyed;
    });
    anchor.mac = anchor_mac(anchor, new_key);
    audit_repository::set_anchor(connection, anchor);
    transaction.commit();
    return verified;
}

AuditVerification verify_as(Connection& connection, const Actor& actor, const CheckpointFile* checkpoints) {
    auto result = verify(connection, checkpoints);
    Transaction transaction(connection);
    record(connection, &actor, actor.address,
           {"audit.verify",
            "audit",
            "",
            std::nullopt,
            {{"ok", result.ok}, {"entriesChecked", result.entries_checked}}});
    transaction.commit();
    return result;
}

std::vector<AuditEntry> list(Connection& connection, const Actor& actor,
                             const audit_repository::Filter& filter) {
    Transaction transaction(connection, Transaction::Mode::read);
    auto entries = audit_repository::list(connection, filter);
    // What was asked, never what was found: ids, dates and an action prefix, no names.
    nlohmann::json filters = nlohmann::json::object();
    if (filter.actor_user_id) filters["userId"] = *filter.actor_user_id;
    if (filter.person_id) filters["personId"] = *filter.person_id;
    if (filter.from) filters["from"] = *filter.from;
    if (filter.to) filters["to"] = *filter.to;
    if (filter.action_prefix) filters["action"] = *filter.action_prefix;
    if (filter.before_id) filters["before"] = *filter.before_id;
    filters["limit"] = filter.limit;
    record(
        connection, &actor, actor.address,
        {"audit.read", "audit", "", filter.person_id, {{"filters", filters}, {"entries", entries.size()}}});
    transaction.commit();
    return entries;
}

} // namespace husly::audit
