#pragma once
// Decoding JSON request bodies strictly: malformed JSON, wrong types, unknown or duplicate
// fields, too deep nesting and invalid UTF-8 are refused with the offending field named.

#include "common/error.hpp"
#include "domain/role.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace husly::http {

// How deep a request body may nest arrays and objects: `{"a":[1]}` is 2 levels.
inline constexpr int max_json_depth = 16;

// Where the nesting of `text` first goes deeper than `max_depth` levels: the byte offset of the
// bracket that opens level max_depth + 1, or nothing. Brackets inside strings (with their escapes)
// do not count. One pass that stops there, without parsing: a body of a million `[` costs the
// server nothing before it is refused.
std::optional<size_t> first_too_deep(std::string_view text, int max_depth);

// Parses a body into a JSON object (400 on anything else). Nesting deeper than max_json_depth is
// refused (too_deep) before the body is parsed.
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

// Reads an array of objects, each through read_item(JsonReader&) -> Result<T>, with fields named
// "name[i].field". Absent means empty.
template <typename T, typename ReadItem>
Result<std::vector<T>> read_object_array(JsonReader& reader, const std::string& name, size_t max_items,
                                         ReadItem read_item) {
    std::vector<T> items;
    auto raw = reader.raw(name);
    if (!raw) return items;
    const auto& list = raw->get();
    if (!list.is_array() || list.size() > max_items)
        return invalid(reader.field_name(name),
                       "Feltet må være en liste (høyst " + std::to_string(max_items) + ").");
    for (size_t i = 0; i < list.size(); ++i) {
        auto field = reader.field_name(name) + "[" + std::to_string(i) + "]";
        if (!list[i].is_object()) return invalid(field, "Hvert element må være et objekt.");
        JsonReader item(list[i], field + ".");
        items.push_back(TRY(read_item(item)));
        TRY(item.finish());
    }
    return items;
}

// Parses a body, reads it with `read(JsonReader&)`, refuses unknown fields.
template <typename Read>
auto read_json_body(const std::string& body, Read read) -> decltype(read(std::declval<JsonReader&>())) {
    auto object = TRY(parse_json_object(body));
    JsonReader reader(object);
    auto value = TRY(read(reader));
    TRY(reader.finish());
    return value;
}

// Reads [{"role": "...", "officeId": 1}, …] (field name "roles").
struct MembershipInput {
    Role role;
    std::optional<int64_t> office_id;
};
Result<std::vector<MembershipInput>> read_memberships(JsonReader& reader, const std::string& name);

} // namespace husly::http
