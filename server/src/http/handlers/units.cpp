// Units of accommodation: rooms and beds, who they suit, and their prices over time.

#include "http/app.hpp"
#include "http/handlers/units_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/accommodation_service.hpp"

namespace husly::http {
namespace {

Result<Unit> read_unit(JsonReader& reader) {
    Unit u;
    u.name = TRY(reader.required_string("name"));
    u.kind = TRY(reader.required_string("kind"));
    u.municipality_number = TRY(reader.required_string("municipalityNumber"));
    u.rooms = static_cast<int>(TRY(reader.optional_integer("rooms", 0, max_unit_rooms)).value_or(0));
    u.beds = static_cast<int>(TRY(reader.optional_integer("beds", 0, max_unit_beds)).value_or(0));
    u.facilities = TRY(reader.string_array("facilities", 10, 40));
    u.staffing = TRY(reader.required_string("staffing"));
    u.suits = TRY(reader.string_array("suits", 10, 40));
    u.not_suits = TRY(reader.string_array("notSuits", 10, 40));
    u.requires_self_evacuation = TRY(reader.optional_bool("requiresSelfEvacuation")).value_or(false);
    u.night_shelter = TRY(reader.optional_bool("nightShelter")).value_or(false);
    u.active = TRY(reader.optional_bool("active")).value_or(true);
    u.note = TRY(reader.optional_string("note")).value_or("");
    return u;
}

Result<Response> create_unit(RequestContext& context) {
    std::optional<UnitPrice> price;
    auto unit = TRY(read_json_body(context.request.body, [&](JsonReader& reader) -> Result<Unit> {
        auto provider_id = TRY(reader.required_integer("providerId", 1, INT64_MAX));
        auto u = TRY(read_unit(reader));
        u.provider_id = provider_id;
        auto per_night = TRY(reader.optional_integer("pricePerNight", 0, max_price_per_night));
        auto from = TRY(reader.optional_string("priceFrom"));
        if (per_night) price = UnitPrice{from.value_or(""), *per_night};
        return u;
    }));
    return unit_response(accommodation::create_unit(context.db(), context.actor(), unit, price), 201);
}

Result<Response> get_unit(RequestContext& context) {
    auto id = TRY(context.path_id("unitId"));
    return unit_response(accommodation::get_unit(context.db(), context.actor(), id));
}

Result<Response> update_unit(RequestContext& context) {
    auto id = TRY(context.path_id("unitId"));
    auto unit = TRY(read_json_body(context.request.body, read_unit));
    return unit_response(accommodation::update_unit(context.db(), context.actor(), id, unit));
}

Result<Response> add_price(RequestContext& context) {
    auto id = TRY(context.path_id("unitId"));
    auto price = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<UnitPrice> {
        return UnitPrice{TRY(reader.required_string("fromDate")),
                         TRY(reader.required_integer("perNight", 0, max_price_per_night))};
    }));
    return unit_response(accommodation::add_price(context.db(), context.actor(), id, price), 201);
}

} // namespace

void register_unit_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"POST", "/api/v1/units", case_roles, create_unit});
    router.add({"GET", "/api/v1/units/{unitId}", case_roles, get_unit});
    router.add({"PUT", "/api/v1/units/{unitId}", case_roles, update_unit});
    router.add({"POST", "/api/v1/units/{unitId}/prices", case_roles, add_price});
}

} // namespace husly::http
