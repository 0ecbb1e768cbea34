// Providers of accommodation: their kind, municipalities, contacts, and the users with role
// tilbyder who work there.

#include "http/app.hpp"
#include "http/handlers/providers_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/accommodation_service.hpp"

namespace husly::http {
namespace {

Result<Provider> read_provider(JsonReader& reader) {
    Provider p;
    p.name = TRY(reader.required_string("name"));
    p.kind = TRY(reader.required_string("kind"));
    p.offer_type = TRY(reader.optional_string("offerType")).value_or("");
    p.organization_number = TRY(reader.optional_string("organizationNumber")).value_or("");
    p.address = TRY(reader.optional_string("address")).value_or("");
    p.phone = TRY(reader.optional_string("phone")).value_or("");
    p.email = TRY(reader.optional_string("email")).value_or("");
    p.note = TRY(reader.optional_string("note")).value_or("");
    p.active = TRY(reader.optional_bool("active")).value_or(true);
    p.municipality_numbers = TRY(reader.string_array("municipalityNumbers", 400, 4));
    p.contacts = TRY(read_object_array<ProviderContact>(
        reader, "contacts", 20, [](JsonReader& item) -> Result<ProviderContact> {
            return ProviderContact{TRY(item.required_string("name")),
                                   TRY(item.optional_string("role")).value_or(""),
                                   TRY(item.optional_string("phone")).value_or(""),
                                   TRY(item.optional_string("email")).value_or("")};
        }));
    return p;
}

Result<Response> list_providers(RequestContext& context) {
    auto list = nlohmann::json::array();
    for (const auto& view : TRY(accommodation::list_providers(context.db(), context.actor())))
        list.push_back(provider_json(view));
    return json_response(200, {{"providers", list}});
}

Result<Response> create_provider(RequestContext& context) {
    auto provider = TRY(read_json_body(context.request.body, read_provider));
    return provider_response(accommodation::create_provider(context.db(), context.actor(), provider), 201);
}

Result<Response> get_provider(RequestContext& context) {
    auto id = TRY(context.path_id("providerId"));
    return provider_response(accommodation::get_provider(context.db(), context.actor(), id));
}

Result<Response> update_provider(RequestContext& context) {
    auto id = TRY(context.path_id("providerId"));
    auto provider = TRY(read_json_body(context.request.body, read_provider));
    return provider_response(accommodation::update_provider(context.db(), context.actor(), id, provider));
}

Result<Response> add_staff(RequestContext& context) {
    auto id = TRY(context.path_id("providerId"));
    auto email = TRY(read_json_body(context.request.body,
                                    [](JsonReader& reader) { return reader.required_string("email"); }));
    return provider_response(accommodation::add_staff(context.db(), context.actor(), id, email));
}

Result<Response> remove_staff(RequestContext& context) {
    auto id = TRY(context.path_id("providerId"));
    auto user_id = TRY(context.path_id("userId"));
    return provider_response(accommodation::remove_staff(context.db(), context.actor(), id, user_id));
}

} // namespace

void register_provider_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"GET", "/api/v1/providers", case_roles, list_providers});
    router.add({"POST", "/api/v1/providers", case_roles, create_provider});
    router.add({"GET", "/api/v1/providers/{providerId}", case_roles, get_provider});
    router.add({"PUT", "/api/v1/providers/{providerId}", case_roles, update_provider});
    router.add({"POST", "/api/v1/providers/{providerId}/staff", case_roles, add_staff});
    router.add({"DELETE", "/api/v1/providers/{providerId}/staff/{userId}", case_roles, remove_staff});
}

} // namespace husly::http
