// The audit log's keyed hash chain without SQL: every way of editing, deleting or forging
// entries is detected, checkpoints included.
#include "common/clock.hpp"
#include "domain/audit_chain.hpp"

#include <gtest/gtest.h>
#include <sodium.h>

using namespace husly;

namespace {

AuditEntry make_entry(int64_t id, const std::string& prev) {
    AuditEntry entry;
    entry.id = id;
    entry.occurred_at = "2026-11-23T10:00:00.000Z";
    entry.actor_user_id = 7;
    entry.action = "person.read";
    entry.entity_type = "person";
    entry.entity_id = std::to_string(100 + id);
    entry.person_id = 100 + id;
    entry.address = "127.0.0.1";
    entry.detail = "{}";
    entry.prev_hash = prev;
    return entry;
}

// Entries 1..length; those before `keyed_from` hashed as before the chain had a key.
std::vector<AuditEntry> make_chain(int length, const AuditKey& key, int64_t keyed_from = 1) {
    std::vector<AuditEntry> entries;
    std::string prev = audit_genesis_hash;
    for (int i = 1; i <= length; ++i) {
        auto entry = make_entry(i, prev);
        entry.hash = i < keyed_from ? compute_legacy_audit_hash(entry) : compute_audit_hash(entry, key);
        prev = entry.hash;
        entries.push_back(entry);
    }
    return entries;
}

// What the attacker of finding 6 did: recompute every hash from `from` on with plain SHA-256.
void rehash_with_sha256(std::vector<AuditEntry>& entries, size_t from) {
    for (size_t i = from; i < entries.size(); ++i) {
        entries[i].prev_hash = i == 0 ? audit_genesis_hash : entries[i - 1].hash;
        entries[i].hash = compute_legacy_audit_hash(entries[i]);
    }
}

AuditAnchor make_anchor(const AuditKey& key, const std::vector<AuditEntry>& entries, int64_t keyed_from = 1) {
    AuditAnchor anchor;
    anchor.chain_id = "c0ffee";
    anchor.keyed_from = keyed_from;
    anchor.legacy_hash =
        keyed_from == 1 ? audit_genesis_hash : entries[static_cast<size_t>(keyed_from - 2)].hash;
    anchor.mac = anchor_mac(anchor, key);
    return anchor;
}

AuditCheckpoint checkpoint_of(const AuditEntry& entry, const std::string& chain = "c0ffee") {
    return {AuditCheckpoint::Kind::checkpoint, chain, entry.id, entry.hash, "2026-11-23T10:05:00.000Z"};
}

} // namespace

class AuditChain : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_GE(sodium_init(), 0); }
    AuditKey key = AuditKey::generate();
    AuditVerification verify(const std::vector<AuditEntry>& entries, int64_t head_id,
                             const std::string& head_hash,
                             const std::vector<AuditCheckpoint>& checkpoints = {}, int64_t keyed_from = 1) {
        return verify_audit_chain(entries, head_id, head_hash, key, make_anchor(key, entries, keyed_from),
                                  checkpoints);
    }
};

TEST_F(AuditChain, IntactChainVerifies) {
    auto entries = make_chain(5, key);
    auto result =
        verify(entries, 5, entries.back().hash, {checkpoint_of(entries[2]), checkpoint_of(entries[4])});
    EXPECT_TRUE(result.ok) << result.problem;
    EXPECT_EQ(result.entries_checked, 5);
    EXPECT_EQ(result.checkpoints_checked, 2);
    ASSERT_TRUE(result.latest);
    EXPECT_EQ(result.latest->id, 5);
}

TEST_F(AuditChain, EditedEntryIsDetected) {
    auto entries = make_chain(5, key);
    entries[2].person_id = 999; // who was read, changed afterwards
    auto result = verify(entries, 5, entries.back().hash);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.first_bad_id, 3);
}

TEST_F(AuditChain, DeletedEntryIsDetectedAsAGap) {
    auto entries = make_chain(5, key);
    entries.erase(entries.begin() + 1);
    auto result = verify(entries, 5, entries.back().hash);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.first_bad_id, 3);
    EXPECT_NE(result.problem.find("Oppføring 2 mangler"), std::string::npos) << result.problem;
}

TEST_F(AuditChain, AGapInTheIdsIsFlaggedEvenWhenTheLinksHold) {
    // Entries numbered 1, 2, 4 and linked to each other, each MAC right: only the ids give it away.
    auto entries = make_chain(2, key);
    auto third = make_entry(4, entries.back().hash);
    third.hash = compute_audit_hash(third, key);
    entries.push_back(third);
    auto result = verify(entries, 4, third.hash);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.first_bad_id, 4);
    EXPECT_NE(result.problem.find("hull i nummereringen"), std::string::npos) << result.problem;
}

TEST_F(AuditChain, EntriesDeletedAndRehashedWithPlainSha256AreDetected) {
    // Finding 6: delete entries, recompute the rest with SHA-256, move the head — it passed.
    auto entries = make_chain(8, key);
    entries.erase(entries.begin() + 2, entries.begin() + 4);
    for (size_t i = 2; i < entries.size(); ++i) entries[i].id = static_cast<int64_t>(i) + 1;
    rehash_with_sha256(entries, 2);
    auto result = verify(entries, 6, entries.back().hash);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.first_bad_id, 3);
    EXPECT_NE(result.problem.find("endret"), std::string::npos) << result.problem;
}

TEST_F(AuditChain, AWholeChainForgedWithoutTheKeyIsDetected) {
    auto entries = make_chain(5, key);
    rehash_with_sha256(entries, 0);
    EXPECT_FALSE(verify(entries, 5, entries.back().hash).ok);
    // Nor with another key.
    auto other = AuditKey::generate();
    auto forged = make_chain(5, other);
    EXPECT_FALSE(verify(forged, 5, forged.back().hash).ok);
}

TEST_F(AuditChain, TheWrongKeyFailsAtTheAnchor) {
    auto entries = make_chain(5, key);
    auto anchor = make_anchor(key, entries);
    auto wrong = AuditKey::generate();
    auto result = verify_audit_chain(entries, 5, entries.back().hash, wrong, anchor);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.entries_checked, 0);
    EXPECT_NE(result.problem.find("nøkkel"), std::string::npos) << result.problem;
}

TEST_F(AuditChain, DeletedTailIsDetectedByTheHead) {
    auto full = make_chain(5, key);
    auto truncated = full;
    truncated.pop_back();
    EXPECT_FALSE(verify(truncated, 5, full.back().hash).ok);
}

TEST_F(AuditChain, TailCutWithTheHeadMovedBackIsDetectedByACheckpoint) {
    auto full = make_chain(6, key);
    auto checkpoints = std::vector{checkpoint_of(full[5])};
    auto truncated = full;
    truncated.resize(4);
    auto result = verify(truncated, 4, truncated.back().hash, checkpoints);
    EXPECT_FALSE(result.ok);
    EXPECT_NE(result.problem.find("kontrollpunktet"), std::string::npos) << result.problem;
    // Without the checkpoint nothing would show it.
    EXPECT_TRUE(verify(truncated, 4, truncated.back().hash).ok);
}

TEST_F(AuditChain, ACheckpointWhoseEntryDiffersIsDetected) {
    auto entries = make_chain(5, key);
    auto checkpoint = checkpoint_of(entries[2]);
    checkpoint.hash = std::string(64, 'a');
    auto result = verify(entries, 5, entries.back().hash, {checkpoint});
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.first_bad_id, 3);
}

TEST_F(AuditChain, CheckpointsOfOtherChainsAreIgnoredAndARestoreDropsLaterOnes) {
    auto entries = make_chain(6, key);
    auto elsewhere = checkpoint_of(entries[5], "another-chain");
    elsewhere.id = 99;
    auto before_restore = checkpoint_of(entries[5]);
    before_restore.id = 9; // entries the restore knowingly dropped
    auto restore = checkpoint_of(entries[3]);
    restore.kind = AuditCheckpoint::Kind::restore;
    auto result = verify(entries, 6, entries.back().hash, {elsewhere, before_restore, restore});
    EXPECT_TRUE(result.ok) << result.problem;
    // A checkpoint after the restore counts again.
    auto after = checkpoint_of(entries[5]);
    after.id = 9;
    EXPECT_FALSE(verify(entries, 6, entries.back().hash, {before_restore, restore, after}).ok);
}

TEST_F(AuditChain, CheckpointLinesAreSignedAndAnEditedLineIsRefused) {
    auto entries = make_chain(3, key);
    auto line = format_checkpoint_line(checkpoint_of(entries[2]), key);
    auto parsed = parse_checkpoint_line(line, key);
    ASSERT_TRUE(parsed.checkpoint);
    EXPECT_EQ(parsed.checkpoint->id, 3);
    EXPECT_EQ(parsed.checkpoint->hash, entries[2].hash);
    auto edited = line;
    edited.replace(edited.find(" 3 "), 3, " 2 ");
    EXPECT_FALSE(parse_checkpoint_line(edited, key).checkpoint);
    EXPECT_FALSE(parse_checkpoint_line(line, AuditKey::generate()).checkpoint);
    EXPECT_FALSE(parse_checkpoint_line("husly-audit-checkpoint v1 checkpoint", key).checkpoint);
}

TEST_F(AuditChain, ALegacyPartIsVerifiedWithSha256AndBoundByTheAnchor) {
    // A database from before the key: entries 1–4 plain SHA-256, 5 on keyed.
    auto entries = make_chain(7, key, 5);
    EXPECT_TRUE(verify(entries, 7, entries.back().hash, {}, 5).ok);
    // The legacy part rewritten (the anchor holds its last hash) is detected…
    auto rewritten = entries;
    rewritten.erase(rewritten.begin() + 1);
    for (size_t i = 1; i < 3; ++i) rewritten[i].id = static_cast<int64_t>(i) + 1;
    rehash_with_sha256(rewritten, 1);
    rewritten.resize(3);
    auto anchor = make_anchor(key, entries, 5);
    EXPECT_FALSE(verify_audit_chain(rewritten, 3, rewritten.back().hash, key, anchor).ok);
    // …and so is an anchor moved to make keyed entries look like legacy ones.
    anchor.keyed_from = 8;
    anchor.legacy_hash = entries.back().hash;
    EXPECT_FALSE(verify_audit_chain(entries, 7, entries.back().hash, key, anchor).ok);
}

TEST_F(AuditChain, KeysRoundTripAsHex) {
    auto hex = key.to_hex();
    EXPECT_EQ(hex.size(), 64u);
    auto again = AuditKey::from_hex(hex + "\n");
    ASSERT_TRUE(again);
    EXPECT_EQ(again->mac("x"), key.mac("x"));
    EXPECT_FALSE(AuditKey::from_hex("abc"));
    EXPECT_FALSE(AuditKey::from_hex(std::string(64, 'g')));
}
