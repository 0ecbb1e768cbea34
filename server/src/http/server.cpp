#include "http/server.hpp"

#include "common/log.hpp"
#include "http/router.hpp"

#include <array>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <condition_variable>
#include <fmt/format.h>
#include <sys/resource.h>
#include <thread>
#include <unordered_map>

namespace husly::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

const std::vector<std::pair<std::string, std::string>>& security_headers() {
    static const std::vector<std::pair<std::string, std::string>> headers{
        {"Content-Security-Policy",
         "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
         "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
         "form-action 'self'; frame-ancestors 'none'"},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Frame-Options", "DENY"},
        {"Cross-Origin-Opener-Policy", "same-origin"},
        {"Cross-Origin-Resource-Policy", "same-origin"},
        {"Permissions-Policy", "camera=(), microphone=(), geolocation=()"},
    };
    return headers;
}

ConnectionLimits connection_limits(const ServerConfig& config) {
    ConnectionLimits limits;
    rlimit files{};
    limits.open_files = getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY
                            ? static_cast<size_t>(files.rlim_cur)
                            : size_t{65536};
    // Room for the database (three files a SQLite connection), logs, the event loop and slack.
    size_t reserve = limits.open_files >= 512 ? 128 : limits.open_files / 4;
    limits.total = config.max_connections > 0 ? config.max_connections
                                              : std::min<size_t>(10000, limits.open_files - reserve);
    limits.per_client = config.max_connections_per_client > 0
                            ? config.max_connections_per_client
                            : std::max<size_t>(1, std::min<size_t>(256, limits.total / 4));
    return limits;
}

struct Server::Impl {
    ServerConfig config;
    Handler handler;
    // Open connections, in all and per client address. Declared before the I/O context: the
    // connections it still holds when it is destroyed give their places back here.
    ConnectionLimits limits;
    std::mutex connections_mutex;
    size_t open_connections{0};
    std::unordered_map<std::string, size_t> open_by_address;
    std::chrono::steady_clock::time_point last_refusal_log{};
    size_t refused_since_log{0};
    std::chrono::steady_clock::time_point last_pause_log{}; // accept's I/O thread only
    asio::io_context io{1};
    asio::thread_pool workers;
    tcp::acceptor acceptor{io};
    std::vector<std::thread> io_threads;
    std::atomic<bool> stopping{false};
    std::mutex in_flight_mutex;
    std::condition_variable in_flight_done;
    int in_flight{0};
    bool started{false};

    Impl(ServerConfig c, Handler h)
        : config(std::move(c)), handler(std::move(h)), limits(connection_limits(config)),
          workers(static_cast<size_t>(std::max(1, config.worker_threads))) {}

    // Takes a place for a new connection from `peer` (counted as `key`, its client_key), or
    // says no (over a cap).
    bool admit(const std::string& peer, const std::string& key) {
        std::lock_guard lock(connections_mutex);
        bool proxy = config.trusted_proxies.contains(peer);
        auto& from_address = open_by_address[key];
        if (open_connections >= limits.total || (!proxy && from_address >= limits.per_client)) {
            if (from_address == 0) open_by_address.erase(key);
            ++refused_since_log;
            auto now = std::chrono::steady_clock::now();
            if (now - last_refusal_log > std::chrono::seconds(10)) {
                log::warn("connections refused over the cap", {{"refused", refused_since_log},
                                                               {"open", open_connections},
                                                               {"max", limits.total},
                                                               {"maxPerClient", limits.per_client},
                                                               {"client", peer}});
                last_refusal_log = now;
                refused_since_log = 0;
            }
            return false;
        }
        ++open_connections;
        ++from_address;
        return true;
    }
    void release(const std::string& key) {
        std::lock_guard lock(connections_mutex);
        --open_connections;
        auto it = open_by_address.find(key);
        if (it != open_by_address.end() && --it->second == 0) open_by_address.erase(it);
    }

    void begin_request() {
        std::lock_guard lock(in_flight_mutex);
        ++in_flight;
    }
    void end_request() {
        std::lock_guard lock(in_flight_mutex);
        if (--in_flight == 0) in_flight_done.notify_all();
    }
    void accept();
};

namespace {

using BeastResponse = bhttp::response<bhttp::string_body>;

std::shared_ptr<BeastResponse> to_beast(const Response& response, unsigned version, bool keep_alive,
                                        bool head) {
    auto out = std::make_shared<BeastResponse>(static_cast<bhttp::status>(response.status), version);
    out->set(bhttp::field::content_type, response.content_type);
    bool has_cache_control = false;
    for (const auto& [name, value] : response.headers) {
        out->insert(name, value);
        if (beast::iequals(name, "Cache-Control")) has_cache_control = true;
    }
    // API answers may carry person data: never stored by the browser or a proxy.
    if (!has_cache_control) out->set(bhttp::field::cache_control, "no-store");
    for (const auto& [name, value] : security_headers()) out->insert(name, value);
    out->keep_alive(keep_alive);
    out->body() = response.body;
    out->prepare_payload();
    if (head) out->body().clear();
    return out;
}

Response plain_error(int status, std::string code, std::string message) {
    return Response::json(
        status, fmt::format(R"({{"error":{{"code":"{}","message":"{}","field":null}}}})", code, message));
}

// The peer's address in the form the caps, the trusted-proxy list and the logs use.
std::string peer_address_of(const tcp::socket& socket) {
    beast::error_code ec;
    auto endpoint = socket.remote_endpoint(ec);
    if (ec) return {};
    auto address = endpoint.address();
    if (address.is_v6() && address.to_v6().is_v4_mapped())
        address = asio::ip::make_address_v4(asio::ip::v4_mapped, address.to_v6());
    return address.to_string();
}

class Connection : public std::enable_shared_from_this<Connection> {
public:
    // `peer` has been admitted as `admitted_as` (Impl::admit); its place is given back when the
    // connection ends.
    Connection(tcp::socket socket, Server::Impl& server, std::string peer, std::string admitted_as)
        : m_stream(std::move(socket)), m_server(server), m_remote(std::move(peer)),
          m_admitted_as(std::move(admitted_as)) {}
    ~Connection() { m_server.release(m_admitted_as); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    void start() {
        asio::dispatch(m_stream.get_executor(), [self = shared_from_this()] { self->wait_for_request(); });
    }

private:
    // Waits for the first bytes of the next request: on a kept-alive connection for the idle
    // timeout, on a new one only for the header deadline (a connection that never sends a byte
    // would otherwise hold its place for the whole idle timeout).
    void wait_for_request() {
        if (m_server.stopping) return close();
        if (m_buffer.size() > 0) return read_header();
        m_stream.expires_after(m_answered_one ? m_server.config.idle_timeout
                                              : m_server.config.header_timeout);
        m_stream.async_read_some(m_buffer.prepare(4096),
                                 [self = shared_from_this()](beast::error_code ec, size_t n) {
                                     if (ec) return self->close();
                                     self->m_buffer.commit(n);
                                     self->read_header();
                                 });
    }

    void read_header() {
        m_parser.emplace();
        m_parser->header_limit(16 * 1024);
        m_parser->body_limit(m_server.config.body_limit);
        m_stream.expires_after(m_server.config.header_timeout);
        bhttp::async_read_header(m_stream, m_buffer, *m_parser,
                                 [self = shared_from_this()](beast::error_code ec, size_t) {
                                     if (ec) return self->fail_read(ec);
                                     self->read_body();
                                 });
    }

    void read_body() {
        auto& header = m_parser->get();
        if (auto length = m_parser->content_length(); length && *length > m_server.config.body_limit)
            return reply_and_close(plain_error(413, "body_too_large", "Forespørselen er for stor."));
        if (header[bhttp::field::expect] == "100-continue") {
            auto cont = std::make_shared<bhttp::response<bhttp::empty_body>>(bhttp::status::continue_, 11);
            bhttp::write(m_stream, *cont); // tiny; synchronous is fine here
        }
        m_stream.expires_after(m_server.config.body_timeout);
        bhttp::async_read(m_stream, m_buffer, *m_parser,
                          [self = shared_from_this()](beast::error_code ec, size_t) {
                              if (ec) return self->fail_read(ec);
                              self->handle();
                          });
    }

    void fail_read(beast::error_code ec) {
        if (ec == bhttp::error::body_limit)
            return reply_and_close(plain_error(413, "body_too_large", "Forespørselen er for stor."));
        if (ec == bhttp::error::header_limit)
            return reply_and_close(
                plain_error(431, "headers_too_large", "Forespørselens hoder er for store."));
        if (ec == beast::error::timeout || ec == bhttp::error::end_of_stream || ec == asio::error::eof ||
            ec == asio::error::connection_reset || ec == asio::error::operation_aborted)
            return close();
        reply_and_close(plain_error(400, "malformed_request", "Ugyldig HTTP-forespørsel."));
    }

    void handle() {
        auto message = m_parser->release();
        auto request = std::make_shared<Request>();
        request->method = std::string(message.method_string());
        m_head = request->method == "HEAD";
        if (m_head) request->method = "GET";
        request->target = std::string(message.target());
        // Only "/path?query", decoded once: every route and the static files see a clean path.
        auto target = parse_target(request->target);
        if (!target) return reply_and_close(plain_error(400, "malformed_path", "Ugyldig adresse."));
        request->path = std::move(target->path);
        request->query = std::move(target->query);
        for (const auto& field : message) {
            std::string name(field.name_string());
            for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            auto [it, inserted] = request->headers.try_emplace(name, field.value());
            // Proxies may each add their own line: one list, in order (RFC 9110 § 5.3).
            if (!inserted && (name == "x-forwarded-for" || name == "forwarded"))
                it->second += ", " + std::string(field.value());
            else if (!inserted)
                it->second = std::string(field.value());
        }
        request->body = std::move(message.body());
        request->peer_address = m_remote;
        request->remote_address = m_server.config.trusted_proxies.client_address(
            m_remote, request->header("x-forwarded-for"), request->header("forwarded"));
        m_keep_alive = message.keep_alive();
        m_version = message.version();

        m_server.begin_request();
        // The handler may block on the database: run it on the worker pool.
        asio::post(m_server.workers, [self = shared_from_this(), request] {
            Response response;
            try {
                response = self->m_server.handler(*request);
            } catch (...) {
                response = plain_error(500, "internal_error", "Noe gikk galt hos oss.");
            }
            asio::post(self->m_stream.get_executor(),
                       [self, response = std::move(response)] { self->write(response, true); });
        });
    }

    void write(const Response& response, bool counted) {
        m_answered_one = true;
        bool keep_alive = m_keep_alive && !m_server.stopping;
        auto out = to_beast(response, m_version, keep_alive, m_head);
        m_stream.expires_after(m_server.config.body_timeout);
        bhttp::async_write(
            m_stream, *out,
            [self = shared_from_this(), out, keep_alive, counted](beast::error_code ec, size_t) {
                if (counted) self->m_server.end_request();
                if (ec) return self->close();
                if (!keep_alive) return self->drain_and_close();
                self->wait_for_request();
            });
    }

    void reply_and_close(const Response& response) {
        m_keep_alive = false;
        write(response, false);
    }

    // Closing a socket with unread input makes the kernel send a reset, which can destroy the
    // response before the client reads it (a 413 while the client still uploads). Half-close,
    // then read and discard what is still coming for a short while.
    void drain_and_close() {
        beast::error_code ec;
        m_stream.socket().shutdown(tcp::socket::shutdown_send, ec);
        m_stream.expires_after(std::chrono::seconds(2));
        m_drain.resize(size_t{16} * 1024);
        drain();
    }

    void drain() {
        m_stream.async_read_some(asio::buffer(m_drain),
                                 [self = shared_from_this()](beast::error_code ec, size_t) {
                                     if (ec || ++self->m_drained_chunks > 1024) return self->close();
                                     self->drain();
                                 });
    }

    void close() {
        beast::error_code ec;
        m_stream.socket().shutdown(tcp::socket::shutdown_send, ec);
        m_stream.socket().close(ec);
    }

    beast::tcp_stream m_stream;
    beast::flat_buffer m_buffer;
    std::optional<bhttp::request_parser<bhttp::string_body>> m_parser;
    Server::Impl& m_server;
    std::string m_remote;      // the peer's address
    std::string m_admitted_as; // its place in the connection caps (client_key)
    std::vector<char> m_drain;
    int m_drained_chunks{0};
    bool m_keep_alive{false};
    bool m_answered_one{false}; // a request was answered: the idle timeout applies from now on
    bool m_head{false};
    unsigned m_version{11};
};

} // namespace

namespace {

// Over a cap: a short 503 if the socket takes it at once, then closed (never waited on).
void refuse(tcp::socket& socket) {
    static const std::string answer = [] {
        std::string body =
            R"({"error":{"code":"too_many_connections","message":"Serveren har for mange åpne forbindelser. )"
            R"(Prøv igjen om litt.","field":null}})";
        return fmt::format("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                           "Retry-After: 5\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{}",
                           body.size(), body);
    }();
    beast::error_code ec;
    socket.non_blocking(true, ec);
    if (!ec) socket.write_some(asio::buffer(answer), ec);
    // What the client already sent, read away: closing over unread input would reset the
    // connection and could destroy the answer.
    std::array<char, 4096> discard{};
    socket.read_some(asio::buffer(discard), ec);
    socket.shutdown(tcp::socket::shutdown_both, ec);
    socket.close(ec);
}

// Errors that mean the process (or system) is out of descriptors or memory for now.
bool out_of_resources(const beast::error_code& ec) {
    if (ec.category() != boost::system::system_category()) return false;
    int code = ec.value();
    return code == EMFILE || code == ENFILE || code == ENOBUFS || code == ENOMEM;
}

} // namespace

void Server::Impl::accept() {
    acceptor.async_accept(asio::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
        if (stopping) return;
        if (out_of_resources(ec)) {
            // Retrying at once would spin: the waiting connection stays in the backlog until a
            // descriptor is free. Pause, then accept again.
            auto now = std::chrono::steady_clock::now();
            if (now - last_pause_log > std::chrono::seconds(10)) {
                log::warn("accept paused: out of file descriptors", {{"error", ec.message()}});
                last_pause_log = now;
            }
            auto timer = std::make_shared<asio::steady_timer>(io, std::chrono::milliseconds(250));
            timer->async_wait([this, timer](beast::error_code) {
                if (!stopping) accept();
            });
            return;
        }
        if (!ec) {
            auto peer = peer_address_of(socket);
            auto key = client_key(peer);
            if (admit(peer, key))
                std::make_shared<Connection>(std::move(socket), *this, std::move(peer), std::move(key))
                    ->start();
            else
                refuse(socket);
        }
        accept();
    });
}

Server::Server(ServerConfig config, Handler handler)
    : m_impl(std::make_unique<Impl>(std::move(config), std::move(handler))) {}

Server::~Server() {
    stop();
}

Result<uint16_t> Server::start() {
    auto& impl = *m_impl;
    beast::error_code ec;
    auto address = asio::ip::make_address(impl.config.bind_address, ec);
    if (ec)
        return fail(ErrorKind::bad_request, "bad_address",
                    fmt::format("«{}» er ikke en gyldig IP-adresse å lytte på.", impl.config.bind_address));
    tcp::endpoint endpoint(address, impl.config.port);
    impl.acceptor.open(endpoint.protocol(), ec);
    if (!ec) impl.acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec) impl.acceptor.bind(endpoint, ec);
    if (ec == asio::error::address_in_use)
        return fail(ErrorKind::unavailable, "port_in_use",
                    fmt::format("Port {} på {} er allerede i bruk. Stopp den andre prosessen eller "
                                "velg en annen port med --port.",
                                impl.config.port, impl.config.bind_address));
    if (!ec) impl.acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec)
        return fail(ErrorKind::unavailable, "listen_failed",
                    fmt::format("Kan ikke lytte på {}:{}: {}", impl.config.bind_address, impl.config.port,
                                ec.message()));
    uint16_t port = impl.acceptor.local_endpoint().port();
    impl.accept();
    for (int i = 0; i < std::max(1, impl.config.io_threads); ++i)
        impl.io_threads.emplace_back([&impl] { impl.io.run(); });
    impl.started = true;
    return port;
}

void Server::stop() {
    auto& impl = *m_impl;
    if (!impl.started) return;
    impl.started = false;
    impl.stopping = true;
    asio::post(impl.io, [&impl] {
        beast::error_code ec;
        impl.acceptor.close(ec);
    });
    {
        std::unique_lock lock(impl.in_flight_mutex);
        impl.in_flight_done.wait_for(lock, impl.config.shutdown_grace,
                                     [&impl] { return impl.in_flight == 0; });
    }
    impl.io.stop();
    for (auto& thread : impl.io_threads) thread.join();
    impl.io_threads.clear();
    impl.workers.join();
}

ConnectionLimits Server::limits() const {
    return m_impl->limits;
}

void Server::run_until_signal() {
    asio::io_context signal_io;
    asio::signal_set signals(signal_io, SIGINT, SIGTERM);
    int received = 0;
    signals.async_wait([&](beast::error_code, int signal) { received = signal; });
    signal_io.run();
    log::info("shutting down", {{"signal", received}});
    stop();
}

} // namespace husly::http
