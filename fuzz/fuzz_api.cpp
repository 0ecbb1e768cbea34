// The whole request path: router, query parsing, sessions, CSRF, roles, the JSON body decoding
// of every request type and the use cases behind them, on a real SQLite database with the demo
// offices, people and accommodation. Input: one byte choosing who is logged in, then "METHOD TARGET",
// a newline, and the body.
//
// Oracles: no crash or sanitizer report; never a 500 (a request's content must not break the
// server); every error from /api answers with the JSON error shape.

#include "common/log.hpp"
#include "demo/demo_service.hpp"
#include "domain/audit_chain.hpp"
#include "http/app.hpp"
#include "http/router.hpp"
#include "service/passwords.hpp"
#include "store/migrations.hpp"

#include <array>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <unistd.h>

namespace {

using namespace husly;

struct Login {
    std::string cookie;
    std::string csrf;
};

struct Fixture {
    std::filesystem::path directory;
    std::unique_ptr<Database> database;
    std::unique_ptr<http::App> app;
    std::array<Login, 6> logins; // [0] is nobody
};

Login log_in(http::App& app, const std::string& email) {
    http::Request request;
    request.method = "POST";
    request.target = request.path = "/api/v1/auth/login";
    request.headers["content-type"] = "application/json";
    request.remote_address = "127.0.0.1";
    request.body = nlohmann::json{{"email", email}, {"password", demo::demo_password}}.dump();
    auto response = app.handle(request);
    if (response.status != 200) {
        std::fprintf(stderr, "fuzz_api: login failed for %s: %s\n", email.c_str(), response.body.c_str());
        std::abort();
    }
    Login login;
    for (const auto& [name, value] : response.headers)
        if (name == "Set-Cookie" && value.starts_with("husly_session="))
            login.cookie = value.substr(0, value.find(';'));
    login.csrf = nlohmann::json::parse(response.body)["csrfToken"].get<std::string>();
    return login;
}

Fixture& fixture() {
    static Fixture* instance = [] {
        auto* made = new Fixture;
        log::set_quiet(true);
        log::set_sink([](const std::string&) {});
        passwords::initialise();
        made->directory =
            std::filesystem::temp_directory_path() / ("husly-fuzz-api-" + std::to_string(getpid()));
        std::filesystem::create_directories(made->directory);
        auto url = parse_database_url("sqlite:" + (made->directory / "fuzz.db").string());
        // The audit chain's key lives only as long as the fuzzer: nothing is verified afterwards.
        made->database =
            std::move(*Database::open(*url, 2, std::make_shared<const AuditKey>(AuditKey::generate())));
        {
            auto lease = made->database->acquire();
            migrate(*lease);
            demo::create(*lease);
        }
        made->app = std::make_unique<http::App>(*made->database, http::AppConfig{});
        const std::array<const char*, 5> emails{"veileder@husly.test", "leder@husly.test", "admin@husly.test",
                                                "analytiker@husly.test", "tilbyder@husly.test"};
        for (size_t i = 0; i < emails.size(); ++i) made->logins[i + 1] = log_in(*made->app, emails[i]);
        std::atexit([] { std::filesystem::remove_all(fixture().directory); });
        return made;
    }();
    return *instance;
}

} // namespace

// The fixture (migrations, the demo data with its letters, five logins) takes seconds: made
// before the first input, so -timeout measures the inputs and not the set-up.
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
    fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1 || size > 64 * 1024) return -1;
    auto& fx = fixture();
    const auto& login = fx.logins[data[0] % fx.logins.size()];
    std::string text(reinterpret_cast<const char*>(data + 1), size - 1);

    auto line_end = text.find('\n');
    std::string line = text.substr(0, line_end);
    auto space = line.find(' ');
    if (space == std::string::npos) return -1;

    http::Request request;
    request.method = line.substr(0, space);
    request.target = line.substr(space + 1);
    if (request.method.empty() || request.target.empty() || request.target[0] != '/') return -1;
    // As the server does before calling the app: a target it refuses is answered there (400).
    auto target = http::parse_target(request.target);
    if (!target) return -1;
    request.path = target->path;
    request.query = target->query;
    request.body = line_end == std::string::npos ? "" : text.substr(line_end + 1);
    request.headers["content-type"] = "application/json";
    request.remote_address = "127.0.0.1";
    if (!login.cookie.empty()) {
        request.headers["cookie"] = login.cookie;
        request.headers["x-csrf-token"] = login.csrf;
    }
    // Logging out would end the fuzzer's sessions; everything else goes.
    if (request.path == "/api/v1/auth/logout") return -1;

    auto response = fx.app->handle(request);
    if (response.status >= 500 && response.status != 503) {
        std::fprintf(stderr, "fuzz_api: %d for %s %s\n%s\n", response.status, request.method.c_str(),
                     request.target.c_str(), response.body.c_str());
        std::abort();
    }
    if (response.status >= 400 && request.path.starts_with("/api")) {
        auto body = nlohmann::json::parse(response.body, nullptr, false);
        if (body.is_discarded() || !body.contains("error") || !body["error"]["code"].is_string() ||
            !body["error"]["message"].is_string()) {
            std::fprintf(stderr, "fuzz_api: error without the JSON shape: %s\n", response.body.c_str());
            std::abort();
        }
    }
    return 0;
}
