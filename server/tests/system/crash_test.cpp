// Crash durability: a write load against the real husly binary (people, requests, vedtak,
// bookings, check-ins, journal notes) killed with SIGKILL at random moments, restarted, and
// checked each time: every write acknowledged to a client is there with its audit entry, nothing
// half-written exists, no unit is booked beyond its capacity, the audit chain verifies, and SQLite
// says the file is whole. HUSLY_CRASH_KILLS sets the number of kills per database (default 12);
// the seed is printed so that a failure can be replayed with HUSLY_CRASH_SEED.

#include "demo/demo_service.hpp"
#include "service/audit_service.hpp"
#include "support/case_fixtures.hpp"
#include "support/db_snapshot.hpp"
#include "support/server_process.hpp"
#include "support/test_database.hpp"

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <mutex>
#include <random>
#include <thread>
#include <unistd.h>

using namespace husly;
using namespace husly::test;
using nlohmann::json;

namespace {

// What the server said was done.
struct Acknowledged {
    std::vector<int64_t> persons, requests, decided, placements, check_ins, notes;
    std::mutex mutex;
    std::atomic<int> total{0}; // acknowledgements of any kind, for timing the kill
    void add(std::vector<int64_t>& list, int64_t id) {
        std::lock_guard lock(mutex);
        list.push_back(id);
        ++total;
    }
    size_t count_of(const std::vector<int64_t>& list) {
        std::lock_guard lock(mutex);
        return list.size();
    }
};

int env_number(const char* name, int fallback) {
    const char* text = std::getenv(name);
    return text && *text ? std::atoi(text) : fallback;
}

bool ok(const HttpResult& result, int status) {
    return result.status == status;
}

// One caseworker's work until the server dies under them: a case from the person to a note in
// the stay, each step acknowledged before the next.
void caseworker(HttpClient client, const std::vector<int64_t>& units, std::mt19937 random, Acknowledged& done,
                std::atomic<bool>& stop) {
    try {
        while (!stop) {
            auto person =
                client.post("/api/v1/persons", {{"firstName", "Krasj"},
                                                {"lastName", fmt::format("Test {}", random() % 100000)},
                                                {"birthDate", "1988-03-04"}});
            if (!ok(person, 201)) continue;
            auto person_id = person.json()["id"].get<int64_t>();
            done.add(done.persons, person_id);
            auto request = client.post("/api/v1/requests", {{"personId", person_id},
                                                            {"channel", "muntlig"},
                                                            {"acute", true},
                                                            {"members", json::array()}});
            if (!ok(request, 201)) continue;
            auto request_id = request.json()["id"].get<int64_t>();
            done.add(done.requests, request_id);
            auto decision_url = fmt::format("/api/v1/requests/{}/decision", request_id);
            auto draft =
                client.put(decision_url, {{"outcome", "INNVILGET"},
                                          {"periodFrom", day_offset(0)},
                                          {"periodTo", day_offset(30)},
                                          {"offerKind", "skaffes"},
                                          {"offerFindBy", day_offset(0)},
                                          {"facts", "Mistet leiligheten i går."},
                                          {"considerations", "Kan ikke skaffe seg bolig selv i kveld."}});
            if (!ok(draft, 200)) continue;
            if (!ok(client.post(decision_url + "/decide", json::object()), 200)) continue;
            done.add(done.decided, request_id);
            auto unit = units[random() % units.size()];
            auto from = random() % 2 == 0 ? 0 : 1 + static_cast<int>(random() % 2); // half from tonight
            auto booked = client.post("/api/v1/placements", {{"requestId", request_id},
                                                             {"unitId", unit},
                                                             {"from", day_offset(from)},
                                                             {"to", day_offset(from + 1 + random() % 3)}});
            if (!ok(booked, 201)) continue; // the unit may be full: a clear 409
            auto placement_id = booked.json()["id"].get<int64_t>();
            done.add(done.placements, placement_id);
            if (from != 0) continue;
            auto checked_in =
                client.post(fmt::format("/api/v1/placements/{}/check-in", placement_id), json::object());
            if (!ok(checked_in, 200)) continue;
            done.add(done.check_ins, placement_id);
            auto stay_id = checked_in.json()["stayId"].get<int64_t>();
            auto note = client.post(fmt::format("/api/v1/stays/{}/notes", stay_id),
                                    {{"text", "Kom inn i kveld, fikk nøkkel."}});
            // The answer is the stay with its journal; the newest note is ours (one writer per stay).
            if (ok(note, 201)) done.add(done.notes, note.json()["notes"].back()["id"].get<int64_t>());
        }
    } catch (const std::exception&) {
        // The server is gone: whatever was not answered was not acknowledged.
    }
}

// "1,2,3" for SQL's IN (…), each id quoted when compared with text (the audit log's entity_id).
std::string id_list(const std::vector<int64_t>& ids, bool quoted = false) {
    std::string text;
    for (auto id : ids)
        text += quoted ? fmt::format("{}'{}'", text.empty() ? "" : ",", id)
                       : fmt::format("{}{}", text.empty() ? "" : ",", id);
    return text.empty() ? "0" : text;
}

// Every acknowledged id is in the table (and, with `audit_action`, has its audit entry).
void expect_all_there(Connection& connection, const std::vector<int64_t>& ids, const std::string& table,
                      const std::string& condition, const std::string& audit_action,
                      const std::string& what) {
    if (ids.empty()) return;
    auto list = id_list(ids);
    EXPECT_EQ(
        count(connection, fmt::format("SELECT COUNT(*) FROM {} WHERE id IN ({}){}", table, list, condition)),
        static_cast<int64_t>(ids.size()))
        << what << " acknowledged but missing after the crash";
    if (audit_action.empty()) return;
    EXPECT_EQ(
        count(connection, fmt::format("SELECT COUNT(DISTINCT entity_id) FROM audit_log WHERE action = '{}' "
                                      "AND entity_id IN ({})",
                                      audit_action, id_list(ids, true))),
        static_cast<int64_t>(ids.size()))
        << what << " acknowledged without its audit entry";
}

class CrashTest : public ::testing::TestWithParam<std::string> {};

} // namespace

TEST_P(CrashTest, KilledAtRandomTheServerLosesNoAcknowledgedWrite) {
    const int kills = env_number("HUSLY_CRASH_KILLS", 12);
    const auto seed =
        static_cast<unsigned>(env_number("HUSLY_CRASH_SEED", static_cast<int>(time(nullptr) % 100000)));
    std::printf("crash test on %s: %d kills, seed %u\n", GetParam().c_str(), kills, seed);
    std::mt19937 random(seed);
    TestDatabase db(GetParam());
    auto log_file =
        (std::filesystem::temp_directory_path() / fmt::format("husly-crash-{}.log", getpid())).string();
    auto port = free_port();

    // Accounts and accommodation, once: forty single rooms in Bodø (enough that tonight is not full
    // long before the last round, so check-ins and notes keep coming).
    std::vector<int64_t> units;
    HttpClient setup(port);
    {
        auto accounts = run_husly({"demo", "--db", db.url()});
        ASSERT_EQ(accounts.exit_code, 0) << accounts.output;
        ServerProcess server(db.url(), port, log_file);
        ASSERT_TRUE(server.wait_ready());
        ASSERT_EQ(setup.login("veileder@husly.test", demo::demo_password).status, 200);
        auto provider = make_provider(setup, "Krasjtest botilbud", "kommunal", "dognbemanning");
        for (int i = 0; i < 40; ++i) {
            units.push_back(make_unit(setup, provider, fmt::format("Rom {}", i + 1), 1, 1, 700));
            ASSERT_EQ(inspect(setup, units.back()).status, 201);
        }
    }

    Acknowledged done;
    int survived = 0;
    for (int kill = 0; kill < kills; ++kill) {
        ServerProcess server(db.url(), port, log_file);
        ASSERT_TRUE(server.wait_ready()) << "no restart after kill " << kill;
        std::atomic<bool> stop{false};
        std::vector<std::thread> workers;
        for (int w = 0; w < 3; ++w)
            workers.emplace_back(caseworker, setup, std::cref(units), std::mt19937(random()), std::ref(done),
                                 std::ref(stop));
        // The kill comes after a random number of acknowledged steps in this round (then a random
        // moment more), not after a fixed time: on a loaded machine the work still reaches
        // bookings, check-ins and notes before the server dies.
        // The last rounds also wait for a journal note if none has been acknowledged yet, so every
        // kind of write is checked after a kill whatever the machine's load.
        const int steps = 1 + static_cast<int>(random() % 24);
        const int target = done.total + steps;
        const bool needs_a_note = kill >= kills - 3 && done.count_of(done.notes) == 0;
        for (int waited = 0;
             (done.total < target || (needs_a_note && done.count_of(done.notes) == 0)) && waited < 3000;
             ++waited)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        std::this_thread::sleep_for(std::chrono::milliseconds(random() % 150));
        server.kill_hard();
        stop = true;
        for (auto& worker : workers) worker.join();

        auto lease = db.lease();
        auto& connection = *lease;
        expect_all_there(connection, done.persons, "persons", "", "person.create", "person");
        expect_all_there(connection, done.requests, "requests", "", "request.create", "request");
        // A vedtak acknowledged as decided is decided, with its letter's date.
        if (!done.decided.empty()) {
            EXPECT_EQ(
                count(connection, fmt::format("SELECT COUNT(*) FROM decisions WHERE request_id IN ({}) AND "
                                              "status = 'decided' AND decided_at IS NOT NULL",
                                              id_list(done.decided))),
                static_cast<int64_t>(done.decided.size()))
                << "decided vedtak missing";
        }
        expect_all_there(connection, done.placements, "placements", "", "placement.create", "booking");
        expect_all_there(connection, done.check_ins, "placements",
                         " AND status = 'innsjekket' AND stay_id IS NOT NULL", "placement.check_in",
                         "check-in");
        expect_all_there(connection, done.notes, "journal_notes", "", "", "journal note");
        // Nothing half-written: no decided vedtak without its decision entry, no stay without its
        // booking, no booking of a request without a decided vedtak.
        EXPECT_EQ(count(connection,
                        "SELECT COUNT(*) FROM decisions d WHERE d.status = 'decided' AND NOT EXISTS "
                        "(SELECT 1 FROM audit_log a WHERE a.action = 'decision.decide' AND a.person_id = "
                        "d.person_id)"),
                  0);
        EXPECT_EQ(count(connection,
                        "SELECT COUNT(*) FROM stays s WHERE NOT EXISTS (SELECT 1 FROM placements p "
                        "WHERE p.stay_id = s.id)"),
                  0);
        EXPECT_EQ(count(connection,
                        "SELECT COUNT(*) FROM placements p WHERE NOT EXISTS (SELECT 1 FROM decisions d "
                        "WHERE d.request_id = p.request_id AND d.status = 'decided')"),
                  0);
        // Capacity: each room holds one booking a night.
        EXPECT_EQ(
            count(
                connection,
                "SELECT COUNT(*) FROM placements a JOIN placements b ON a.unit_id = b.unit_id AND a.id < "
                "b.id "
                "WHERE a.unit_id IN (" +
                    id_list(units) +
                    ") AND a.status IN ('venter_bekreftelse', 'bestilt', 'innsjekket', 'utsjekket') AND "
                    "b.status IN ('venter_bekreftelse', 'bestilt', 'innsjekket', 'utsjekket') AND "
                    "a.starts_on < "
                    "COALESCE(b.ends_on, '9999-12-31') AND b.starts_on < COALESCE(a.ends_on, '9999-12-31')"),
            0)
            << "a room booked twice for a night";
        auto verified = audit::verify(connection);
        EXPECT_TRUE(verified.ok) << verified.problem;
        if (connection.dialect() == Dialect::sqlite) {
            std::string integrity;
            connection.sql() << "PRAGMA integrity_check", soci::into(integrity);
            EXPECT_EQ(integrity, "ok");
        }
        if (::testing::Test::HasFailure()) {
            ADD_FAILURE() << "after kill " << kill + 1 << " (seed " << seed << ")";
            break;
        }
        ++survived;
    }
    EXPECT_EQ(survived, kills);
    std::printf(
        "crash test on %s: %d kills survived; acknowledged and found again: %zu people, %zu requests, "
        "%zu vedtak, %zu bookings, %zu check-ins, %zu notes\n",
        GetParam().c_str(), survived, done.persons.size(), done.requests.size(), done.decided.size(),
        done.placements.size(), done.check_ins.size(), done.notes.size());
    EXPECT_GT(done.placements.size(), 0u);
    EXPECT_GT(done.notes.size(), 0u);
    std::filesystem::remove(log_file);
}

INSTANTIATE_TEST_SUITE_P(Backends, CrashTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
