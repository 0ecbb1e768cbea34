#pragma once
// The API's own description (server/openapi.json) for tests made from it: every operation, the
// schemas of their bodies, plausible values, and paths with their ids filled in.

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace husly::test {

const nlohmann::json& api_description();

struct ApiOperation {
    std::string method; // upper case
    std::string path;   // with its {parameters}
    nlohmann::json operation;
};
// Every operation the description lists, in its order.
std::vector<ApiOperation> api_operations();

// A schema with $ref and allOf followed.
nlohmann::json resolve_schema(const nlohmann::json& schema);
// The schema's JSON type ("object", "string"…; the non-null one of a nullable type).
std::string schema_type(const nlohmann::json& schema);
// A plausible value of a schema: the first enum value, one item per array, every property.
nlohmann::json example_value(const nlohmann::json& schema, int depth = 0);
// The example body of an operation, or null when it takes none.
nlohmann::json example_body(const ApiOperation& operation);

// The path with each {name} replaced by ids[name] ("1" when the map has none).
std::string fill_path(std::string path, const std::map<std::string, std::string>& ids);
// The names of a path's parameters, in order.
std::vector<std::string> path_parameters(const std::string& path);

} // namespace husly::test
