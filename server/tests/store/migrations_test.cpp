// The schema the migrations make, on both databases: at version 13 it is the one the migrations
// made when they were C++ string literals (data/schema-v13.*.txt, written by the old code), with
// the same numbers and names recorded.

#include "store/migrations.hpp"
#include "support/db_schema.hpp"
#include "support/test_database.hpp"

#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <set>

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
    auto path = std::string(HUSLY_SCHEMA_DIR) + "/schema-v13." + GetParam() + ".txt";
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

INSTANTIATE_TEST_SUITE_P(Backends, MigrationsTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
