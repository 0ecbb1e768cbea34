#pragma once
// The append-only audit log and its chain head.

#include "domain/audit_chain.hpp"
#include "store/database.hpp"

#include <functional>
#include <optional>
#include <vector>

namespace husly::audit_repository {

// Appends one entry inside the caller's write transaction: locks the chain head, links the
// entry to the previous one, computes its hash under the connection's audit key and advances
// the head. Returns the stored entry.
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

// The entries about one person that belong to one office, newest first: those its users recorded
// while working there, and every entry on the office's placements of the person — also by provider
// staff, whose own office (if any) says nothing about whose booking it was. Never another office's
// activity (the person's copy).
std::vector<AuditEntry> office_entries_for_person(Connection& connection, int64_t person_id,
                                                  int64_t office_id, int limit);

// How many identity-number lookups (`person.lookup`) and links by number (`person.link`) the user
// has made since `since` (an instant), for the lookup throttle.
int64_t identity_lookups_since(Connection& connection, int64_t user_id, const std::string& since);

struct Head {
    int64_t last_id{0};
    std::string last_hash;
};
Head head(Connection& connection);
// Where the keyed chain begins (domain/audit_chain.hpp), stored with the head.
AuditAnchor anchor(Connection& connection);
void set_anchor(Connection& connection, const AuditAnchor& anchor);
// Every entry in id order, for verification. Calls `visit` in batches to bound memory.
void for_each_in_order(Connection& connection,
                       const std::function<void(const std::vector<AuditEntry>&)>& visit);
// Re-links the chain under a new key (rekeying): visits every entry in id order; where `relink`
// sets a new prev_hash and hash and returns true, those are written (the log's append-only guard
// is lifted for it and put back). Then the head's last hash becomes the last entry's. Inside the
// caller's transaction.
void relink_chain(Connection& connection, const std::function<bool(AuditEntry&)>& relink);

} // namespace husly::audit_repository
