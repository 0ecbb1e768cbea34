// The KOSTRA report over the API on both databases, from a small history built through the real
// services at the times it happened (ScopedNow): stays across new year, a move between units, a
// return, households with and without children, exactly 14 days, exactly 3 months, a night
// shelter. The right answers were counted by hand and are written beside each household; the year
// is 2025, a closed year, so the figures do not depend on the day the test runs. Also: the
// data-quality panel, office scoping, and the exports read back (CSV parsed, XLSX unzipped). The
// national view: suppression across measures, its symbols, and the snapshot it comes from (a
// check-in does not move it until the next refresh; one refresh per period across servers).

#include "common/clock.hpp"
#include "service/decision_service.hpp"
#include "service/figures_snapshot.hpp"
#include "service/person_service.hpp"
#include "service/placement_service.hpp"
#include "service/request_service.hpp"
#include "service/stay_service.hpp"
#include "store/snapshot_repository.hpp"
#include "store/user_repository.hpp"
#include "support/test_server.hpp"

#include <atomic>
#include <cstdio>
#include <fstream>
#include <functional>
#include <gtest/gtest.h>
#include <map>
#include <regex>
#include <sstream>
#include <thread>

using namespace husly;
using husly::test::HttpClient;
using husly::test::TestServer;

namespace {

Date d(const char* text) {
    return parse_date(text).value();
}

Instant at(const char* day, int hour) {
    return Instant{std::chrono::sys_days{d(day)}} + std::chrono::hours(hour - 1); // Norwegian winter time
}

template <typename T> T must(Result<T> result) {
    if (!result) throw std::runtime_error(result.error().field + ": " + result.error().message);
    return std::move(*result);
}

struct Household {
    std::string birth_date{"1980-03-03"};
    std::vector<requests::MemberInput> members; // besides the applicant
};

// Builds the history of one office through its services, each step on its day.
class History {
public:
    History(TestServer& server, const std::string& unit_number) : m_lease(server.database().acquire()) {
        m_caseworker.user_id = server.user_id("veileder@husly.test");
        m_caseworker.memberships = {{Role::veileder, server.office_id(unit_number)}};
        m_caseworker.active_office_id = m_caseworker.memberships[0].office_id;
        m_caseworker.address = "test";
    }
    Connection& connection() { return *m_lease; }

    int64_t person(const Household& household) {
        ScopedNow when(at("2024-01-02", 9));
        return must(persons::register_person(connection(), m_caseworker,
                                             {std::nullopt, "Test", "Person" + std::to_string(++m_people),
                                              household.birth_date, ""}))
            .person.id;
    }

    // A request on `from`, granted for 3 months, booked into `unit_id` and checked in that day.
    // Returns the placement.
    placements::PlacementView check_in(int64_t person_id, const Household& household, const char* from,
                                       int64_t unit_id) {
        ScopedNow when(at(from, 9));
        auto request_id = granted_request(person_id, household, from);
        auto booked = must(placements::book(connection(), m_caseworker,
                                            {request_id, unit_id, from, std::nullopt, "", {}, std::nullopt}));
        return check_in_booked(booked.placement.id, from);
    }

    // A request on `from`, granted for 3 months (nothing booked yet). Returns its id.
    int64_t granted_request(int64_t person_id, const Household& household, const char* from) {
        ScopedNow when(at(from, 9));
        requests::RequestInput input;
        input.person_id = person_id;
        input.channel = "muntlig";
        input.acute = true;
        input.members = household.members;
        auto request = must(requests::register_request(connection(), m_caseworker, input));
        decisions::DecisionInput decision;
        decision.outcome = "INNVILGET";
        decision.period_from = from;
        decision.period_to =
            format_date(std::chrono::sys_days{add_months(d(from), 3)} - std::chrono::days(1));
        decision.offer.kind = OfferKind::office_finds;
        decision.offer.find_by = from;
        decision.facts = "Søkeren har ikke et sted å bo i natt.";
        decision.considerations = "Søkeren klarer ikke å skaffe seg bolig selv.";
        must(decisions::save_draft(connection(), m_caseworker, request.id, decision));
        must(decisions::decide(connection(), m_caseworker, request.id));
        return request.id;
    }

    placements::PlacementView check_in_booked(int64_t placement_id, const char* from) {
        ScopedNow when(at(from, 10));
        return must(placements::change(connection(), m_caseworker, placement_id, placements::Step::check_in,
                                       from))
            .view;
    }

    void move(const placements::PlacementView& placement, int64_t unit_id, const char* day) {
        ScopedNow when(at(day, 10));
        must(placements::move(connection(), m_caseworker, placement.placement.id, unit_id, day, "", {}));
    }

    void exit(const placements::PlacementView& placement, const char* day) {
        ScopedNow when(at(day, 11));
        must(stays::record_exit(connection(), m_caseworker, placement.placement.stay_id.value(),
                                {day, "privat_leie", "", std::nullopt, ""}));
    }

    // One whole stay; `to` empty for a stay still open.
    placements::PlacementView stay(const Household& household, const char* from, const char* to,
                                   int64_t unit_id, std::optional<int64_t> person_id = std::nullopt) {
        auto id = person_id ? *person_id : person(household);
        auto placement = check_in(id, household, from, unit_id);
        if (to[0] != '\0') exit(placement, to);
        return placement;
    }

private:
    Database::Lease m_lease;
    Actor m_caseworker;
    int m_people{0};
};

requests::MemberInput child(const char* birth_date) {
    return {"child", "Barn", std::string(birth_date)};
}

int64_t make_unit(HttpClient& client, int64_t provider_id, const std::string& name, bool night_shelter) {
    auto created = client.post("/api/v1/units", {{"providerId", provider_id},
                                                 {"name", name},
                                                 {"kind", "rom"},
                                                 {"municipalityNumber", "1804"},
                                                 {"rooms", 20},
                                                 {"beds", 80},
                                                 {"staffing", "dogn"},
                                                 {"nightShelter", night_shelter},
                                                 {"pricePerNight", 900},
                                                 {"priceFrom", "2024-01-01"}});
    EXPECT_EQ(created.status, 201) << created.body;
    auto id = created.json()["id"].get<int64_t>();
    nlohmann::json items = nlohmann::json::array();
    for (const auto* code : {"moblert", "matlaging", "bad_toalett", "klesvask", "sengetoy", "rengjoring_rom",
                             "rengjoring_felles", "privatliv", "besok", "husregler", "barn_rus"})
        items.push_back({{"code", code}, {"result", "ok"}});
    auto inspected =
        client.post("/api/v1/units/" + std::to_string(id) + "/inspections", {{"inspectedOn", "2024-01-02"},
                                                                             {"inspector", "Kari Kontroll"},
                                                                             {"items", items},
                                                                             {"verdict", "forsvarlig"},
                                                                             {"nextDueOn", "2030-01-01"}});
    EXPECT_EQ(inspected.status, 201) << inspected.body;
    return id;
}

std::map<std::string, nlohmann::json> lines_by_key(const nlohmann::json& report) {
    std::map<std::string, nlohmann::json> lines;
    for (const auto& line : report["lines"]) lines[line["key"].get<std::string>()] = line;
    return lines;
}

std::string unzip_entry(const std::string& bytes, const std::string& entry) {
    char path[] = "/tmp/husly-xlsx-XXXXXX";
    int fd = mkstemp(path);
    EXPECT_GE(fd, 0);
    close(fd);
    std::ofstream(path, std::ios::binary) << bytes;
    std::string command = "unzip -p " + std::string(path) + " " + entry;
    std::string text;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buffer[4096];
        size_t n = 0;
        while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) text.append(buffer, n);
        pclose(pipe);
    }
    std::remove(path);
    return text;
}

// The hand-made year at Nav Bodø (the households A–I below); returns household I's request.
int64_t build_hand_made_year(TestServer& server) {
    auto veileder = server.client_as("veileder@husly.test");
    auto provider = veileder.post("/api/v1/providers", {{"name", "Kommunale boliger"},
                                                        {"kind", "kommunal"},
                                                        {"offerType", "dognbemanning"},
                                                        {"municipalityNumbers", {"1804"}}});
    EXPECT_EQ(provider.status, 201) << provider.body;
    auto provider_id = provider.json()["id"].get<int64_t>();
    auto unit_x = make_unit(veileder, provider_id, "Hus X", false);
    auto unit_y = make_unit(veileder, provider_id, "Hus Y", false);
    auto shelter = make_unit(veileder, provider_id, "Natthjemmet", true);

    History history(server, "1804");
    Household single;
    // A: across new year, 14 nights in all, 2 of them in 2025.
    history.stay(single, "2024-12-20", "2025-01-03", unit_x);
    // B: a family of 3, moved from X to Y on 1 March, out after exactly 3 months: 89 nights × 3.
    Household family_b{"1985-01-01", {child("2020-05-01"), child("2022-02-02")}};
    auto b = history.stay(family_b, "2025-02-01", "", unit_x);
    history.move(b, unit_y, "2025-03-01");
    history.exit(b, "2025-05-01");
    // C: a family of 2, one day past 3 months: 93 nights × 2.
    Household family_c{"1984-01-01", {child("2015-01-01")}};
    history.stay(family_c, "2025-03-10", "2025-06-11", unit_x);
    // D: a return: 7 + 8 = 15 nights, one household, two stays.
    auto d_person = history.person(single);
    history.stay(single, "2025-04-01", "2025-04-08", unit_x, d_person);
    history.stay(single, "2025-04-20", "2025-04-28", unit_x, d_person);
    // E: exactly 14 nights.
    history.stay(single, "2025-06-01", "2025-06-15", unit_x);
    // F: 3 nights in the night shelter only: apart from the figures.
    history.stay(single, "2025-07-01", "2025-07-04", shelter);
    // G: a family of 2 still living there since 1 October 2024 (the vedtak ran out on 31
    // December); the child turned 18 on 1 June 2025 but was 17 on 1 January. 365 nights × 2.
    Household family_g{"1975-01-01", {child("2007-06-01")}};
    history.stay(family_g, "2024-10-01", "", unit_x);
    // H: left on 1 January 2025: its last night was in 2024.
    history.stay(single, "2024-12-01", "2025-01-01", unit_x);
    // I: a family of 2 whose child's birth date went missing (as in imported data): 4 nights × 2.
    Household family_i{"1990-01-01", {child("2019-01-01")}};
    auto i = history.stay(family_i, "2025-08-01", "2025-08-05", unit_x);
    history.connection().sql() << "UPDATE request_members SET birth_date = NULL WHERE role = 'child' AND "
                                  "request_id = :r",
        soci::use(static_cast<long long>(i.placement.request_id));
    return i.placement.request_id;
}

class ApiFiguresTest : public ::testing::TestWithParam<std::string> {};

} // namespace

TEST_P(ApiFiguresTest, TheKostraReportCountsAHandMadeYearAsCountedByHand) {
    TestServer server(GetParam());
    auto i_request = build_hand_made_year(server);
    auto veileder = server.client_as("veileder@husly.test");
    auto leder = server.client_as("leder@husly.test");
    auto response = leder.get("/api/v1/figures/kostra?year=2025");
    ASSERT_EQ(response.status, 200) << response.body;
    auto report = response.json();
    auto lines = lines_by_key(report);
    EXPECT_EQ(lines["husstander"]["count"], 7); // A B C D E G I
    EXPECT_EQ(lines["opphold"]["count"], 8);    // D twice; B's move is the same stay
    EXPECT_EQ(lines["bodogn"]["count"], 2 + 267 + 186 + 15 + 14 + 730 + 8);
    EXPECT_EQ(lines["husstander_med_barn"]["count"], 4); // B C G I
    EXPECT_DOUBLE_EQ(lines["husstander_med_barn"]["percent"].get<double>(), 57.1);
    EXPECT_EQ(lines["husstander_14_dager"]["count"], 3);      // A E I; D has 15
    EXPECT_EQ(lines["barnefamilier_over_3_mnd"]["count"], 2); // C G; B is exactly 3 months
    EXPECT_DOUBLE_EQ(lines["barnefamilier_over_3_mnd"]["percent"].get<double>(), 50.0);
    EXPECT_EQ(lines["natthjem_husstander"]["count"], 1);
    EXPECT_EQ(lines["natthjem_opphold"]["count"], 1);
    EXPECT_EQ(lines["natthjem_bodogn"]["count"], 3);
    EXPECT_FALSE(report["footnotes"].empty());

    // The data-quality panel: G's vedtak ran out without an exit, I's child has no birth date.
    std::multiset<std::string> kinds;
    for (const auto& issue : report["quality"]) kinds.insert(issue["kind"].get<std::string>());
    EXPECT_EQ(kinds, (std::multiset<std::string>{"apent_uten_utflytting", "barn_uten_fodselsdato"}));
    // Each finding names the stay's person, and that read is in the audit log by the leder.
    for (const auto& issue : report["quality"]) {
        auto name = issue["personName"].get<std::string>();
        EXPECT_NE(name.find(' '), std::string::npos) << issue;
        auto lease = server.database().acquire();
        long long audited = 0;
        lease->sql() << "SELECT COUNT(*) FROM audit_log a JOIN stays s ON s.person_id = a.person_id "
                        "JOIN users u ON u.id = a.actor_user_id WHERE a.action = 'stay.list' AND s.id = :s "
                        "AND u.email = 'leder@husly.test'",
            soci::use(static_cast<long long>(issue["stayId"].get<int64_t>())), soci::into(audited);
        EXPECT_GE(audited, 1) << issue;
    }
    // An exit written in the future (only possible by import) shows up too.
    {
        auto lease = server.database().acquire();
        lease->sql() << "UPDATE stays SET ended_on = '2099-01-01' WHERE request_id = :r",
            soci::use(static_cast<long long>(i_request));
    }
    auto again = leder.get("/api/v1/figures/kostra?year=2025").json();
    bool future_exit = false;
    for (const auto& issue : again["quality"]) future_exit |= issue["kind"] == "utflytting_fram_i_tid";
    EXPECT_TRUE(future_exit);

    // By municipality: one the office serves, never another.
    EXPECT_EQ(
        lines_by_key(
            leder.get("/api/v1/figures/kostra?year=2025&municipality=1804").json())["husstander"]["count"],
        7);
    auto other = leder.get("/api/v1/figures/kostra?year=2025&municipality=1840");
    EXPECT_EQ(other.status, 422);
    EXPECT_EQ(other.json()["error"]["field"], "municipality");
    EXPECT_EQ(leder.get("/api/v1/figures/kostra?year=1999").json()["error"]["field"], "year");
    EXPECT_EQ(leder.get("/api/v1/figures/kostra?year=tjue").status, 422);
    // Another office's lead sees none of Bodø's stays; a caseworker sees no figures at all.
    ASSERT_EQ(leder.put("/api/v1/auth/office", {{"officeId", server.office_id("1841")}}).status, 200);
    EXPECT_EQ(lines_by_key(leder.get("/api/v1/figures/kostra?year=2025").json())["husstander"]["count"], 0);
    EXPECT_EQ(veileder.get("/api/v1/figures/kostra?year=2025").status, 403);
    ASSERT_EQ(leder.put("/api/v1/auth/office", {{"officeId", server.office_id("1804")}}).status, 200);

    // CSV: semicolons, the count in the second column.
    auto csv = leder.get("/api/v1/figures/kostra/export?year=2025&format=csv");
    ASSERT_EQ(csv.status, 200);
    // It opens in Excel with æøå intact: UTF-8 with its byte order mark first.
    ASSERT_EQ(csv.body.substr(0, 3), "\xEF\xBB\xBF");
    std::istringstream csv_lines(csv.body.substr(3));
    std::string header, first;
    std::getline(csv_lines, header);
    std::getline(csv_lines, first);
    EXPECT_EQ(header, "\"Tall\";\"Antall\";\"Prosent\";\"Prosent av\"\r");
    EXPECT_EQ(first, "\"Husstander i midlertidig botilbud i løpet av året\";7;;\r");

    // XLSX: the count is a number cell, the data-quality sheet's check-in a date cell (styled).
    auto xlsx = leder.get("/api/v1/figures/kostra/export?year=2025&format=xlsx");
    ASSERT_EQ(xlsx.status, 200);
    EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
    auto figures_sheet = unzip_entry(xlsx.body, "xl/worksheets/sheet1.xml");
    EXPECT_NE(figures_sheet.find("<c r=\"B2\"><v>7</v></c>"), std::string::npos) << figures_sheet;
    auto quality_sheet = unzip_entry(xlsx.body, "xl/worksheets/sheet2.xml");
    // G checked in on 1 October 2024: Excel's serial day 45566, with the date format's style.
    EXPECT_NE(quality_sheet.find("<v>45566</v>"), std::string::npos) << quality_sheet;
    EXPECT_NE(quality_sheet.find(" s=\""), std::string::npos);
    EXPECT_NE(unzip_entry(xlsx.body, "xl/workbook.xml").find("Definisjoner"), std::string::npos);
    EXPECT_EQ(leder.get("/api/v1/figures/kostra/export?year=2025&format=pdf").status, 422);
}

// KOSTRA as SSB counts it (issue 21, item 5), through the database on both backends, in the
// closed year 2025. Each household's figures counted by hand:
//
// P: alone, 1 December 2024 → 5 January 2025: 4 nights in 2025 (its whole length is 35): 14 days
//    or fewer. 4 bed-nights.
// Q: a parent and a child of 8 on the request; the booking places the parent only (the child lives
//    with the other parent): not a household with children. 1 → 11 February: 10 nights × 1 person
//    placed = 10 bed-nights; 14 days or fewer.
// R: a parent and a child of 6: 10 January → 1 March; a new vedtak, checked in again on 1 March
//    (the day the first stay ended) → 1 May. One spell from 10 January, mark 10 April: over 3
//    months (each stay alone is 50 and 61 nights). (50 + 61) × 2 = 222 bed-nights. Two stays.
// S: alone, 1 → 8 June, in a hotel the office arranged and paid, its request later recorded as
//    «kun råd og veiledning» and its vedtak as refused (as imported data can say): still a stay.
//    7 nights, 7 bed-nights; 14 days or fewer.
//
// Households 4; stays 5; bed-nights 4 + 10 + 222 + 7 = 243; with children 1 (R); 14 days or fewer
// 3 (P Q S); families with children over 3 months 1 (R), 100 %. (The rules before: with children
// 2, 14 days or fewer 2, over 3 months 0, bed-nights 253.)
TEST_P(ApiFiguresTest, TheKostraReportCountsAsSsbCountsIt) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto provider = veileder.post("/api/v1/providers", {{"name", "Kommunale boliger"},
                                                        {"kind", "kommunal"},
                                                        {"offerType", "dognbemanning"},
                                                        {"municipalityNumbers", {"1804"}}});
    ASSERT_EQ(provider.status, 201) << provider.body;
    auto unit = make_unit(veileder, provider.json()["id"].get<int64_t>(), "Rom 1", false);

    History history(server, "1804");
    Household single;
    history.stay(single, "2024-12-01", "2025-01-05", unit); // P

    // Q: booked over HTTP with only the applicant placed.
    Household family_q{"1985-01-01", {child("2016-05-01")}};
    auto q_person = history.person(family_q);
    auto q_request = history.granted_request(q_person, family_q, "2025-02-01");
    {
        ScopedNow when(at("2025-02-01", 10));
        auto search = veileder.get("/api/v1/requests/" + std::to_string(q_request) +
                                   "/place-search?from=2025-02-01&placedMembers=0");
        ASSERT_EQ(search.status, 200) << search.body;
        EXPECT_EQ(search.json()["household"]["persons"], 1);
        EXPECT_EQ(search.json()["household"]["familyWithChildren"], false);
        // Not given (or given empty, like every query value): the whole household.
        auto all = veileder.get("/api/v1/requests/" + std::to_string(q_request) +
                                "/place-search?from=2025-02-01&placedMembers=");
        EXPECT_EQ(all.json()["household"]["persons"], 2);
        for (const auto& [query, field] :
             std::vector<std::pair<std::string, std::string>>{{"placedMembers=-1", "placedMembers"},
                                                              {"placedMembers=0,x", "placedMembers"},
                                                              {"placedMembers=1", "placedMembers"},
                                                              {"placedMembers=0,", "placedMembers"}}) {
            auto refused = veileder.get("/api/v1/requests/" + std::to_string(q_request) +
                                        "/place-search?from=2025-02-01&" + query);
            EXPECT_EQ(refused.status, 422) << query << refused.body;
            EXPECT_EQ(refused.json()["error"]["field"], field) << query;
        }
        nlohmann::json booking{
            {"requestId", q_request}, {"unitId", unit}, {"from", "2025-02-01"}, {"to", "2025-02-11"}};
        // The applicant is always placed, each member once, only the request's members; never a 500.
        for (const auto& wrong :
             {nlohmann::json::array({1}), nlohmann::json::array({0, 0}), nlohmann::json::array({0, 2}),
              nlohmann::json::array({0, -1}), nlohmann::json::array(), nlohmann::json::array({"0"}),
              nlohmann::json("0")}) {
            auto body = booking;
            body["placedMembers"] = wrong;
            auto refused = veileder.post("/api/v1/placements", body);
            EXPECT_EQ(refused.status, 422) << wrong << refused.body;
            EXPECT_EQ(refused.json()["error"]["field"], "placedMembers") << wrong;
            EXPECT_FALSE(refused.json()["error"]["message"].get<std::string>().empty());
        }
        booking["placedMembers"] = {0};
        // The child left out: why, and where the child lives
        // (docs/domain.md#rule-a-child-left-out-of-a-booking).
        booking["absentChildren"] = {
            {{"member", 1}, {"reason", "Bor hos moren i perioden."}, {"livesAt", "Hos moren i Bodø"}}};
        auto booked = veileder.post("/api/v1/placements", booking);
        ASSERT_EQ(booked.status, 201) << booked.body;
        EXPECT_EQ(booked.json()["persons"], 1);
        history.exit(history.check_in_booked(booked.json()["id"].get<int64_t>(), "2025-02-01"), "2025-02-11");
    }

    // R: two stays back to back.
    Household family_r{"1986-01-01", {child("2019-01-01")}};
    auto r_person = history.person(family_r);
    history.stay(family_r, "2025-01-10", "2025-03-01", unit, r_person);
    history.stay(family_r, "2025-03-01", "2025-05-01", unit, r_person);

    // S: a stay (the unit standing for the hotel) whose request and vedtak say no place was given.
    auto s = history.stay(single, "2025-06-01", "2025-06-08", unit);
    history.connection().sql() << "UPDATE requests SET outcome = 'veiledning' WHERE id = :r",
        soci::use(static_cast<long long>(s.placement.request_id));
    history.connection().sql() << "UPDATE decisions SET outcome = 'AVSLATT' WHERE request_id = :r",
        soci::use(static_cast<long long>(s.placement.request_id));

    auto leder = server.client_as("leder@husly.test");
    auto response = leder.get("/api/v1/figures/kostra?year=2025");
    ASSERT_EQ(response.status, 200) << response.body;
    auto lines = lines_by_key(response.json());
    EXPECT_EQ(lines["husstander"]["count"], 4);               // P Q R S
    EXPECT_EQ(lines["opphold"]["count"], 5);                  // R twice
    EXPECT_EQ(lines["bodogn"]["count"], 243);                 // 4 + 10 + 222 + 7
    EXPECT_EQ(lines["husstander_med_barn"]["count"], 1);      // R; not Q, whose child was not placed
    EXPECT_EQ(lines["husstander_14_dager"]["count"], 3);      // P (4 nights in 2025) Q S
    EXPECT_EQ(lines["barnefamilier_over_3_mnd"]["count"], 1); // R, across its two stays
    EXPECT_DOUBLE_EQ(lines["barnefamilier_over_3_mnd"]["percent"].get<double>(), 100.0);
    // The national view reads the same stays (the snapshot): the country agrees.
    EXPECT_EQ(lines_by_key(
                  leder.get("/api/v1/figures/kostra?year=2025&municipality=1804").json())["bodogn"]["count"],
              243);
}

TEST_P(ApiFiguresTest, TheNationalViewHidesSmallCountsAndNoPersonReachesTheAnalyst) {
    TestServer server(GetParam());
    build_hand_made_year(server);
    auto analytiker = server.client_as("analytiker@husly.test");
    auto response = analytiker.get("/api/v1/figures/national?year=2025");
    ASSERT_EQ(response.status, 200) << response.body;
    auto table = response.json();
    EXPECT_EQ(table["threshold"], 5);
    // 8 stays and 7 households (D returned): shown side by side they would say that exactly one
    // household had two stays. One of them is hidden — with «:», for it is not small itself.
    auto rows = std::vector<nlohmann::json>{table["country"]};
    for (const auto& county : table["counties"]) {
        rows.push_back(county["county"]);
        for (const auto& office : county["offices"]) rows.push_back(office);
    }
    for (const auto& row : rows) {
        const auto& values = row["values"];
        const auto& status = row["status"];
        if (values["opphold"].is_number() && values["husstander"].is_number()) {
            auto difference = values["opphold"].get<int64_t>() - values["husstander"].get<int64_t>();
            EXPECT_FALSE(difference > 0 && difference < 5) << row.dump();
        }
        for (const auto& [key, value] : values.items()) {
            // Every hidden cell says why; a shown one is shown.
            EXPECT_EQ(value.is_null(), status[key] != "shown") << row.dump();
            if (value.is_null()) {
                EXPECT_TRUE(status[key] == "small" || status[key] == "secondary") << row.dump();
            }
        }
        // No blank share: a value, «:» or «.».
        EXPECT_EQ(row["shareOfStaysOver3Months"].is_null(), row["shareStatus"] != "shown");
    }
    EXPECT_EQ(table["country"]["values"]["opphold"], 8);
    EXPECT_TRUE(table["country"]["values"]["husstander"].is_null());
    EXPECT_EQ(table["country"]["status"]["husstander"], "secondary");
    // The stays over 3 months (C and G) are 2: hidden everywhere as a small count, the share with them.
    EXPECT_EQ(table["country"]["status"]["opphold_over_3_mnd"], "small");
    EXPECT_TRUE(table["country"]["shareOfStaysOver3Months"].is_null());
    EXPECT_EQ(table["country"]["shareStatus"], "secondary");
    // Nordland holds all of it, Bodø all of Nordland; the other offices have none (0 is shown, and
    // their share cannot be computed: «.»).
    const nlohmann::json* nordland = nullptr;
    for (const auto& county : table["counties"])
        if (county["county"]["name"] == "Nordland") nordland = &county;
    ASSERT_NE(nordland, nullptr);
    EXPECT_EQ((*nordland)["county"]["values"]["opphold"], 8);
    for (const auto& office : (*nordland)["offices"]) {
        bool bodo = office["name"] == "Nav Bodø";
        EXPECT_EQ(office["values"]["opphold"], bodo ? 8 : 0);
        // With children: 4 in Bodø, a small count.
        if (bodo) {
            EXPECT_EQ(office["status"]["husstander_med_barn"], "small");
        } else {
            EXPECT_EQ(office["shareStatus"], "not_applicable");
        }
    }
    // No count from 1 to 4 anywhere in the answer, and no person.
    std::function<void(const nlohmann::json&)> no_small_count = [&](const nlohmann::json& node) {
        if (node.is_number_integer() && node.get<int64_t>() > 0 && node.get<int64_t>() < 5 &&
            &node != &table["year"])
            ADD_FAILURE() << "a small count is shown: " << node;
        if (node.is_object() && node.contains("values"))
            for (const auto& value : node["values"]) no_small_count(value);
        if (node.is_object() && node.contains("offices"))
            for (const auto& office : node["offices"]) no_small_count(office);
        if (node.is_object() && node.contains("county")) no_small_count(node["county"]);
    };
    no_small_count(table["country"]);
    for (const auto& county : table["counties"]) no_small_count(county);
    EXPECT_EQ(response.body.find("Person"), std::string::npos);
    // The symbols and their footnotes, the time the figures were read, and what the country covers.
    std::map<std::string, std::string> symbols;
    for (const auto& symbol : table["symbols"]) symbols[symbol["symbol"]] = symbol["text"];
    EXPECT_EQ(symbols[":"], "Vises ikke for å hindre at små tall kan regnes ut.");
    EXPECT_TRUE(symbols.contains("<5"));
    EXPECT_TRUE(symbols.contains("."));
    EXPECT_TRUE(std::regex_match(table["snapshotLabel"].get<std::string>(),
                                 std::regex(R"(Tall per \d\d\.\d\d\.\d{4} kl\. \d\d\.\d\d)")))
        << table["snapshotLabel"];
    EXPECT_EQ(table["snapshotLabel"], figures::snapshot_label(table["snapshotAt"]));
    EXPECT_TRUE(table["coverage"].get<std::string>().starts_with("«Hele landet» er summen av kontorene som "
                                                                 "bruker Husly:"))
        << table["coverage"];

    // The workbook and the CSV say «<5» and «:» where a count is hidden, with the footnotes; only
    // analysts get them.
    auto xlsx = analytiker.get("/api/v1/figures/national/export?year=2025&format=xlsx");
    ASSERT_EQ(xlsx.status, 200);
    auto strings = unzip_entry(xlsx.body, "xl/sharedStrings.xml");
    EXPECT_NE(strings.find("<t>&lt;5</t>"), std::string::npos);
    EXPECT_NE(strings.find("<t>:</t>"), std::string::npos);
    EXPECT_NE(strings.find("Vises ikke for å hindre at små tall kan regnes ut."), std::string::npos);
    EXPECT_NE(strings.find("Tall per "), std::string::npos);
    auto csv = analytiker.get("/api/v1/figures/national/export?year=2025&format=csv");
    ASSERT_EQ(csv.status, 200);
    EXPECT_NE(csv.body.find("\"Hele landet\";\"\";\":\";\"<5\";\"<5\";\"<5\";8;\"<5\";"), std::string::npos)
        << csv.body;
    EXPECT_NE(csv.body.find("\":\";\"Vises ikke for å hindre at små tall kan regnes ut.\"\r\n"),
              std::string::npos);
    EXPECT_EQ(server.client_as("leder@husly.test").get("/api/v1/figures/national?year=2025").status, 403);
    EXPECT_EQ(server.client_as("admin@husly.test").get("/api/v1/figures/national?year=2025").status, 403);
    EXPECT_EQ(analytiker.get("/api/v1/figures/kostra?year=2025").status, 403);
    EXPECT_EQ(analytiker.get("/api/v1/figures/national?year=1999").status, 422);
}

Actor analyst_of(TestServer& server) {
    Actor actor;
    actor.user_id = server.user_id("analytiker@husly.test");
    actor.memberships = {{Role::analytiker, std::nullopt}};
    return actor;
}

TEST_P(ApiFiguresTest, TheNationalViewIsASnapshotThatACheckInDoesNotMoveUntilTheNextRefresh) {
    TestServer server(GetParam());
    build_hand_made_year(server);
    auto analytiker = server.client_as("analytiker@husly.test");
    auto before = analytiker.get("/api/v1/figures/national?year=2025");
    ASSERT_EQ(before.status, 200) << before.body;
    auto first = before.json();
    EXPECT_EQ(first["country"]["values"]["opphold"], 8);

    // One more household checks in (in the hand-made year): asking again shows nothing of it.
    int64_t unit = 0;
    {
        auto lease = server.database().acquire();
        long long id = 0;
        lease->sql() << "SELECT MIN(id) FROM units WHERE night_shelter = 0", soci::into(id);
        unit = id;
    }
    {
        History history(server, "1804");
        history.stay(Household{}, "2025-09-01", "2025-09-10", unit);
    }
    auto after = analytiker.get("/api/v1/figures/national?year=2025");
    EXPECT_EQ(after.body, before.body);
    // The office's own figures stay live for its lead.
    auto kostra = server.client_as("leder@husly.test").get("/api/v1/figures/kostra?year=2025").json();
    EXPECT_EQ(lines_by_key(kostra)["opphold"]["count"], 9);

    // The snapshot is stored: a server started afresh on the same database gives the same answer.
    {
        auto restarted = test::open_database(server.database_url(), 1);
        auto lease = restarted->acquire();
        auto snapshot = figures::national(*lease, analyst_of(server), 2025, figures::RefreshSchedule{});
        ASSERT_TRUE(snapshot) << snapshot.error().message;
        EXPECT_EQ(snapshot->computed_at, first["snapshotAt"]);
        EXPECT_EQ(snapshot->table.country.values[static_cast<size_t>(NationalMeasure::stays)], 8);
    }

    // The next period's refresh counts it.
    {
        auto lease = server.database().acquire();
        EXPECT_TRUE(figures::refresh_national(*lease, figures::RefreshSchedule{},
                                              now() + std::chrono::hours(24), 2025));
    }
    auto refreshed = analytiker.get("/api/v1/figures/national?year=2025").json();
    EXPECT_EQ(refreshed["country"]["values"]["opphold"], 9);
    EXPECT_NE(refreshed["snapshotAt"], first["snapshotAt"]);
    // A year without stays has nothing in it.
    auto empty = analytiker.get("/api/v1/figures/national?year=2010").json();
    EXPECT_EQ(empty["country"]["values"]["opphold"], 0);
    EXPECT_EQ(empty["country"]["shareStatus"], "not_applicable");
}

TEST_P(ApiFiguresTest, SeveralServersOnOneDatabaseRefreshTheSnapshotOncePerPeriod) {
    TestServer server(GetParam());
    auto other = test::open_database(server.database_url(), 3);
    figures::RefreshSchedule schedule;
    auto race = [&](Instant at) {
        std::atomic<int> refreshed{0}, failed{0};
        std::vector<std::thread> servers;
        for (int i = 0; i < 6; ++i)
            servers.emplace_back([&, i] {
                try {
                    auto lease = i % 2 == 0 ? server.database().acquire() : other->acquire();
                    if (figures::refresh_national(*lease, schedule, at + std::chrono::milliseconds(i), 2025))
                        ++refreshed;
                } catch (const std::exception&) {
                    ++failed;
                }
            });
        for (auto& thread : servers) thread.join();
        EXPECT_EQ(failed, 0);
        return refreshed.load();
    };
    auto at = now();
    EXPECT_EQ(race(at), 1);
    EXPECT_EQ(race(at + std::chrono::minutes(1)), 0); // the same period
    EXPECT_EQ(race(at + std::chrono::hours(24)), 1);  // the next

    // A claim left by a server that died is taken over once it is 30 minutes old, not before.
    auto lease = server.database().acquire();
    auto period = format_instant(at + std::chrono::hours(72));
    auto t = [&](int minutes) {
        return format_instant(at + std::chrono::hours(72) + std::chrono::minutes(minutes));
    };
    EXPECT_TRUE(snapshot_repository::claim(*lease, "national:2025", period, t(0), t(-30)));
    EXPECT_FALSE(snapshot_repository::claim(*lease, "national:2025", period, t(1), t(1 - 30)));
    EXPECT_TRUE(snapshot_repository::claim(*lease, "national:2025", period, t(31), t(31 - 30)));
}

TEST(FiguresSchedule, TheRefreshIsATimeOfNightInNorwayOrAnInterval) {
    auto at = [](const char* text) { return parse_instant(text).value(); };
    auto nightly = figures::RefreshSchedule::parse("02:00");
    ASSERT_TRUE(nightly);
    // Winter (UTC+1): 02:30 in Norway is after the night's refresh at 01:00 UTC; 01:30 is before it.
    EXPECT_EQ(format_instant(nightly->period_start(at("2026-12-06T01:30:00.000Z"))),
              "2026-12-06T01:00:00.000Z");
    EXPECT_EQ(format_instant(nightly->period_start(at("2026-12-06T00:30:00.000Z"))),
              "2026-12-05T01:00:00.000Z");
    // Summer (UTC+2).
    EXPECT_EQ(format_instant(nightly->period_start(at("2026-07-01T00:30:00.000Z"))),
              "2026-07-01T00:00:00.000Z");
    auto half_hourly = figures::RefreshSchedule::parse("30m");
    ASSERT_TRUE(half_hourly);
    EXPECT_EQ(format_instant(half_hourly->period_start(at("2026-12-06T10:47:12.000Z"))),
              "2026-12-06T10:30:00.000Z");
    EXPECT_EQ(figures::RefreshSchedule::parse("6h")->interval_minutes, 360);
    for (const auto* wrong : {"25:00", "2:00", "0m", "-5m", "m", "soon", "", "9999h"})
        EXPECT_FALSE(figures::RefreshSchedule::parse(wrong)) << wrong;
    EXPECT_EQ(figures::snapshot_label("2026-12-06T01:00:00.000Z"), "Tall per 06.12.2026 kl. 02.00");
    EXPECT_EQ(figures::snapshot_label("2026-07-01T00:05:00.000Z"), "Tall per 01.07.2026 kl. 02.05");
}

const nlohmann::json& chart_of(const nlohmann::json& dashboard, const std::string& id) {
    for (const auto& chart : dashboard["charts"])
        if (chart["id"] == id) return chart;
    throw std::runtime_error("no chart " + id);
}

nlohmann::json values_of(const nlohmann::json& chart, const std::string& label) {
    for (const auto& row : chart["rows"])
        if (row["label"] == label) return row["values"];
    throw std::runtime_error("no row " + label);
}

TEST_P(ApiFiguresTest, TheDashboardChartsTheHandMadeYear) {
    TestServer server(GetParam());
    build_hand_made_year(server);
    auto leder = server.client_as("leder@husly.test");
    auto response = leder.get("/api/v1/figures/dashboard?year=2025");
    ASSERT_EQ(response.status, 200) << response.body;
    auto dashboard = response.json();
    EXPECT_EQ(dashboard["charts"].size(), 13U);
    // B C D D E F I were received in 2025; A G H in 2024.
    auto requests = chart_of(dashboard, "henvendelser_per_maned");
    EXPECT_EQ(requests["note"], "7 i 2025 mot 3 i 2024.");
    EXPECT_EQ(values_of(requests, "apr")["i_ar"], 2);   // D twice
    EXPECT_EQ(values_of(requests, "des")["i_fjor"], 2); // A and H
    EXPECT_EQ(values_of(chart_of(dashboard, "utfall"), "Innvilget (helt eller delvis)")["verdi"], 7);
    EXPECT_EQ(values_of(chart_of(dashboard, "tid_til_vedtak"), "Samme dag")["verdi"], 7);
    // Lengths: A D D E (others) and I (family) up to 14 nights, B exactly 3 months, C past them,
    // G over a year (measured to the year's end); F was a night shelter, H had no night in 2025.
    auto lengths = chart_of(dashboard, "opphold_etter_lengde");
    EXPECT_EQ(values_of(lengths, "0–14 dager")["andre"], 4);
    EXPECT_EQ(values_of(lengths, "0–14 dager")["barnefamilier"], 1);
    EXPECT_EQ(values_of(lengths, "2–3 mnd")["barnefamilier"], 1);
    EXPECT_EQ(values_of(lengths, "3–6 mnd")["barnefamilier"], 1);
    EXPECT_EQ(values_of(lengths, "Over 12 mnd")["barnefamilier"], 1);
    EXPECT_EQ(lengths["note"], "Gjennomsnitt 85 netter, lengste 457 netter. Streken markerer 3 måneder.");
    // A B C D D E F H I moved out in 2025, all to a privately rented home.
    auto exits = chart_of(dashboard, "utflytting");
    EXPECT_EQ(values_of(exits, "Privat leid bolig")["verdi"], 9);
    EXPECT_EQ(exits["note"], "9 av 9 (100 %) flyttet til en varig bolig.");
    // Bed-nights by kind in 2025: all in the municipality's own units (night shelter included).
    EXPECT_EQ(
        values_of(chart_of(dashboard, "bodogn_etter_type"), "Egne kommunale midlertidige botilbud")["verdi"],
        2 + 267 + 186 + 15 + 14 + 3 + 730 + 8);

    // One chart as CSV, all as a workbook; an unknown chart is refused by name.
    auto csv = leder.get("/api/v1/figures/dashboard/export?year=2025&format=csv&chart=utflytting");
    ASSERT_EQ(csv.status, 200);
    EXPECT_NE(csv.body.find("\"Privat leid bolig\";9\r\n"), std::string::npos) << csv.body;
    auto xlsx = leder.get("/api/v1/figures/dashboard/export?year=2025&format=xlsx");
    ASSERT_EQ(xlsx.status, 200);
    EXPECT_NE(unzip_entry(xlsx.body, "xl/workbook.xml").find("Definisjoner"), std::string::npos);
    auto unknown = leder.get("/api/v1/figures/dashboard/export?year=2025&format=csv&chart=..%2Fpasswd");
    EXPECT_EQ(unknown.status, 422);
    EXPECT_EQ(unknown.json()["error"]["field"], "chart");
    EXPECT_EQ(server.client_as("veileder@husly.test").get("/api/v1/figures/dashboard").status, 403);
}

TEST_P(ApiFiguresTest, ARequestBelongsToAMunicipalityItsOfficeServes) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto person = veileder.post("/api/v1/persons", {{"firstName", "Test"}, {"lastName", "Kommune"}});
    ASSERT_EQ(person.status, 201) << person.body;
    nlohmann::json body{{"personId", person.json()["id"]}, {"channel", "muntlig"}};
    // Bodø serves only Bodø: the default; Saltdal is refused beside the field, and nothing is kept.
    auto plain = veileder.post("/api/v1/requests", body);
    ASSERT_EQ(plain.status, 201) << plain.body;
    EXPECT_EQ(plain.json()["municipalityNumber"], "1804");
    body["municipalityNumber"] = "1840";
    auto refused = veileder.post("/api/v1/requests", body);
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(refused.json()["error"]["field"], "municipalityNumber");
    auto listed = veileder.get("/api/v1/persons/" + std::to_string(person.json()["id"].get<int64_t>()));
    EXPECT_EQ(listed.json()["requests"].size(), 1U);
    // Indre Salten serves Saltdal, Fauske and Sørfold: the one chosen is kept.
    ASSERT_EQ(veileder.put("/api/v1/auth/office", {{"officeId", server.office_id("1841")}}).status, 200);
    auto other = veileder.post("/api/v1/persons", {{"firstName", "Test"}, {"lastName", "Sørfold"}});
    ASSERT_EQ(other.status, 201);
    auto chosen = veileder.post(
        "/api/v1/requests",
        {{"personId", other.json()["id"]}, {"channel", "muntlig"}, {"municipalityNumber", "1845"}});
    ASSERT_EQ(chosen.status, 201) << chosen.body;
    EXPECT_EQ(chosen.json()["municipalityNumber"], "1845");
}

// The same history on both databases gives the very same figures, byte for byte.
TEST(ApiFiguresBothBackends, SqliteAndPostgresqlGiveIdenticalFigures) {
    auto backends = husly::test::backends();
    if (backends.size() < 2) GTEST_SKIP() << "PostgreSQL is not configured (HUSLY_TEST_PG_URL)";
    std::vector<std::string> answers;
    for (const auto& backend : backends) {
        TestServer server(backend);
        build_hand_made_year(server);
        std::string answer;
        auto leder = server.client_as("leder@husly.test");
        for (const auto* year : {"2024", "2025", "2026"}) {
            auto report = leder.get(std::string("/api/v1/figures/kostra?year=") + year).json();
            report.erase("asOf");
            for (auto& issue : report["quality"]) issue.erase("stayId"), issue.erase("requestId");
            answer += report.dump() + "\n";
            auto dashboard = leder.get(std::string("/api/v1/figures/dashboard?year=") + year).json();
            dashboard.erase("asOf");
            answer += dashboard.dump() + "\n";
            auto national = server.client_as("analytiker@husly.test")
                                .get(std::string("/api/v1/figures/national?year=") + year)
                                .json();
            national.erase("snapshotAt");
            national.erase("snapshotLabel");
            answer += national.dump() + "\n";
        }
        answers.push_back(answer);
    }
    EXPECT_EQ(answers[0], answers[1]);
    EXPECT_NE(answers[0].find("\"husstander\""), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiFiguresTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
