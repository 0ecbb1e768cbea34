// Bad input: every malformed or hostile request gets a 4xx with the JSON error shape and a field
// where one is to blame, the server stays up, and nothing is written.

#include "support/allocations.hpp"
#include "support/test_server.hpp"

#include <gtest/gtest.h>

using namespace husly;
using husly::test::TestServer;

namespace {

struct BadRequest {
    std::string description;
    std::string method;
    std::string target;
    std::string body;
    std::string content_type;
    int status;
    std::string code;
    std::string field;
};

int count_rows(Database& database, const std::string& table) {
    auto lease = database.acquire();
    int count = 0;
    lease->sql() << "SELECT COUNT(*) FROM " + table, soci::into(count);
    return count;
}

std::string office_body(const std::string& name, const std::string& unit = "7777") {
    return nlohmann::json{{"name", name}, {"unitNumber", unit}, {"municipalityNumbers", {"1804"}}}.dump();
}

} // namespace

class ApiInputTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ApiInputTest, MalformedBodiesAreRefusedAndNothingIsWritten) {
    TestServer server(GetParam());
    auto admin = server.client_as("admin@husly.test");
    const std::string json = "application/json";
    std::vector<BadRequest> cases{
        {"malformed JSON", "POST", "/api/v1/offices", "{\"name\": ", json, 400, "malformed_json", ""},
        {"array instead of object", "POST", "/api/v1/offices", "[]", json, 400, "not_an_object", ""},
        {"empty body", "POST", "/api/v1/offices", "", json, 400, "empty_body", ""},
        {"wrong type", "POST", "/api/v1/offices",
         R"({"name":5,"unitNumber":"7777","municipalityNumbers":["1804"]})", json, 400, "invalid_field",
         "name"},
        {"unknown field", "POST", "/api/v1/offices",
         R"({"name":"Nav X","unitNumber":"7777","municipalityNumbers":["1804"],"admin":true})", json, 400,
         "unknown_field", "admin"},
        {"duplicate key", "POST", "/api/v1/offices",
         R"({"name":"Nav X","name":"Nav Y","unitNumber":"7777","municipalityNumbers":["1804"]})", json, 400,
         "duplicate_field", "name"},
        {"missing field", "POST", "/api/v1/offices", R"({"name":"Nav X","municipalityNumbers":["1804"]})",
         json, 422, "required", "unitNumber"},
        {"invalid UTF-8", "POST", "/api/v1/offices",
         "{\"name\":\"Nav \xc3\x28\",\"unitNumber\":\"7777\",\"municipalityNumbers\":[\"1804\"]}", json, 400,
         "invalid_utf8", ""},
        {"control character", "POST", "/api/v1/offices", office_body("Nav\u0001X"), json, 422,
         "invalid_field", "name"},
        {"overlong name", "POST", "/api/v1/offices", office_body(std::string(121, 'x')), json, 422,
         "too_long", "name"},
        {"unit number not digits", "POST", "/api/v1/offices", office_body("Nav X", "77a7"), json, 422,
         "invalid_field", "unitNumber"},
        {"unknown municipality", "POST", "/api/v1/offices",
         R"({"name":"Nav X","unitNumber":"7777","municipalityNumbers":["9998"]})", json, 422, "invalid_field",
         "municipalityNumbers"},
        {"SQL fragment as number", "POST", "/api/v1/offices",
         R"({"name":"Nav X","unitNumber":"7777","municipalityNumbers":["1804' OR '1'='1"]})", json, 422,
         "invalid_field", "municipalityNumbers"},
        {"wrong content type", "POST", "/api/v1/offices", office_body("Nav X"), "text/plain", 415,
         "unsupported_media_type", ""},
        {"form encoded", "POST", "/api/v1/offices", "name=Nav", "application/x-www-form-urlencoded", 415,
         "unsupported_media_type", ""},
        {"deep nesting", "POST", "/api/v1/offices",
         "{\"name\":" + std::string(100, '[') + std::string(100, ']') + "}", json, 400, "too_deep", ""},
        {"huge number", "PATCH", "/api/v1/users/1", R"({"active":1e999})", json, 400, "malformed_json", ""},
        {"user id not a number", "PATCH", "/api/v1/users/abc", R"({"active":true})", json, 404, "not_found",
         ""},
        {"negative user id", "PATCH", "/api/v1/users/-1", R"({"active":true})", json, 404, "not_found", ""},
        {"unknown role", "POST", "/api/v1/users",
         R"({"email":"a@b.no","displayName":"A","password":"et langt passord","roles":[{"role":"konge"}]})",
         json, 422, "invalid_field", "roles[0].role"},
        {"short password", "POST", "/api/v1/users",
         R"({"email":"a@b.no","displayName":"A","password":"kort","roles":[{"role":"analytiker"}]})", json,
         422, "invalid_field", "password"},
        {"bad email", "POST", "/api/v1/users",
         R"({"email":"ikke-en-adresse","displayName":"A","password":"et langt passord","roles":[{"role":"analytiker"}]})",
         json, 422, "invalid_field", "email"},
        {"roles not a list", "POST", "/api/v1/users",
         R"({"email":"a@b.no","displayName":"A","password":"et langt passord","roles":"admin"})", json, 400,
         "invalid_field", "roles"},
        {"malformed query", "GET", "/api/v1/audit?userId=%zz", "", "", 400, "malformed_query", ""},
        {"query id not a number", "GET", "/api/v1/audit?userId=1;DROP", "", "", 422, "invalid_field",
         "userId"},
        {"wrong method", "DELETE", "/api/v1/offices", "", "", 405, "method_not_allowed", ""},
    };
    int offices_before = count_rows(server.database(), "offices");
    int users_before = count_rows(server.database(), "users");
    for (const auto& c : cases) {
        auto result = admin.send(c.method, c.target, c.body, c.content_type);
        EXPECT_EQ(result.status, c.status) << c.description << ": " << result.body;
        EXPECT_EQ(result.error_code(), c.code) << c.description;
        EXPECT_EQ(result.error_field(), c.field) << c.description;
        auto body = result.json();
        ASSERT_TRUE(body.is_object() && body["error"]["message"].is_string()) << c.description;
        EXPECT_FALSE(body["error"]["message"].get<std::string>().empty()) << c.description;
    }
    EXPECT_EQ(count_rows(server.database(), "offices"), offices_before);
    EXPECT_EQ(count_rows(server.database(), "users"), users_before);
    EXPECT_EQ(admin.get("/healthz").status, 200);
}

TEST_P(ApiInputTest, OversizedBodyIsRefusedBeforeItIsRead) {
    TestServer server(GetParam());
    auto admin = server.client_as("admin@husly.test");
    std::string huge = R"({"name":")" + std::string(2 * 1024 * 1024, 'x') + R"("})";
    auto result = admin.send("POST", "/api/v1/offices", huge);
    EXPECT_EQ(result.status, 413);
    EXPECT_EQ(result.error_code(), "body_too_large");
    EXPECT_EQ(admin.get("/healthz").status, 200);
}

// Finding F2 of the second review: a body of a million `[` (under the 1 MiB limit) made the server
// build a million nested arrays before it looked at the depth. Now the brackets are counted first
// and the body is refused at the 17th, without parsing: what the whole request costs the server
// is receiving the body, not tens of megabytes of JSON.
TEST_P(ApiInputTest, AMegabyteOfOpeningBracketsIsRefusedWithoutBeingParsed) {
    TestServer server(GetParam());
    auto admin = server.client_as("admin@husly.test");
    const std::string body(1'000'000, '[');
    auto refuse = [&] { return admin.send("POST", "/api/v1/offices", body); };
    auto first = refuse(); // warms up the connection's buffers
    EXPECT_EQ(first.status, 400) << first.body;
    EXPECT_EQ(first.error_code(), "too_deep");
    if (!husly::test::AllocationCount::available())
        GTEST_SKIP() << "counting allocations needs the AddressSanitizer build (build/test)";
    husly::test::AllocationCount count;
    auto result = refuse();
    auto allocated = count.bytes();
    EXPECT_EQ(result.status, 400) << result.body;
    EXPECT_EQ(result.error_code(), "too_deep");
    // The client's request and the server's copies of a 1 MB body; the old reader's nested arrays
    // came to far more than this.
    EXPECT_LT(allocated, 16u * 1024 * 1024) << "bytes allocated by the client and the server";
    EXPECT_EQ(admin.get("/healthz").status, 200);
}

TEST_P(ApiInputTest, MalformedHttpGetsA400AndTheServerStaysUp) {
    TestServer server(GetParam());
    auto garbage = husly::test::raw_exchange(server.port(), "NOT HTTP AT ALL\r\n\r\n");
    EXPECT_NE(garbage.find("400"), std::string::npos) << garbage;
    auto huge_header = husly::test::raw_exchange(
        server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'a') + "\r\n\r\n");
    EXPECT_NE(huge_header.find("431"), std::string::npos) << huge_header.substr(0, 100);
    auto bad_escape = husly::test::raw_exchange(server.port(), "GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_NE(bad_escape.find("400"), std::string::npos);
    EXPECT_EQ(server.client().get("/healthz").status, 200);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiInputTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
