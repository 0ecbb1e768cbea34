#include "support/openapi.hpp"

#include "support/build_paths.hpp"

#include <cctype>
#include <fstream>

using nlohmann::json;

namespace husly::test {

const json& api_description() {
    static const json description = [] {
        std::ifstream file(husly::test::paths::openapi());
        return json::parse(file);
    }();
    return description;
}

std::vector<ApiOperation> api_operations() {
    std::vector<ApiOperation> operations;
    const auto& paths = api_description()["paths"];
    for (const auto& [path, methods] : paths.items()) {
        for (const auto& [method, operation] : methods.items()) {
            if (method != "get" && method != "post" && method != "put" && method != "patch" &&
                method != "delete")
                continue;
            std::string upper = method;
            for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            operations.push_back({upper, path, operation});
        }
    }
    return operations;
}

json resolve_schema(const json& schema) {
    if (schema.contains("$ref")) {
        auto name = schema["$ref"].get<std::string>().substr(std::string("#/components/schemas/").size());
        return resolve_schema(api_description()["components"]["schemas"][name]);
    }
    if (schema.contains("allOf")) return resolve_schema(schema["allOf"][0]);
    return schema;
}

std::string schema_type(const json& schema) {
    if (!schema.contains("type")) return schema.contains("properties") ? "object" : "";
    if (schema["type"].is_array()) {
        for (const auto& type : schema["type"])
            if (type != "null") return type.get<std::string>();
        return "";
    }
    return schema["type"].get<std::string>();
}

json example_value(const json& raw, int depth) {
    auto schema = resolve_schema(raw);
    if (schema.contains("enum")) return schema["enum"][0];
    if (schema.contains("oneOf")) return example_value(schema["oneOf"][0], depth + 1);
    auto type = schema_type(schema);
    if (depth > 4) return nullptr;
    if (type == "object") {
        json object = json::object();
        const auto properties = schema.value("properties", json::object());
        for (const auto& [name, property] : properties.items())
            object[name] = example_value(property, depth + 1);
        return object;
    }
    if (type == "array")
        return json::array({example_value(schema.value("items", json::object()), depth + 1)});
    if (type == "integer") return 1;
    if (type == "number") return 1.5;
    if (type == "boolean") return true;
    if (schema.value("format", "") == "date") return "2026-11-24";
    return "Tekst";
}

json example_body(const ApiOperation& operation) {
    if (!operation.operation.contains("requestBody")) return nullptr;
    return example_value(operation.operation["requestBody"]["content"]["application/json"]["schema"]);
}

std::string fill_path(std::string path, const std::map<std::string, std::string>& ids) {
    for (auto open = path.find('{'); open != std::string::npos; open = path.find('{')) {
        auto close = path.find('}', open);
        auto name = path.substr(open + 1, close - open - 1);
        auto it = ids.find(name);
        path.replace(open, close - open + 1, it == ids.end() ? "1" : it->second);
    }
    return path;
}

std::vector<std::string> path_parameters(const std::string& path) {
    std::vector<std::string> names;
    for (auto open = path.find('{'); open != std::string::npos; open = path.find('{', open + 1))
        names.push_back(path.substr(open + 1, path.find('}', open) - open - 1));
    return names;
}

} // namespace husly::test
