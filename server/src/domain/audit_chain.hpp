#pragma once
// The audit log is a hash chain: each entry's hash covers its fields and the previous entry's
// hash, so editing, deleting or reordering an entry breaks every hash after it.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace husly {

struct AuditEntry {
    int64_t id{0};
    std::string occurred_at;
    std::optional<int64_t> actor_user_id;
    std::optional<int64_t> office_id;
    std::string action;      // e.g. "auth.login", "user.create", "person.read"
    std::string entity_type; // e.g. "user", "office", "person"
    std::string entity_id;
    std::optional<int64_t> person_id;
    std::string address; // client address
    std::string detail;  // small JSON object; never names or identity numbers
    std::string prev_hash;
    std::string hash;
};

inline constexpr const char* audit_genesis_hash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// SHA-256 (hex) over the entry's fields (not `hash`) including prev_hash and id.
std::string compute_audit_hash(const AuditEntry& entry);

struct AuditVerification {
    bool ok{true};
    int64_t entries_checked{0};
    std::optional<int64_t> first_bad_id; // the first entry whose link or hash is wrong
    std::string problem;                 // Norwegian, for the operator
};

// Verifies a chain fed entry by entry in id order (bounded memory for any length of log).
class AuditChainVerifier {
public:
    // Returns false once a problem is found (later entries are then ignored).
    bool feed(const AuditEntry& entry);
    // Checks that the chain ends at the recorded head (entries deleted at the end).
    AuditVerification finish(int64_t head_last_id, const std::string& head_last_hash);

private:
    AuditVerification m_result;
    std::string m_expected_prev{audit_genesis_hash};
    int64_t m_previous_id{0};
};

AuditVerification verify_audit_chain(const std::vector<AuditEntry>& entries, int64_t head_last_id,
                                     const std::string& head_last_hash);

} // namespace husly
