// Backups and restores, migrations started twice at once, and the audit log's tamper evidence,
// through the real husly binary on both databases.

#include "service/audit_service.hpp"
#include "service/demo_service.hpp"
#include "store/migrations.hpp"
#include "support/db_snapshot.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"
#include "support/test_server.hpp"

#include <atomic>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <future>
#include <gtest/gtest.h>
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

    auto backup = run_husly({"backup", "--db", db.url(), file});
    ASSERT_EQ(backup.exit_code, 0) << backup.output;
    EXPECT_NE(backup.output.find("Sikkerhetskopi skrevet"), std::string::npos);

    // Things happen after the backup: a row changed, people changed, accounts added.
    {
        auto lease = db.lease();
        lease->sql() << "UPDATE offices SET name = 'Endret etter kopien'";
        lease->sql() << "UPDATE persons SET phone = '99999999'";
        demo::create_accounts(*lease);
        auto changed = snapshot_tables(*lease);
        ASSERT_NE(first_difference(before, changed), "");
    }

    auto restore = run_husly({"restore", "--db", db.url(), file});
    ASSERT_EQ(restore.exit_code, 0) << restore.output;
    EXPECT_NE(restore.output.find("Gjenopprettet"), std::string::npos);
    auto lease = db.lease();
    auto after = snapshot_tables(*lease);
    EXPECT_EQ(first_difference(before, after), "");
    EXPECT_EQ(after.size(), before.size());
    EXPECT_TRUE(audit::verify(*lease).ok);
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

TEST_P(ReliabilityTest, MigrationsStartedByTwoProcessesAtOnceRunOnce) {
    // A database with nothing in it yet: both processes find version 0.
    TestDatabase db(GetParam());
    {
        auto lease = db.lease();
        if (lease->dialect() == Dialect::sqlite) {
            for (const auto& table : table_names(*lease)) lease->sql() << "DROP TABLE IF EXISTS " + table;
        } else {
            std::string schema;
            lease->sql() << "SELECT current_schema()", soci::into(schema);
            lease->sql() << "DROP SCHEMA " + schema + " CASCADE";
            lease->sql() << "CREATE SCHEMA " + schema;
        }
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

INSTANTIATE_TEST_SUITE_P(Backends, ReliabilityTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
