#include "support/test_database.hpp"

#include "service/audit_files.hpp"
#include "service/passwords.hpp"
#include "store/migrations.hpp"

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <stdexcept>
#include <unistd.h>

namespace husly::test {

std::string temp_path(const std::string& name) {
    return (std::filesystem::temp_directory_path() / fmt::format("husly-{}-{}", getpid(), name)).string();
}
namespace {

std::atomic<int> counter{0};

const char* pg_url() {
    return std::getenv("HUSLY_TEST_PG_URL");
}

std::string with_search_path(const std::string& url, const std::string& schema) {
    auto separator = url.find('?') == std::string::npos ? "?" : "&";
    return fmt::format("{}{}options=-csearch_path%3D{}", url, separator, schema);
}

} // namespace

std::vector<std::string> backends() {
    std::vector<std::string> list{"sqlite"};
    if (pg_url() && *pg_url())
        list.push_back("postgresql");
    else if (const char* require = std::getenv("HUSLY_TEST_REQUIRE_PG");
             require && std::string(require) == "1")
        throw std::runtime_error("HUSLY_TEST_REQUIRE_PG=1 but HUSLY_TEST_PG_URL is not set");
    return list;
}

std::unique_ptr<Database> open_database(const std::string& url_text, size_t pool_size) {
    auto url = parse_database_url(url_text);
    if (!url) throw std::runtime_error(url.error().message);
    auto key = audit::load_or_create_key(audit::default_key_path(*url));
    if (!key) throw std::runtime_error(key.error().message);
    auto database = Database::open(*url, pool_size, key->key);
    if (!database) throw std::runtime_error(database.error().message);
    return std::move(*database);
}

TestDatabase::TestDatabase(const std::string& backend, size_t pool_size, bool migrated) : m_backend(backend) {
    passwords::initialise();
    auto id = fmt::format("t{}_{}", getpid(), counter++);
    if (backend == "sqlite") {
        auto dir = std::filesystem::temp_directory_path() / "husly-tests";
        std::filesystem::create_directories(dir);
        m_cleanup = (dir / (id + ".db")).string();
        m_url = "sqlite:" + m_cleanup;
    } else {
        auto admin_url = parse_database_url(pg_url());
        if (!admin_url) throw std::runtime_error(admin_url.error().message);
        Connection admin(*admin_url);
        admin.sql() << "CREATE SCHEMA " + id; // id is generated here, never user input
        m_cleanup = id;
        m_url = with_search_path(pg_url(), id);
    }
    auto url = parse_database_url(m_url);
    // The key where the husly binary looks by default, so run_husly(--db URL) shares it.
    m_key_path = audit::default_key_path(*url);
    auto key = audit::load_or_create_key(m_key_path);
    if (!key) throw std::runtime_error(key.error().message);
    auto database = Database::open(*url, pool_size, key->key);
    if (!database) throw std::runtime_error(database.error().message);
    m_database = std::move(*database);
    if (!migrated) return;
    auto lease = m_database->acquire();
    migrate(*lease);
}

TestDatabase::~TestDatabase() {
    m_database.reset();
    try {
        if (m_backend == "sqlite") {
            for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(m_cleanup + suffix);
            std::filesystem::remove(m_key_path);
            std::filesystem::remove(audit::default_checkpoints_path(m_key_path));
        } else {
            auto admin_url = parse_database_url(pg_url());
            Connection admin(*admin_url);
            admin.sql() << "DROP SCHEMA " + m_cleanup + " CASCADE";
        }
    } catch (...) {
    }
}

} // namespace husly::test
