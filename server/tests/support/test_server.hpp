#pragma once
// A real Husly server in-process on an ephemeral port, over a fresh test database, with the
// demo offices and users created.

#include "http/app.hpp"
#include "http/server.hpp"
#include "support/http_client.hpp"
#include "support/test_database.hpp"

namespace husly::test {

// The demo account of a role ("veileder" → veileder@husly.test, "administrator" → admin@…).
std::string demo_email(const std::string& role);

class TestServer {
public:
    // The server's port and threads are the test's own; the rest of `server_config` (trusted
    // proxies, connection caps) is used as given.
    explicit TestServer(const std::string& backend, http::AppConfig config = {},
                        http::ServerConfig server_config = {});
    ~TestServer();
    unsigned short port() const { return m_port; }
    HttpClient client() const { return HttpClient(m_port); }
    // A client logged in as the given demo user (password: the demo password).
    HttpClient client_as(const std::string& email) const;
    Database& database() { return m_database.database(); }
    const std::string& database_url() const { return m_database.url(); }
    int64_t office_id(const std::string& unit_number);
    int64_t user_id(const std::string& email);

private:
    TestDatabase m_database;
    std::unique_ptr<http::App> m_app;
    std::unique_ptr<http::Server> m_server;
    unsigned short m_port{0};
};

} // namespace husly::test
