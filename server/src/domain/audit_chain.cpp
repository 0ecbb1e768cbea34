#include "domain/audit_chain.hpp"

#include <fmt/format.h>
#include <sodium.h>

namespace husly {
namespace {

std::string optional_text(const std::optional<int64_t>& value) {
    return value ? std::to_string(*value) : std::string("-");
}

} // namespace

std::string compute_audit_hash(const AuditEntry& entry) {
    // Unit separator between fields so that ("ab","c") and ("a","bc") differ.
    std::string material = fmt::format(
        "{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", entry.id, entry.occurred_at,
        optional_text(entry.actor_user_id), optional_text(entry.office_id), entry.action, entry.entity_type,
        entry.entity_id, optional_text(entry.person_id), entry.address, entry.detail, entry.prev_hash);
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(material.data()), material.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

bool AuditChainVerifier::feed(const AuditEntry& entry) {
    if (!m_result.ok) return false;
    ++m_result.entries_checked;
    auto bad = [&](std::string problem) {
        m_result.ok = false;
        m_result.first_bad_id = entry.id;
        m_result.problem = std::move(problem);
        return false;
    };
    if (entry.id <= m_previous_id) return bad(fmt::format("Oppføring {} står i feil rekkefølge.", entry.id));
    if (entry.prev_hash != m_expected_prev)
        return bad(
            fmt::format("Oppføring {} peker ikke på forrige oppføring (slettet eller flyttet).", entry.id));
    if (compute_audit_hash(entry) != entry.hash)
        return bad(fmt::format("Oppføring {} er endret etter at den ble skrevet.", entry.id));
    m_expected_prev = entry.hash;
    m_previous_id = entry.id;
    return true;
}

AuditVerification AuditChainVerifier::finish(int64_t head_last_id, const std::string& head_last_hash) {
    if (m_result.ok && (m_previous_id != head_last_id || m_expected_prev != head_last_hash)) {
        m_result.ok = false;
        m_result.problem =
            fmt::format("Kjeden slutter ved oppføring {}, men siste registrerte oppføring er {} "
                        "(oppføringer er slettet på slutten).",
                        m_previous_id, head_last_id);
    }
    return m_result;
}

AuditVerification verify_audit_chain(const std::vector<AuditEntry>& entries, int64_t head_last_id,
                                     const std::string& head_last_hash) {
    AuditChainVerifier verifier;
    for (const auto& entry : entries)
        if (!verifier.feed(entry)) break;
    return verifier.finish(head_last_id, head_last_hash);
}

} // namespace husly
