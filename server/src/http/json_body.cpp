#include "http/json_body.hpp"

#include "domain/text_rules.hpp"

#include <fmt/format.h>
#include <vector>

namespace husly::http {
namespace {

auto bad_field(const std::string& field, std::string message) {
    return fail(ErrorKind::bad_request, "invalid_field", std::move(message), field);
}

auto too_deep() {
    return fail(ErrorKind::bad_request, "too_deep", "JSON-innholdet er for dypt nøstet.");
}

} // namespace

std::optional<size_t> first_too_deep(std::string_view text, int max_depth) {
    int depth = 0;
    bool in_string = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (in_string) {
            if (c == '\\')
                ++i; // the escaped character, whatever it is, neither ends the string nor opens one
            else if (c == '"')
                in_string = false;
            continue;
        }
        switch (c) {
        case '"':
            in_string = true;
            break;
        case '[':
        case '{':
            if (++depth > max_depth) return i;
            break;
        case ']':
        case '}':
            if (depth > 0) --depth;
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

Result<nlohmann::json> parse_json_object(const std::string& body) {
    if (body.empty())
        return fail(ErrorKind::bad_request, "empty_body", "Forespørselen mangler innhold (JSON).");
    // Finding 2 of the second review: nlohmann built the whole nested structure of a body of a
    // million `[` before the depth was looked at. Counted first, refused before any parsing.
    if (first_too_deep(body, max_json_depth)) return too_deep();
    // Track keys per nesting level to refuse duplicates.
    std::vector<std::set<std::string>> keys_per_level;
    std::string duplicate;
    auto callback = [&](int, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
        using event_t = nlohmann::json::parse_event_t;
        if (event == event_t::object_start)
            keys_per_level.emplace_back();
        else if (event == event_t::object_end && !keys_per_level.empty())
            keys_per_level.pop_back();
        else if (event == event_t::key && !keys_per_level.empty()) {
            auto key = parsed.get<std::string>();
            if (!keys_per_level.back().insert(key).second && duplicate.empty()) duplicate = key;
        }
        return true;
    };
    nlohmann::json value;
    try {
        value = nlohmann::json::parse(body, callback, true, false);
    } catch (const nlohmann::json::parse_error& error) {
        bool utf8 = std::string_view(error.what()).find("UTF-8") != std::string_view::npos;
        return fail(ErrorKind::bad_request, utf8 ? "invalid_utf8" : "malformed_json",
                    utf8 ? "Forespørselen inneholder tegn som ikke er gyldig UTF-8."
                         : fmt::format("Ugyldig JSON ved tegn {}.", error.byte));
    } catch (const nlohmann::json::exception&) {
        // e.g. a number too large for a double (1e999)
        return fail(ErrorKind::bad_request, "malformed_json", "Ugyldig JSON: et tall er for stort.");
    }
    if (!duplicate.empty())
        return fail(ErrorKind::bad_request, "duplicate_field", "Feltet er oppgitt mer enn én gang.",
                    duplicate);
    if (!value.is_object())
        return fail(ErrorKind::bad_request, "not_an_object", "Forespørselen må være et JSON-objekt.");
    return value;
}

const nlohmann::json* JsonReader::find(const std::string& name) {
    m_read.insert(name);
    auto it = m_object.find(name);
    if (it == m_object.end() || it->is_null()) return nullptr;
    return &*it;
}

Result<std::string> JsonReader::required_string(const std::string& name) {
    auto value = TRY(optional_string(name));
    if (!value) return invalid(field_name(name), "Feltet må fylles ut.", "required");
    return *value;
}

Result<std::optional<std::string>> JsonReader::optional_string(const std::string& name) {
    const auto* value = find(name);
    if (!value) return std::optional<std::string>{};
    if (!value->is_string()) return bad_field(field_name(name), "Feltet må være tekst.");
    auto text = value->get<std::string>();
    if (text.size() > 10000) return invalid(field_name(name), "Teksten er for lang.", "too_long");
    if (!is_clean_text(text, true)) return invalid(field_name(name), "Teksten inneholder ugyldige tegn.");
    return std::optional<std::string>{std::move(text)};
}

Result<int64_t> JsonReader::required_integer(const std::string& name, int64_t min, int64_t max) {
    auto value = TRY(optional_integer(name, min, max));
    if (!value) return invalid(field_name(name), "Feltet må fylles ut.", "required");
    return *value;
}

Result<std::optional<int64_t>> JsonReader::optional_integer(const std::string& name, int64_t min,
                                                            int64_t max) {
    const auto* value = find(name);
    if (!value) return std::optional<int64_t>{};
    if (!value->is_number_integer()) return bad_field(field_name(name), "Feltet må være et heltall.");
    if (value->is_number_unsigned() && value->get<uint64_t>() > uint64_t(INT64_MAX))
        return invalid(field_name(name), "Tallet er for stort.");
    auto number = value->get<int64_t>();
    if (number < min || number > max)
        return invalid(field_name(name), fmt::format("Tallet må være mellom {} og {}.", min, max));
    return std::optional<int64_t>{number};
}

Result<std::optional<bool>> JsonReader::optional_bool(const std::string& name) {
    const auto* value = find(name);
    if (!value) return std::optional<bool>{};
    if (!value->is_boolean()) return bad_field(field_name(name), "Feltet må være true eller false.");
    return std::optional<bool>{value->get<bool>()};
}

Result<std::vector<std::string>> JsonReader::string_array(const std::string& name, size_t max_items,
                                                          size_t max_item_length) {
    const auto* value = find(name);
    std::vector<std::string> result;
    if (!value) return result;
    if (!value->is_array()) return bad_field(field_name(name), "Feltet må være en liste.");
    if (value->size() > max_items)
        return invalid(field_name(name), fmt::format("Listen kan ha høyst {} elementer.", max_items));
    for (const auto& item : *value) {
        if (!item.is_string()) return bad_field(field_name(name), "Listen må inneholde tekst.");
        auto text = item.get<std::string>();
        if (text.size() > max_item_length || !is_clean_text(text))
            return invalid(field_name(name), "Listen inneholder en ugyldig verdi.");
        result.push_back(std::move(text));
    }
    return result;
}

std::optional<std::reference_wrapper<const nlohmann::json>> JsonReader::raw(const std::string& name) {
    const auto* value = find(name);
    if (!value) return std::nullopt;
    return std::cref(*value);
}

Status JsonReader::finish() const {
    for (const auto& [key, value] : m_object.items())
        if (!m_read.contains(key))
            return fail(ErrorKind::bad_request, "unknown_field", "Ukjent felt i forespørselen.",
                        field_name(is_clean_text(key) ? key.substr(0, 64) : "?"));
    return {};
}

Result<std::vector<MembershipInput>> read_memberships(JsonReader& reader, const std::string& name) {
    std::vector<MembershipInput> result;
    auto raw = reader.raw(name);
    if (!raw) return result;
    const auto& list = raw->get();
    if (!list.is_array()) return bad_field(reader.field_name(name), "Feltet må være en liste.");
    if (list.size() > 50) return invalid(reader.field_name(name), "For mange roller.");
    for (size_t i = 0; i < list.size(); ++i) {
        if (!list[i].is_object()) return bad_field(reader.field_name(name), "Hver rolle må være et objekt.");
        JsonReader item(list[i], fmt::format("{}[{}].", reader.field_name(name), i));
        auto role_text = TRY(item.required_string("role"));
        auto role = parse_role(role_text);
        if (!role) return invalid(item.field_name("role"), "Ukjent rolle.");
        auto office_id = TRY(item.optional_integer("officeId", 1, INT64_MAX));
        TRY(item.finish());
        result.push_back({*role, office_id});
    }
    return result;
}

} // namespace husly::http
