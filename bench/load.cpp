// husly_load: the benchmark's own load generator, over keep-alive HTTP/1.1 on loopback.
//
//   husly_load mixed  PORT SECONDS THREADS   a busy day: caseworkers at offices across the country
//                                            register requests, decide, search and book places,
//                                            read cases and lists
//   husly_load search PORT COUNT             place search for a household over a date range
//   husly_load time   PORT EMAIL TARGET N    median time of one authenticated GET
//   husly_load cookie PORT EMAIL             logs in and prints the session cookie (for wrk)
//
// Each prints one line of figures and a JSON object on the last line (for bench/run.sh).

// clang-format off
#include <utility> // first: Asio in Boost 1.74 needs std::exchange declared
// clang-format on
#include <algorithm>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <cstdio>
#include <functional>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
const char* const demo_password = "husly-demo-2026";

struct Reply {
    int status{0};
    std::string body;
    nlohmann::json json() const { return nlohmann::json::parse(body, nullptr, false); }
};

// One keep-alive connection with a session cookie and CSRF token.
class Client {
public:
    explicit Client(unsigned short port) : m_socket(m_io) {
        m_socket.connect({asio::ip::make_address("127.0.0.1"), port});
        m_socket.set_option(tcp::no_delay(true));
    }

    Reply send(http::verb method, const std::string& target, const std::string& body = "") {
        http::request<http::string_body> request{method, target, 11};
        request.set(http::field::host, "127.0.0.1");
        request.keep_alive(true);
        if (!m_cookie.empty()) request.set(http::field::cookie, m_cookie);
        if (!m_csrf.empty() && method != http::verb::get) request.set("X-CSRF-Token", m_csrf);
        if (!body.empty() || method != http::verb::get) {
            request.set(http::field::content_type, "application/json");
            request.body() = body;
            request.prepare_payload();
        }
        http::write(m_socket, request);
        http::response<http::string_body> response;
        http::read(m_socket, m_buffer, response);
        if (auto cookie = response.find(http::field::set_cookie); cookie != response.end()) {
            std::string text(cookie->value());
            m_cookie = text.substr(0, text.find(';'));
        }
        return {static_cast<int>(response.result_int()), std::move(response.body())};
    }
    Reply get(const std::string& target) { return send(http::verb::get, target); }
    Reply post(const std::string& target, const nlohmann::json& body) {
        return send(http::verb::post, target, body.dump());
    }
    Reply put(const std::string& target, const nlohmann::json& body) {
        return send(http::verb::put, target, body.dump());
    }
    bool login(const std::string& email) {
        auto reply = post("/api/v1/auth/login", {{"email", email}, {"password", demo_password}});
        if (reply.status != 200) return false;
        m_csrf = reply.json().value("csrfToken", "");
        return true;
    }
    const std::string& cookie() const { return m_cookie; }

private:
    asio::io_context m_io;
    tcp::socket m_socket;
    beast::flat_buffer m_buffer;
    std::string m_cookie;
    std::string m_csrf;
};

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

std::string day_text(int offset_days) {
    auto day = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()) +
               std::chrono::days(offset_days);
    std::chrono::year_month_day ymd{day};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()));
    return text;
}

// A granted vedtak for the request from today for a month; false when it awaits the leder's
// approval (offices that require it) or failed.
bool grant(Client& client, const std::string& request_id,
           const std::function<Reply(std::function<Reply()>)>& timed) {
    auto url = "/api/v1/requests/" + request_id + "/decision";
    auto from = day_text(0);
    auto draft = timed([&] {
        return client.put(url, {{"outcome", "INNVILGET"},
                                {"periodFrom", from},
                                {"periodTo", day_text(30)},
                                {"facts", "Søkeren har ikke et sted å bo i natt."},
                                {"considerations", "Søkeren klarer ikke å skaffe seg bolig selv."},
                                {"informedOn", from}});
    });
    if (draft.status != 200) return false;
    auto decided = timed([&] { return client.post(url + "/decide", nlohmann::json::object()); });
    if (decided.status != 200) return false;
    auto decision = decided.json().value("decision", nlohmann::json::object());
    return decision.value("status", "") == "decided";
}

// Generated caseworkers at the country's larger offices (bench data: husly demo --scale).
const std::vector<std::string> office_units{"0315", "4601", "5001", "1103", "3301", "4204", "3107",
                                            "3205", "1108", "5501", "3201", "3203", "1804", "3403"};

struct Recorder {
    std::mutex mutex;
    std::map<std::string, std::vector<double>> latencies_ms;
    std::map<std::string, int> errors;
    void add(const std::string& kind, double ms, bool ok) {
        std::lock_guard lock(mutex);
        latencies_ms[kind].push_back(ms);
        if (!ok) ++errors[kind];
    }
};

// One caseworker's day: a new case from request to booked place, then reading cases and lists.
void caseworker_loop(unsigned short port, int index, Clock::time_point until, Recorder& recorder) {
    std::mt19937 random(static_cast<unsigned>(index) * 7919U + 17U);
    Client client(port);
    const auto& unit = office_units[static_cast<size_t>(index) % office_units.size()];
    auto email =
        "veileder" + std::to_string(1 + index / int(office_units.size())) + "." + unit + "@husly.test";
    if (!client.login(email)) {
        std::fprintf(stderr, "husly_load: could not log in as %s\n", email.c_str());
        recorder.add("login", 0, false);
        return;
    }
    std::vector<int64_t> request_ids;
    for (const auto& request :
         client.get("/api/v1/requests").json().value("requests", nlohmann::json::array()))
        request_ids.push_back(request.value("id", int64_t{0}));
    auto timed = [&](const std::string& kind, auto call, std::initializer_list<int> accepted = {200, 201}) {
        auto started = Clock::now();
        Reply reply = call();
        double ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
        bool ok = std::find(accepted.begin(), accepted.end(), reply.status) != accepted.end();
        if (!ok)
            std::fprintf(stderr, "husly_load: %s answered %d: %.200s\n", kind.c_str(), reply.status,
                         reply.body.c_str());
        recorder.add(kind, ms, ok);
        return reply;
    };
    int round = 0;
    while (Clock::now() < until) {
        ++round;
        // A new case: person, request, vedtak, place search, booking.
        auto person = timed("register", [&] {
            return client.post("/api/v1/persons",
                               {{"firstName", "Last"}, {"lastName", "Test" + std::to_string(round)}});
        });
        if (person.status != 201) continue;
        auto request = timed("register", [&] {
            return client.post("/api/v1/requests",
                               {{"personId", person.json()["id"]}, {"channel", "muntlig"}, {"acute", true}});
        });
        if (request.status != 201) continue;
        auto id = std::to_string(request.json()["id"].get<int64_t>());
        request_ids.push_back(request.json()["id"].get<int64_t>());
        auto from = day_text(0), to = day_text(7);
        bool granted = grant(client, id, [&](std::function<Reply()> call) { return timed("decide", call); });
        if (!granted) continue; // awaits the leder's approval: no place yet
        auto found = timed("search", [&] {
            return client.get("/api/v1/requests/" + id + "/place-search?from=" + from + "&to=" + to);
        });
        if (found.status == 200) {
            auto hits = found.json().value("available", nlohmann::json::array());
            if (!hits.empty())
                timed("book",
                      [&] {
                          return client.post("/api/v1/placements",
                                             {{"requestId", std::stoll(id)},
                                              {"unitId", hits[random() % hits.size()]["unit"]["id"]},
                                              {"from", from},
                                              {"to", to}});
                      },
                      {201, 409}); // 409: another caseworker took the last bed first (told clearly)
        }
        // Reading: cases and the office's lists.
        for (int read = 0; read < 6 && Clock::now() < until; ++read) {
            auto target = request_ids[random() % request_ids.size()];
            timed("read case", [&] { return client.get("/api/v1/requests/" + std::to_string(target)); });
        }
        timed("list", [&] { return client.get("/api/v1/requests?list=open"); });
        timed("list", [&] { return client.get("/api/v1/stays"); });
    }
}

int mixed(unsigned short port, int seconds, int threads) {
    Recorder recorder;
    auto started = Clock::now();
    auto until = started + std::chrono::seconds(seconds);
    std::vector<std::thread> workers;
    for (int i = 0; i < threads; ++i)
        workers.emplace_back([&, i] { caseworker_loop(port, i, until, recorder); });
    for (auto& worker : workers) worker.join();
    double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
    nlohmann::json result = nlohmann::json::object();
    size_t total = 0, errors = 0;
    std::vector<double> all;
    for (const auto& [kind, values] : recorder.latencies_ms) {
        int failed = recorder.errors[kind];
        result[kind] = {{"requests", values.size()},
                        {"perSecond", static_cast<double>(values.size()) / elapsed},
                        {"p50Ms", percentile(values, 0.5)},
                        {"p99Ms", percentile(values, 0.99)},
                        {"errors", failed}};
        std::printf("mixed %-10s %7zu req  %8.1f req/s  p50 %6.2f ms  p99 %6.2f ms  errors %d\n",
                    kind.c_str(), values.size(), static_cast<double>(values.size()) / elapsed,
                    percentile(values, 0.5), percentile(values, 0.99), failed);
        total += values.size();
        errors += static_cast<size_t>(failed);
        all.insert(all.end(), values.begin(), values.end());
    }
    result["all"] = {{"requests", total},
                     {"perSecond", static_cast<double>(total) / elapsed},
                     {"p50Ms", percentile(all, 0.5)},
                     {"p99Ms", percentile(all, 0.99)},
                     {"errors", errors}};
    std::printf("mixed all        %7zu req  %8.1f req/s  p50 %6.2f ms  p99 %6.2f ms  errors %zu\n", total,
                static_cast<double>(total) / elapsed, percentile(all, 0.5), percentile(all, 0.99), errors);
    std::printf("%s\n", result.dump().c_str());
    return errors == 0 ? 0 : 1;
}

// Place search for one household over a week, repeated: the national inventory's units in the
// office's municipalities, their prices, quality and bookings.
int search(unsigned short port, int count) {
    Client client(port);
    if (!client.login("veileder1.0315@husly.test")) return 2;
    auto person = client.post("/api/v1/persons", {{"firstName", "Søk"}, {"lastName", "Benk"}});
    auto request = client.post("/api/v1/requests",
                               {{"personId", person.json()["id"]}, {"channel", "muntlig"}, {"acute", true}});
    if (request.status != 201) return 2;
    auto request_id = std::to_string(request.json()["id"].get<int64_t>());
    if (!grant(client, request_id, [](std::function<Reply()> call) { return call(); })) return 2;
    auto target = "/api/v1/requests/" + std::to_string(request.json()["id"].get<int64_t>()) +
                  "/place-search?from=" + day_text(0) + "&to=" + day_text(7);
    std::vector<double> times;
    size_t hits = 0, shown = 0;
    for (int i = 0; i < count; ++i) {
        auto started = Clock::now();
        auto reply = client.get(target);
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - started).count());
        if (reply.status != 200) return 1;
        if (i == 0) {
            auto json = reply.json();
            hits = json["availableTotal"].get<size_t>() + json["leftOutTotal"].get<size_t>();
            shown = json["available"].size() + json["leftOut"].size();
        }
    }
    std::printf(
        "place search     %d searches  units considered %zu, best %zu answered  p50 %.2f ms  p99 %.2f ms\n",
        count, hits, shown, percentile(times, 0.5), percentile(times, 0.99));
    std::printf("%s\n", nlohmann::json{{"searches", count},
                                       {"unitsConsidered", hits},
                                       {"unitsAnswered", shown},
                                       {"p50Ms", percentile(times, 0.5)},
                                       {"p99Ms", percentile(times, 0.99)}}
                            .dump()
                            .c_str());
    return 0;
}

int time_get(unsigned short port, const std::string& email, const std::string& target, int rounds) {
    Client client(port);
    if (!client.login(email)) return 2;
    std::vector<double> times;
    for (int i = 0; i < rounds; ++i) {
        auto started = Clock::now();
        auto reply = client.get(target);
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - started).count());
        if (reply.status != 200) {
            std::fprintf(stderr, "husly_load: %s answered %d\n", target.c_str(), reply.status);
            return 1;
        }
    }
    std::printf("%s\n",
                nlohmann::json{{"target", target}, {"medianMs", percentile(times, 0.5)}}.dump().c_str());
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        if (args.size() == 4 && args[0] == "mixed")
            return mixed(static_cast<unsigned short>(std::stoi(args[1])), std::stoi(args[2]),
                         std::stoi(args[3]));
        if (args.size() == 3 && args[0] == "search")
            return search(static_cast<unsigned short>(std::stoi(args[1])), std::stoi(args[2]));
        if (args.size() == 5 && args[0] == "time")
            return time_get(static_cast<unsigned short>(std::stoi(args[1])), args[2], args[3],
                            std::stoi(args[4]));
        if (args.size() == 3 && args[0] == "cookie") {
            Client client(static_cast<unsigned short>(std::stoi(args[1])));
            if (!client.login(args[2])) return 2;
            std::printf("%s\n", client.cookie().c_str());
            return 0;
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "husly_load: %s\n", error.what());
        return 2;
    }
    std::fprintf(stderr, "usage: husly_load mixed PORT SECONDS THREADS | search PORT COUNT | "
                         "time PORT EMAIL TARGET N | cookie PORT EMAIL\n");
    return 2;
}
