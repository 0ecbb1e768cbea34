// Faults under load: the database server stopped and started while caseworkers work, the disk
// under SQLite filling up, and a thousand idle connections. Husly must say clearly what is wrong
// (503 with the JSON error), never answer 500 or fall over, lose nothing it acknowledged, and
// recover by itself when the fault is gone.

#include "service/demo_service.hpp"
#include "support/db_snapshot.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"
#include "support/test_server.hpp"

#include <arpa/inet.h>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <gtest/gtest.h>
#include <mutex>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace husly;
using namespace husly::test;
using nlohmann::json;

namespace {

std::filesystem::path temp_directory(const std::string& name) {
    std::filesystem::path path = temp_path(name);
    std::filesystem::create_directories(path);
    return path;
}

json new_person(int number) {
    return {
        {"firstName", "Feil"}, {"lastName", fmt::format("Lastprove{}", number)}, {"birthDate", "1990-05-17"}};
}

bool is_error(const HttpResult& result, int status, const std::string& code) {
    return result.status == status && result.error_code() == code &&
           !result.json()["error"]["message"].empty();
}

// A private PostgreSQL cluster that the test may stop and start (scripts/test-postgres.sh on its
// own directory and port), so no other test's database goes away.
class PrivatePostgres {
public:
    PrivatePostgres() : m_directory(temp_directory("pg")), m_port(free_port()) {
        auto started = control("start");
        if (started.exit_code == 0)
            m_url = started.output.substr(0, started.output.find('\n'));
        else
            m_error = started.output;
    }
    ~PrivatePostgres() {
        control("stop");
        std::filesystem::remove_all(m_directory);
    }
    const std::string& url() const { return m_url; }
    const std::string& error() const { return m_error; }
    CommandResult control(const std::string& what) const {
        return run_shell(fmt::format("HUSLY_PG_DIR={} HUSLY_PG_PORT={} {}/scripts/test-postgres.sh {}",
                                     m_directory.string(), m_port, HUSLY_SOURCE_DIR, what));
    }

private:
    std::filesystem::path m_directory;
    unsigned short m_port;
    std::string m_url;
    std::string m_error;
};

// A tmpfs of `megabytes` mounted for the test (root only), unmounted at the end.
class SmallDisk {
public:
    explicit SmallDisk(int megabytes) : m_path(temp_directory("tmpfs")) {
        m_mounted =
            run_shell(fmt::format("mount -t tmpfs -o size={}m husly-test {}", megabytes, m_path.string()))
                .exit_code == 0;
    }
    ~SmallDisk() {
        if (m_mounted) run_shell("umount -l " + m_path.string());
        std::filesystem::remove_all(m_path);
    }
    bool mounted() const { return m_mounted; }
    const std::filesystem::path& path() const { return m_path; }
    // Fills what is left with a file; returns its path.
    std::filesystem::path fill() const {
        auto filler = m_path / "filler";
        std::ofstream file(filler, std::ios::binary);
        std::string block(size_t{64} * 1024, 'x');
        while (file.write(block.data(), static_cast<std::streamsize>(block.size()))) {
        }
        return filler;
    }

private:
    std::filesystem::path m_path;
    bool m_mounted{false};
};

} // namespace

TEST(FaultsTest, PostgresqlStoppedAndStartedUnderLoadAnswers503ThenRecovers) {
    if (!std::filesystem::exists("/usr/lib/postgresql/15/bin/initdb")) {
        if (std::getenv("HUSLY_TEST_REQUIRE_PG")) FAIL() << "PostgreSQL 15 is not installed";
        GTEST_SKIP() << "PostgreSQL 15 is not installed";
    }
    PrivatePostgres postgres;
    ASSERT_FALSE(postgres.url().empty()) << postgres.error();
    ASSERT_EQ(run_husly({"demo", "--db", postgres.url()}).exit_code, 0);
    auto log_directory = temp_directory("pg-fault-log");
    auto log = log_directory / "husly.log";
    ServerProcess server(postgres.url(), free_port(), log.string());
    ASSERT_TRUE(server.wait_ready());

    // Three caseworkers register people all the while.
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::map<int, int> statuses;
    std::vector<std::string> acknowledged, unexpected;
    std::vector<std::thread> caseworkers;
    caseworkers.reserve(3);
    for (int worker = 0; worker < 3; ++worker) {
        caseworkers.emplace_back([&, worker] {
            HttpClient client(server.port());
            client.login("veileder@husly.test", demo::demo_password);
            for (int i = 0; !stop; ++i) {
                auto person = new_person(worker * 100000 + i);
                HttpResult result;
                try {
                    result = client.post("/api/v1/persons", person);
                } catch (const std::exception& error) {
                    std::lock_guard lock(mutex);
                    unexpected.push_back(std::string("no answer: ") + error.what());
                    continue;
                }
                std::lock_guard lock(mutex);
                ++statuses[result.status];
                if (result.status == 201)
                    acknowledged.push_back(person["lastName"]);
                else if (!is_error(result, 503, "database_unavailable"))
                    unexpected.push_back(fmt::format("{} {}", result.status, result.body.substr(0, 200)));
                if (result.status != 201) std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        });
    }
    auto caseworker = HttpClient(server.port());
    caseworker.login("veileder@husly.test", demo::demo_password);
    std::this_thread::sleep_for(std::chrono::milliseconds(500));

    ASSERT_EQ(postgres.control("stop").exit_code, 0);
    auto meanwhile = caseworker.post("/api/v1/persons", new_person(-1));
    EXPECT_TRUE(is_error(meanwhile, 503, "database_unavailable"))
        << meanwhile.status << " " << meanwhile.body;
    EXPECT_NE(meanwhile.json()["error"]["message"].get<std::string>().find("Databasen er ikke tilgjengelig"),
              std::string::npos);
    EXPECT_EQ(caseworker.get("/healthz").status, 200); // the process lives
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));

    ASSERT_EQ(postgres.control("start").exit_code, 0);
    // Recovers by itself: no restart of Husly, the same session.
    HttpResult after;
    for (int attempt = 0; attempt < 300; ++attempt) {
        after = caseworker.post("/api/v1/persons", new_person(-2));
        if (after.status == 201) break;
        EXPECT_TRUE(is_error(after, 503, "database_unavailable")) << after.status << " " << after.body;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_EQ(after.status, 201) << after.body;
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    stop = true;
    for (auto& thread : caseworkers) thread.join();

    EXPECT_TRUE(unexpected.empty()) << unexpected.size()
                                    << " unexpected answers, first: " << unexpected.front();
    EXPECT_GT(statuses[503], 0);
    EXPECT_GT(statuses[201], 0);
    // Everything acknowledged is there.
    auto database = Database::open(*parse_database_url(postgres.url()), 1).value();
    auto lease = database->acquire();
    for (const auto& name : acknowledged)
        EXPECT_EQ(count(*lease, "SELECT COUNT(*) FROM persons WHERE last_name = '" + name + "'"), 1) << name;
    std::printf("postgresql outage: %d acknowledged, %d answered 503 while it was down\n", statuses[201],
                statuses[503]);
    if (!HasFailure()) std::filesystem::remove_all(log_directory); // kept to read when it failed
}

TEST(FaultsTest, SqliteDiskFullIsAClearErrorWithoutCorruptionAndWritesResumeWithSpace) {
    SmallDisk disk(24);
    if (!disk.mounted()) {
        if (getuid() == 0) FAIL() << "could not mount a tmpfs as root";
        GTEST_SKIP() << "mounting a tmpfs needs root";
    }
    const std::string url = "sqlite:" + (disk.path() / "husly.db").string();
    ASSERT_EQ(run_husly({"demo", "--db", url}).exit_code, 0);
    ServerProcess server(url, free_port());
    ASSERT_TRUE(server.wait_ready());
    HttpClient caseworker(server.port());
    ASSERT_EQ(caseworker.login("veileder@husly.test", demo::demo_password).status, 200);
    ASSERT_EQ(caseworker.post("/api/v1/persons", new_person(1)).status, 201);

    auto filler = disk.fill();
    int refused = 0;
    for (int i = 0; i < 20; ++i) {
        auto full = caseworker.post("/api/v1/persons", new_person(100 + i));
        if (full.status == 201) continue; // a page that still had room
        EXPECT_TRUE(is_error(full, 503, "storage_full")) << full.status << " " << full.body;
        ++refused;
    }
    EXPECT_GT(refused, 0);
    EXPECT_EQ(caseworker.get("/healthz").status, 200);

    std::filesystem::remove(filler);
    auto resumed = caseworker.post("/api/v1/persons", new_person(2));
    EXPECT_EQ(resumed.status, 201) << resumed.body;
    EXPECT_EQ(server.stop(), 0);

    auto database = Database::open(*parse_database_url(url), 1).value();
    auto lease = database->acquire();
    std::string integrity;
    lease->sql() << "PRAGMA integrity_check", soci::into(integrity);
    EXPECT_EQ(integrity, "ok");
    EXPECT_EQ(count(*lease, "SELECT COUNT(*) FROM persons WHERE last_name IN ('Lastprove1', 'Lastprove2')"),
              2);
    // Each person there has its audit entry, and the chain holds.
    EXPECT_EQ(count(*lease,
                    "SELECT COUNT(*) FROM persons p WHERE p.last_name LIKE 'Lastprove%' AND NOT EXISTS "
                    "(SELECT 1 FROM audit_log a WHERE a.action = 'person.create' AND a.person_id = p.id)"),
              0);
    auto verified = run_husly({"audit", "verify", "--db", url});
    EXPECT_EQ(verified.exit_code, 0) << verified.output;
}

class IdleConnectionsTest : public ::testing::TestWithParam<std::string> {};

TEST_P(IdleConnectionsTest, AThousandIdleConnectionsDoNotStopOthersBeingServed) {
    TestServer server(GetParam());
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(server.port());
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::vector<int> idle;
    for (int i = 0; i < 1000; ++i) {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        ASSERT_GE(fd, 0);
        ASSERT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0)
            << "connection " << i;
        // Half say nothing; half start a request and never finish it (a slow client).
        if (i % 2 == 1) {
            std::string partial =
                "POST /api/v1/persons HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 500\r\n";
            ASSERT_GT(write(fd, partial.data(), partial.size()), 0);
        }
        idle.push_back(fd);
    }
    // Others are served all the same: log in, register, read.
    auto caseworker = server.client_as("veileder@husly.test");
    for (int i = 0; i < 20; ++i) {
        auto created = caseworker.post("/api/v1/persons", new_person(i));
        ASSERT_EQ(created.status, 201) << created.body;
        ASSERT_EQ(
            caseworker.get("/api/v1/persons/" + std::to_string(created.json()["id"].get<int64_t>())).status,
            200);
    }
    for (int fd : idle) close(fd);
    EXPECT_EQ(server.client().get("/healthz").status, 200);
}

INSTANTIATE_TEST_SUITE_P(Backends, IdleConnectionsTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
