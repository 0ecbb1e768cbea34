#include "domain/audit_chain.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fmt/format.h>
#include <sodium.h>

namespace husly {
namespace {

std::string optional_text(const std::optional<int64_t>& value) {
    return value ? std::to_string(*value) : std::string("-");
}

// Unit separator between fields so that ("ab","c") and ("a","bc") differ.
std::string entry_material(const AuditEntry& entry) {
    return fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", entry.id,
                       entry.occurred_at, optional_text(entry.actor_user_id), optional_text(entry.office_id),
                       entry.action, entry.entity_type, entry.entity_id, optional_text(entry.person_id),
                       entry.address, entry.detail, entry.prev_hash);
}

std::string to_hex(const unsigned char* bytes, size_t size) {
    std::string hex(size * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, size);
    hex.pop_back();
    return hex;
}

bool is_hex64(std::string_view text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

bool same_mac(const std::string& a, const std::string& b) {
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

const char* kind_text(AuditCheckpoint::Kind kind) {
    return kind == AuditCheckpoint::Kind::restore ? "restore" : "checkpoint";
}

std::string checkpoint_material(const AuditCheckpoint& checkpoint) {
    return fmt::format("husly-audit-checkpoint v1 {} {} {} {} {}", kind_text(checkpoint.kind),
                       checkpoint.chain_id, checkpoint.id, checkpoint.hash, checkpoint.written_at);
}

std::vector<std::string_view> split_spaces(std::string_view line) {
    std::vector<std::string_view> parts;
    size_t at = 0;
    while (at < line.size()) {
        auto end = line.find(' ', at);
        if (end == std::string_view::npos) end = line.size();
        if (end > at) parts.push_back(line.substr(at, end - at));
        at = end + 1;
    }
    return parts;
}

} // namespace

AuditKey AuditKey::generate() {
    AuditKey key;
    randombytes_buf(key.m_bytes.data(), key.m_bytes.size());
    return key;
}

std::optional<AuditKey> AuditKey::from_hex(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    if (text.size() != size * 2) return std::nullopt;
    AuditKey key;
    size_t written = 0;
    if (sodium_hex2bin(key.m_bytes.data(), key.m_bytes.size(), text.data(), text.size(), nullptr, &written,
                       nullptr) != 0 ||
        written != size)
        return std::nullopt;
    return key;
}

std::string AuditKey::to_hex() const {
    return husly::to_hex(m_bytes.data(), m_bytes.size());
}

std::string AuditKey::mac(std::string_view message) const {
    unsigned char out[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, m_bytes.data(), m_bytes.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.data()),
                                  message.size());
    crypto_auth_hmacsha256_final(&state, out);
    return husly::to_hex(out, sizeof out);
}

std::string compute_legacy_audit_hash(const AuditEntry& entry) {
    auto material = entry_material(entry);
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(material.data()), material.size());
    return to_hex(digest, sizeof digest);
}

std::string compute_audit_hash(const AuditEntry& entry, const AuditKey& key) {
    return key.mac(entry_material(entry));
}

std::string new_audit_chain_id() {
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    return to_hex(bytes, sizeof bytes);
}

std::string anchor_mac(const AuditAnchor& anchor, const AuditKey& key) {
    return key.mac(fmt::format("husly-audit-anchor v1\x1f{}\x1f{}\x1f{}", anchor.chain_id, anchor.keyed_from,
                               anchor.legacy_hash));
}

bool anchor_is_valid(const AuditAnchor& anchor, const AuditKey& key) {
    return !anchor.chain_id.empty() && anchor.keyed_from >= 1 &&
           same_mac(anchor.mac, anchor_mac(anchor, key));
}

std::string format_checkpoint_line(const AuditCheckpoint& checkpoint, const AuditKey& key) {
    auto material = checkpoint_material(checkpoint);
    return material + " " + key.mac(material);
}

ParsedCheckpoint parse_checkpoint_line(std::string_view line, const AuditKey& key) {
    auto parts = split_spaces(line);
    if (parts.size() != 8 || parts[0] != "husly-audit-checkpoint" || parts[1] != "v1") return {};
    AuditCheckpoint checkpoint;
    if (parts[2] == "checkpoint")
        checkpoint.kind = AuditCheckpoint::Kind::checkpoint;
    else if (parts[2] == "restore")
        checkpoint.kind = AuditCheckpoint::Kind::restore;
    else
        return {};
    checkpoint.chain_id = std::string(parts[3]);
    auto [ptr, ec] = std::from_chars(parts[4].data(), parts[4].data() + parts[4].size(), checkpoint.id);
    if (ec != std::errc{} || ptr != parts[4].data() + parts[4].size() || checkpoint.id < 0) return {};
    checkpoint.hash = std::string(parts[5]);
    checkpoint.written_at = std::string(parts[6]);
    if (!is_hex64(parts[7]) || !same_mac(std::string(parts[7]), key.mac(checkpoint_material(checkpoint))))
        return {};
    return {checkpoint};
}

AuditChainVerifier::AuditChainVerifier(const AuditKey& key, AuditAnchor anchor,
                                       std::vector<AuditCheckpoint> checkpoints)
    : m_key(key), m_anchor(std::move(anchor)) {
    if (!anchor_is_valid(m_anchor, m_key)) {
        fail(std::nullopt,
             "Revisjonsloggen kan ikke bekreftes med denne nøkkelen: enten er nøkkelfilen feil, "
             "eller kjedens anker i databasen er endret.");
        return;
    }
    // This chain's checkpoints in the order written; a restore drops the checkpoints before it
    // that lie beyond the head it restored to.
    for (auto& checkpoint : checkpoints) {
        if (checkpoint.chain_id != m_anchor.chain_id) continue;
        if (checkpoint.kind == AuditCheckpoint::Kind::restore)
            std::erase_if(m_checkpoints,
                          [&](const AuditCheckpoint& earlier) { return earlier.id > checkpoint.id; });
        m_checkpoints.push_back(std::move(checkpoint));
    }
    std::erase_if(m_checkpoints, [](const AuditCheckpoint& checkpoint) { return checkpoint.id == 0; });
    std::stable_sort(m_checkpoints.begin(), m_checkpoints.end(),
                     [](const AuditCheckpoint& a, const AuditCheckpoint& b) { return a.id < b.id; });
    if (!m_checkpoints.empty()) m_result.latest = m_checkpoints.back();
}

bool AuditChainVerifier::fail(std::optional<int64_t> id, std::string problem) {
    m_result.ok = false;
    m_result.first_bad_id = id;
    m_result.problem = std::move(problem);
    return false;
}

bool AuditChainVerifier::feed(const AuditEntry& entry) {
    if (!m_result.ok) return false;
    ++m_result.entries_checked;
    if (entry.id <= m_previous_id)
        return fail(entry.id, fmt::format("Oppføring {} står i feil rekkefølge.", entry.id));
    if (entry.id != m_previous_id + 1)
        return fail(entry.id,
                    entry.id == m_previous_id + 2
                        ? fmt::format("Oppføring {} mangler (hull i nummereringen).", m_previous_id + 1)
                        : fmt::format("Oppføringene {}–{} mangler (hull i nummereringen).", m_previous_id + 1,
                                      entry.id - 1));
    if (entry.prev_hash != m_expected_prev)
        return fail(
            entry.id,
            fmt::format("Oppføring {} peker ikke på forrige oppføring (slettet eller flyttet).", entry.id));
    bool keyed = entry.id >= m_anchor.keyed_from;
    auto expected = keyed ? compute_audit_hash(entry, m_key) : compute_legacy_audit_hash(entry);
    if (!same_mac(expected, entry.hash))
        return fail(entry.id, fmt::format("Oppføring {} er endret etter at den ble skrevet.", entry.id));
    if (entry.id + 1 == m_anchor.keyed_from && entry.hash != m_anchor.legacy_hash)
        return fail(entry.id,
                    fmt::format("Oppføring {} er ikke den som var siste oppføring da loggen fikk nøkkel "
                                "(den eldre delen av loggen er skrevet om).",
                                entry.id));
    for (; m_next_checkpoint < m_checkpoints.size() && m_checkpoints[m_next_checkpoint].id <= entry.id;
         ++m_next_checkpoint) {
        const auto& checkpoint = m_checkpoints[m_next_checkpoint];
        ++m_result.checkpoints_checked;
        if (checkpoint.id == entry.id && checkpoint.hash != entry.hash)
            return fail(entry.id,
                        fmt::format("Oppføring {} stemmer ikke med kontrollpunktet skrevet {} (loggen er "
                                    "skrevet om).",
                                    entry.id, checkpoint.written_at));
    }
    m_expected_prev = entry.hash;
    m_previous_id = entry.id;
    return true;
}

AuditVerification AuditChainVerifier::finish(int64_t head_last_id, const std::string& head_last_hash) {
    if (!m_result.ok) return m_result;
    // The legacy part must reach the anchor: entries before it cut off with the head moved back.
    if (m_previous_id + 1 < m_anchor.keyed_from) {
        fail(
            std::nullopt,
            fmt::format("Kjeden slutter ved oppføring {}, men loggen hadde {} oppføringer da den fikk nøkkel "
                        "(oppføringer er slettet på slutten).",
                        m_previous_id, m_anchor.keyed_from - 1));
        return m_result;
    }
    if (m_previous_id != head_last_id || m_expected_prev != head_last_hash) {
        fail(std::nullopt,
             fmt::format("Kjeden slutter ved oppføring {}, men siste registrerte oppføring er {} "
                         "(oppføringer er slettet på slutten).",
                         m_previous_id, head_last_id));
        return m_result;
    }
    if (m_next_checkpoint < m_checkpoints.size()) {
        const auto& beyond = m_checkpoints.back();
        fail(std::nullopt,
             fmt::format("Loggen slutter ved oppføring {}, men kontrollpunktet skrevet {} viser "
                         "oppføring {} (oppføringer er slettet på slutten, eller databasen er satt "
                         "tilbake).",
                         m_previous_id, beyond.written_at, beyond.id));
        return m_result;
    }
    return m_result;
}

AuditVerification verify_audit_chain(const std::vector<AuditEntry>& entries, int64_t head_last_id,
                                     const std::string& head_last_hash, const AuditKey& key,
                                     const AuditAnchor& anchor,
                                     const std::vector<AuditCheckpoint>& checkpoints) {
    AuditChainVerifier verifier(key, anchor, checkpoints);
    for (const auto& entry : entries)
        if (!verifier.feed(entry)) break;
    return verifier.finish(head_last_id, head_last_hash);
}

} // namespace husly
