// The strict JSON body reader every request type goes through: parsing, types, ranges, unknown
// and duplicate fields, nesting, arrays of objects. Oracles: no crash; a body that is accepted
// is a JSON object whose fields were all read.

#include "http/json_body.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>

using namespace husly;
using namespace husly::http;

namespace {

struct Item {
    int64_t nights{0};
    std::optional<std::string> note;
};

struct Body {
    std::string name;
    std::optional<int64_t> count;
    std::optional<bool> urgent;
    std::vector<std::string> tags;
    std::vector<Item> items;
    std::vector<MembershipInput> roles;
};

Result<Body> read_body(JsonReader& reader) {
    Body body;
    body.name = TRY(reader.required_string("name"));
    body.count = TRY(reader.optional_integer("count", -1000, 1000));
    body.urgent = TRY(reader.optional_bool("urgent"));
    body.tags = TRY(reader.string_array("tags", 10, 40));
    body.items = TRY(read_object_array<Item>(reader, "items", 20, [](JsonReader& item) -> Result<Item> {
        Item read;
        read.nights = TRY(item.required_integer("nights", 1, 365));
        read.note = TRY(item.optional_string("note"));
        return read;
    }));
    body.roles = TRY(read_memberships(reader, "roles"));
    return body;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    auto body = read_json_body(text, read_body);
    if (body) {
        if (body->count && (*body->count < -1000 || *body->count > 1000)) std::abort();
        for (const auto& item : body->items)
            if (item.nights < 1 || item.nights > 365) std::abort();
        if (body->tags.size() > 10) std::abort();
    } else if (body.error().code.empty()) {
        std::abort(); // every refusal names what was wrong
    }
    return 0;
}
