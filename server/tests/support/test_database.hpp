#pragma once
// A fresh, migrated database per test on each backend: a temporary SQLite file, or a new schema
// in the PostgreSQL named by HUSLY_TEST_PG_URL (started by scripts/test-postgres.sh).

#include "store/database.hpp"

#include <gtest/gtest.h>
#include <memory>
#include <string>
#include <vector>

namespace husly::test {

// "sqlite", plus "postgresql" when HUSLY_TEST_PG_URL is set. With HUSLY_TEST_REQUIRE_PG=1 and no
// URL, the tests abort rather than silently skip PostgreSQL.
std::vector<std::string> backends();

// Names parameterized tests after their backend: Backends/StoreTest.X/sqlite.
inline std::string backend_name(const ::testing::TestParamInfo<std::string>& param) {
    return param.param;
}

// A path in the temporary directory unique to this test process: husly-<pid>-<name>.
std::string temp_path(const std::string& name);

// Opens an existing database as the husly binary would (its default audit key file), unmigrated.
std::unique_ptr<Database> open_database(const std::string& url, size_t pool_size = 1);

class TestDatabase {
public:
    // Migrated to the latest schema, unless `migrated` is false (an empty database).
    TestDatabase(const std::string& backend, size_t pool_size = 4, bool migrated = true);
    ~TestDatabase();
    Database& database() { return *m_database; }
    Database::Lease lease() { return m_database->acquire(); }
    const std::string& url() const { return m_url; }
    // The audit key file (the husly binary's default for this URL) and its checkpoint file.
    const std::string& key_path() const { return m_key_path; }

private:
    std::string m_backend;
    std::string m_url;
    std::string m_cleanup; // file or schema to remove
    std::string m_key_path;
    std::unique_ptr<Database> m_database;
};

} // namespace husly::test
