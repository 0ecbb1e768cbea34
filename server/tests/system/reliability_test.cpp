// Backups and restores, migrations started twice at once, and the audit log's tamper evidence,
// through the real husly binary on both databases.

#include "demo/demo_service.hpp"
#include "service/audit_service.hpp"
#include "store/audit_repository.hpp"
#include "store/migrations.hpp"
#include "support/db_snapshot.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"
#include "support/test_server.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <future>
#include <gtest/gtest.h>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace husly;
using namespace husly::test;

namespace {

class ReliabilityTest : public ::testing::TestWithParam<std::string> {};

void bypass_audit_guard(Connection& connection) {
    if (connection.dialect() == Dialect::sqlite) {
        connection.sql() << "DROP TRIGGER audit_log_no_update";
        connection.sql() << "DROP TRIGGER audit_log_no_delete";
    } else {
        connection.sql() << "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change";
    }
}

// Every entry in id order, read directly.
std::vector<AuditEntry> all_entries(Connection& connection) {
    std::vector<AuditEntry> entries;
    audit_repository::for_each_in_order(connection, [&](const std::vector<AuditEntry>& batch) {
        entries.insert(entries.end(), batch.begin(), batch.end());
    });
    return entries;
}

// What the attacker of finding 6 did with database access: delete entries, renumber and rehash
// the rest with plain SHA-256, move the head.
void delete_and_rehash_with_sha256(Connection& connection, const std::vector<int64_t>& doomed) {
    auto entries = all_entries(connection);
    bypass_audit_guard(connection);
    connection.sql() << "DELETE FROM audit_log";
    std::string prev = audit_genesis_hash;
    int64_t id = 0;
    for (auto& entry : entries) {
        if (std::find(doomed.begin(), doomed.end(), entry.id) != doomed.end()) continue;
        entry.id = ++id;
        entry.prev_hash = prev;
        entry.hash = compute_legacy_audit_hash(entry);
        prev = entry.hash;
        long long row_id = entry.id;
        long long actor = entry.actor_user_id.value_or(0);
        soci::indicator actor_indicator = entry.actor_user_id ? soci::i_ok : soci::i_null;
        long long office = entry.office_id.value_or(0);
        soci::indicator office_indicator = entry.office_id ? soci::i_ok : soci::i_null;
        long long person = entry.person_id.value_or(0);
        soci::indicator person_indicator = entry.person_id ? soci::i_ok : soci::i_null;
        connection.sql()
            << "INSERT INTO audit_log (id, occurred_at, actor_user_id, office_id, action, entity_type, "
               "entity_id, person_id, address, detail, prev_hash, hash) VALUES (:id, :at, :actor, "
               ":office, :action, :etype, :eid, :person, :address, :detail, :prev, :hash)",
            soci::use(row_id), soci::use(entry.occurred_at), soci::use(actor, actor_indicator),
            soci::use(office, office_indicator), soci::use(entry.action), soci::use(entry.entity_type),
            soci::use(entry.entity_id), soci::use(person, person_indicator), soci::use(entry.address),
            soci::use(entry.detail), soci::use(entry.prev_hash), soci::use(entry.hash);
    }
    long long last = id;
    connection.sql() << "UPDATE audit_head SET last_id = :id, last_hash = :h", soci::use(last),
        soci::use(prev);
}

void record_reads(Connection& connection, int64_t user_id, int reads) {
    Actor actor;
    actor.user_id = user_id;
    for (int i = 0; i < reads; ++i) {
        Transaction transaction(connection);
        audit::record(connection, &actor, "127.0.0.1",
                      {"person.read", "person", std::to_string(i), 40 + i, {}});
        transaction.commit();
    }
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Removes every table (SQLite) or the whole schema (PostgreSQL): a database at version 0.
void empty_database(Connection& connection) {
    if (connection.dialect() == Dialect::sqlite) {
        for (const auto& table : table_names(connection)) connection.sql() << "DROP TABLE IF EXISTS " + table;
    } else {
        std::string schema;
        connection.sql() << "SELECT current_schema()", soci::into(schema);
        connection.sql() << "DROP SCHEMA " + schema + " CASCADE";
        connection.sql() << "CREATE SCHEMA " + schema;
    }
}

} // namespace

TEST_P(ReliabilityTest, BackupAndRestoreRoundTripEveryTable) {
    TestDatabase db(GetParam());
    {
        auto lease = db.lease();
        demo::create(*lease);
    }
    auto file = temp_path("backup.husly");
    TableSnapshot before;
    {
        auto lease = db.lease();
        before = snapshot_tables(*lease);
    }
    ASSERT_GT(before.size(), 30u);
    ASSERT_GT(before["persons"].size(), 10u);

    ASSERT_EQ(run_husly({"audit", "verify", "--db", db.url()}).exit_code,
              0); // a checkpoint at the backup's head
    auto backup = run_husly({"backup", "--db", db.url(), file});
    ASSERT_EQ(backup.exit_code, 0) << backup.output;
    EXPECT_NE(backup.output.find("Sikkerhetskopi skrevet"), std::string::npos);

    // Things happen after the backup: a row changed, people changed, accounts added.
    {
        auto lease = db.lease();
        lease->sql() << "UPDATE offices SET name = 'Endret etter kopien'";
        lease->sql() << "UPDATE persons SET phone = '99999999'";
        demo::create_accounts(*lease);
        record_reads(*lease, 1, 3);
        auto changed = snapshot_tables(*lease);
        ASSERT_NE(first_difference(before, changed), "");
    }
    ASSERT_EQ(run_husly({"audit", "verify", "--db", db.url()}).exit_code, 0); // a checkpoint beyond it

    auto restore = run_husly({"restore", "--db", db.url(), file});
    ASSERT_EQ(restore.exit_code, 0) << restore.output;
    EXPECT_NE(restore.output.find("Gjenopprettet"), std::string::npos);
    auto lease = db.lease();
    auto after = snapshot_tables(*lease);
    EXPECT_EQ(first_difference(before, after), "");
    EXPECT_EQ(after.size(), before.size());
    EXPECT_TRUE(audit::verify(*lease).ok);
    // The restore recorded the head it went back to: the checkpoints beyond it are no truncation.
    auto verified = run_husly({"audit", "verify", "--db", db.url()});
    EXPECT_EQ(verified.exit_code, 0) << verified.output;
    std::filesystem::remove(file);
}

TEST_P(ReliabilityTest, BackupWhileServingWritesIsConsistent) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::thread writer([&] {
        HttpClient client = veileder;
        for (int i = 0; !stop; ++i) {
            auto result = client.post("/api/v1/persons", {{"firstName", "Skriver"},
                                                          {"lastName", fmt::format("Nummer {}", i)},
                                                          {"birthDate", "1990-01-01"}});
            if (result.status == 201) ++written;
        }
    });
    while (written < 5) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    auto file = temp_path("serving.husly");
    auto backup = run_husly({"backup", "--db", server.database_url(), file});
    stop = true;
    writer.join();
    ASSERT_EQ(backup.exit_code, 0) << backup.output;

    // The copy restored (PostgreSQL's dump goes back into the schema it came from) is whole: some
    // of the people written, each with its audit entry, and a chain that verifies.
    auto restore = run_husly({"restore", "--db", server.database_url(), file});
    ASSERT_EQ(restore.exit_code, 0) << restore.output;
    auto lease = server.database().acquire();
    auto people = count(*lease, "SELECT COUNT(*) FROM persons");
    EXPECT_GE(people, 5);
    EXPECT_LE(people, written.load());
    EXPECT_EQ(count(*lease, "SELECT COUNT(*) FROM audit_log WHERE action = 'person.create'"), people);
    auto verified = audit::verify(*lease);
    EXPECT_TRUE(verified.ok) << verified.problem;
    if (GetParam() == "sqlite") {
        std::string integrity;
        lease->sql() << "PRAGMA integrity_check", soci::into(integrity);
        EXPECT_EQ(integrity, "ok");
    }
    std::filesystem::remove(file);
}

TEST_P(ReliabilityTest, RestoreRefusesWhatIsNotAHuslyBackupAndChangesNothing) {
    TestDatabase db(GetParam());
    {
        auto lease = db.lease();
        demo::create_accounts(*lease);
    }
    TableSnapshot before;
    {
        auto lease = db.lease();
        before = snapshot_tables(*lease);
    }
    auto junk = temp_path("junk.husly");
    std::ofstream(junk) << "dette er ingen sikkerhetskopi\n";
    auto refused = run_husly({"restore", "--db", db.url(), junk});
    EXPECT_NE(refused.exit_code, 0);
    auto missing = run_husly({"restore", "--db", db.url(), temp_path("finnes-ikke")});
    EXPECT_NE(missing.exit_code, 0);
    auto lease = db.lease();
    EXPECT_EQ(first_difference(before, snapshot_tables(*lease)), "");
    std::filesystem::remove(junk);
}

// The outside review's third round: a backup onto a directory failed but left `<target>.partial`,
// a full copy of the database, behind. A directory is refused first; nothing is left.
TEST_P(ReliabilityTest, ABackupOntoADirectoryIsRefusedAndLeavesNoCopyBehind) {
    TestDatabase db(GetParam());
    {
        auto lease = db.lease();
        demo::create_accounts(*lease);
    }
    auto directory = temp_path("backup-directory");
    std::filesystem::remove_all(directory);
    std::filesystem::create_directory(directory);
    auto refused = run_husly({"backup", "--db", db.url(), directory});
    EXPECT_NE(refused.exit_code, 0);
    EXPECT_NE(refused.output.find("er en mappe"), std::string::npos) << refused.output;
    EXPECT_FALSE(std::filesystem::exists(directory + ".partial"));
    EXPECT_TRUE(std::filesystem::is_empty(directory));
    std::filesystem::remove_all(directory);
}

TEST_P(ReliabilityTest, MigrationsStartedByTwoProcessesAtOnceRunOnce) {
    // A database with nothing in it yet: both processes find version 0.
    TestDatabase db(GetParam());
    {
        auto lease = db.lease();
        empty_database(*lease);
    }
    auto first = std::async(std::launch::async, [&] { return run_husly({"migrate", "--db", db.url()}); });
    auto second = std::async(std::launch::async, [&] { return run_husly({"migrate", "--db", db.url()}); });
    auto a = first.get(), b = second.get();
    EXPECT_EQ(a.exit_code, 0) << a.output;
    EXPECT_EQ(b.exit_code, 0) << b.output;
    auto lease = db.lease();
    EXPECT_EQ(count(*lease, "SELECT COUNT(*) FROM schema_migrations"), latest_schema_version());
    EXPECT_EQ(count(*lease, "SELECT COUNT(DISTINCT version) FROM schema_migrations"),
              latest_schema_version());
    // Each applied by one of them: the log lines of the two add up to each migration once.
    auto applied = [](const std::string& output) {
        int64_t lines = 0;
        for (size_t at = output.find("migration applied"); at != std::string::npos;
             at = output.find("migration applied", at + 1))
            ++lines;
        return lines;
    };
    EXPECT_EQ(applied(a.output) + applied(b.output), latest_schema_version());
}

TEST_P(ReliabilityTest, AuditVerifyDetectsEditedDeletedAndReorderedEntries) {
    auto check = [&](const std::function<void(Connection&)>& tamper, const std::string& what) {
        TestDatabase db(GetParam());
        {
            auto lease = db.lease();
            demo::create_accounts(*lease);
            Actor actor;
            actor.user_id = 1;
            for (int i = 0; i < 6; ++i) {
                Transaction transaction(*lease);
                audit::record(*lease, &actor, "127.0.0.1",
                              {"person.read", "person", std::to_string(i), 40 + i, {}});
                transaction.commit();
            }
        }
        auto whole = run_husly({"audit", "verify", "--db", db.url()});
        EXPECT_EQ(whole.exit_code, 0) << what << ": " << whole.output;
        {
            auto lease = db.lease();
            bypass_audit_guard(*lease);
            tamper(*lease);
        }
        auto broken = run_husly({"audit", "verify", "--db", db.url()});
        EXPECT_EQ(broken.exit_code, 2) << what << ": " << broken.output;
        EXPECT_NE(broken.output.find("BRUTT"), std::string::npos) << what;
    };
    auto last_id = [](Connection& connection) { return count(connection, "SELECT MAX(id) FROM audit_log"); };
    // (The id is read before the statement is built: one session, one statement at a time.)
    check(
        [&](Connection& c) {
            auto id = last_id(c) - 2;
            c.sql() << "UPDATE audit_log SET person_id = 99 WHERE id = " << id;
        },
        "edited");
    check(
        [&](Connection& c) {
            auto id = last_id(c) - 3;
            c.sql() << "DELETE FROM audit_log WHERE id = " << id;
        },
        "deleted");
    check(
        [&](Connection& c) {
            auto id = last_id(c) - 1;
            c.sql() << "UPDATE audit_head SET keyed_from = " << id
                    << ", anchor_hash = hash FROM audit_log WHERE id = " << id - 1;
        },
        "anchor moved");
    check(
        [&](Connection& c) {
            auto id = last_id(c);
            c.sql() << "DELETE FROM audit_log WHERE id = " << id;
        },
        "deleted last");
    check(
        [&](Connection& c) {
            auto id = last_id(c) - 2;
            c.sql() << "UPDATE audit_log SET id = -1 WHERE id = " << id;
            c.sql() << "UPDATE audit_log SET id = " << id << " WHERE id = " << id + 1;
            c.sql() << "UPDATE audit_log SET id = " << id + 1 << " WHERE id = -1";
        },
        "reordered");
}

// Finding 6 of the 2026-12 security review, as the tester did it: "husly audit verify" said the
// log was whole after entries were deleted and the rest rehashed with SHA-256.
TEST_P(ReliabilityTest, AuditEntriesDeletedAndRehashedWithSha256FailVerification) {
    TestDatabase db(GetParam());
    {
        auto lease = db.lease();
        demo::create_accounts(*lease);
        record_reads(*lease, 1, 8);
    }
    ASSERT_EQ(run_husly({"audit", "verify", "--db", db.url()}).exit_code, 0);
    {
        auto lease = db.lease();
        auto last = count(*lease, "SELECT MAX(id) FROM audit_log");
        delete_and_rehash_with_sha256(*lease, {last - 5, last - 4, last - 3});
    }
    auto verified = run_husly({"audit", "verify", "--db", db.url()});
    EXPECT_EQ(verified.exit_code, 2) << verified.output;
    EXPECT_TRUE(contains(verified.output, "BRUTT")) << verified.output;
}

TEST_P(ReliabilityTest, ATailCutWithTheHeadMovedBackFailsAgainstTheCheckpoint) {
    TestDatabase db(GetParam());
    {
        auto lease = db.lease();
        demo::create_accounts(*lease);
        record_reads(*lease, 1, 6);
    }
    // A verified head is recorded outside the database (so is every command's and the server's).
    auto first = run_husly({"audit", "verify", "--db", db.url()});
    ASSERT_EQ(first.exit_code, 0) << first.output;
    {
        // The last entries deleted and the head set to the new last one: every MAC still holds.
        auto lease = db.lease();
        bypass_audit_guard(*lease);
        auto keep = count(*lease, "SELECT MAX(id) FROM audit_log") - 3;
        std::string hash;
        lease->sql() << "SELECT hash FROM audit_log WHERE id = " << keep, soci::into(hash);
        lease->sql() << "DELETE FROM audit_log WHERE id > " << keep;
        lease->sql() << "UPDATE audit_head SET last_id = " << keep << ", last_hash = '" << hash << "'";
    }
    auto verified = run_husly({"audit", "verify", "--db", db.url()});
    EXPECT_EQ(verified.exit_code, 2) << verified.output;
    EXPECT_TRUE(contains(verified.output, "kontrollpunktet")) << verified.output;
}

TEST_P(ReliabilityTest, AGapInTheIdsIsFlagged) {
    TestDatabase db(GetParam());
    {
        auto lease = db.lease();
        demo::create_accounts(*lease);
        record_reads(*lease, 1, 6);
        bypass_audit_guard(*lease);
        auto gap = count(*lease, "SELECT MAX(id) FROM audit_log") - 2;
        lease->sql() << "DELETE FROM audit_log WHERE id = " << gap;
    }
    auto verified = run_husly({"audit", "verify", "--db", db.url()});
    EXPECT_EQ(verified.exit_code, 2) << verified.output;
    EXPECT_TRUE(contains(verified.output, "hull i nummereringen")) << verified.output;
}

TEST_P(ReliabilityTest, TheWrongKeyFileIsRefusedAndAnEditedCheckpointFileFails) {
    TestDatabase db(GetParam());
    {
        auto lease = db.lease();
        demo::create_accounts(*lease);
    }
    auto other_key = temp_path("other.audit-key");
    std::filesystem::remove(other_key);
    auto wrong = run_husly({"audit", "verify", "--db", db.url(), "--audit-key-file", other_key});
    EXPECT_NE(wrong.exit_code, 0) << wrong.output;
    EXPECT_TRUE(contains(wrong.output, "passer ikke")) << wrong.output;
    EXPECT_FALSE(std::filesystem::exists(other_key)); // made for nothing, removed again

    auto checkpoints = temp_path("edited.audit-checkpoints");
    std::filesystem::remove(checkpoints);
    ASSERT_EQ(run_husly({"audit", "verify", "--db", db.url(), "--audit-checkpoints", checkpoints}).exit_code,
              0);
    std::string line;
    {
        std::ifstream file(checkpoints);
        std::getline(file, line);
    }
    ASSERT_FALSE(line.empty());
    // The checkpoint's id lowered (to hide a later truncation): its MAC no longer matches.
    auto space = line.find(' ', line.find(' ', line.find(' ', line.find(' ') + 1) + 1) + 1);
    line.replace(space + 1, line.find(' ', space + 1) - space - 1, "3");
    std::ofstream(checkpoints) << line << "\n";
    auto edited = run_husly({"audit", "verify", "--db", db.url(), "--audit-checkpoints", checkpoints});
    EXPECT_EQ(edited.exit_code, 2) << edited.output;
    EXPECT_TRUE(contains(edited.output, "Kontrollpunktfilen")) << edited.output;
    std::filesystem::remove(checkpoints);
}

// A database from before the key (schema 10, plain SHA-256 chain) verifies after migrating, and
// its older part still cannot be rewritten.
TEST_P(ReliabilityTest, ALogFromBeforeTheKeyVerifiesAfterMigrationAndStaysBound) {
    TestDatabase db(GetParam());
    {
        auto lease = db.lease();
        empty_database(*lease);
        migrate(*lease, 11); // the last version before the keyed chain
        // Entries as Husly wrote them before: SHA-256, linked, the head at the last.
        std::string prev = audit_genesis_hash;
        for (int id = 1; id <= 6; ++id) {
            AuditEntry entry;
            entry.id = id;
            entry.occurred_at = "2026-11-0" + std::to_string(id) + "T10:00:00.000Z";
            entry.action = "auth.login_failed";
            entry.entity_type = "user";
            entry.address = "127.0.0.1";
            entry.detail = "{}";
            entry.prev_hash = prev;
            entry.hash = compute_legacy_audit_hash(entry);
            prev = entry.hash;
            long long row_id = id;
            lease->sql()
                << "INSERT INTO audit_log (id, occurred_at, action, entity_type, entity_id, address, "
                   "detail, prev_hash, hash) VALUES (:id, :at, :a, :t, '', :ad, :d, :p, :h)",
                soci::use(row_id), soci::use(entry.occurred_at), soci::use(entry.action),
                soci::use(entry.entity_type), soci::use(entry.address), soci::use(entry.detail),
                soci::use(entry.prev_hash), soci::use(entry.hash);
        }
        long long last = 6;
        lease->sql() << "UPDATE audit_head SET last_id = :i, last_hash = :h", soci::use(last),
            soci::use(prev);
    }
    auto migrated = run_husly({"migrate", "--db", db.url()});
    ASSERT_EQ(migrated.exit_code, 0) << migrated.output;
    {
        auto lease = db.lease();
        EXPECT_EQ(count(*lease, "SELECT keyed_from FROM audit_head"), 7);
        demo::create_accounts(*lease); // keyed entries after the legacy ones
        record_reads(*lease, 1, 3);
    }
    auto verified = run_husly({"audit", "verify", "--db", db.url()});
    EXPECT_EQ(verified.exit_code, 0) << verified.output;
    {
        // A legacy entry deleted and the legacy part rehashed: the anchor's MAC holds its last hash.
        auto lease = db.lease();
        auto entries = all_entries(*lease);
        bypass_audit_guard(*lease);
        lease->sql() << "DELETE FROM audit_log WHERE id <= 6";
        std::string prev = audit_genesis_hash;
        for (int id = 1; id <= 6; ++id) {
            if (id == 3) continue;
            auto entry = entries[static_cast<size_t>(id - 1)];
            entry.id = id < 3 ? id : id - 1;
            entry.prev_hash = prev;
            entry.hash = compute_legacy_audit_hash(entry);
            prev = entry.hash;
            long long row_id = entry.id;
            lease->sql()
                << "INSERT INTO audit_log (id, occurred_at, action, entity_type, entity_id, address, "
                   "detail, prev_hash, hash) VALUES (:id, :at, :a, :t, '', :ad, :d, :p, :h)",
                soci::use(row_id), soci::use(entry.occurred_at), soci::use(entry.action),
                soci::use(entry.entity_type), soci::use(entry.address), soci::use(entry.detail),
                soci::use(entry.prev_hash), soci::use(entry.hash);
        }
    }
    auto broken = run_husly({"audit", "verify", "--db", db.url()});
    EXPECT_EQ(broken.exit_code, 2) << broken.output;
}

TEST_P(ReliabilityTest, RotatingTheKeyResignsTheLogAndTheOldKeyNoLongerFits) {
    TestDatabase db(GetParam());
    {
        auto lease = db.lease();
        demo::create_accounts(*lease);
        record_reads(*lease, 1, 4);
    }
    ASSERT_EQ(run_husly({"audit", "verify", "--db", db.url()}).exit_code, 0);
    auto new_key = temp_path("rotated.audit-key");
    auto new_checkpoints = temp_path("rotated.audit-checkpoints");
    std::filesystem::remove(new_key);
    std::filesystem::remove(new_checkpoints);
    auto rotated = run_husly({"audit", "rekey", "--db", db.url(), "--new-audit-key-file", new_key});
    ASSERT_EQ(rotated.exit_code, 0) << rotated.output;
    auto with_new = run_husly({"audit", "verify", "--db", db.url(), "--audit-key-file", new_key});
    EXPECT_EQ(with_new.exit_code, 0) << with_new.output;
    EXPECT_TRUE(contains(with_new.output, "Kontrollert mot")) << with_new.output;
    auto with_old = run_husly({"audit", "verify", "--db", db.url()});
    EXPECT_NE(with_old.exit_code, 0) << with_old.output;
    std::filesystem::remove(new_key);
    std::filesystem::remove(new_checkpoints);
}

TEST_P(ReliabilityTest, TheServerWritesCheckpointsAndAFinalOneWhenItStops) {
    TestDatabase db(GetParam());
    {
        auto lease = db.lease();
        demo::create_accounts(*lease);
    }
    auto checkpoints = temp_path("server.audit-checkpoints");
    std::filesystem::remove(checkpoints);
    // The server's checkpoint file, by its environment variable.
    setenv("HUSLY_AUDIT_CHECKPOINTS", checkpoints.c_str(), 1);
    int64_t head = 0;
    {
        ServerProcess server(db.url(), free_port());
        ASSERT_TRUE(server.wait_ready());
        HttpClient client(server.port());
        ASSERT_EQ(client.login("veileder@husly.test", demo::demo_password).status, 200);
        ASSERT_EQ(client.get("/api/v1/requests?list=open").status, 200);
        EXPECT_EQ(server.stop(), 0);
        auto lease = db.lease();
        head = count(*lease, "SELECT last_id FROM audit_head");
    }
    unsetenv("HUSLY_AUDIT_CHECKPOINTS");
    std::ifstream file(checkpoints);
    std::string line, last;
    int lines = 0;
    while (std::getline(file, line)) {
        last = line;
        ++lines;
    }
    EXPECT_GE(lines, 2) << "one at start, one at stop";
    EXPECT_TRUE(contains(last, " " + std::to_string(head) + " ")) << last << " (head " << head << ")";
    auto verified = run_husly({"audit", "verify", "--db", db.url(), "--audit-checkpoints", checkpoints});
    EXPECT_EQ(verified.exit_code, 0) << verified.output;
    EXPECT_TRUE(contains(verified.output, "Kontrollert mot")) << verified.output;
    std::filesystem::remove(checkpoints);
}

namespace {

// The permission bits of a file ("600"), or "missing".
std::string mode_of(const std::string& file) {
    struct stat info {};
    if (stat(file.c_str(), &info) != 0) return "missing";
    return fmt::format("{:o}", info.st_mode & 07777);
}

} // namespace

// The database, its WAL and shared-memory files and every backup hold identity numbers and
// health data: only Husly's own user may read them, whatever the umask of whoever starts it.
TEST_P(ReliabilityTest, FilesHuslyWritesAreReadableOnlyByItsOwner) {
    auto old_mask = umask(022); // the usual default: files 0644 unless Husly says otherwise
    std::string url;
    std::unique_ptr<TestDatabase> postgresql;
    std::string file;
    if (GetParam() == "sqlite") {
        file = temp_path("modes.db");
        for (const auto& f : {file, file + "-wal", file + "-shm"}) std::filesystem::remove(f);
        url = "sqlite:" + file;
        auto migrated = run_husly({"migrate", "--db", url});
        ASSERT_EQ(migrated.exit_code, 0) << migrated.output;
        EXPECT_EQ(mode_of(file), "600") << "a new database";
        ServerProcess server(url, free_port());
        ASSERT_TRUE(server.wait_ready());
        EXPECT_EQ(mode_of(file + "-wal"), "600") << "the live WAL";
        EXPECT_EQ(mode_of(file + "-shm"), "600") << "the live shared memory";
        EXPECT_EQ(server.stop(), 0);
    } else {
        postgresql = std::make_unique<TestDatabase>(GetParam());
        url = postgresql->url();
    }
    auto backup_file = temp_path("modes-backup.husly");
    std::filesystem::remove(backup_file);
    auto backup = run_husly({"backup", "--db", url, backup_file});
    ASSERT_EQ(backup.exit_code, 0) << backup.output;
    EXPECT_EQ(mode_of(backup_file), "600") << "a backup";
    umask(old_mask);
    std::filesystem::remove(backup_file);
    if (!file.empty())
        for (const auto& f : {file, file + "-wal", file + "-shm"}) std::filesystem::remove(f);
}

namespace {

// What `ps` shows of a process: its arguments, NULs as spaces.
std::string command_line_of(pid_t pid) {
    std::ifstream file(fmt::format("/proc/{}/cmdline", pid), std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    for (auto& c : text)
        if (c == '\0') c = ' ';
    return text;
}

// The password in a PostgreSQL URL ("" for SQLite or none).
std::string password_in(const std::string& url) {
    if (url.rfind("postgres", 0) != 0) return "";
    auto scheme_end = url.find("://") + 3;
    auto at = url.find('@', scheme_end);
    auto colon = url.find(':', scheme_end);
    if (at == std::string::npos || colon == std::string::npos || colon > at) return "";
    return url.substr(colon + 1, at - colon - 1);
}

} // namespace

// Security finding 17: `--db postgresql://user:secret@…` showed the password to every user of
// the machine in ps. The URL can come from HUSLY_DB or a file instead, and a password given on
// the command line is warned about and blanked from the process's arguments.
TEST_P(ReliabilityTest, TheDatabaseUrlCanStayOffTheCommandLine) {
    TestDatabase db(GetParam());
    {
        auto lease = db.lease();
        demo::create_accounts(*lease);
    }
    auto password = password_in(db.url());
    auto log_file = temp_path("db-url.log");
    for (auto way : {ServerOptions::Database::environment, ServerOptions::Database::file,
                     ServerOptions::Database::argument}) {
        std::filesystem::remove(log_file);
        ServerOptions options;
        options.database = way;
        auto port = free_port();
        ServerProcess server(db.url(), port, log_file, options);
        ASSERT_TRUE(server.wait_ready()) << static_cast<int>(way);
        // It is the database we meant: the demo accounts are there.
        EXPECT_EQ(HttpClient(port).login("veileder@husly.test", demo::demo_password).status, 200);
        auto shown = command_line_of(server.pid());
        EXPECT_NE(shown.find("serve"), std::string::npos) << shown;
        if (!password.empty()) {
            EXPECT_EQ(shown.find(password), std::string::npos) << "ps shows " << shown;
        }
        EXPECT_EQ(server.stop(), 0);
        std::ifstream log(log_file);
        std::string logged((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
        bool warned = logged.find("advarsel: passordet i --db") != std::string::npos;
        EXPECT_EQ(warned, way == ServerOptions::Database::argument && !password.empty()) << logged;
        if (!password.empty()) {
            EXPECT_EQ(logged.find(password), std::string::npos) << "the log shows the password";
        }
    }
    // One-shot commands take the same options.
    auto url_file = temp_path("db-url.txt");
    std::ofstream(url_file) << db.url() << "\n";
    auto verified = run_husly({"audit", "verify", "--db-file", url_file});
    EXPECT_EQ(verified.exit_code, 0) << verified.output;
    auto from_environment =
        run_shell(fmt::format("HUSLY_DB='{}' '{}' audit verify", db.url(), husly_binary()));
    EXPECT_EQ(from_environment.exit_code, 0) << from_environment.output;
    auto missing = run_husly({"audit", "verify", "--db-file", temp_path("finnes-ikke.txt")});
    EXPECT_NE(missing.exit_code, 0);
    EXPECT_NE(missing.output.find("fant ingen database-URL"), std::string::npos) << missing.output;
    std::filesystem::remove(url_file);
    std::filesystem::remove(log_file);
}

namespace {

// Ids as SQL's IN list.
std::string in_list(const std::vector<int64_t>& ids) {
    std::string text;
    for (auto id : ids) text += (text.empty() ? "" : ",") + std::to_string(id);
    return text.empty() ? "0" : text;
}

// Runs the sqlite3 command-line shell on a file, as an operator would.
CommandResult sqlite3_shell(const std::string& file, const std::string& sql) {
    return run_shell(fmt::format("sqlite3 '{}' '{}'", file, sql));
}

} // namespace

// An operator's sqlite3 beside a live server is ordinary (docs/operations.md says what is safe).
// It is safe only while every connection of the server holds its locks: when the server itself
// opened and closed the database file (through the static-file handler, security finding 2),
// the kernel dropped the server's locks, and the next sqlite3 to close believed it was the last
// user, checkpointed and deleted the live WAL while the server went on writing into it. Every
// write acknowledged here must then still be in a backup and survive kill -9.
TEST(LiveSqliteTest, AnOutsideSqlite3BesideTheServerLosesNoAcknowledgedWrite) {
    if (run_shell("sqlite3 -version").exit_code != 0) GTEST_SKIP() << "the sqlite3 shell is not installed";
    auto file = temp_path("live.db");
    auto backup_file = temp_path("live-backup.db");
    for (const auto& f : {file, file + "-wal", file + "-shm", backup_file}) std::filesystem::remove(f);
    auto url = "sqlite:" + file;
    auto accounts = run_husly({"demo", "--db", url});
    ASSERT_EQ(accounts.exit_code, 0) << accounts.output;
    auto port = free_port();
    auto server = std::make_unique<ServerProcess>(url, port);
    ASSERT_TRUE(server->wait_ready());
    HttpClient veileder(port);
    ASSERT_EQ(veileder.login("veileder@husly.test", demo::demo_password).status, 200);

    std::mutex mutex;
    std::vector<int64_t> acknowledged;
    std::atomic<bool> stop{false};
    auto written = [&] {
        std::lock_guard lock(mutex);
        return acknowledged.size();
    };
    std::thread writer([&, client = veileder]() mutable {
        for (int i = 0; !stop; ++i) {
            auto created = client.post("/api/v1/persons", {{"firstName", "Levende"},
                                                           {"lastName", fmt::format("Skriver {}", i)},
                                                           {"birthDate", "1990-01-01"}});
            if (created.status != 201) continue;
            std::lock_guard lock(mutex);
            acknowledged.push_back(created.json()["id"].get<int64_t>());
        }
    });
    auto wait_for_writes = [&](size_t more) {
        auto target = written() + more;
        for (int i = 0; i < 1000 && written() < target; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    };
    wait_for_writes(5);
    // What the outside attacker did first: ask the server for its own database file.
    for (const auto& target : {"/" + file, "/%2F" + file.substr(1)})
        raw_exchange(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    // Then an operator looks, several times, while the writes go on.
    for (int i = 0; i < 5; ++i) {
        auto looked = sqlite3_shell(file, "select count(*) from persons");
        EXPECT_EQ(looked.exit_code, 0) << looked.output;
        wait_for_writes(3);
    }
    wait_for_writes(5);
    stop = true;
    writer.join();
    std::vector<int64_t> done;
    {
        std::lock_guard lock(mutex);
        done = acknowledged;
    }
    ASSERT_GE(done.size(), 20u);
    auto expected = std::to_string(done.size());
    auto count_in = [&](const std::string& f) {
        auto counted = sqlite3_shell(f, "select count(*) from persons where id in (" + in_list(done) + ")");
        EXPECT_EQ(counted.exit_code, 0) << counted.output;
        return counted.output.substr(0, counted.output.find_last_not_of("\n") + 1);
    };
    EXPECT_TRUE(std::filesystem::exists(file + "-wal")) << "the live WAL was deleted under the server";

    // A backup taken now holds every acknowledged write.
    auto backup = run_husly({"backup", "--db", url, backup_file});
    ASSERT_EQ(backup.exit_code, 0) << backup.output;
    EXPECT_EQ(count_in(backup_file), expected) << "acknowledged writes missing from the backup";

    // So does the database after a crash and a restart.
    server->kill_hard();
    server = std::make_unique<ServerProcess>(url, port);
    ASSERT_TRUE(server->wait_ready());
    EXPECT_EQ(server->stop(), 0);
    EXPECT_EQ(count_in(file), expected) << "acknowledged writes lost after kill -9";
    auto integrity = sqlite3_shell(file, "pragma integrity_check");
    EXPECT_EQ(integrity.output, "ok\n");
    auto verified = run_husly({"audit", "verify", "--db", url});
    EXPECT_EQ(verified.exit_code, 0) << verified.output;
    for (const auto& f : {file, file + "-wal", file + "-shm", backup_file}) std::filesystem::remove(f);
}

INSTANTIATE_TEST_SUITE_P(Backends, ReliabilityTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
