#include "support/test_server.hpp"

#include "common/log.hpp"
#include "demo/demo_service.hpp"
#include "store/office_repository.hpp"
#include "store/user_repository.hpp"

#include <stdexcept>

namespace husly::test {

TestServer::TestServer(const std::string& backend, http::AppConfig config, http::ServerConfig server_config)
    : m_database(backend, 4) {
    log::set_quiet(true);
    {
        auto lease = m_database.lease();
        demo::create_accounts(*lease); // accounts only: each test makes its own cases
    }
    m_app = std::make_unique<http::App>(m_database.database(), std::move(config));
    server_config.port = 0;
    server_config.io_threads = 1;
    server_config.worker_threads = 4;
    m_server = std::make_unique<http::Server>(
        server_config, [this](const http::Request& request) { return m_app->handle(request); });
    auto port = m_server->start();
    if (!port) throw std::runtime_error(port.error().message);
    m_port = *port;
}

TestServer::~TestServer() {
    m_server->stop();
}

std::string demo_email(const std::string& role) {
    return (role == "administrator" ? std::string("admin") : role) + "@husly.test";
}

HttpClient TestServer::client_as(const std::string& email) const {
    HttpClient client(m_port);
    auto result = client.login(email, demo::demo_password);
    if (result.status != 200) throw std::runtime_error("login failed for " + email + ": " + result.body);
    return client;
}

int64_t TestServer::office_id(const std::string& unit_number) {
    auto lease = m_database.lease();
    return office_repository::find_id_by_unit_number(*lease, unit_number).value();
}

int64_t TestServer::user_id(const std::string& email) {
    auto lease = m_database.lease();
    return user_repository::find_credentials(*lease, email).value().user_id;
}

} // namespace husly::test
