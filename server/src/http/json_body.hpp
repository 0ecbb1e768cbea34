#pragma once
// Decoding JSON request bodies strictly: malformed JSON, wrong types, unknown or duplicate
// fields, too deep nesting and invalid UTF-8 are refused with the offending field named.

#include "common/error.hpp"
#include "domain/role.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

namespace husly::http {

// Parses a body into a JSON object (400 on anything else).
Result<nlohmann::json> parse_json_object(const std::string& body);

// Reads fields of one JSON object; remembers which were read so finish() can refuse the rest.
class JsonReader {
public:
    explicit JsonReader(const nlohmann::json& object, std::string prefix = {})
        : m_object(object), m_prefix(std::move(prefix)) {}

    Result<std::string> required_string(const std::string& name);
    Result<std::optional<std::string>> optional_string(const std::string& name);
    Result<int64_t> required_integer(const std::string& name, int64_t min, int64_t max);
    Result<std::optional<int64_t>> optional_integer(const std::string& name, int64_t min, int64_t max);
    Result<std::optional<bool>> optional_bool(const std::string& name);
    // An array of strings (each at most max_item_length bytes, at most max_items).
    Result<std::vector<std::string>> string_array(const std::string& name, size_t max_items,
                                                  size_t max_item_length);
    // The raw value of a field (for arrays of objects); nullopt when absent.
    std::optional<std::reference_wrapper<const nlohmann::json>> raw(const std::string& name);
    std::string field_name(const std::string& name) const { return m_prefix + name; }
    // Fails on any field that was not read.
    Status finish() const;

private:
    const nlohmann::json* find(const std::string& name);
    const nlohmann::json& m_object;
    std::string m_prefix;
    std::set<std::string> m_read;
};

// Reads [{"role": "...", "officeId": 1}, …] (field name "roles").
struct MembershipInput {
    Role role;
    std::optional<int64_t> office_id;
};
Result<std::vector<MembershipInput>> read_memberships(JsonReader& reader, const std::string& name);

} // namespace husly::http
