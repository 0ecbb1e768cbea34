// The national-scale generator on both databases, at a small fraction of the scale: the country
// covered by about 260 offices, a history that keeps the rules (no unit over capacity, no person
// in two stays at once, synthetic identity numbers, an unbroken audit chain, every reference
// valid), and a server that reads it and goes on writing after it.

#include "common/clock.hpp"
#include "demo/national_data.hpp"
#include "domain/identity_number.hpp"
#include "domain/placement.hpp"
#include "service/audit_service.hpp"
#include "store/rows.hpp"
#include "support/db_snapshot.hpp"
#include "support/test_server.hpp"

#include <gtest/gtest.h>
#include <map>

using namespace husly;
using husly::test::count;
using husly::test::TestServer;

namespace {

constexpr double test_scale = 0.005; // 1 500 requests

int64_t written(const demo::national::Summary& summary, const std::string& table) {
    for (const auto& row : summary.written)
        if (row.table == table) return row.rows;
    return 0;
}

class NationalDataTest : public ::testing::TestWithParam<std::string> {};

} // namespace

TEST_P(NationalDataTest, GeneratesACoherentCountry) {
    TestServer server(GetParam());
    auto lease = server.database().acquire();
    auto& connection = *lease;
    demo::national::Options options;
    options.scale = test_scale;
    auto summary = demo::national::generate(connection, options);

    // The country: about 260 offices, each municipality served by exactly one.
    EXPECT_EQ(count(connection, "SELECT COUNT(*) FROM offices"), 260);
    EXPECT_EQ(count(connection, "SELECT COUNT(*) FROM office_municipalities"), 357);
    EXPECT_EQ(count(connection, "SELECT COUNT(DISTINCT municipality_number) FROM office_municipalities"),
              357);
    // The volumes follow the scale and the demo's proportions.
    auto requests = written(summary, "requests");
    EXPECT_GE(requests, 1500);
    EXPECT_LE(requests, 1500 + 260); // each office at least one
    EXPECT_EQ(count(connection, "SELECT COUNT(*) FROM requests"), requests);
    auto stays = written(summary, "stays");
    EXPECT_GT(stays, requests / 5);
    EXPECT_LT(stays, requests / 2);
    EXPECT_LT(written(summary, "persons"), requests);
    EXPECT_GT(written(summary, "journal_notes"), stays * 5);
    EXPECT_GT(written(summary, "audit_log"), written(summary, "journal_notes"));
    EXPECT_GE(written(summary, "units"), 2 * 260);

    // Every identity number is a valid synthetic one; every request has its applicant.
    soci::rowset<std::string> numbers = connection.sql().prepare << "SELECT identity_number FROM persons";
    int checked = 0;
    for (const auto& number : numbers) {
        auto parsed = parse_identity_number(number, today());
        ASSERT_TRUE(parsed.has_value()) << "invalid identity number generated";
        EXPECT_TRUE(parsed->synthetic);
        ++checked;
    }
    EXPECT_EQ(checked, written(summary, "persons"));
    EXPECT_EQ(count(connection, "SELECT COUNT(*) FROM request_members WHERE role = 'applicant'"), requests);

    // No unit holds more than it has, on any night a booking begins (by the domain's own rule).
    std::map<int64_t, std::vector<Booking>> bookings;
    std::map<int64_t, std::pair<int, int>> capacity;
    soci::rowset<soci::row> placements =
        connection.sql().prepare
        << "SELECT p.unit_id, p.starts_on, p.ends_on, p.uses_room, p.status, u.rooms, "
           "u.beds FROM placements p JOIN units u ON u.id = p.unit_id";
    for (const auto& row : placements) {
        if (!holds_capacity(rows::code(row, "status", parse_placement_status))) continue;
        auto unit = rows::integer(row, "unit_id");
        bookings[unit].push_back({rows::text(row, "starts_on"), rows::optional_text(row, "ends_on"),
                                  rows::flag(row, "uses_room")});
        capacity[unit] = {static_cast<int>(rows::integer(row, "rooms")),
                          static_cast<int>(rows::integer(row, "beds"))};
    }
    ASSERT_FALSE(bookings.empty());
    for (const auto& [unit, taken] : bookings) {
        auto [rooms, beds] = capacity[unit];
        for (const auto& booking : taken) {
            auto use = use_on(rooms, beds, taken, parse_date(booking.from).value());
            EXPECT_GE(free_beds(rooms, beds, use), 0)
                << "unit " << unit << " over capacity on " << booking.from;
        }
    }

    // Nobody lives in two stays at once.
    EXPECT_EQ(count(connection, "SELECT COUNT(*) FROM stays a JOIN stays b ON a.person_id = b.person_id AND "
                                "a.id < b.id AND b.started_on < COALESCE(a.ended_on, '9999-12-31') AND "
                                "a.started_on < COALESCE(b.ended_on, '9999-12-31')"),
              0);
    // The audit chain continues unbroken from the demo accounts' entries.
    auto verified = audit::verify(connection);
    EXPECT_TRUE(verified.ok) << verified.problem;
    EXPECT_GE(verified.entries_checked, written(summary, "audit_log"));
    // Every reference points at a row (PostgreSQL enforces this as the rows are written).
    if (GetParam() == "sqlite") {
        soci::rowset<soci::row> broken = connection.sql().prepare << "PRAGMA foreign_key_check";
        EXPECT_EQ(std::distance(broken.begin(), broken.end()), 0);
    }
}

TEST_P(NationalDataTest, TheServerReadsItAndWritesAfterIt) {
    TestServer server(GetParam());
    int64_t last_request = 0;
    {
        auto lease = server.database().acquire();
        demo::national::Options options;
        options.scale = test_scale;
        demo::national::generate(*lease, options);
        last_request = count(*lease, "SELECT MAX(id) FROM requests");
    }
    // The analyst's national view counts the generated stays.
    auto analyst = server.client_as("analytiker@husly.test");
    auto year = std::to_string(static_cast<int>(today().year()) - 1);
    auto national_view = analyst.get("/api/v1/figures/national?year=" + year);
    ASSERT_EQ(national_view.status, 200) << national_view.body;
    EXPECT_NE(national_view.body.find("\"counties\""), std::string::npos);
    // A generated caseworker logs in with the demo password and registers a new request: the ids
    // continue after the generated ones.
    auto caseworker = server.client_as("veileder1.4601@husly.test");
    auto person = caseworker.post("/api/v1/persons", {{"firstName", "Ny"}, {"lastName", "Etter"}});
    ASSERT_EQ(person.status, 201) << person.body;
    auto request =
        caseworker.post("/api/v1/requests", {{"personId", person.json()["id"]}, {"channel", "muntlig"}});
    ASSERT_EQ(request.status, 201) << request.body;
    EXPECT_GT(request.json()["id"].get<int64_t>(), last_request);
    // The office's list shows the generated requests.
    auto listed = caseworker.get("/api/v1/requests");
    ASSERT_EQ(listed.status, 200);
    EXPECT_GT(listed.body.size(), 100U);
    // Generating again is refused: the database already holds people.
    auto lease = server.database().acquire();
    demo::national::Options options;
    options.scale = test_scale;
    EXPECT_THROW(demo::national::generate(*lease, options), std::runtime_error);
}

INSTANTIATE_TEST_SUITE_P(Backends, NationalDataTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
