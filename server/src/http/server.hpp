#pragma once
// The HTTP server (Boost.Beast, kept behind this interface so only server.cpp pays its compile
// time). I/O threads read and write; handlers run on a separate worker pool, so a slow database
// call never stalls other connections.

#include "common/error.hpp"
#include "http/client_address.hpp"
#include "http/message.hpp"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace husly::http {

struct ServerConfig {
    std::string bind_address{"127.0.0.1"};
    uint16_t port{8080};
    int io_threads{2};
    int worker_threads{4};
    std::chrono::seconds idle_timeout{60}; // keep-alive wait for the next request (after an answer)
    std::chrono::seconds header_timeout{
        10};                               // from the connection or the first byte to the end of the headers
    std::chrono::seconds body_timeout{30}; // to read the body
    std::chrono::seconds shutdown_grace{10}; // in-flight requests may finish within this
    size_t body_limit{size_t{1024} * 1024};
    // Open connections in all and from one client address; 0 takes a default from the file
    // descriptor limit (connection_limits). A trusted proxy counts only towards the total.
    size_t max_connections{0};
    size_t max_connections_per_client{0};
    // Peers that may name the client in X-Forwarded-For / Forwarded.
    TrustedProxies trusted_proxies;
};

struct ConnectionLimits {
    size_t total{0};
    size_t per_client{0};
    size_t open_files{0}; // RLIMIT_NOFILE's soft limit
};
// The caps a configuration gives: the defaults keep the total below the descriptor limit with
// room for the database, logs and the process's own files, and one client to a quarter of it
// (at most 256). Values set explicitly are kept as they are.
ConnectionLimits connection_limits(const ServerConfig& config);

class Server {
public:
    using Handler = std::function<Response(const Request&)>;
    Server(ServerConfig config, Handler handler);
    ~Server();

    // Binds and starts serving in background threads. Returns the bound port (useful with
    // port 0), or a clear error for an address in use or not available.
    Result<uint16_t> start();
    // Stops accepting, lets in-flight requests finish (up to the grace period), stops.
    void stop();
    // Blocks until SIGINT or SIGTERM, then stops gracefully.
    void run_until_signal();
    // The connection caps in force.
    ConnectionLimits limits() const;

    struct Impl; // server.cpp only

private:
    std::unique_ptr<Impl> m_impl;
};

// Headers sent on every response (CSP without inline script, no sniffing, no framing, …).
const std::vector<std::pair<std::string, std::string>>& security_headers();

} // namespace husly::http
