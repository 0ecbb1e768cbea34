#pragma once
// The audit log is a keyed hash chain: each entry's hash is an HMAC-SHA-256, under a key kept
// outside the database, over its fields and the previous entry's hash. Editing, deleting or
// reordering an entry breaks every hash after it, and without the key nobody can compute a
// replacement chain. Signed checkpoints of the head, kept in a file outside the database, show a
// tail that was cut off (or a database rolled back). Entries written before the chain was keyed
// (by Husly before schema version 12) keep their plain SHA-256 hashes; the last of them is bound
// under the key by the chain's anchor, so that part cannot be rewritten either.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
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

// The secret of the chain: 32 random bytes, kept in a file outside the database.
class AuditKey {
public:
    static constexpr size_t size = 32;
    static AuditKey generate();
    // 64 hexadecimal characters (surrounding whitespace ignored); nullopt when malformed.
    static std::optional<AuditKey> from_hex(std::string_view text);
    std::string to_hex() const;
    // HMAC-SHA-256 of `message` under this key, as 64 hex characters.
    std::string mac(std::string_view message) const;

private:
    std::array<unsigned char, size> m_bytes{};
};

// Plain SHA-256 (hex) over the entry's fields (not `hash`), including prev_hash and id: the
// hash of entries written before the chain was keyed.
std::string compute_legacy_audit_hash(const AuditEntry& entry);
// HMAC-SHA-256 (hex) under `key` over the same fields: every entry since the chain was keyed.
std::string compute_audit_hash(const AuditEntry& entry, const AuditKey& key);

// Where the keyed chain begins, bound under the key (stored with the chain's head): entries
// before `keyed_from` are legacy SHA-256 and the last of them has `legacy_hash`. Its MAC also
// tells whether a key is the chain's key at all.
struct AuditAnchor {
    std::string chain_id; // random, names this database's chain in the checkpoint file
    int64_t keyed_from{1};
    std::string legacy_hash{audit_genesis_hash};
    std::string mac;
};
// A new chain's id: 32 random hex characters.
std::string new_audit_chain_id();
std::string anchor_mac(const AuditAnchor& anchor, const AuditKey& key);
bool anchor_is_valid(const AuditAnchor& anchor, const AuditKey& key);

// A signed record of the chain's head, one line of the append-only checkpoint file. A
// "restore" line records the head a backup was restored to: checkpoints before it with higher
// ids describe entries the restore knowingly dropped.
struct AuditCheckpoint {
    enum class Kind { checkpoint, restore };
    Kind kind{Kind::checkpoint};
    std::string chain_id;
    int64_t id{0};
    std::string hash;
    std::string written_at;
};
// "husly-audit-checkpoint v1 KIND CHAIN ID HASH WRITTEN_AT MAC" (no newline).
std::string format_checkpoint_line(const AuditCheckpoint& checkpoint, const AuditKey& key);
struct ParsedCheckpoint {
    std::optional<AuditCheckpoint> checkpoint; // nullopt: malformed or its MAC does not match
};
ParsedCheckpoint parse_checkpoint_line(std::string_view line, const AuditKey& key);

struct AuditVerification {
    bool ok{true};
    int64_t entries_checked{0};
    int64_t checkpoints_checked{0};        // checkpoints of this chain compared with the log
    std::optional<AuditCheckpoint> latest; // the newest checkpoint of this chain, if any
    std::optional<int64_t> first_bad_id;   // the first entry whose link, hash or id is wrong
    std::string problem;                   // Norwegian, for the operator
};

// Verifies a chain fed entry by entry in id order (bounded memory for any length of log) under
// `key`, from its anchor, against the checkpoints of its chain (any order; others are ignored).
class AuditChainVerifier {
public:
    AuditChainVerifier(const AuditKey& key, AuditAnchor anchor,
                       std::vector<AuditCheckpoint> checkpoints = {});
    // Returns false once a problem is found (later entries are then ignored).
    bool feed(const AuditEntry& entry);
    // Checks that the chain ends at the recorded head (entries deleted at the end) and at or
    // after every checkpoint (entries deleted at the end, head moved back with them).
    AuditVerification finish(int64_t head_last_id, const std::string& head_last_hash);

private:
    bool fail(std::optional<int64_t> id, std::string problem);

    const AuditKey& m_key;
    AuditAnchor m_anchor;
    std::vector<AuditCheckpoint> m_checkpoints; // this chain's, by id, after restores applied
    size_t m_next_checkpoint{0};
    AuditVerification m_result;
    std::string m_expected_prev{audit_genesis_hash};
    int64_t m_previous_id{0};
};

AuditVerification verify_audit_chain(const std::vector<AuditEntry>& entries, int64_t head_last_id,
                                     const std::string& head_last_hash, const AuditKey& key,
                                     const AuditAnchor& anchor,
                                     const std::vector<AuditCheckpoint>& checkpoints = {});

} // namespace husly
