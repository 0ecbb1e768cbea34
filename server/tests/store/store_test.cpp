// Storage on every backend: migrations, repositories, the audit chain in the database.

#include "common/clock.hpp"
#include "service/admin_service.hpp"
#include "service/audit_service.hpp"
#include "store/audit_repository.hpp"
#include "store/audit_writer.hpp"
#include "store/bulk_insert.hpp"
#include "store/deviation_repository.hpp"
#include "store/migrations.hpp"
#include "store/office_repository.hpp"
#include "store/rows.hpp"
#include "store/session_repository.hpp"
#include "store/user_repository.hpp"
#include "support/test_database.hpp"

#include <gtest/gtest.h>
#include <thread>

using namespace husly;
using husly::test::TestDatabase;

class StoreTest : public ::testing::TestWithParam<std::string> {
protected:
    TestDatabase db{GetParam()};
    Actor admin() {
        Actor actor;
        actor.user_id = 0;
        actor.memberships = {{Role::administrator, std::nullopt}};
        actor.address = "test";
        return actor;
    }
};

TEST_P(StoreTest, MigrationsAreRecordedAndIdempotent) {
    auto lease = db.lease();
    EXPECT_EQ(current_schema_version(*lease), latest_schema_version());
    auto again = migrate(*lease);
    EXPECT_TRUE(again.applied.empty());
    int count = 0;
    lease->sql() << "SELECT COUNT(*) FROM schema_migrations", soci::into(count);
    EXPECT_EQ(count, latest_schema_version());
}

TEST_P(StoreTest, MunicipalitiesAreLoaded) {
    auto lease = db.lease();
    auto all = office_repository::municipalities(*lease);
    ASSERT_EQ(all.size(), 357u);
    EXPECT_EQ(all.front().number, "0301");
    EXPECT_EQ(all.front().name, "Oslo - Oslove");
    EXPECT_EQ(office_repository::unknown_municipalities(*lease, {"0301", "9998"}),
              std::vector<std::string>{"9998"});
}

TEST_P(StoreTest, ConcurrentMigrationsRunOnce) {
    // Two more "processes" (separate pools) migrating the same database at once.
    auto url = parse_database_url(db.url()).value();
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int i = 0; i < 2; ++i)
        threads.emplace_back([&] {
            try {
                Connection connection(url);
                migrate(connection);
            } catch (...) {
                ++failures;
            }
        });
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(failures, 0);
    auto lease = db.lease();
    int count = 0;
    lease->sql() << "SELECT COUNT(*) FROM schema_migrations", soci::into(count);
    EXPECT_EQ(count, latest_schema_version());
}

TEST_P(StoreTest, OfficeRoundTripAndValidation) {
    auto lease = db.lease();
    auto actor = admin();
    auto created = admin::create_office(*lease, actor, {"Nav Test", "1234", {"1804", "0301", "1804"}});
    ASSERT_TRUE(created) << created.error().message;
    auto loaded = office_repository::find(*lease, created->id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->name, "Nav Test");
    EXPECT_EQ(loaded->municipality_numbers, (std::vector<std::string>{"0301", "1804"}));

    auto duplicate = admin::create_office(*lease, actor, {"Nav Annen", "1234", {"1804"}});
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().kind, ErrorKind::conflict);
    EXPECT_EQ(duplicate.error().field, "unitNumber");

    auto unknown = admin::create_office(*lease, actor, {"Nav Ukjent", "4321", {"9998"}});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().field, "municipalityNumbers");
    EXPECT_FALSE(office_repository::find_id_by_unit_number(*lease, "4321")); // nothing half-written
    EXPECT_EQ(office_repository::list(*lease).size(), 1u);
}

TEST_P(StoreTest, UserWithMembershipsAndFailedValidationLeavesNothing) {
    auto lease = db.lease();
    auto actor = admin();
    auto office = admin::create_office(*lease, actor, {"Nav Test", "1234", {"1804"}}).value();
    // As `husly user add` (no actor): the role at once, no approval (the API's path is in
    // api/admin_security_test.cpp).
    auto user = admin::create_user(
        *lease, nullptr, {"Vera@Test.no", "Vera", "et langt passord", {{Role::veileder, office.id}}});
    ASSERT_TRUE(user) << user.error().message;
    EXPECT_EQ(user->email, "vera@test.no");
    auto loaded = user_repository::find(*lease, user->id);
    ASSERT_TRUE(loaded);
    ASSERT_EQ(loaded->memberships.size(), 1u);
    EXPECT_EQ(loaded->memberships[0].office_id, office.id);

    // A national role with an office, and an office role without one, are refused.
    auto bad = admin::create_user(*lease, &actor,
                                  {"a@test.no", "A", "et langt passord", {{Role::analytiker, office.id}}});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, "roles");
    bad = admin::create_user(*lease, &actor,
                             {"b@test.no", "B", "et langt passord", {{Role::leder, std::nullopt}}});
    ASSERT_FALSE(bad);
    EXPECT_FALSE(user_repository::email_taken(*lease, "a@test.no"));
    EXPECT_FALSE(user_repository::email_taken(*lease, "b@test.no"));
    EXPECT_EQ(user_repository::list_in_office(*lease, office.id).size(), 1u);
}

TEST_P(StoreTest, AStatusCodeTheEnumDoesNotKnowIsAnErrorWhenRead) {
    auto lease = db.lease();
    auto office = admin::create_office(*lease, admin(), {"Nav Test", "1234", {"1804"}}).value();
    auto user = admin::create_user(*lease, nullptr,
                                   {"d@test.no", "D", "et langt passord", {{Role::leder, office.id}}})
                    .value();
    Deviation deviation;
    deviation.office_id = office.id;
    deviation.kind = "manuelt";
    deviation.description = "Fukt på badet.";
    deviation.status = DeviationStatus::reported;
    deviation.opened_on = "2026-01-05";
    deviation.opened_at = "2026-01-05T10:00:00.000Z";
    deviation.opened_by = user.id;
    auto id = static_cast<long long>(deviation_repository::raise(*lease, deviation).value());
    EXPECT_EQ(deviation_repository::find(*lease, id)->status, DeviationStatus::reported);
    std::string stored;
    lease->sql() << "SELECT status FROM deviations WHERE id = :id", soci::use(id), soci::into(stored);
    EXPECT_EQ(stored, "meldt");

    lease->sql() << "UPDATE deviations SET status = 'ukjent' WHERE id = :id", soci::use(id);
    EXPECT_THROW(deviation_repository::find(*lease, id), rows::UnknownCode);
    EXPECT_THROW(deviation_repository::of_office(*lease, office.id, std::nullopt, 10), rows::UnknownCode);
    try {
        deviation_repository::find(*lease, id);
    } catch (const rows::UnknownCode& error) {
        EXPECT_EQ(std::string(error.what()), "column status holds an unknown code: ukjent");
    }
}

TEST_P(StoreTest, SessionsExpire) {
    auto lease = db.lease();
    auto user =
        admin::create_user(*lease, nullptr,
                           {"s@test.no", "S", "et langt passord", {{Role::administrator, std::nullopt}}})
            .value();
    session_repository::StoredSession session{"hash-1",
                                              user.id,
                                              "csrf",
                                              std::nullopt,
                                              "2026-01-01T00:00:00.000Z",
                                              "2026-01-01T00:00:00.000Z",
                                              "2026-01-01T12:00:00.000Z",
                                              "",
                                              false};
    session_repository::insert(*lease, session);
    auto found = session_repository::find(*lease, "hash-1");
    ASSERT_TRUE(found);
    EXPECT_TRUE(found->user_active);
    EXPECT_EQ(found->display_name, "S");
    EXPECT_EQ(
        session_repository::remove_expired(*lease, "2026-01-01T13:00:00.000Z", "2025-12-31T00:00:00.000Z"),
        1);
    EXPECT_FALSE(session_repository::find(*lease, "hash-1"));
}

TEST_P(StoreTest, AuditChainInDatabaseVerifiesAndIsAppendOnly) {
    auto lease = db.lease();
    auto actor = admin();
    for (int i = 0; i < 5; ++i) {
        Transaction transaction(*lease);
        audit::record(*lease, &actor, "127.0.0.1", {"person.read", "person", std::to_string(i), 40 + i, {}});
        transaction.commit();
    }
    auto result = audit::verify(*lease);
    EXPECT_TRUE(result.ok) << result.problem;
    EXPECT_EQ(result.entries_checked, 5);
    // The database itself refuses changes to the log.
    EXPECT_THROW(lease->sql() << "UPDATE audit_log SET person_id = 1 WHERE id = 2", soci::soci_error);
    EXPECT_THROW(lease->sql() << "DELETE FROM audit_log WHERE id = 2", soci::soci_error);
}

TEST_P(StoreTest, AuditChainDetectsEditedRowWhenTriggerIsBypassed) {
    auto lease = db.lease();
    auto actor = admin();
    for (int i = 0; i < 4; ++i) {
        Transaction transaction(*lease);
        audit::record(*lease, &actor, "127.0.0.1", {"person.read", "person", std::to_string(i), 40 + i, {}});
        transaction.commit();
    }
    // Someone with direct access to the database disables the guard and edits who was read.
    if (lease->dialect() == Dialect::sqlite)
        lease->sql() << "DROP TRIGGER audit_log_no_update";
    else
        lease->sql() << "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change";
    lease->sql() << "UPDATE audit_log SET person_id = 99 WHERE id = 2";
    auto result = audit::verify(*lease);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.first_bad_id, 2);
}

TEST_P(StoreTest, ConcurrentAuditAppendsKeepOneChain) {
    constexpr int threads_count = 4, per_thread = 25;
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int t = 0; t < threads_count; ++t)
        threads.emplace_back([&, t] {
            auto actor = admin();
            for (int i = 0; i < per_thread; ++i) {
                try {
                    auto lease = db.lease();
                    Transaction transaction(*lease);
                    audit::record(*lease, &actor, "127.0.0.1",
                                  {"person.read", "person", std::to_string(t * 1000 + i), t, {}});
                    transaction.commit();
                } catch (const std::exception& error) {
                    ADD_FAILURE() << error.what();
                    ++failures;
                }
            }
        });
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(failures, 0);
    auto lease = db.lease();
    auto result = audit::verify(*lease);
    EXPECT_TRUE(result.ok) << result.problem;
    EXPECT_EQ(result.entries_checked, threads_count * per_thread);
}

TEST_P(StoreTest, AuditFiltersByActorPersonAndPeriod) {
    auto lease = db.lease();
    auto actor = admin();
    actor.user_id = 0;
    Actor other = actor;
    {
        Transaction transaction(*lease);
        audit::record(*lease, &actor, "a", {"person.read", "person", "1", 1, {}});
        audit::record(*lease, &actor, "a", {"person.read", "person", "2", 2, {}});
        audit::record(*lease, nullptr, "a", {"auth.login_failed", "user", "", std::nullopt, {}});
        transaction.commit();
    }
    audit_repository::Filter by_person;
    by_person.person_id = 2;
    EXPECT_EQ(audit_repository::list(*lease, by_person).size(), 1u);
    audit_repository::Filter by_action;
    by_action.action_prefix = "person.";
    EXPECT_EQ(audit_repository::list(*lease, by_action).size(), 2u);
    audit_repository::Filter future;
    future.from = "2999-01-01T00:00:00.000Z";
    EXPECT_TRUE(audit_repository::list(*lease, future).empty());
    audit_repository::Filter page;
    page.limit = 2;
    auto first = audit_repository::list(*lease, page);
    ASSERT_EQ(first.size(), 2u);
    EXPECT_GT(first[0].id, first[1].id); // newest first
    page.before_id = first.back().id;
    EXPECT_EQ(audit_repository::list(*lease, page).size(), 1u);
}

// The generator's bulk insert: texts that need quoting in PostgreSQL's array literals, NULLs and
// large numbers come back as written; ids given by the caller, and the database's own ids
// continue after them.
TEST_P(StoreTest, BulkInsertRoundTripsAwkwardValues) {
    auto lease = db.lease();
    auto& connection = *lease;
    const std::vector<std::string> names{"Nav \"Sentrum\"", "back\\slash", "{braces},comma", "NULL", "",
                                         "Ærøy – Åsane ✓",  "line\nbreak", "quote's"};
    auto first_id = max_id(connection, "offices") + 100;
    BulkInsert offices(connection, "offices");
    for (size_t i = 0; i < names.size(); ++i)
        offices.add_row({{"id", first_id + static_cast<int64_t>(i)},
                         {"name", names[i]},
                         {"unit_number", "B" + std::to_string(i)},
                         {"created_at", "2026-01-01T00:00:00.000Z"},
                         {"decisions_need_approval", i % 2 == 0}});
    EXPECT_THROW(offices.add_row({{"id", int64_t{1}}, {"name", "too few"}}), std::logic_error);
    EXPECT_THROW(offices.add_row({{"id", "not an id"},
                                  {"name", "x"},
                                  {"unit_number", "x"},
                                  {"created_at", "x"},
                                  {"decisions_need_approval", 0}}),
                 std::logic_error);
    // The columns are the schema's: one it does not have, or other columns than the first row's,
    // are refused.
    EXPECT_THROW(offices.add_row({{"id", int64_t{1}},
                                  {"name", "x"},
                                  {"unit_number", "x"},
                                  {"created_at", "x"},
                                  {"needs_approval", 0}}),
                 std::logic_error);
    EXPECT_THROW(BulkInsert(connection, "no_such_table"), std::logic_error);
    BulkInsert unknown_column(connection, "office_budgets");
    EXPECT_THROW(unknown_column.add_row({{"office_id", first_id}, {"budget", 1}}), std::logic_error);
    // A refused row leaves nothing behind: the next good one is taken, with its own columns.
    EXPECT_NO_THROW(unknown_column.add_row({{"office_id", first_id}, {"year", 2027}, {"amount", 1}}));
    EXPECT_EQ(unknown_column.pending(), 1U);
    EXPECT_EQ(offices.pending(), names.size());
    BulkInsert budgets(connection, "office_budgets");
    budgets.add_row({{"office_id", first_id},
                     {"year", 2026},
                     {"amount", int64_t{9'000'000'000}},
                     {"alternative_price", 850}});
    {
        Transaction transaction(connection);
        offices.flush(connection);
        budgets.flush(connection);
        restart_identity(connection, "offices");
        transaction.commit();
    }
    EXPECT_EQ(offices.pending(), 0U);
    for (size_t i = 0; i < names.size(); ++i) {
        long long id = first_id + static_cast<long long>(i);
        std::string name;
        int approval = -1;
        connection.sql() << "SELECT name, decisions_need_approval FROM offices WHERE id = :id", soci::use(id),
            soci::into(name), soci::into(approval);
        EXPECT_EQ(name, names[i]);
        EXPECT_EQ(approval, i % 2 == 0 ? 1 : 0);
    }
    long long amount = 0;
    connection.sql() << "SELECT amount FROM office_budgets WHERE year = 2026", soci::into(amount);
    EXPECT_EQ(amount, 9'000'000'000LL);
    auto created = admin::create_office(connection, admin(), {"Nav Etter", "9999", {"0301"}, false});
    ASSERT_TRUE(created.has_value()) << created.error().message;
    EXPECT_GT(created->id, first_id + static_cast<int64_t>(names.size()) - 1);
}

// A read's audit entries wait for the read to commit: none while it runs, all once it has
// committed, none when it is abandoned.
TEST_P(StoreTest, ReadTransactionsWriteTheirAuditEntriesOnCommit) {
    auto lease = db.lease();
    auto& connection = *lease;
    auto entries = [&] { return audit_repository::head(connection).last_id; };
    auto before = entries();
    {
        Transaction read(connection, Transaction::Mode::read);
        auto entry = audit::record(connection, nullptr, "test", {"person.read", "person", "7", 7, {}});
        EXPECT_EQ(entry.id, 0);
        audit::record(connection, nullptr, "test", {"person.read", "person", "8", 8, {}});
        read.commit();
    }
    EXPECT_EQ(entries(), before + 2);
    {
        Transaction abandoned(connection, Transaction::Mode::read);
        audit::record(connection, nullptr, "test", {"person.read", "person", "9", 9, {}});
    }
    EXPECT_EQ(entries(), before + 2);
    EXPECT_FALSE(connection.in_read_transaction());
    auto verified = audit::verify(connection);
    EXPECT_TRUE(verified.ok) << verified.problem;
}

// Many readers at once through the audit writer: every entry written once, one chain.
TEST_P(StoreTest, TheAuditWriterCommitsConcurrentReadersEntries) {
    auto before = audit_repository::head(*db.lease()).last_id;
    {
        AuditWriter writer(db.database());
        db.database().set_audit_sink(&writer);
        std::vector<std::thread> readers;
        for (int t = 0; t < 4; ++t)
            readers.emplace_back([&, t] {
                for (int i = 0; i < 25; ++i) {
                    auto lease = db.lease();
                    Transaction read(*lease, Transaction::Mode::read);
                    for (int n = 0; n < 2; ++n)
                        audit::record(
                            *lease, nullptr, "test",
                            {"person.read", "person", std::to_string(t * 100 + i), t * 100 + i, {}});
                    read.commit();
                }
            });
        for (auto& reader : readers) reader.join();
        EXPECT_EQ(writer.stats().entries, 200U);
        EXPECT_LE(writer.stats().commits, 100U);
        db.database().set_audit_sink(nullptr);
    }
    auto lease = db.lease();
    EXPECT_EQ(audit_repository::head(*lease).last_id, before + 200);
    auto verified = audit::verify(*lease);
    EXPECT_TRUE(verified.ok) << verified.problem;
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
