// The bad-input catalogue: hundreds of malformed and hostile requests made from the API's own
// description (server/openapi.json), so every endpoint with a body, a path id or a query gets
// them, and a new endpoint gets them too. Each must be answered with a 4xx and the JSON error
// shape, the server must stay up, and the database must be exactly as before.
// (api/input_test.cpp pins the exact code and field for the classic cases.)

#include "demo/demo_service.hpp"
#include "support/db_snapshot.hpp"
#include "support/openapi.hpp"
#include "support/test_server.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <unistd.h>

using namespace husly;
using namespace husly::test;
using nlohmann::json;

namespace {

struct Hostile {
    std::string description;
    std::string role; // who sends it ("" for nobody)
    std::string method;
    std::string target;
    std::string body;
    std::string content_type{"application/json"};
};

// A value of the wrong type for the schema.
json wrong_type(const json& raw) {
    auto type = schema_type(resolve_schema(raw));
    if (type == "string") return json::array({"ikke", "tekst"});
    if (type == "integer" || type == "number") return "12; DROP TABLE persons";
    if (type == "boolean") return "true";
    if (type == "array") return json::object({{"ikke", "en liste"}});
    return 7;
}

// Path ids of the demo data's first office (where the demo veileder works), so requests reach
// the body decoding instead of stopping at "not found".
std::map<std::string, std::string> demo_ids(Connection& connection) {
    auto first = [&](const std::string& sql) {
        long long id = 0;
        soci::indicator indicator = soci::i_null;
        connection.sql() << sql, soci::into(id, indicator);
        return std::to_string(indicator == soci::i_ok ? id : 1);
    };
    std::string office = first("SELECT MIN(id) FROM offices WHERE unit_number = '0315'");
    std::map<std::string, std::string> ids{
        {"officeId", office},
        {"userId", first("SELECT MIN(id) FROM users")},
        {"personId", first("SELECT MIN(person_id) FROM requests WHERE office_id = " + office)},
        {"requestId", first("SELECT MIN(id) FROM requests WHERE office_id = " + office)},
        {"stayId", first("SELECT MIN(s.id) FROM stays s JOIN requests r ON r.id = s.request_id WHERE "
                         "r.office_id = " +
                         office)},
        {"providerId", first("SELECT MIN(id) FROM providers")},
        {"unitId", first("SELECT MIN(id) FROM units")},
        {"roundId", first("SELECT MIN(id) FROM survey_rounds")},
        {"responseId", first("SELECT MIN(id) FROM survey_responses")},
    };
    return ids;
}

// The first role the description allows ("alle": anyone, "innlogget": any account).
std::string role_for(const json& operation) {
    if (!operation.contains("x-roles") || operation["x-roles"].empty()) return "veileder";
    auto role = operation["x-roles"][0].get<std::string>();
    if (role == "alle") return "";
    if (role == "innlogget") return "veileder";
    return role;
}

std::vector<Hostile> catalogue(const std::map<std::string, std::string>& ids) {
    std::vector<Hostile> cases;
    for (const auto& api_operation : api_operations()) {
        // Named one by one: a lambda capturing structured bindings confuses clang's analyzer.
        const std::string& method = api_operation.method;
        const std::string& path = api_operation.path;
        const json& operation = api_operation.operation;
        if (method == "GET" && path == "/api/v1/auth/logout") continue;
        auto role = role_for(operation);
        if (path == "/api/v1/auth/login") role = "";
        std::string target = fill_path(path, ids);
        auto add = [&](const std::string& what, const std::string& t, const std::string& body,
                       const std::string& content_type = "application/json") {
            cases.push_back(
                {fmt::format("{} {}: {}", method, path, what), role, method, t, body, content_type});
        };

        // Path ids that cannot name anything.
        if (path.find('{') != std::string::npos) {
            auto open = path.find('{');
            auto with = [&](const std::string& id) {
                auto bad = path;
                bad.replace(open, path.find('}') - open + 1, id);
                return fill_path(bad, ids);
            };
            std::string body = method == "GET" ? "" : "{}";
            add("id zero", with("0"), body);
            add("negative id", with("-5"), body);
            add("id beyond 64 bits", with("99999999999999999999999"), body);
            add("SQL in the id", with("1%20OR%201%3D1"), body);
            add("script in the id", with("%3Cscript%3Ealert(1)%3C%2Fscript%3E"), body);
        }

        // Query parameters: a malformed escape, and wrong values for typed ones.
        const auto parameters = operation.value("parameters", json::array());
        for (const auto& parameter : parameters) {
            if (method != "GET" || parameter.value("in", "") != "query") continue;
            auto name = parameter["name"].get<std::string>();
            auto schema = resolve_schema(parameter.value("schema", json::object()));
            auto type = schema_type(schema);
            const std::string body;
            add(fmt::format("malformed escape in {}", name), fmt::format("{}?{}=%zz", target, name), body);
            if (type == "integer") {
                add(fmt::format("{} not a number", name), fmt::format("{}?{}=x1", target, name), body);
                add(fmt::format("{} beyond 64 bits", name),
                    fmt::format("{}?{}=99999999999999999999999", target, name), body);
            }
            if (schema.value("format", "") == "date") {
                add(fmt::format("{} in year 0", name), fmt::format("{}?{}=0000-01-01", target, name), body);
                add(fmt::format("{} in year 9999", name), fmt::format("{}?{}=9999-12-31", target, name),
                    body);
            }
        }

        // Bodies.
        const auto* content = operation.contains("requestBody")
                                  ? &operation["requestBody"]["content"]["application/json"]["schema"]
                                  : nullptr;
        if (!content) continue;
        auto base = example_body(api_operation);
        add("not JSON", target, "{\"a\": ");
        add("a list, not an object", target, "[1,2,3]");
        add("a bare string", target, "\"<script>alert(1)</script>\"");
        add("empty body", target, "");
        add("duplicate keys", target, R"({"x":1,"x":2})");
        add("invalid UTF-8", target, "{\"\xff\xfe\":\"\xc3\x28\"}");
        add("deep nesting", target, "{\"a\":" + std::string(200, '[') + std::string(200, ']') + "}");
        add("only an unknown field", target, R"({"__proto__":{"admin":true}})");
        add("wrong content type", target, base.dump(), "text/plain");
        add("form encoded", target, "a=1&b=2", "application/x-www-form-urlencoded");
        add("XML", target, "<?xml version=\"1.0\"?><a/>", "application/xml");
        if (!base.is_object() || base.empty()) continue;
        const auto properties = resolve_schema(*content)["properties"];
        auto all_wrong = base;
        for (const auto& [name, property] : properties.items()) all_wrong[name] = wrong_type(property);
        add("every field of the wrong type", target, all_wrong.dump());
        auto with_unknown = base;
        with_unknown["ondsinnet"] = "'; DROP TABLE persons; --";
        add("an unknown field beside the others", target, with_unknown.dump());
        for (const auto& item : properties.items()) {
            const std::string& name = item.key();
            auto property = resolve_schema(item.value());
            auto type = schema_type(property);
            auto variant = [&](const std::string& what, const json& value) {
                auto body = base;
                body[name] = value;
                add(fmt::format("{} {}", name, what), target, body.dump());
            };
            if (property.value("format", "") == "date") {
                variant("in year 0", "0000-01-01");
                variant("in year 9999", "9999-12-31");
                variant("31 February", "2026-02-31");
                variant("SQL fragment", "2026-01-01' OR '1'='1");
            } else if (type == "integer") {
                variant("negative beyond any range", -9223372036854775807LL);
                variant("beyond 64 bits", json::parse("99999999999999999999999"));
                variant("fraction", 1.5);
            } else if (type == "string" && property.contains("enum")) {
                variant("not one of the codes", "<script>alert(1)</script>");
            } else if (type == "string" && property.contains("maxLength")) {
                variant("overlong", std::string(property["maxLength"].get<size_t>() + 1, 'x'));
            }
        }
    }
    // Static files: nothing outside the web root, whatever the spelling.
    for (const char* target :
         {"/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/assets/../../secret.txt",
          "/assets/%2e%2e%2f%2e%2e%2fsecret.txt", "/.env", "/.git/config", "/index.html/../../secret.txt",
          "/assets/..\\..\\secret.txt", "/assets/missing.js"})
        cases.push_back({fmt::format("static {}", target), "", "GET", target, "", ""});
    return cases;
}

// Tables that change on every request whatever it asks (the session's last use); the audit log
// is compared too: a refused request reads no one's data.
const std::set<std::string> volatile_tables{"sessions"};

} // namespace

class ApiHostileInputTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ApiHostileInputTest, EveryHostileRequestGetsA4xxWithTheErrorShapeAndChangesNothing) {
    // A web root with a file beside it that must never be served.
    auto root = std::filesystem::temp_directory_path() / fmt::format("husly-hostile-{}", getpid());
    std::filesystem::create_directories(root / "web" / "assets");
    std::ofstream(root / "web" / "index.html") << "<!doctype html><title>Husly</title>";
    std::ofstream(root / "secret.txt") << "HEMMELIG";
    http::AppConfig config;
    config.web_root = (root / "web").string();
    TestServer server(GetParam(), config);
    std::map<std::string, std::string> ids;
    {
        auto lease = server.database().acquire();
        demo::create(*lease);
        ids = demo_ids(*lease);
    }
    std::map<std::string, HttpClient> clients;
    clients.emplace("", server.client());
    for (const char* role : {"veileder", "leder", "administrator", "analytiker", "tilbyder"}) {
        std::string email = demo_email(role);
        if (role == std::string("veileder")) email = "oslo@husly.test"; // works at 0315, the office above
        clients.emplace(role, server.client_as(email));
    }

    TableSnapshot before;
    {
        auto lease = server.database().acquire();
        before = snapshot_tables(*lease, volatile_tables);
    }
    auto cases = catalogue(ids);
    ASSERT_GE(cases.size(), 200u);
    std::map<int, int> by_status;
    for (const auto& hostile : cases) {
        auto& client = clients.at(hostile.role);
        auto result = client.send(hostile.method, hostile.target, hostile.body, hostile.content_type);
        ++by_status[result.status];
        EXPECT_GE(result.status, 400) << hostile.description << ": " << result.body.substr(0, 300);
        EXPECT_LT(result.status, 500) << hostile.description << ": " << result.body.substr(0, 300);
        auto body = json::parse(result.body, nullptr, false);
        EXPECT_TRUE(!body.is_discarded() && body.contains("error") && body["error"]["code"].is_string() &&
                    body["error"]["message"].is_string() &&
                    !body["error"]["message"].get<std::string>().empty())
            << hostile.description << ": " << result.body.substr(0, 300);
        EXPECT_EQ(result.body.find("HEMMELIG"), std::string::npos) << hostile.description;
    }
    EXPECT_EQ(server.client().get("/healthz").status, 200);
    auto lease = server.database().acquire();
    EXPECT_EQ(first_difference(before, snapshot_tables(*lease, volatile_tables)), "");
    std::string summary;
    for (const auto& [status, count] : by_status) summary += fmt::format(" {}×{}", count, status);
    std::printf("hostile requests: %zu on %s,%s\n", cases.size(), GetParam().c_str(), summary.c_str());
    std::filesystem::remove_all(root);
}

namespace {

struct RawAnswer {
    int status{0};
    std::string text; // status line, headers and body
};

// Sends one request line as it is (no client in between to tidy the target) and reads the answer.
RawAnswer raw_get(unsigned short port, const std::string& target, const std::string& method = "GET") {
    auto text = raw_exchange(port, method + " " + target +
                                       " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    RawAnswer answer{0, text};
    if (text.rfind("HTTP/1.1 ", 0) == 0) answer.status = std::atoi(text.c_str() + 9);
    return answer;
}

std::string without_leading_slash(const std::string& path) {
    return path.substr(path.find_first_not_of('/'));
}

// Every byte of `path` percent-encoded ("/tmp" → "%2F%74%6D%70").
std::string all_encoded(const std::string& path) {
    std::string out;
    for (unsigned char c : path) out += fmt::format("%{:02X}", c);
    return out;
}

} // namespace

// The static-file handler reads files from disk for anyone, logged in or not: no spelling of a
// path may reach a byte outside the web root. Markers are planted outside it (a file beside the
// root, /etc/passwd, the test's own database, the process environment), and every answer to
// every spelling is searched for them.
TEST_P(ApiHostileInputTest, NoSpellingOfAPathServesAByteFromOutsideTheWebRoot) {
    auto root = std::filesystem::temp_directory_path() / fmt::format("husly-paths-{}", getpid());
    std::filesystem::remove_all(root);
    std::filesystem::create_directories(root / "web" / "assets");
    std::filesystem::create_directories(root / "outside");
    const std::string marker = fmt::format("HUSLY-SECRET-MARKER-{}", getpid());
    std::ofstream(root / "web" / "index.html") << "<!doctype html><title>Husly</title>";
    std::ofstream(root / "web" / "assets" / "x.js") << "console.log('x');";
    std::ofstream(root / "secret.txt") << marker << " beside the web root";
    std::ofstream(root / "outside" / "secret.txt") << marker << " in a folder beside the web root";
    // Links inside the root that point out of it: the link is inside, its target is not.
    std::filesystem::create_symlink(root / "secret.txt", root / "web" / "assets" / "leak.js");
    std::filesystem::create_symlink(root / "outside", root / "web" / "linked");
    std::filesystem::create_symlink("/etc/passwd", root / "web" / "passwd.txt");
    const std::string secret = (root / "secret.txt").string();
    http::AppConfig config;
    config.web_root = (root / "web").string();
    TestServer server(GetParam(), config);
    std::string database_file;
    if (server.database_url().rfind("sqlite:", 0) == 0) database_file = server.database_url().substr(7);

    // {S}: the secret file's absolute path, {D}: the database file's (SQLite).
    std::vector<std::string> spellings{
        "//{S}", // "/" + an absolute path: curl --path-as-is
        "///{S}",
        "/%2F{s}", // an encoded separator makes the path absolute
        "/%2f{s}",
        "/{S-encoded}", // every byte encoded
        "/%2F%2F{s}",
        "//etc/passwd",
        "///etc/passwd",
        "/%2Fetc/passwd",
        "/%2fetc%2fpasswd",
        "//proc/self/environ",
        "/%2Fproc/self/environ",
        "//proc/self/cmdline",
        "/../secret.txt", // up out of the root
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/.%2e/secret.txt",
        "/%2e%2e%2fsecret.txt",
        "/..%2fsecret.txt",
        "/..%2Fsecret.txt",
        "/assets/../../secret.txt",
        "/assets/%2e%2e/%2e%2e/secret.txt",
        "/assets/..",
        "/assets/../..",
        "/./../secret.txt",
        "/index.html/../../secret.txt",
        "/assets/x.js/..%2f..%2f..%2fsecret.txt",
        "/../../../../../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%c0%ae%c0%ae/secret.txt",      // overlong UTF-8 for '.'
        "/%c0%ae%c0%ae%c0%afsecret.txt", // … and for '/'
        "/..%c0%afsecret.txt",
        "/..%c1%9csecret.txt",            // overlong '\'
        "/%e0%80%ae%e0%80%ae/secret.txt", // three-byte overlong '.'
        "/%25%32%65%25%32%65/secret.txt", // double-encoded: decoded once, stays literal
        "/%252e%252e/secret.txt",
        "/..%5csecret.txt", // encoded backslash
        "/..%5Csecret.txt",
        "/..\\secret.txt", // raw backslash
        "/assets\\..\\..\\secret.txt",
        "/%5c%5c{s}",
        "/secret.txt%00.html", // NUL
        "/..%2fsecret.txt%00",
        "/index.html%00/../../secret.txt",
        "/assets/leak.js",    // a symlink inside the root to a file outside
        "/linked/secret.txt", // a symlinked folder pointing outside
        "/linked/",
        "/passwd.txt",
        "//{S}?x=1",
        "/..;/secret.txt",
        "/.%2E/.%2E/secret.txt",
    };
    if (!database_file.empty()) {
        spellings.push_back("/" + database_file); // "//<path of the database>"
        spellings.push_back("/%2F" + without_leading_slash(database_file));
        spellings.push_back("/" + all_encoded(database_file));
    }
    auto expand = [&](std::string target) {
        auto replace = [&](const std::string& key, const std::string& value) {
            for (auto at = target.find(key); at != std::string::npos; at = target.find(key))
                target.replace(at, key.size(), value);
        };
        replace("{S-encoded}", all_encoded(secret));
        replace("{S}", secret);
        replace("{s}", without_leading_slash(secret));
        return target;
    };
    // Request lines whose target does not start with "/": refused whatever follows.
    std::vector<std::string> not_origin_form{
        "a/etc/passwd",
        "a" + secret,
        without_leading_slash(secret),
        "etc/passwd",
        "..",
        "../secret.txt",
        "http://127.0.0.1" + secret, // absolute-form: Husly is no proxy
        "http://127.0.0.1//etc/passwd",
        "*",
    };
    if (!database_file.empty()) not_origin_form.push_back("a" + database_file);

    std::vector<std::string> forbidden{marker, "root:x:0:0", "SQLite format 3", "PATH=/", "HOME="};
    auto check = [&](const std::string& what, const RawAnswer& answer) {
        for (const auto& text : forbidden)
            EXPECT_EQ(answer.text.find(text), std::string::npos)
                << what << " served «" << text << "»: " << answer.text.substr(0, 200);
    };
    size_t tried = 0;
    for (const auto& spelling : spellings) {
        auto target = expand(spelling);
        for (const char* method : {"GET", "HEAD"}) {
            auto answer = raw_get(server.port(), target, method);
            ++tried;
            check(fmt::format("{} {}", method, target), answer);
            EXPECT_GE(answer.status, 400) << method << " " << target << ": " << answer.text.substr(0, 200);
            EXPECT_LT(answer.status, 500) << method << " " << target << ": " << answer.text.substr(0, 200);
        }
    }
    for (const auto& target : not_origin_form) {
        auto answer = raw_get(server.port(), target);
        ++tried;
        check("GET " + target, answer);
        EXPECT_EQ(answer.status, 400) << "GET " << target << ": " << answer.text.substr(0, 200);
    }
    EXPECT_GE(tried, 60u);

    // What the web app needs still works.
    auto client = server.client();
    auto index = client.get("/");
    EXPECT_EQ(index.status, 200);
    EXPECT_NE(index.body.find("<title>Husly</title>"), std::string::npos);
    EXPECT_EQ(client.get("/index.html").status, 200);
    auto script = client.get("/assets/x.js");
    EXPECT_EQ(script.status, 200);
    EXPECT_EQ(script.body, "console.log('x');");
    EXPECT_EQ(script.headers["content-type"], "text/javascript; charset=utf-8");
    auto route = client.get("/opphold/12");
    EXPECT_EQ(route.status, 200); // a client route gets the app
    EXPECT_NE(route.body.find("<title>Husly</title>"), std::string::npos);
    EXPECT_EQ(client.get("/personer/12/opphold?fane=notater").status, 200);
    EXPECT_EQ(client.get("/assets/missing.js").status, 404);
    EXPECT_EQ(client.get("/healthz").status, 200);
    std::filesystem::remove_all(root);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiHostileInputTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
