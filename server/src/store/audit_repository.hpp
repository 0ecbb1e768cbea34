#pragma once
// The append-only audit log and its chain head.

#include "domain/audit_chain.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace husly::audit_repository {

// Appends one entry inside the caller's write transaction: locks the chain head, links the
// entry to the previous one, computes its hash and advances the head. Returns the stored entry.
AuditEntry append(Connection& connection, AuditEntry entry);

struct Filter {
    std::optional<int64_t> actor_user_id;
    std::optional<int64_t> person_id;
    std::optional<std::string> from; // instant text, inclusive
    std::optional<std::string> to;   // instant text, exclusive
    std::optional<std::string> action_prefix;
    std::optional<int64_t> before_id; // paging: entries with id < before_id
    int limit{100};
};

// Newest first.
std::vector<AuditEntry> list(Connection& connection, const Filter& filter);

struct Head {
    int64_t last_id{0};
    std::string last_hash;
};
Head head(Connection& connection);
// Every entry in id order, for verification. Calls `visit` in batches to bound memory.
void for_each_in_order(Connection& connection,
                       const std::function<void(const std::vector<AuditEntry>&)>& visit);

} // namespace husly::audit_repository
