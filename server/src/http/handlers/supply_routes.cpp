// The supply: providers with agreements, contacts and staff; units with prices; inspections.

#include "http/app.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "http/supply_views.hpp"
#include "service/accommodation_service.hpp"

namespace husly::http {
namespace {

Result<Response> provider_response(const Result<accommodation::ProviderView>& view, int status = 200) {
    if (!view) return std::unexpected(view.error());
    return json_response(status, provider_json(*view));
}

Result<Response> unit_response(const Result<accommodation::UnitDetail>& detail, int status = 200) {
    if (!detail) return std::unexpected(detail.error());
    return json_response(status, unit_detail_json(*detail));
}

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

Result<Response> add_agreement(RequestContext& context) {
    auto id = TRY(context.path_id("providerId"));
    std::optional<std::string> document;
    auto agreement =
        TRY(read_json_body(context.request.body, [&](JsonReader& reader) -> Result<QualityAgreement> {
            QualityAgreement a;
            a.starts_on = TRY(reader.required_string("startsOn"));
            a.ends_on = TRY(reader.optional_string("endsOn"));
            a.document_name = TRY(reader.optional_string("documentName")).value_or("");
            document = TRY(reader.optional_string("documentBase64"));
            return a;
        }));
    return provider_response(
        accommodation::add_agreement(context.db(), context.actor(), id, agreement, document), 201);
}

Result<Response> agreement_document(RequestContext& context) {
    auto provider_id = TRY(context.path_id("providerId"));
    auto agreement_id = TRY(context.path_id("agreementId"));
    auto [name, pdf] =
        TRY(accommodation::agreement_document(context.db(), context.actor(), provider_id, agreement_id));
    return pdf_response(std::move(pdf), "kvalitetsavtale-" + std::to_string(agreement_id) + ".pdf");
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

Result<Response> add_inspection(RequestContext& context) {
    auto id = TRY(context.path_id("unitId"));
    auto inspection = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<Inspection> {
        Inspection i;
        i.inspected_on = TRY(reader.required_string("inspectedOn"));
        i.inspector = TRY(reader.required_string("inspector"));
        i.items = TRY(read_object_array<InspectionItem>(
            reader, "items", 20, [](JsonReader& item) -> Result<InspectionItem> {
                return InspectionItem{TRY(item.required_string("code")), TRY(item.required_string("result")),
                                      TRY(item.optional_string("note")).value_or("")};
            }));
        i.problems = TRY(reader.string_array("problems", 10, 40));
        i.problem_note = TRY(reader.optional_string("problemNote")).value_or("");
        i.verdict = TRY(reader.required_string("verdict"));
        i.next_due_on = TRY(reader.required_string("nextDueOn"));
        i.note = TRY(reader.optional_string("note")).value_or("");
        return i;
    }));
    return unit_response(accommodation::add_inspection(context.db(), context.actor(), id, inspection), 201);
}

Result<Response> inspections_due(RequestContext& context) {
    auto list = nlohmann::json::array();
    for (const auto& view : TRY(accommodation::units_needing_inspection(context.db(), context.actor())))
        list.push_back(unit_json(view));
    return json_response(200, {{"units", list}});
}

} // namespace

void register_supply_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"GET", "/api/v1/providers", case_roles, list_providers});
    router.add({"POST", "/api/v1/providers", case_roles, create_provider});
    router.add({"GET", "/api/v1/providers/{providerId}", case_roles, get_provider});
    router.add({"PUT", "/api/v1/providers/{providerId}", case_roles, update_provider});
    router.add({"POST", "/api/v1/providers/{providerId}/agreements", case_roles, add_agreement});
    router.add({"GET", "/api/v1/providers/{providerId}/agreements/{agreementId}/document", case_roles,
                agreement_document});
    router.add({"POST", "/api/v1/providers/{providerId}/staff", case_roles, add_staff});
    router.add({"DELETE", "/api/v1/providers/{providerId}/staff/{userId}", case_roles, remove_staff});
    router.add({"POST", "/api/v1/units", case_roles, create_unit});
    router.add({"GET", "/api/v1/units/{unitId}", case_roles, get_unit});
    router.add({"PUT", "/api/v1/units/{unitId}", case_roles, update_unit});
    router.add({"POST", "/api/v1/units/{unitId}/prices", case_roles, add_price});
    router.add({"POST", "/api/v1/units/{unitId}/inspections", case_roles, add_inspection});
    router.add({"GET", "/api/v1/inspections/due", case_roles, inspections_due});
}

} // namespace husly::http
