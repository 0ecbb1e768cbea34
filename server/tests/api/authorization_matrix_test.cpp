// The authorization matrix: every endpoint of server/openapi.json × every role × whose resource
// it is, with the answer each must get, read from authorization_matrix.txt beside this file and
// called against a running server with the demo data, on both databases. It fails when an
// endpoint has no rows (so a new endpoint must be given its answers), when any answer differs,
// when a refused request changed anything, and when any response carries a person the caller may
// not see (persons are renamed to unique markers first, so a leak is a plain substring).

#include "demo/demo_service.hpp"
#include "store/rows.hpp"
#include "support/build_paths.hpp"
#include "support/case_fixtures.hpp"
#include "support/db_snapshot.hpp"
#include "support/openapi.hpp"
#include "support/test_server.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sstream>

using namespace husly;
using namespace husly::test;
using nlohmann::json;

namespace {

const std::vector<std::string> roles{"anonym",        "veileder",   "leder",
                                     "administrator", "analytiker", "tilbyder"};

// Whose resource a path names: "own" — the veileder's and leder's active office (Bodø, 1804)
// and the tilbyder's own provider (Hotell Nordlys, in Bodø); "other-office" — another office's
// (Grünerløkka, 0315, at Cochs Pensjonat); "other-provider" — the same office's, at another
// provider (Bolig Nu); "-" — no resource in the path.
const std::set<std::string> provider_parameters{"providerId", "unitId", "agreementId", "placementId"};
const std::set<std::string> office_parameters{"officeId",       "userId",     "personId",   "requestId",
                                              "stayId",         "appealId",   "entryId",    "storageId",
                                              "deviationId",    "responseId", "incidentId", "changeId",
                                              "cashDecisionId", "consentId",  "referralId"};

std::vector<std::string> scopes_of(const std::string& path) {
    bool office = false;
    for (const auto& name : path_parameters(path)) {
        if (provider_parameters.contains(name)) return {"own", "other-office", "other-provider"};
        office = office || office_parameters.contains(name);
    }
    if (office) return {"own", "other-office"};
    return {"-"};
}

struct MatrixRow {
    std::string method;
    std::string path;
    std::string scope;
    std::map<std::string, std::string> answers; // role → ok | 401 | 403 | 404
    int line{0};
};

std::string row_key(const std::string& method, const std::string& path, const std::string& scope) {
    return method + " " + path + " " + scope;
}

std::vector<MatrixRow> read_matrix() {
    std::ifstream file(husly::test::paths::authorization_matrix());
    if (!file)
        throw std::runtime_error(std::string("cannot read ") + husly::test::paths::authorization_matrix());
    std::vector<MatrixRow> rows;
    std::string line;
    std::vector<std::string> columns;
    for (int number = 1; std::getline(file, line); ++number) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream words(line);
        std::vector<std::string> fields;
        for (std::string word; words >> word;) fields.push_back(word);
        if (columns.empty()) { // the header: method path scope and the roles
            columns = fields;
            if (columns.size() != 3 + roles.size() ||
                !std::equal(roles.begin(), roles.end(), columns.begin() + 3))
                throw std::runtime_error("authorization matrix: the header must name the roles in order");
            continue;
        }
        if (fields.size() != columns.size())
            throw std::runtime_error(
                fmt::format("authorization matrix line {}: {} fields", number, fields.size()));
        MatrixRow row{fields[0], fields[1], fields[2], {}, number};
        for (size_t i = 0; i < roles.size(); ++i) {
            const auto& answer = fields[3 + i];
            if (answer != "ok" && answer != "401" && answer != "403" && answer != "404")
                throw std::runtime_error(
                    fmt::format("authorization matrix line {}: unknown answer {}", number, answer));
            row.answers[roles[i]] = answer;
        }
        rows.push_back(row);
    }
    return rows;
}

// A row drafted from the description's x-roles, offered in the failure message for a new endpoint.
std::string drafted_row(const ApiOperation& operation, const std::string& scope) {
    std::set<std::string> allowed;
    for (const auto& role : operation.operation.value("x-roles", json::array()))
        allowed.insert(role.get<std::string>());
    std::string row = fmt::format("{:<7}{:<66}{:<15}", operation.method, operation.path, scope);
    for (const auto& role : roles) {
        std::string answer = "403";
        if (allowed.contains("alle"))
            answer = "ok";
        else if (role == "anonym")
            answer = "401";
        else if (allowed.contains("innlogget") || allowed.contains(role))
            answer =
                scope == "other-office" || (scope == "other-provider" && role == "tilbyder") ? "404" : "ok";
        row += fmt::format("{:<14}", answer);
    }
    return row.substr(0, row.find_last_not_of(' ') + 1);
}

// "%PDF-1.4 … %%EOF": enough for an agreement's document.
const std::string minimal_pdf_base64 =
    "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PD4+CmVuZG9iagp0cmFpbGVyCjw8Pj4KJSVFT0YK";

struct World {
    std::map<std::string, std::map<std::string, std::string>> ids; // scope → parameter → id
    // What each role may see of persons: markers (renamed last names, household members' first
    // names) and identity numbers that must never appear in its responses.
    std::map<std::string, std::vector<std::string>> forbidden;
    // The identity number of a person the own office does not hold: the national lookup of
    // GET /persons may say no more than that they are known elsewhere.
    std::string elsewhere_number;
};

std::vector<std::string> strings(Connection& connection, const std::string& sql) {
    std::vector<std::string> values;
    soci::rowset<soci::row> rows = connection.sql().prepare << sql;
    for (const auto& row : rows) values.push_back(row.get<std::string>(0));
    return values;
}

json must(const HttpResult& result, const std::string& what) {
    if (result.status >= 300)
        throw std::runtime_error(what + ": " + std::to_string(result.status) + " " + result.body);
    return result.json();
}

int64_t newest_id(const json& items) {
    int64_t newest = 0;
    for (const auto& item : items) newest = std::max(newest, item["id"].get<int64_t>());
    return newest;
}

// What must never appear in a response: the markers and identity numbers of the persons
// `persons_where` (on persons p) picks, and the markers of the household members `members_where`
// (on request_members m) picks.
std::vector<std::string> hidden_persons(Connection& connection, const std::string& persons_where,
                                        const std::string& members_where) {
    auto hidden = strings(connection, "SELECT 'Mrk' || p.id || 'x' FROM persons p WHERE " + persons_where);
    auto numbers =
        strings(connection, "SELECT p.identity_number FROM persons p WHERE p.identity_number IS NOT "
                            "NULL AND (" +
                                persons_where + ")");
    auto members =
        strings(connection, "SELECT 'Mrm' || m.id || 'x' FROM request_members m WHERE " + members_where);
    hidden.insert(hidden.end(), numbers.begin(), numbers.end());
    hidden.insert(hidden.end(), members.begin(), members.end());
    return hidden;
}

// The demo data plus what it lacks for the matrix (appeals, agreement documents, accounts to
// change), the ids of each scope, and the persons renamed to markers.
World build_world(TestServer& server) {
    World world;
    {
        auto lease = server.database().acquire();
        demo::create(*lease);
    }
    auto own_caseworker = server.client_as("veileder@husly.test");
    auto other_caseworker = server.client_as("oslo@husly.test");
    auto admin = server.client_as("admin@husly.test");
    auto lease = server.database().acquire();
    auto& connection = *lease;
    auto provider = [&](const std::string& name) {
        return count(connection, "SELECT id FROM providers WHERE name = '" + name + "'");
    };
    const int64_t own_office = server.office_id("1804");
    const int64_t other_office = server.office_id("0315");

    auto scope_ids = [&](int64_t office, int64_t provider_id, HttpClient& caseworker,
                         const std::string& tag) {
        auto placement = count(connection, fmt::format("SELECT MAX(p.id) FROM placements p JOIN units u ON "
                                                       "u.id = p.unit_id WHERE u.provider_id = {} AND "
                                                       "p.status = 'innsjekket' AND p.office_id = {}",
                                                       provider_id, office));
        auto of_placement = [&](const std::string& column) {
            return count(connection,
                         fmt::format("SELECT {} FROM placements WHERE id = {}", column, placement));
        };
        auto first_of_office = [&](const std::string& table) {
            return count(connection,
                         fmt::format("SELECT MIN(id) FROM {} WHERE office_id = {}", table, office));
        };
        auto request = of_placement("request_id");
        auto appeal = must(
            caseworker.post(
                fmt::format("/api/v1/requests/{}/decision/appeals", request),
                {{"sentOn", day_offset(0)}, {"receivedOn", day_offset(0)}, {"summary", "Klage på vedtaket"}}),
            "appeal");
        // The appeal came late (its deadline moved back) and was dismissed, so its letter exists.
        {
            auto deadline = day_offset(-1);
            long long request_id = request;
            connection.sql() << "UPDATE decisions SET appeal_deadline = :d WHERE request_id = :r",
                soci::use(deadline), soci::use(request_id);
        }
        must(caseworker.post(
                 fmt::format("/api/v1/requests/{}/decision/appeals/{}/late-assessment", request,
                             newest_id(appeal["appeals"])),
                 {{"assessment", "avvist"}, {"reason", "Klagen kom to måneder for sent uten grunn."}}),
             "dismissal");
        // A change of place on the vedtak (an amending vedtak), so its letter exists: from the first day
        // of the vedtak's period, which is inside it and not before it was decided.
        std::string period_from;
        {
            long long request_id = request;
            connection.sql() << "SELECT period_from FROM decisions WHERE request_id = :r",
                soci::use(request_id), soci::into(period_from);
        }
        auto changed =
            must(caseworker.post(fmt::format("/api/v1/requests/{}/decision/place-changes", request),
                                 {{"provider", "Matrisen botilbud"},
                                  {"address", "Matriseveien 1, 8006 Bodø"},
                                  {"fromDate", period_from},
                                  {"reason", "Stedet passet ikke for personen."}}),
                 "place change");
        auto agreement = must(caseworker.post(fmt::format("/api/v1/providers/{}/agreements", provider_id),
                                              {{"startsOn", day_offset(-30)},
                                               {"documentName", "avtale.pdf"},
                                               {"documentBase64", minimal_pdf_base64}}),
                              "agreement");
        // An incident at the placement, for Nav's follow-up.
        auto incident = must(caseworker.post(fmt::format("/api/v1/placements/{}/incidents", placement),
                                             {{"occurredOn", day_offset(0)},
                                              {"facts", "Bråk på rommet i natt, meldt av nattevakten."}}),
                             "incident");
        // A § 18 decision on money for a night, so its letter exists.
        auto cash = must(caseworker.post(fmt::format("/api/v1/requests/{}/cash-assistance", request),
                                         {{"granted", true},
                                          {"amountKroner", 900},
                                          {"nights", 1},
                                          {"decidedOn", day_offset(0)},
                                          {"reasons", "Har ikke penger til en natt på hotell."}}),
                         "cash assistance");
        auto user = must(admin.post("/api/v1/users",
                                    {{"email", "matrise." + tag + "@husly.test"},
                                     {"displayName", "Matrise " + tag},
                                     {"password", "matrise-passord-2026"},
                                     {"roles", json::array({{{"role", "veileder"}, {"officeId", office}}})}}),
                         "user");
        std::map<std::string, std::string> ids{
            {"officeId", std::to_string(office)},
            {"userId", std::to_string(user["id"].get<int64_t>())},
            // the user's caseworker role at the office, awaiting approval
            {"grantId", std::to_string(user["pendingRoles"][0]["grantId"].get<int64_t>())},
            {"personId", std::to_string(of_placement("person_id"))},
            {"requestId", std::to_string(request)},
            // a stay with a vedtak on stopping it, so its letter exists
            {"stayId", std::to_string(count(
                           connection, fmt::format("SELECT MAX(s.id) FROM stays s JOIN stay_terminations t "
                                                   "ON t.stay_id = s.id WHERE s.office_id = {}",
                                                   office)))},
            {"appealId", std::to_string(newest_id(appeal["appeals"]))},
            {"entryId", std::to_string(first_of_office("waiting_list"))},
            {"storageId", std::to_string(first_of_office("storage"))},
            {"deviationId", std::to_string(first_of_office("deviations"))},
            {"responseId", std::to_string(first_of_office("survey_responses"))},
            {"incidentId", std::to_string(incident["id"].get<int64_t>())},
            {"changeId", std::to_string(newest_id(changed["placeChanges"]))},
            {"cashDecisionId", std::to_string(cash["id"].get<int64_t>())},
            {"providerId", std::to_string(provider_id)},
            {"unitId",
             std::to_string(count(
                 connection, fmt::format("SELECT MIN(id) FROM units WHERE provider_id = {}", provider_id)))},
            {"agreementId", std::to_string(newest_id(agreement["agreements"]))},
            {"placementId", std::to_string(placement)},
            {"roundId", std::to_string(count(connection, "SELECT MIN(id) FROM survey_rounds"))},
        };
        // A consent and a referral on the stay (docs/domain.md#on-the-way-to-a-home).
        auto stay_path = "/api/v1/stays/" + ids["stayId"];
        auto consented = must(
            caseworker.post(stay_path + "/consents", {{"parties", json::array({"boligkontor", "husbanken"})},
                                                      {"givenOn", day_offset(0)}}),
            "consent");
        ids["consentId"] = std::to_string(newest_id(consented["consents"]));
        auto referred = must(caseworker.post(stay_path + "/referrals",
                                             {{"kind", "kommunal_bolig"}, {"sentOn", day_offset(0)}}),
                             "referral");
        ids["referralId"] = std::to_string(newest_id(referred["referrals"]));
        return ids;
    };
    world.ids["own"] = scope_ids(own_office, provider("Hotell Nordlys"), own_caseworker, "egen");
    world.ids["other-office"] =
        scope_ids(other_office, provider("Cochs Pensjonat"), other_caseworker, "annen");
    world.ids["other-provider"] = world.ids["own"];
    auto bolig_nu = provider("Bolig Nu");
    auto bolig_nu_ids = scope_ids(own_office, bolig_nu, own_caseworker, "bolig");
    for (const auto& name : provider_parameters) world.ids["other-provider"][name] = bolig_nu_ids[name];
    world.ids["-"] = world.ids["own"];
    world.elsewhere_number = strings(connection, fmt::format("SELECT identity_number FROM persons WHERE "
                                                             "identity_number IS NOT NULL AND id NOT IN "
                                                             "(SELECT person_id FROM person_offices WHERE "
                                                             "office_id = {}) ORDER BY id",
                                                             own_office))
                                 .at(0);

    // Every person and household member under a name found nowhere else.
    connection.sql() << "UPDATE persons SET last_name = 'Mrk' || id || 'x'";
    connection.sql() << "UPDATE request_members SET first_name = 'Mrm' || id || 'x'";
    world.forbidden["veileder"] = hidden_persons(
        connection,
        fmt::format("p.id NOT IN (SELECT person_id FROM person_offices WHERE office_id = {})", own_office),
        fmt::format("m.request_id IN (SELECT id FROM requests WHERE office_id <> {})", own_office));
    world.forbidden["leder"] = world.forbidden["veileder"];
    // Nobody without a case role sees anyone.
    for (const char* role : {"anonym", "administrator", "analytiker"})
        world.forbidden[role] = hidden_persons(connection, "1 = 1", "1 = 1");
    // Provider staff see the persons booked at their own units, nobody else.
    const auto booked_here = fmt::format("SELECT pl.request_id FROM placements pl JOIN units u ON u.id = "
                                         "pl.unit_id WHERE u.provider_id = {}",
                                         provider("Hotell Nordlys"));
    world.forbidden["tilbyder"] = hidden_persons(
        connection, fmt::format("p.id NOT IN (SELECT person_id FROM requests WHERE id IN ({}))", booked_here),
        fmt::format("m.request_id NOT IN ({})", booked_here));
    return world;
}

// Bodies and queries that pass validation where the example body would not, so that the access
// check is what answers (these endpoints read their input before the resource).
const std::map<std::string, json>& valid_bodies() {
    static const std::map<std::string, json> bodies{
        {"PUT /api/v1/persons/{personId}/representative",
         {{"name", "Advokat i matrisen"}, {"address", "Storgata 1, 8006 Bodø"}}},
        {"PUT /api/v1/providers/{providerId}",
         {{"name", "Tilbyder i matrisen"},
          {"kind", "kommunal"},
          {"offerType", "dognbemanning"},
          {"municipalityNumbers", {"1804"}}}},
        {"POST /api/v1/providers/{providerId}/agreements",
         {{"startsOn", day_offset(-30)},
          {"documentName", "avtale.pdf"},
          {"documentBase64", minimal_pdf_base64}}},
        {"POST /api/v1/providers/{providerId}/staff", {{"email", "matrise.egen@husly.test"}}},
        {"POST /api/v1/requests/{requestId}/decision/delivery",
         {{"deliveryMethod", "personlig"}, {"deliveredOn", day_offset(0)}}},
        {"POST /api/v1/requests/{requestId}/decision/place-changes",
         {{"provider", "Matrisen botilbud"},
          {"address", "Matriseveien 2, 8006 Bodø"},
          {"fromDate", day_offset(0)},
          {"reason", "Stedet passet ikke for personen."}}},
        {"PUT /api/v1/stays/{stayId}/individual-plan", {{"wish", "ikke_spurt"}}},
        {"POST /api/v1/stays/{stayId}/consents",
         {{"parties", json::array({"tilbyder"})}, {"givenOn", day_offset(0)}}},
        {"POST /api/v1/stays/{stayId}/referrals", {{"kind", "startlan"}, {"sentOn", day_offset(0)}}},
        {"POST /api/v1/stays/{stayId}/termination/delivery",
         {{"deliveryMethod", "personlig"}, {"deliveredOn", day_offset(0)}}},
        {"POST /api/v1/requests/{requestId}/cash-assistance/{cashDecisionId}/delivery",
         {{"deliveryMethod", "personlig"}, {"deliveredOn", day_offset(0)}}},
        {"POST /api/v1/requests/{requestId}/decision/appeals",
         {{"sentOn", day_offset(0)}, {"receivedOn", day_offset(0)}, {"summary", "Klage på vedtaket"}}},
        {"POST /api/v1/requests/{requestId}/decision/appeals/{appealId}/late-assessment",
         {{"assessment", "behandles"}, {"reason", "Personen var innlagt på sykehus da fristen gikk ut."}}},
        {"POST /api/v1/units/{unitId}/inspections",
         {{"inspectedOn", day_offset(-10)},
          {"inspector", "Kari Kontroll"},
          {"items", all_items_ok()},
          {"verdict", "forsvarlig"},
          {"nextDueOn", day_offset(355)}}},
        {"PUT /api/v1/requests/{requestId}/decision",
         {{"outcome", "INNVILGET"},
          {"periodFrom", day_offset(0)},
          {"periodTo", day_offset(30)},
          {"offerKind", "skaffes"},
          {"offerFindBy", day_offset(0)},
          {"facts", "Søkeren har mistet leiligheten."},
          {"considerations", "Søkeren kan ikke skaffe seg bolig selv."}}},
        {"POST /api/v1/requests/{requestId}/outcome",
         {{"kind", "ikke_sokt"}, {"guidance", {"rad"}}, {"note", "Spurte bare om råd om depositum."}}},
        {"POST /api/v1/requests/{requestId}/cash-assistance",
         {{"granted", true},
          {"amountKroner", 900},
          {"nights", 1},
          {"decidedOn", day_offset(0)},
          {"reasons", "Har ikke penger til en natt på hotell."}}},
    };
    return bodies;
}

std::string query_for(const ApiOperation& operation, const World& world) {
    if (operation.path == "/api/v1/requests/{requestId}/place-search")
        return "?from=" + day_offset(0) + "&to=" + day_offset(7);
    if (operation.method == "GET" && operation.path == "/api/v1/persons")
        return "?identityNumber=" + world.elsewhere_number + "&purpose=ny_henvendelse";
    return "";
}

// The operation's body: a valid one above, or its example with the scope's ids in the fields
// named like them.
std::string body_for(const ApiOperation& operation, const std::map<std::string, std::string>& ids) {
    auto valid = valid_bodies().find(operation.method + " " + operation.path);
    if (valid != valid_bodies().end()) return valid->second.dump();
    auto body = example_body(operation);
    if (body.is_null()) return "";
    if (body.is_object())
        for (auto& [name, value] : body.items())
            if (ids.contains(name) && value.is_number_integer()) value = std::stoll(ids.at(name));
    return body.dump();
}

bool denied(const HttpResult& result) {
    return result.status == 403 || result.status == 404 ||
           (result.status == 401 && result.error_code() == "not_logged_in");
}

bool answer_matches(const std::string& expected, const HttpResult& result) {
    if (expected == "ok") return result.status < 500 && !denied(result);
    return result.status == std::stoi(expected);
}

// Audit completeness: what a request wrote to the audit log.
struct AuditEntry {
    int64_t actor{0};
    std::string action;
    std::optional<int64_t> person;
};

std::vector<AuditEntry> audit_after(Connection& connection, int64_t last_id) {
    return rows::select<AuditEntry>(
        connection, "SELECT actor_user_id, action, person_id FROM audit_log WHERE id > :id",
        [](const soci::row& row) {
            return AuditEntry{rows::optional_integer(row, "actor_user_id").value_or(0),
                              rows::text(row, "action"), rows::optional_integer(row, "person_id")};
        },
        last_id);
}

// The persons a response shows, by their markers (household members are not persons of their own).
std::set<int64_t> persons_shown(const std::string& body) {
    std::set<int64_t> persons;
    for (auto at = body.find("Mrk"); at != std::string::npos; at = body.find("Mrk", at + 3)) {
        auto end = at + 3;
        while (end < body.size() && std::isdigit(static_cast<unsigned char>(body[end]))) ++end;
        if (end > at + 3 && end < body.size() && body[end] == 'x')
            persons.insert(std::stoll(body.substr(at + 3, end - at - 3)));
    }
    return persons;
}

// The person a path's resource is about (its first parameter that belongs to one), if any.
std::optional<int64_t> person_of_path(Connection& connection, const std::string& path,
                                      const std::map<std::string, std::string>& ids) {
    static const std::map<std::string, std::string> owner_query{
        {"personId", "SELECT id FROM persons WHERE id = {}"},
        {"requestId", "SELECT person_id FROM requests WHERE id = {}"},
        {"stayId", "SELECT person_id FROM stays WHERE id = {}"},
        {"consentId", "SELECT person_id FROM consents WHERE id = {}"},
        {"referralId",
         "SELECT s.person_id FROM referrals r JOIN stays s ON s.id = r.stay_id WHERE r.id = {}"},
        {"placementId", "SELECT person_id FROM placements WHERE id = {}"},
        {"incidentId", "SELECT person_id FROM incident_reports WHERE id = {}"},
        {"entryId", "SELECT person_id FROM waiting_list WHERE id = {}"},
        {"storageId", "SELECT person_id FROM storage WHERE id = {}"},
    };
    for (const auto& name : path_parameters(path)) {
        auto query = owner_query.find(name);
        if (query != owner_query.end())
            return count(connection, fmt::format(fmt::runtime(query->second), ids.at(name)));
    }
    return std::nullopt;
}

// Every person a successful answer shows, and the person its path is about, has an audit entry
// by the caller naming them; every successful change has an entry by the caller.
void expect_audited(const std::string& what, const std::string& method, int64_t user,
                    const std::vector<AuditEntry>& entries, const std::set<int64_t>& persons) {
    auto names = [&](int64_t person) {
        return std::ranges::any_of(entries, [&](const AuditEntry& entry) {
            return entry.actor == user && entry.person == person && !entry.action.empty();
        });
    };
    for (auto person : persons) {
        EXPECT_TRUE(names(person)) << what << " showed or changed person " << person
                                   << " without an audit entry by the caller naming them";
    }
    if (method != "GET") {
        EXPECT_TRUE(
            std::ranges::any_of(entries, [&](const AuditEntry& entry) { return entry.actor == user; }))
            << what << " changed something without an audit entry by the caller";
    }
}

struct Cell {
    const MatrixRow* row;
    const ApiOperation* operation;
    std::string role;
};

} // namespace

class AuthorizationMatrixTest : public ::testing::TestWithParam<std::string> {};

TEST_P(AuthorizationMatrixTest, EveryEndpointAnswersEveryRoleAsTheMatrixSays) {
    http::AppConfig config;
    config.security.address_failure_limit = 1000;             // the login row tries a wrong password per role
    config.metrics_token = "matrix-metrics-token-0123456789"; // /metrics on, and no role has it
    TestServer server(GetParam(), config);
    auto world = build_world(server);

    auto rows = read_matrix();
    std::map<std::string, const MatrixRow*> by_key;
    for (const auto& row : rows) {
        EXPECT_TRUE(by_key.emplace(row_key(row.method, row.path, row.scope), &row).second)
            << "authorization matrix line " << row.line << ": a second row for " << row.method << " "
            << row.path << " " << row.scope;
    }
    auto operations = api_operations();
    std::vector<Cell> cells;
    std::set<std::string> described;
    std::string missing;
    for (const auto& operation : operations) {
        for (const auto& scope : scopes_of(operation.path)) {
            auto key = row_key(operation.method, operation.path, scope);
            described.insert(key);
            auto found = by_key.find(key);
            if (found == by_key.end()) {
                missing += drafted_row(operation, scope) + "\n";
                continue;
            }
            for (const auto& role : roles) cells.push_back({found->second, &operation, role});
        }
    }
    EXPECT_EQ(missing, "")
        << "endpoints without rows in the authorization matrix; drafted from x-roles, check "
           "each answer before adding:\n"
        << missing;
    for (const auto& row : rows)
        EXPECT_TRUE(described.contains(row_key(row.method, row.path, row.scope)))
            << "authorization matrix line " << row.line << ": no such endpoint and scope in openapi.json";

    std::map<std::string, HttpClient> clients;
    clients.emplace("anonym", server.client());
    for (const auto& role : roles)
        if (role != "anonym") clients.emplace(role, server.client_as(demo_email(role)));
    ASSERT_EQ(clients.at("veileder").get("/api/v1/auth/me").json()["activeOfficeId"].get<int64_t>(),
              server.office_id("1804"));

    // Refusals first: none may change anything. Then what is allowed, reads before writes, and
    // logging out last of all.
    auto rank = [](const Cell& cell) {
        if (cell.row->answers.at(cell.role) != "ok") return 0;
        if (cell.operation->path == "/api/v1/auth/logout") return 3;
        return cell.operation->method == "GET" ? 1 : 2;
    };
    std::stable_sort(cells.begin(), cells.end(),
                     [&](const Cell& a, const Cell& b) { return rank(a) < rank(b); });

    TableSnapshot before;
    {
        auto lease = server.database().acquire();
        before = snapshot_tables(*lease, {"sessions"});
    }
    int64_t last_audit_id = 0;
    {
        auto lease = server.database().acquire();
        last_audit_id = count(*lease, "SELECT COALESCE(MAX(id), 0) FROM audit_log");
    }
    std::map<std::string, int64_t> user_ids;
    for (const auto& role : roles)
        if (role != "anonym") user_ids[role] = server.user_id(demo_email(role));
    size_t audited_persons = 0;
    int succeeded = 0;
    bool refusals_checked = false;
    std::map<std::string, int> tally;
    for (const auto& cell : cells) {
        if (!refusals_checked && rank(cell) > 0) {
            auto lease = server.database().acquire();
            EXPECT_EQ(first_difference(before, snapshot_tables(*lease, {"sessions"})), "")
                << "a refused request changed the database";
            refusals_checked = true;
        }
        const auto& ids = world.ids.at(cell.row->scope);
        auto target = fill_path(cell.operation->path, ids) + query_for(*cell.operation, world);
        auto result =
            clients.at(cell.role).send(cell.operation->method, target, body_for(*cell.operation, ids));
        const auto& expected = cell.row->answers.at(cell.role);
        ++tally[expected];
        EXPECT_TRUE(answer_matches(expected, result))
            << "authorization matrix line " << cell.row->line << ": " << cell.operation->method << " "
            << target << " (" << cell.row->scope << ") as " << cell.role << ": expected " << expected
            << ", got " << result.status << " " << result.body.substr(0, 200);
        for (const auto& hidden : world.forbidden.at(cell.role))
            EXPECT_EQ(result.body.find(hidden), std::string::npos)
                << cell.operation->method << " " << target << " as " << cell.role << " shows " << hidden
                << ", a person it may not see";
        if (result.status < 300) ++succeeded;
        if (cell.role == "anonym" || result.status >= 300) continue;
        auto lease = server.database().acquire();
        auto entries = audit_after(*lease, last_audit_id);
        last_audit_id = count(*lease, "SELECT COALESCE(MAX(id), 0) FROM audit_log");
        auto persons = persons_shown(result.body);
        if (auto person = person_of_path(*lease, cell.operation->path, ids)) persons.insert(*person);
        expect_audited(fmt::format("{} {} as {}", cell.operation->method, target, cell.role),
                       cell.operation->method, user_ids.at(cell.role), entries, persons);
        audited_persons += persons.size();
    }
    std::printf(
        "authorization matrix on %s: %zu rows, %zu cells (ok %d, of them %d 2xx; 401 %d, 403 %d, 404 %d); "
        "%zu persons shown or changed, each checked for its audit entry\n",
        GetParam().c_str(), rows.size(), cells.size(), tally["ok"], succeeded, tally["401"], tally["403"],
        tally["404"], audited_persons);
}

INSTANTIATE_TEST_SUITE_P(Backends, AuthorizationMatrixTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
