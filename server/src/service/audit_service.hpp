#pragma once
// Writes and reads the audit log. Every use case that reads or changes person data, and every
// security event, records an entry here in the same transaction as its data.

#include "domain/account.hpp"
#include "domain/audit_chain.hpp"
#include "service/audit_files.hpp"
#include "store/audit_repository.hpp"
#include "store/database.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace husly::audit {

struct Event {
    std::string action;      // "person.read", "user.create", …
    std::string entity_type; // "person", "user", "office", "session", "audit"
    std::string entity_id;
    std::optional<int64_t> person_id;
    nlohmann::json detail = nlohmann::json::object(); // never names or identity numbers
};

// Records an event by `actor` (nullptr for anonymous events such as a failed login). Must run
// inside a transaction: in a write transaction the entry is written with the data it concerns;
// in a read transaction it is written, durably, when the read commits (the returned entry then
// has no id or hash yet).
AuditEntry record(Connection& connection, const Actor* actor, const std::string& address, Event event);

// Verifies the chain under the connection's key from its anchor, against the checkpoints in
// `checkpoints` when given (a checkpoint file that was edited fails the verification).
AuditVerification verify(Connection& connection, const CheckpointFile* checkpoints = nullptr);

// Key rotation: verifies the chain under the connection's (old) key and its checkpoints, then, in
// one transaction, recomputes every keyed entry's HMAC under `new_key` and binds the anchor to
// it. Returns the verification; nothing changes when it fails. The old checkpoints are signed with
// the old key: start a new checkpoint file after this.
AuditVerification rekey(Connection& connection, const CheckpointFile* checkpoints, const AuditKey& new_key);

// verify() asked for by an administrator, recorded as `audit.verify` with its outcome.
AuditVerification verify_as(Connection& connection, const Actor& actor, const CheckpointFile* checkpoints);

// Which entries an administrator reads: by user, person, action prefix, time, page.
using Filter = audit_repository::Filter;

// An administrator's read of the log, itself audited as `audit.read` with the filters used
// (ids and dates only). Newest first.
std::vector<AuditEntry> list(Connection& connection, const Actor& actor, const Filter& filter);

} // namespace husly::audit
