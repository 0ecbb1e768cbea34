// Security rules that must hold, each a test that fails if the rule breaks.

#include "common/log.hpp"
#include "demo/demo_service.hpp"
#include "support/db_snapshot.hpp"
#include "support/test_server.hpp"

#include <algorithm>
#include <arpa/inet.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <mutex>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace husly;
using husly::test::count;
using husly::test::HttpResult;
using husly::test::TestServer;

class ApiSecurityTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ApiSecurityTest, WrongPasswordIsRefusedWithoutSayingWhichPart) {
    TestServer server(GetParam());
    auto client = server.client();
    auto wrong = client.login("veileder@husly.test", "feil passord her");
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(wrong.error_code(), "invalid_credentials");
    auto unknown = client.login("finnes.ikke@husly.test", "feil passord her");
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(unknown.json()["error"]["message"], wrong.json()["error"]["message"]);
    EXPECT_TRUE(client.session_cookie.empty());
}

TEST_P(ApiSecurityTest, AccountLocksAfterRepeatedFailures) {
    TestServer server(GetParam());
    auto client = server.client();
    for (int i = 0; i < 5; ++i) EXPECT_EQ(client.login("leder@husly.test", "feil passord her").status, 401);
    // Even the right password is refused while locked.
    auto locked = client.login("leder@husly.test", "husly-demo-2026");
    EXPECT_EQ(locked.status, 429);
    EXPECT_EQ(locked.error_code(), "login_locked");
    // An administrator unlocks it.
    auto admin = server.client_as("admin@husly.test");
    auto unlock = admin.patch("/api/v1/users/" + std::to_string(server.user_id("leder@husly.test")),
                              {{"unlock", true}});
    ASSERT_EQ(unlock.status, 200);
    EXPECT_EQ(server.client().login("leder@husly.test", "husly-demo-2026").status, 200);
}

// Security finding 12: a locked real account answered 429 while an unknown one kept answering
// 401, so the lockout told an attacker which e-mail addresses have accounts.
TEST_P(ApiSecurityTest, UnknownAccountsAreLockedOutExactlyLikeRealOnes) {
    TestServer server(GetParam());
    auto client = server.client();
    for (int i = 0; i < 5; ++i) {
        auto real = client.login("leder@husly.test", "feil passord her");
        auto unknown = client.login("finnes.ikke@husly.test", "feil passord her");
        EXPECT_EQ(real.status, 401);
        EXPECT_EQ(unknown.status, 401);
        EXPECT_EQ(real.body, unknown.body);
    }
    auto real = client.login("leder@husly.test", "feil passord her");
    auto unknown = client.login("finnes.ikke@husly.test", "feil passord her");
    EXPECT_EQ(real.status, 429);
    EXPECT_EQ(real.error_code(), "login_locked");
    EXPECT_EQ(unknown.status, real.status);
    EXPECT_EQ(unknown.body, real.body);
    EXPECT_EQ(unknown.headers.contains("retry-after"), real.headers.contains("retry-after"));
    // The same spelled differently is the same unknown account; another one is not locked.
    EXPECT_EQ(client.login("Finnes.Ikke@Husly.test", "feil passord her").status, 429);
    EXPECT_EQ(client.login("en.annen@husly.test", "feil passord her").status, 401);
}

// Finding F3 of the second review: from a logged-in session the current password could be guessed
// through the password change without limit. Each wrong one is now a failed login of the account:
// five lock it, as five wrong logins do, and then the change and the login both answer 429
// login_locked with Retry-After, even with the right password.
TEST_P(ApiSecurityTest, WrongCurrentPasswordsLockTheAccountLikeFailedLogins) {
    TestServer server(GetParam());
    auto stolen = server.client_as("leder@husly.test");
    auto guess = [&](const std::string& current) {
        return stolen.put("/api/v1/auth/password",
                          {{"currentPassword", current}, {"newPassword", "angriperens eget passord 9"}});
    };
    for (int i = 0; i < 5; ++i) {
        auto wrong = guess("gjetning nummer " + std::to_string(i));
        EXPECT_EQ(wrong.status, 422) << wrong.body;
        EXPECT_EQ(wrong.error_field(), "currentPassword");
    }
    auto locked = guess("husly-demo-2026"); // the right one, too late
    EXPECT_EQ(locked.status, 429) << locked.body;
    EXPECT_EQ(locked.error_code(), "login_locked");
    ASSERT_TRUE(locked.headers.contains("retry-after"));
    EXPECT_GE(std::stoi(locked.headers["retry-after"]), 1);
    auto login = server.client().login("leder@husly.test", "husly-demo-2026");
    EXPECT_EQ(login.status, 429);
    EXPECT_EQ(login.error_code(), "login_locked");
    EXPECT_TRUE(login.headers.contains("retry-after"));

    // Each refusal is a security event in the log, the last one while locked.
    auto admin = server.client_as("admin@husly.test");
    auto entries = admin.get("/api/v1/audit?action=auth.password_change_failed").json()["entries"];
    ASSERT_EQ(entries.size(), 6u) << entries.dump();
    EXPECT_EQ(entries[0]["detail"]["reason"], "locked");
    EXPECT_EQ(entries[1]["detail"]["reason"], "password");
    EXPECT_TRUE(entries[1]["detail"]["locked"].get<bool>());
    EXPECT_FALSE(entries[5]["detail"]["locked"].get<bool>());
    EXPECT_EQ(entries[0]["actorUserId"], server.user_id("leder@husly.test"));
    // The password is unchanged, and an administrator's unlock lets the leder in again.
    ASSERT_EQ(
        admin.patch("/api/v1/users/" + std::to_string(server.user_id("leder@husly.test")), {{"unlock", true}})
            .status,
        200);
    EXPECT_EQ(server.client().login("leder@husly.test", "husly-demo-2026").status, 200);
}

// Finding F3: a password change kept the session id and CSRF token, so whoever held a copy of
// them stayed logged in. Now the session is replaced (new cookie, new CSRF token in the answer)
// and every other session of the user ends.
TEST_P(ApiSecurityTest, APasswordChangeRotatesTheSessionAndEndsTheOthers) {
    TestServer server(GetParam());
    auto user = server.client_as("veileder@husly.test");
    auto elsewhere = server.client_as("veileder@husly.test");
    const auto old_cookie = user.session_cookie;
    const auto old_csrf = user.csrf_token;
    auto changed = user.put("/api/v1/auth/password", {{"currentPassword", "husly-demo-2026"},
                                                      {"newPassword", "veras helt nye passord"}});
    ASSERT_EQ(changed.status, 200) << changed.body;
    ASSERT_TRUE(changed.headers.contains("set-cookie")) << "no new session cookie";
    EXPECT_NE(changed.headers["set-cookie"].find("HttpOnly"), std::string::npos);
    EXPECT_NE(user.session_cookie, old_cookie);
    EXPECT_EQ(user.session_cookie.size(), 64u);
    EXPECT_NE(changed.json()["csrfToken"], old_csrf);
    EXPECT_EQ(user.csrf_token, changed.json()["csrfToken"]);

    // The old session id is dead, and so is the user's other session.
    auto copy = server.client();
    copy.session_cookie = old_cookie;
    copy.csrf_token = old_csrf;
    EXPECT_EQ(copy.get("/api/v1/auth/me").status, 401);
    EXPECT_EQ(elsewhere.get("/api/v1/auth/me").status, 401);
    // The new one works, with the new CSRF token only.
    auto me = user.get("/api/v1/auth/me");
    ASSERT_EQ(me.status, 200);
    EXPECT_EQ(me.json()["csrfToken"], changed.json()["csrfToken"]);
    auto bodo = server.office_id("1804");
    auto stale = server.client();
    stale.session_cookie = user.session_cookie;
    stale.csrf_token = old_csrf;
    EXPECT_EQ(stale.put("/api/v1/auth/office", {{"officeId", bodo}}).error_code(), "csrf_invalid");
    EXPECT_EQ(user.put("/api/v1/auth/office", {{"officeId", bodo}}).status, 200);
    EXPECT_EQ(user.get("/api/v1/requests?list=open").status, 200);
    EXPECT_EQ(server.client().login("veileder@husly.test", "veras helt nye passord").status, 200);
}

// Finding F3: a new password one character from the current one was accepted. Within three edits
// (Levenshtein) it is refused on newPassword, with a Norwegian message; four edits are enough.
TEST_P(ApiSecurityTest, ANewPasswordCloseToTheCurrentOneIsRefused) {
    TestServer server(GetParam());
    auto user = server.client_as("veileder@husly.test");
    auto change = [&](const std::string& wanted) {
        return user.put("/api/v1/auth/password",
                        {{"currentPassword", "husly-demo-2026"}, {"newPassword", wanted}});
    };
    for (const char* close :
         {"husly-demo-2027", "husly-demo-2026!", "Husly-Demo-2026!", "husly-demo-2026xyz", "husly-demo-26"}) {
        auto refused = change(close);
        EXPECT_EQ(refused.status, 422) << close << ": " << refused.body;
        EXPECT_EQ(refused.error_field(), "newPassword") << close;
        EXPECT_NE(refused.body.find("ligner for mye"), std::string::npos) << close << ": " << refused.body;
    }
    // None of those counted as a guess: the current password was right each time.
    EXPECT_EQ(user.get("/api/v1/auth/me").status, 200);
    auto accepted = change("husly-demo-2026 blåbær");
    EXPECT_EQ(accepted.status, 200) << accepted.body;
}

TEST_P(ApiSecurityTest, AddressIsThrottledAcrossAccounts) {
    http::AppConfig config;
    config.security.address_failure_limit = 3;
    config.security.address_first_wait = std::chrono::seconds(60); // no race with a slow machine
    TestServer server(GetParam(), config);
    auto client = server.client();
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(client.login("person" + std::to_string(i) + "@husly.test", "feil passord her").status, 401);
    auto throttled = client.login("admin@husly.test", "husly-demo-2026");
    EXPECT_EQ(throttled.status, 429);
    EXPECT_EQ(throttled.error_code(), "too_many_attempts");
    EXPECT_GE(std::stoi(throttled.headers["retry-after"]), 1); // when to come back
}

namespace {

// A login as it arrives from a proxy: the X-Forwarded-For the proxy passes on.
HttpResult login_via_proxy(TestServer& server, const std::string& forwarded_for, const std::string& email,
                           const std::string& password) {
    return server.client().send("POST", "/api/v1/auth/login",
                                nlohmann::json{{"email", email}, {"password", password}}.dump(),
                                "application/json", {{"X-Forwarded-For", forwarded_for}});
}

// Collects the server's log lines while it lives.
struct LogCapture {
    std::vector<std::string> lines;
    std::mutex mutex;
    LogCapture() {
        log::set_sink([this](const std::string& line) {
            std::lock_guard lock(mutex);
            lines.push_back(line);
        });
    }
    ~LogCapture() {
        log::set_sink(nullptr);
        log::set_quiet(true);
    }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;
    bool any_contains(const std::string& a, const std::string& b) {
        std::lock_guard lock(mutex);
        for (const auto& line : lines)
            if (line.find(a) != std::string::npos && line.find(b) != std::string::npos) return true;
        return false;
    }
};

} // namespace

// Security finding 3: behind the TLS proxy every user has the proxy's address, so 20 failures
// by one person used to refuse every login, correct passwords included, for 15 minutes. With the
// proxy trusted, the client it names is throttled, and only that client.
TEST_P(ApiSecurityTest, BehindATrustedProxyOneClientsFailuresStopOnlyThatClient) {
    http::ServerConfig server_config;
    server_config.trusted_proxies = http::TrustedProxies::parse("127.0.0.1").value();
    http::AppConfig config;
    config.security.address_first_wait = std::chrono::seconds(60); // no race with a slow machine
    LogCapture log_lines;
    TestServer server(GetParam(), config, server_config);
    const std::string attacker = "203.0.113.7";
    for (int i = 0; i < 25; ++i) {
        // What the attacker claims comes first; the proxy appends the address it saw.
        auto forwarded = fmt::format("10.9.8.{}, {}", i, attacker);
        auto email = i < 5 ? std::string("leder@husly.test") : fmt::format("gjetning{}@husly.test", i);
        auto result = login_via_proxy(server, forwarded, email, "feil passord her");
        if (i < 20) {
            EXPECT_EQ(result.status, 401) << "attempt " << i + 1;
        } else {
            EXPECT_EQ(result.status, 429) << "attempt " << i + 1;
            EXPECT_EQ(result.error_code(), "too_many_attempts");
            EXPECT_TRUE(result.headers.contains("retry-after"));
        }
    }
    // The attacker waits, whatever the password.
    EXPECT_EQ(login_via_proxy(server, attacker, "veileder@husly.test", demo::demo_password).status, 429);
    // Everyone else behind the same proxy logs in.
    EXPECT_EQ(login_via_proxy(server, "198.51.100.23", "veileder@husly.test", demo::demo_password).status,
              200);
    EXPECT_EQ(login_via_proxy(server, "198.51.100.24", "admin@husly.test", demo::demo_password).status, 200);
    // The one account the attacker tried five times is locked, for everyone, as an account lock is.
    auto locked = login_via_proxy(server, "198.51.100.25", "leder@husly.test", demo::demo_password);
    EXPECT_EQ(locked.status, 429);
    EXPECT_EQ(locked.error_code(), "login_locked");
    // Every request line names the client, and the proxy it came through.
    EXPECT_TRUE(log_lines.any_contains(R"("client":"203.0.113.7")", R"("peer":"127.0.0.1")"));
    EXPECT_TRUE(log_lines.any_contains(R"("client":"198.51.100.23")", R"("status":200)"));
    // The audit log has the client's address too.
    auto lease = server.database().acquire();
    EXPECT_GT(count(*lease, "SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login_failed' AND address = "
                            "'203.0.113.7'"),
              0);
}

// The outside review's third round: sixty guesses sent at once, each from its own address, were
// all checked (the lockout was read before the slow password check and written after it), and the
// right password among them logged in. Each attempt is now counted before its password is checked.
TEST_P(ApiSecurityTest, GuessesSentAtOnceAreCountedBeforeTheirPasswordsAreChecked) {
    http::ServerConfig server_config;
    server_config.trusted_proxies = http::TrustedProxies::parse("127.0.0.1").value();
    TestServer server(GetParam(), {}, server_config);
    constexpr int guesses = 16;
    std::vector<int> statuses(guesses);
    std::vector<std::thread> threads;
    for (int i = 0; i < guesses; ++i)
        threads.emplace_back([&server, &statuses, i] {
            statuses[i] = login_via_proxy(server, fmt::format("198.51.100.{}", i + 1), "leder@husly.test",
                                          fmt::format("feil passord nummer {}", i))
                              .status;
        });
    for (auto& thread : threads) thread.join();
    // Five are checked (the fifth locks the account); every other one waits.
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 401), 5);
    EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 429), guesses - 5);
    auto lease = server.database().acquire();
    EXPECT_EQ(
        count(*lease, "SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login_failed' AND entity_id = '" +
                          std::to_string(server.user_id("leder@husly.test")) + "'"),
        5);
    // The right password now waits too.
    auto right = login_via_proxy(server, "198.51.100.200", "leder@husly.test", demo::demo_password);
    EXPECT_EQ(right.status, 429);
    EXPECT_EQ(right.error_code(), "login_locked");
}

// The outside review's third round: ten thousand connections that never sent a byte, from 41
// addresses under the per-address cap, each held its place for the whole keep-alive timeout (60 s),
// and everyone else got 503. A new connection now has the header deadline to start its request.
TEST_P(ApiSecurityTest, ANewConnectionThatSendsNothingIsClosedAtTheHeaderDeadline) {
    http::ServerConfig server_config;
    server_config.header_timeout = std::chrono::seconds(1);
    server_config.idle_timeout = std::chrono::seconds(120);
    TestServer server(GetParam(), {}, server_config);
    auto open_connection = [&server] {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(server.port());
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        EXPECT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
        // A client's patience of 30 s: far beyond the deadline, far below the idle timeout.
        timeval patience{30, 0};
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
        return fd;
    };
    // Silent from the start: closed by the server (end of file), not left waiting.
    int silent = open_connection();
    char byte = 0;
    EXPECT_EQ(recv(silent, &byte, 1, 0), 0) << "the server kept a silent connection (errno " << errno << ")";
    close(silent);
    // After an answer the connection is kept alive: a second request two deadlines later is served.
    int kept = open_connection();
    // One whole answer: its head, then as many bytes as its Content-Length says.
    auto ask = [kept] {
        std::string request = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        EXPECT_EQ(send(kept, request.data(), request.size(), 0), static_cast<ssize_t>(request.size()));
        std::string answer;
        char chunk[512];
        size_t head_end = std::string::npos, length = 0;
        while (head_end == std::string::npos || answer.size() < head_end + 4 + length) {
            auto got = recv(kept, chunk, sizeof chunk, 0);
            if (got <= 0) return false;
            answer.append(chunk, static_cast<size_t>(got));
            if (head_end == std::string::npos && (head_end = answer.find("\r\n\r\n")) != std::string::npos) {
                auto at = answer.find("Content-Length: ");
                if (at == std::string::npos || at > head_end) return false;
                length = std::stoul(answer.substr(at + 16));
            }
        }
        return answer.starts_with("HTTP/1.1 200");
    };
    EXPECT_TRUE(ask());
    std::this_thread::sleep_for(std::chrono::seconds(2));
    EXPECT_TRUE(ask()) << "the kept-alive connection was closed at the header deadline";
    close(kept);
}

// Only a trusted proxy may name the client: from anyone else X-Forwarded-For is ignored, so a
// guesser cannot escape the throttle by claiming a new address with each attempt.
TEST_P(ApiSecurityTest, AnUntrustedPeerCannotChooseItsAddress) {
    http::AppConfig config;
    config.security.address_failure_limit = 5;
    config.security.address_first_wait = std::chrono::seconds(60);
    http::ServerConfig server_config;
    server_config.trusted_proxies = http::TrustedProxies::parse("10.0.0.0/8, fd00::/8").value();
    LogCapture log_lines;
    TestServer server(GetParam(), config, server_config);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(login_via_proxy(server, fmt::format("198.51.100.{}", i),
                                  fmt::format("gjetning{}@husly.test", i), "feil passord her")
                      .status,
                  401);
    auto refused = login_via_proxy(server, "198.51.100.99", "veileder@husly.test", demo::demo_password);
    EXPECT_EQ(refused.status, 429);
    EXPECT_EQ(refused.error_code(), "too_many_attempts");
    EXPECT_TRUE(log_lines.any_contains(R"("client":"127.0.0.1")", R"("status":429)"));
    EXPECT_FALSE(log_lines.any_contains("198.51.100.", ""));
}

TEST_P(ApiSecurityTest, ExpiredAndIdleSessionsAreRefused) {
    TestServer server(GetParam());
    auto client = server.client_as("veileder@husly.test");
    EXPECT_EQ(client.get("/api/v1/auth/me").status, 200);
    {
        auto lease = server.database().acquire();
        lease->sql() << "UPDATE sessions SET expires_at = '2020-01-01T00:00:00.000Z'";
    }
    auto expired = client.get("/api/v1/auth/me");
    EXPECT_EQ(expired.status, 401);
    EXPECT_EQ(expired.error_code(), "not_logged_in");

    auto idle = server.client_as("veileder@husly.test");
    {
        auto lease = server.database().acquire();
        lease->sql() << "UPDATE sessions SET last_seen_at = '2020-01-01T00:00:00.000Z'";
    }
    EXPECT_EQ(idle.get("/api/v1/auth/me").status, 401);
    // A made-up token is no session either.
    auto forged = server.client();
    forged.session_cookie = std::string(64, 'a');
    EXPECT_EQ(forged.get("/api/v1/auth/me").status, 401);
}

TEST_P(ApiSecurityTest, StateChangesNeedTheCsrfToken) {
    TestServer server(GetParam());
    auto admin = server.client_as("admin@husly.test");
    nlohmann::json office = {{"name", "Nav CSRF"}, {"unitNumber", "9001"}, {"municipalityNumbers", {"1804"}}};
    admin.send_csrf = false;
    auto missing = admin.post("/api/v1/offices", office);
    EXPECT_EQ(missing.status, 403);
    EXPECT_EQ(missing.error_code(), "csrf_invalid");
    admin.send_csrf = true;
    auto real_token = admin.csrf_token;
    admin.csrf_token = std::string(64, '0');
    EXPECT_EQ(admin.post("/api/v1/offices", office).status, 403);
    admin.csrf_token = real_token;
    // Nothing was created by the refused requests.
    auto offices = admin.get("/api/v1/offices").json();
    for (const auto& o : offices) EXPECT_NE(o["unitNumber"], "9001");
    EXPECT_EQ(admin.post("/api/v1/offices", office).status, 201);
}

TEST_P(ApiSecurityTest, VeilederSeesOnlyOwnOffices) {
    TestServer server(GetParam());
    auto oslo = server.client_as("oslo@husly.test");
    auto offices = oslo.get("/api/v1/offices").json();
    ASSERT_EQ(offices.size(), 1u);
    EXPECT_EQ(offices[0]["unitNumber"], "0315");
    auto other = oslo.get("/api/v1/offices/" + std::to_string(server.office_id("1804")));
    EXPECT_EQ(other.status, 404);
    EXPECT_EQ(other.error_code(), "not_found");
    // A veileder may not list an office's users at all; a leder only their own office's.
    EXPECT_EQ(oslo.get("/api/v1/offices/" + std::to_string(server.office_id("0315")) + "/users").status, 403);
    auto leder = server.client_as("leder@husly.test");
    auto own = leder.get("/api/v1/offices/" + std::to_string(server.office_id("1804")) + "/users");
    ASSERT_EQ(own.status, 200);
    EXPECT_GE(own.json().size(), 2u);
    EXPECT_EQ(leder.get("/api/v1/offices/" + std::to_string(server.office_id("0315")) + "/users").status,
              404);
}

TEST_P(ApiSecurityTest, RolesAreEnforcedPerEndpoint) {
    TestServer server(GetParam());
    auto analytiker = server.client_as("analytiker@husly.test");
    auto veileder = server.client_as("veileder@husly.test");
    auto tilbyder = server.client_as("tilbyder@husly.test");
    for (auto* client : {&analytiker, &veileder, &tilbyder}) {
        // The audit log names which persons were read: person data, administrators only.
        auto audit = client->get("/api/v1/audit");
        EXPECT_EQ(audit.status, 403);
        EXPECT_EQ(audit.error_code(), "forbidden");
        EXPECT_EQ(client->get("/api/v1/users").status, 403);
        EXPECT_EQ(client->post("/api/v1/users", {{"email", "x@y.no"}}).status, 403);
    }
    auto anonymous = server.client();
    EXPECT_EQ(anonymous.get("/api/v1/offices").status, 401);
    EXPECT_EQ(anonymous.get("/api/v1/audit").status, 401);
}

TEST_P(ApiSecurityTest, LogsNeverContainNamesOrQueryStrings) {
    std::vector<std::string> lines;
    std::mutex mutex;
    TestServer server(GetParam());
    log::set_sink([&](const std::string& line) {
        std::lock_guard lock(mutex);
        lines.push_back(line);
    });
    auto admin = server.client_as("admin@husly.test");
    admin.get("/api/v1/audit?personId=12345&action=Kari%20Nordmann");
    admin.post("/api/v1/users", {{"email", "kari@husly.test"},
                                 {"displayName", "Kari Nordmann"},
                                 {"password", "et langt passord"},
                                 {"roles", {{{"role", "analytiker"}}}}});
    admin.get("/api/v1/users");
    log::set_sink(nullptr);
    log::set_quiet(true);
    ASSERT_GE(lines.size(), 3u);
    for (const auto& line : lines) {
        EXPECT_EQ(line.find("Kari"), std::string::npos) << line;
        EXPECT_EQ(line.find("12345"), std::string::npos) << line;
        EXPECT_EQ(line.find("Adam"), std::string::npos) << line;
        EXPECT_EQ(line.find("admin@husly.test"), std::string::npos) << line;
        EXPECT_TRUE(nlohmann::json::parse(line, nullptr, false).is_object()) << line;
    }
}

TEST_P(ApiSecurityTest, BulkLookupsByIdentityNumberRaiseAnAlertAndAreThrottledPerUser) {
    std::vector<std::string> lines;
    std::mutex mutex;
    TestServer server(GetParam());
    log::set_sink([&](const std::string& line) {
        std::lock_guard lock(mutex);
        lines.push_back(line);
    });
    struct SinkReset { // also when a failed assertion ends the test early
        ~SinkReset() {
            log::set_sink(nullptr);
            log::set_quiet(true);
        }
    } sink_reset;
    auto veileder = server.client_as("veileder@husly.test");
    const std::string lookup = "/api/v1/persons?identityNumber=02819010202&purpose=ny_henvendelse";
    for (int i = 1; i <= 30; ++i) ASSERT_EQ(veileder.get(lookup).status, 200) << "lookup " << i;
    auto refused = veileder.get(lookup);
    EXPECT_EQ(refused.status, 429);
    EXPECT_EQ(refused.error_code(), "lookup_throttled");
    EXPECT_EQ(refused.headers["retry-after"], "600") << "the window the lookups are counted over";
    EXPECT_NE(refused.body.find("fødselsnumre"), std::string::npos) << refused.body;
    // Linking by number is a lookup too.
    auto link = veileder.post("/api/v1/persons", {{"identityNumber", "02819010202"}});
    ASSERT_EQ(link.status, 422) << "unknown number: asks for the names";
    auto oslo = server.client_as("oslo@husly.test");
    ASSERT_EQ(oslo.post("/api/v1/persons",
                        {{"identityNumber", "02819010202"}, {"firstName", "Per"}, {"lastName", "Bulk"}})
                  .status,
              201);
    EXPECT_EQ(veileder.post("/api/v1/persons", {{"identityNumber", "02819010202"}}).status, 429);
    // Per user: a colleague at the same office is not held back.
    EXPECT_EQ(server.client_as("leder@husly.test").get(lookup).status, 200);
    log::set_sink(nullptr);

    // One security alert, by the user, in the audit log the administrator reads.
    auto admin = server.client_as("admin@husly.test");
    auto alerts = admin.get("/api/v1/audit?action=security.").json()["entries"];
    ASSERT_EQ(alerts.size(), 1u) << alerts.dump();
    EXPECT_EQ(alerts[0]["action"], "security.bulk_lookup");
    EXPECT_EQ(alerts[0]["actorUserId"], server.user_id("veileder@husly.test"));
    EXPECT_TRUE(alerts[0]["detail"]["securityAlert"].get<bool>());
    EXPECT_EQ(alerts[0]["detail"]["lookups"], 20);
    EXPECT_TRUE(alerts[0]["personId"].is_null());
    // …and a warning in the log, without the number or any name.
    bool warned = false;
    for (const auto& line : lines) {
        EXPECT_EQ(line.find("02819010202"), std::string::npos) << line;
        EXPECT_EQ(line.find("Bulk"), std::string::npos) << line;
        auto json = nlohmann::json::parse(line, nullptr, false);
        if (json.is_object() && json.value("level", "") == "warn" &&
            json.value("msg", "").find("bulk identity-number lookups") != std::string::npos)
            warned = true;
    }
    EXPECT_TRUE(warned);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiSecurityTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
