#include "support/case_fixtures.hpp"

#include "common/clock.hpp"
#include "domain/stay.hpp"

#include <cstdio>
#include <gtest/gtest.h>
#include <unistd.h>

namespace husly::test {

std::string day_offset(int days) {
    return format_date(std::chrono::sys_days{today()} + std::chrono::days(days));
}

int64_t new_case(HttpClient& client, const std::string& last_name, const CaseOptions& options) {
    auto person =
        client.post("/api/v1/persons",
                    {{"firstName", "Test"}, {"lastName", last_name}, {"birthDate", options.birth_date}});
    EXPECT_EQ(person.status, 201) << person.body;
    nlohmann::json body = {{"personId", person.json()["id"]},
                           {"channel", "muntlig"},
                           {"acute", true},
                           {"members", options.members}};
    if (options.received_days_ago > 0)
        body["receivedAt"] = format_instant(now() - std::chrono::days(options.received_days_ago));
    auto request = client.post("/api/v1/requests", body);
    EXPECT_EQ(request.status, 201) << request.body;
    return request.json()["id"].get<int64_t>();
}

void grant(HttpClient& client, int64_t request_id, const std::string& from, const std::string& to) {
    auto url = "/api/v1/requests/" + std::to_string(request_id) + "/decision";
    auto draft =
        client.put(url, {{"outcome", "INNVILGET"},
                         {"periodFrom", from},
                         {"periodTo", to},
                         {"offerKind", "skaffes"},
                         {"offerFindBy", from},
                         {"longPeriodReason", "Det finnes ingen annen bolig i kommunen nå."},
                         {"facts", "Søkeren har mistet leiligheten og har ikke nettverk i kommunen."},
                         {"considerations", "Søkeren kan ikke skaffe seg et sted å bo selv."}});
    EXPECT_EQ(draft.status, 200) << draft.body;
    auto decided = client.post(url + "/decide", nlohmann::json::object());
    EXPECT_EQ(decided.status, 200) << decided.body;
}

nlohmann::json all_items_ok() {
    auto items = nlohmann::json::array();
    for (const auto* code : {"moblert", "matlaging", "bad_toalett", "klesvask", "sengetoy", "rengjoring_rom",
                             "rengjoring_felles", "privatliv", "besok", "husregler", "barn_rus"})
        items.push_back({{"code", code}, {"result", "ok"}});
    return items;
}

int64_t make_provider(HttpClient& client, const std::string& name, const std::string& kind,
                      const std::string& offer_type) {
    nlohmann::json body{{"name", name}, {"kind", kind}, {"municipalityNumbers", {"1804"}}};
    if (!offer_type.empty()) body["offerType"] = offer_type;
    auto created = client.post("/api/v1/providers", body);
    EXPECT_EQ(created.status, 201) << created.body;
    return created.json()["id"].get<int64_t>();
}

int64_t make_unit(HttpClient& client, int64_t provider_id, const std::string& name, int rooms, int beds,
                  int64_t price, nlohmann::json extra) {
    nlohmann::json body{
        {"providerId", provider_id},    {"name", name},           {"kind", "rom"},
        {"municipalityNumber", "1804"}, {"rooms", rooms},         {"beds", beds},
        {"staffing", "dogn"},           {"pricePerNight", price}, {"priceFrom", day_offset(-400)}};
    body.update(extra);
    auto created = client.post("/api/v1/units", body);
    EXPECT_EQ(created.status, 201) << created.body;
    return created.json()["id"].get<int64_t>();
}

HttpResult inspect(HttpClient& client, int64_t unit_id, const std::string& verdict, nlohmann::json items) {
    return client.post("/api/v1/units/" + std::to_string(unit_id) + "/inspections",
                       {{"inspectedOn", day_offset(-10)},
                        {"inspector", "Kari Kontroll"},
                        {"items", items},
                        {"verdict", verdict},
                        {"nextDueOn", day_offset(355)}});
}

int64_t granted_case(HttpClient& client, const std::string& name, bool children) {
    CaseOptions options{.received_days_ago = 1};
    if (children) options.members = {{{"role", "child"}, {"firstName", "Ola"}, {"birthDate", "2019-05-01"}}};
    auto request_id = new_case(client, name, options);
    grant(client, request_id, day_offset(0), day_offset(60));
    return request_id;
}

std::string pdf_text(const std::string& pdf) {
    char path[] = "/tmp/husly-letter-XXXXXX";
    int fd = mkstemp(path);
    EXPECT_GE(fd, 0);
    EXPECT_EQ(write(fd, pdf.data(), pdf.size()), static_cast<ssize_t>(pdf.size()));
    close(fd);
    std::string text;
    FILE* pipe = popen((std::string("pdftotext -layout ") + path + " -").c_str(), "r");
    char buffer[4096];
    while (size_t n = fread(buffer, 1, sizeof buffer, pipe)) text.append(buffer, n);
    pclose(pipe);
    unlink(path);
    return text;
}

std::string flatten(const std::string& text) {
    std::string flat;
    for (char c : text) {
        bool space = c == ' ' || c == '\n' || c == '\f' || c == '\r' || c == '\t';
        if (space && (flat.empty() || flat.back() == ' ')) continue;
        flat += space ? ' ' : c;
    }
    return flat;
}

} // namespace husly::test
