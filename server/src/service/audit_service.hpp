#pragma once
// Writes and reads the audit log. Every use case that reads or changes person data, and every
// security event, records an entry here in the same transaction as its data.

#include "domain/account.hpp"
#include "domain/audit_chain.hpp"
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

AuditVerification verify(Connection& connection);

} // namespace husly::audit
