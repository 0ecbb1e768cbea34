// The migrations: SQL files (store/migrations/NNNN_name.sql) embedded at build time, split into
// statements and applied in the order of their numbers. On both databases the schema at version 13
// is the one the migrations made when they were C++ string literals (data/schema-v13.*.txt,
// written by that code), with the same numbers and names recorded.

#include "embedded_migrations.hpp"
#include "store/migrations.hpp"
#include "store/sql_script.hpp"
#include "support/build_paths.hpp"
#include "support/db_schema.hpp"
#include "support/test_database.hpp"

#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <stdexcept>

using namespace husly;
using husly::test::TestDatabase;

namespace {

class MigrationsTest : public ::testing::TestWithParam<std::string> {};

std::vector<std::string> read_lines(const std::string& path) {
    std::ifstream file(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(file, line);) lines.push_back(line);
    return lines;
}

// The schema and the migrations recorded, as sorted lines.
std::vector<std::string> schema_and_migrations(Connection& connection) {
    auto lines = test::describe_schema(connection);
    soci::rowset<soci::row> recorded = connection.sql().prepare
                                       << "SELECT version, name FROM schema_migrations ORDER BY version";
    for (const auto& row : recorded)
        lines.push_back("schema_migrations " + std::to_string(row.get<int>(0)) + "|" +
                        row.get<std::string>(1));
    std::sort(lines.begin(), lines.end());
    return lines;
}

} // namespace

// Version 13 is the last one written as C++; migrations never change once shipped, so whatever
// comes later, the schema at 13 stays this one. HUSLY_WRITE_SCHEMA=1 writes the file instead (as
// the old code did once).
TEST_P(MigrationsTest, SchemaAtVersion13IsTheOneTheCppMigrationsMade) {
    TestDatabase db(GetParam(), 1, false);
    auto lease = db.lease();
    auto report = migrate(*lease, 13);
    EXPECT_EQ(report.to_version, 13);
    auto actual = schema_and_migrations(*lease);
    auto path = std::string(husly::test::paths::schema_dir()) + "/schema-v13." + GetParam() + ".txt";
    if (const char* write = std::getenv("HUSLY_WRITE_SCHEMA"); write && std::string(write) == "1") {
        std::ofstream file(path);
        for (const auto& line : actual) file << line << '\n';
    }
    auto expected = read_lines(path);
    ASSERT_FALSE(expected.empty()) << "no " << path;
    std::set<std::string> want(expected.begin(), expected.end()), have(actual.begin(), actual.end());
    for (const auto& line : want) EXPECT_TRUE(have.contains(line)) << "missing: " << line;
    for (const auto& line : have) EXPECT_TRUE(want.contains(line)) << "not in " << path << ": " << line;
    EXPECT_EQ(actual.size(), expected.size());
}

// Every embedded file is a migration, applied in the order of its number, one at a time or all
// at once, recording the name its first line gives.
TEST_P(MigrationsTest, AppliesEveryEmbeddedFileInOrder) {
    const auto& list = migrations();
    ASSERT_EQ(static_cast<int>(list.size()), latest_schema_version());
    size_t files = 0;
    for (const auto& migration : list)
        files += migration.sqlite.data() == migration.postgresql.data() ? 1 : 2;
    EXPECT_EQ(files, embedded::migrations.size());
    std::vector<std::string> names;
    for (const auto& file : embedded::migrations) {
        auto version = std::stoi(std::string(file.name.substr(0, 4)));
        ASSERT_GE(version, 1);
        ASSERT_LE(version, latest_schema_version());
        EXPECT_EQ("-- name: " + list[static_cast<size_t>(version - 1)].name + "\n",
                  file.text.substr(0, file.text.find('\n') + 1));
    }
    for (size_t i = 0; i < list.size(); ++i) {
        EXPECT_EQ(list[i].version, static_cast<int>(i) + 1);
        names.push_back(list[i].name);
    }

    TestDatabase all_at_once(GetParam(), 1, false);
    auto report = migrate(*all_at_once.lease(), 0);
    EXPECT_EQ(report.from_version, 0);
    EXPECT_EQ(report.to_version, latest_schema_version());
    EXPECT_EQ(report.applied, names);

    TestDatabase one_by_one(GetParam(), 1, false);
    auto lease = one_by_one.lease();
    for (const auto& migration : list) {
        auto step = migrate(*lease, migration.version);
        EXPECT_EQ(step.from_version, migration.version - 1);
        EXPECT_EQ(step.applied, std::vector<std::string>{migration.name});
    }
    EXPECT_EQ(schema_and_migrations(*lease), schema_and_migrations(*all_at_once.lease()));
}

// Migration 0018 on rows that were there before it: a decided vedtak is taken as handed over in person
// on the day recorded as informed (its deadline unchanged), a draft's typed date is dropped (nobody
// has been given a draft), and an appeal is taken as sent on the day it was received.
TEST_P(MigrationsTest, DeliveryAndTheDaySentAreFilledInForRowsFromBefore) {
    TestDatabase database(GetParam(), 1, false);
    auto lease = database.lease();
    auto& sql = lease->sql();
    migrate(*lease, 17);
    const std::string at = "'2026-11-23T10:00:00.000Z'";
    // Identity columns hand out the ids (PostgreSQL's are GENERATED ALWAYS).
    auto last_id = [&](const std::string& table) {
        long long id = 0;
        sql << "SELECT MAX(id) FROM " + table, soci::into(id);
        return std::to_string(id);
    };
    sql << "INSERT INTO offices (name, unit_number, created_at) VALUES ('Nav Test', '9901', " + at + ")";
    auto office = last_id("offices");
    sql << "INSERT INTO users (email, display_name, password_hash, created_at) VALUES ('a@husly.test', 'A', "
           "'x', " +
               at + ")";
    auto user = last_id("users");
    sql << "INSERT INTO persons (first_name, last_name, name_key, registered_office_id, created_at) VALUES "
           "('Kari', 'Nordmann', 'kari nordmann', " +
               office + ", " + at + ")";
    auto person = last_id("persons");
    std::vector<std::string> requests;
    for (int i = 0; i < 2; ++i) {
        sql << "INSERT INTO requests (office_id, person_id, channel, received_at, acute, network, "
               "family_with_children, under_25, created_by, created_at) VALUES (" +
                   office + ", " + person + ", 'muntlig', " + at + ", 1, 'ingen', 0, 0, " + user + ", " + at +
                   ")";
        requests.push_back(last_id("requests"));
    }
    sql << "INSERT INTO decisions (request_id, office_id, person_id, status, outcome, informed_on, "
           "appeal_deadline, created_at, created_by, decided_at, decided_by) VALUES (" +
               requests[0] + ", " + office + ", " + person +
               ", 'decided', 'INNVILGET', '2026-11-24', '2026-12-15', " + at + ", " + user + ", " + at +
               ", " + user + ")";
    auto decided = last_id("decisions");
    sql << "INSERT INTO decisions (request_id, office_id, person_id, status, informed_on, created_at, "
           "created_by) VALUES (" +
               requests[1] + ", " + office + ", " + person + ", 'draft', '2026-11-30', " + at + ", " + user +
               ")";
    auto draft = last_id("decisions");
    sql << "INSERT INTO appeals (decision_id, received_on, summary, registered_at, registered_by) VALUES (" +
               decided + ", '2026-12-16', 'Uenig.', " + at + ", " + user + ")";
    auto appeal = last_id("appeals");

    migrate(*lease, 18);
    std::string method, delivered, informed, deadline;
    sql << "SELECT delivery_method, delivered_on, informed_on, appeal_deadline FROM decisions WHERE id = " +
               decided,
        soci::into(method), soci::into(delivered), soci::into(informed), soci::into(deadline);
    EXPECT_EQ(method, "personlig");
    EXPECT_EQ(delivered, "2026-11-24");
    EXPECT_EQ(informed, "2026-11-24");
    EXPECT_EQ(deadline, "2026-12-15");
    soci::indicator draft_method = soci::i_ok, draft_informed = soci::i_ok;
    sql << "SELECT delivery_method, informed_on FROM decisions WHERE id = " + draft,
        soci::into(method, draft_method), soci::into(informed, draft_informed);
    EXPECT_EQ(draft_method, soci::i_null);
    EXPECT_EQ(draft_informed, soci::i_null);
    std::string sent, received;
    soci::indicator assessment = soci::i_ok;
    std::string assessment_text;
    sql << "SELECT sent_on, received_on, late_assessment FROM appeals WHERE id = " + appeal, soci::into(sent),
        soci::into(received), soci::into(assessment_text, assessment);
    EXPECT_EQ(sent, received);
    EXPECT_EQ(assessment, soci::i_null);
    // The codes are checked by the database too.
    EXPECT_THROW(sql << "UPDATE decisions SET delivery_method = 'brevdue' WHERE id = " + decided,
                 std::exception);
}

// What the splitter leaves whole is what the database runs: a trigger's body with its own ';'.
TEST_P(MigrationsTest, SplitStatementsRunOnTheDatabase) {
    TestDatabase db(GetParam(), 1, false);
    auto lease = db.lease();
    auto script =
        GetParam() == "sqlite"
            ? std::string("CREATE TABLE guarded (x INTEGER); -- one; two\n"
                          "CREATE TRIGGER guarded_no_update BEFORE UPDATE ON guarded BEGIN\n"
                          "    SELECT RAISE(ABORT, 'guarded; always');\n"
                          "    SELECT CASE WHEN 1 THEN 1 END;\n"
                          "END;\n"
                          "INSERT INTO guarded (x) VALUES (1);\n")
            : std::string("CREATE TABLE guarded (x INTEGER); -- one; two\n"
                          "CREATE FUNCTION guarded_no_update() RETURNS trigger LANGUAGE plpgsql AS $body$\n"
                          "BEGIN RAISE EXCEPTION 'guarded; always'; END $body$;\n"
                          "CREATE TRIGGER guarded_no_update BEFORE UPDATE ON guarded FOR EACH ROW\n"
                          "    EXECUTE FUNCTION guarded_no_update();\n"
                          "INSERT INTO guarded (x) VALUES (1);\n");
    auto statements = sql_script::split(script);
    EXPECT_EQ(statements.size(), GetParam() == "sqlite" ? 3U : 4U);
    for (const auto& statement : statements) lease->sql() << statement;
    int count = 0;
    lease->sql() << "SELECT COUNT(*) FROM guarded", soci::into(count);
    EXPECT_EQ(count, 1);
    EXPECT_THROW(lease->sql() << "UPDATE guarded SET x = 2", soci::soci_error);
}

TEST(SqlScript, SplitsAtSemicolonsOutsideQuotesCommentsAndBodies) {
    using sql_script::split;
    using Statements = std::vector<std::string>;
    EXPECT_EQ(split("CREATE TABLE a (x TEXT DEFAULT ';');\nINSERT INTO a VALUES ('it''s; fine');"),
              (Statements{"CREATE TABLE a (x TEXT DEFAULT ';')", "INSERT INTO a VALUES ('it''s; fine')"}));
    EXPECT_EQ(split("-- name: a; b\n\nSELECT 1; /* b; c */ SELECT 2 -- end; of line\n;\n-- after; all\n"),
              (Statements{"SELECT 1", "SELECT 2 -- end; of line"}));
    EXPECT_EQ(split("SELECT \"odd;name\" FROM t;SELECT 2"),
              (Statements{"SELECT \"odd;name\" FROM t", "SELECT 2"}));
    EXPECT_EQ(split("SELECT E'a\\';b'; SELECT $1;"), (Statements{"SELECT E'a\\';b'", "SELECT $1"}));
    // SQLite: a trigger's BEGIN … END (CASE … END inside) is one statement; words that only start
    // like BEGIN or END are not them.
    EXPECT_EQ(
        split("CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET end_date = CASE WHEN 1 THEN 2 "
              "END; SELECT begin_date FROM a; END;\nSELECT 3;"),
        (Statements{"CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET end_date = CASE WHEN 1 THEN "
                    "2 END; SELECT begin_date FROM a; END",
                    "SELECT 3"}));
    // PostgreSQL: dollar-quoted bodies, with or without a tag.
    EXPECT_EQ(
        split("CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'x'; END $$ LANGUAGE "
              "plpgsql;\nDO $do$ BEGIN PERFORM 1; END $do$;"),
        (Statements{"CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'x'; END $$ LANGUAGE "
                    "plpgsql",
                    "DO $do$ BEGIN PERFORM 1; END $do$"}));
    EXPECT_EQ(split(""), Statements{});
    EXPECT_EQ(split("  -- only a comment; nothing else\n;\n"), Statements{});
    EXPECT_THROW(split("SELECT 'open;"), std::invalid_argument);
    EXPECT_THROW(split("SELECT 1; /* open"), std::invalid_argument);
    EXPECT_THROW(split("SELECT $x$ open;"), std::invalid_argument);
    EXPECT_THROW(split("CREATE TRIGGER t BEFORE UPDATE ON a BEGIN SELECT 1;"), std::invalid_argument);
}

TEST(Migrations, FilesFollowTheNamingRules) {
    using File = embedded::EmbeddedFile;
    auto parse = [](std::vector<File> files) { return parse_migrations(files); };
    auto list = parse({{"0001_first.sql", "-- name: the first\nSELECT 1;"},
                       {"0002_second.sqlite.sql", "-- name: the second\nSELECT 2;"},
                       {"0002_second.postgresql.sql", "-- name: the second\nSELECT 22;"}});
    ASSERT_EQ(list.size(), 2U);
    EXPECT_EQ(list[0].name, "the first");
    EXPECT_EQ(list[0].sqlite, list[0].postgresql);
    EXPECT_EQ(list[1].version, 2);
    EXPECT_EQ(list[1].sqlite, "-- name: the second\nSELECT 2;");
    EXPECT_EQ(list[1].postgresql, "-- name: the second\nSELECT 22;");
    EXPECT_THROW(parse({}), std::logic_error);
    EXPECT_THROW(parse({{"0002_gap.sql", "-- name: x\n"}}), std::logic_error);
    EXPECT_THROW(parse({{"1_short.sql", "-- name: x\n"}}), std::logic_error);
    EXPECT_THROW(parse({{"0001-dash.sql", "-- name: x\n"}}), std::logic_error);
    EXPECT_THROW(parse({{"0001_nameless.sql", "SELECT 1;"}}), std::logic_error);
    EXPECT_THROW(parse({{"0001_a.sql", "-- name: a\n"}, {"0001_b.sql", "-- name: a\n"}}), std::logic_error);
    EXPECT_THROW(parse({{"0001_a.sqlite.sql", "-- name: a\n"}}), std::logic_error);
    EXPECT_THROW(parse({{"0001_a.sql", "-- name: a\n"}, {"0001_a.sqlite.sql", "-- name: a\n"}}),
                 std::logic_error);
    EXPECT_THROW(parse({{"0001_a.sqlite.sql", "-- name: a\n"}, {"0001_a.postgresql.sql", "-- name: b\n"}}),
                 std::logic_error);
}

// Migration 0023 (docs/domain.md#rule-own-payment, #rule-conditions-must-be-lawful): a decided vedtak
// with «egenbetaling» keeps the amounts its letter stated; a vedtak not yet decided loses the
// follow-up meeting condition, a decided one keeps what it said.
TEST_P(MigrationsTest, VedtakFromBeforeKeepTheirOwnPaymentAndDraftsLoseTheMeetingCondition) {
    TestDatabase database(GetParam(), 1, false);
    auto lease = database.lease();
    auto& sql = lease->sql();
    migrate(*lease, 22);
    const std::string at = "'2026-11-23T10:00:00.000Z'";
    auto last_id = [&](const std::string& table) {
        long long id = 0;
        sql << "SELECT MAX(id) FROM " + table, soci::into(id);
        return std::to_string(id);
    };
    sql << "INSERT INTO offices (name, unit_number, created_at) VALUES ('Nav Test', '9901', " + at + ")";
    auto office = last_id("offices");
    sql << "INSERT INTO users (email, display_name, password_hash, created_at) VALUES ('a@husly.test', 'A', "
           "'x', " +
               at + ")";
    auto user = last_id("users");
    sql << "INSERT INTO persons (first_name, last_name, name_key, registered_office_id, created_at) VALUES "
           "('Kari', 'Nordmann', 'kari nordmann', " +
               office + ", " + at + ")";
    auto person = last_id("persons");
    std::vector<std::string> ids;
    for (const auto& [status, conditions] :
         {std::pair{"decided", "egenbetaling,oppfolging"}, std::pair{"draft", "oppfolging,husregler"},
          std::pair{"awaiting_approval", "egenbetaling,oppfolging"}}) {
        sql << "INSERT INTO requests (office_id, person_id, channel, received_at, acute, network, "
               "family_with_children, under_25, created_by, created_at) VALUES (" +
                   office + ", " + person + ", 'muntlig', " + at + ", 1, 'ingen', 0, 0, " + user + ", " + at +
                   ")";
        sql << "INSERT INTO decisions (request_id, office_id, person_id, status, outcome, conditions, "
               "created_at, created_by) VALUES (" +
                   last_id("requests") + ", " + office + ", " + person + ", '" + status +
                   "', 'INNVILGET', '" + conditions + "', " + at + ", " + user + ")";
        ids.push_back(last_id("decisions"));
    }
    migrate(*lease, 23);
    auto read = [&](const std::string& id) {
        std::string conditions;
        long long rate = 0, cap = 0;
        soci::indicator rate_set = soci::i_null, cap_set = soci::i_null;
        sql << "SELECT conditions, own_payment_rate, own_payment_monthly_cap FROM decisions WHERE id = " + id,
            soci::into(conditions), soci::into(rate, rate_set), soci::into(cap, cap_set);
        return std::tuple{conditions, rate_set == soci::i_ok ? rate : -1, cap_set == soci::i_ok ? cap : -1};
    };
    EXPECT_EQ(read(ids[0]), (std::tuple{std::string("egenbetaling,oppfolging"), 300LL, 9000LL}));
    EXPECT_EQ(read(ids[1]), (std::tuple{std::string("husregler"), -1LL, -1LL}));
    EXPECT_EQ(read(ids[2]), (std::tuple{std::string("egenbetaling"), -1LL, -1LL}));
}

INSTANTIATE_TEST_SUITE_P(Backends, MigrationsTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
