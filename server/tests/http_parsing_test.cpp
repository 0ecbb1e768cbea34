#include "http/json_body.hpp"
#include "http/router.hpp"
#include "http/static_files.hpp"

#include <gtest/gtest.h>

using namespace husly;
using namespace husly::http;

namespace {
Router sample_router() {
    Router router;
    auto handler = [](RequestContext&) -> Result<Response> { return Response{}; };
    router.add({"GET", "/api/v1/offices", Access::logged_in(), handler});
    router.add({"GET", "/api/v1/offices/{officeId}", Access::logged_in(), handler});
    router.add({"PUT", "/api/v1/offices/{officeId}", Access::logged_in(), handler});
    router.add({"GET", "/api/v1/offices/{officeId}/users", Access::logged_in(), handler});
    return router;
}
} // namespace

TEST(Router, MatchesPatternsAndExtractsParameters) {
    auto router = sample_router();
    auto match = router.match("GET", "/api/v1/offices/42/users");
    ASSERT_NE(match.route, nullptr);
    EXPECT_EQ(match.route->pattern, "/api/v1/offices/{officeId}/users");
    EXPECT_EQ(match.params.at("officeId"), "42");
    EXPECT_EQ(router.match("PUT", "/api/v1/offices/7").params.at("officeId"), "7");
}

TEST(Router, DistinguishesUnknownPathFromWrongMethod) {
    auto router = sample_router();
    auto wrong_method = router.match("DELETE", "/api/v1/offices/7");
    EXPECT_EQ(wrong_method.route, nullptr);
    EXPECT_TRUE(wrong_method.path_known);
    auto unknown = router.match("GET", "/api/v1/nothing");
    EXPECT_EQ(unknown.route, nullptr);
    EXPECT_FALSE(unknown.path_known);
    EXPECT_EQ(router.match("GET", "/api/v1/offices//users").route, nullptr); // empty parameter
    EXPECT_EQ(router.match("GET", "").route, nullptr);
    EXPECT_EQ(router.match("GET", "api/v1/offices").route, nullptr);
}

TEST(Query, ParsesAndDecodes) {
    auto query = parse_query("name=%C3%98yvind+Nilsen&from=2026-01-01&empty=");
    ASSERT_TRUE(query);
    EXPECT_EQ(query->at("name"), "Øyvind Nilsen");
    EXPECT_EQ(query->at("from"), "2026-01-01");
    EXPECT_EQ(query->at("empty"), "");
    EXPECT_FALSE(parse_query("a=%zz"));
    EXPECT_FALSE(parse_query("a=%4"));
    EXPECT_FALSE(parse_query("=x"));
    EXPECT_FALSE(percent_decode("%", false));
    EXPECT_EQ(percent_decode("a+b", false).value(), "a+b");
}

TEST(JsonBody, RefusesMalformedAndHostileBodies) {
    struct Case {
        std::string body;
        std::string code;
    };
    std::vector<Case> cases{
        {"", "empty_body"},
        {"{", "malformed_json"},
        {"[1,2]", "not_an_object"},
        {"\"text\"", "not_an_object"},
        {R"({"a":1,"a":2})", "duplicate_field"},
        {"{\"a\":\"\xff\"}", "invalid_utf8"},
        {std::string(40, '[') + std::string(40, ']'), "too_deep"},
        {[] {
             std::string nested = "1";
             for (int i = 0; i < 20; ++i) nested = "{\"a\":" + nested + "}";
             return nested;
         }(),
         "too_deep"},
    };
    for (const auto& c : cases) {
        auto result = parse_json_object(c.body);
        ASSERT_FALSE(result) << c.body;
        EXPECT_EQ(result.error().code, c.code) << c.body;
        EXPECT_EQ(result.error().kind, ErrorKind::bad_request);
    }
}

TEST(JsonBody, ReaderChecksTypesRangesAndUnknownFields) {
    auto body =
        parse_json_object(R"({"name":"Nav","count":5,"flag":true,"big":99999999999999999999,"extra":1})")
            .value();
    JsonReader reader(body);
    EXPECT_EQ(reader.required_string("name").value(), "Nav");
    EXPECT_EQ(reader.required_integer("count", 0, 10).value(), 5);
    EXPECT_FALSE(reader.required_integer("name", 0, 10)); // wrong type
    EXPECT_EQ(reader.optional_bool("flag").value(), true);
    EXPECT_FALSE(reader.optional_integer("big", 0, 100));
    auto missing = reader.required_string("absent");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().field, "absent");
    auto unknown = reader.finish();
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, "unknown_field");
    EXPECT_EQ(unknown.error().field, "extra");
}

TEST(JsonBody, ReaderRefusesOutOfRangeAndControlCharacters) {
    auto body = parse_json_object(R"({"count":11,"text":"a\u0000b"})").value();
    JsonReader reader(body);
    auto count = reader.required_integer("count", 0, 10);
    ASSERT_FALSE(count);
    EXPECT_EQ(count.error().kind, ErrorKind::validation);
    EXPECT_FALSE(reader.required_string("text"));
}

TEST(StaticFiles, ContentTypes) {
    EXPECT_EQ(content_type_for("index.html"), "text/html; charset=utf-8");
    EXPECT_EQ(content_type_for("assets/app-1a2b.js"), "text/javascript; charset=utf-8");
    EXPECT_EQ(content_type_for("assets/font.woff2"), "font/woff2");
    EXPECT_EQ(content_type_for("x.unknown"), "application/octet-stream");
}
