// Nav offices: list, read, create, change (administrators; everyone logged in reads).

#include "http/app.hpp"
#include "http/handlers/shared_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/admin_service.hpp"

namespace husly::http {
namespace {

nlohmann::json office_json(const Office& office) {
    return {{"id", office.id},
            {"name", office.name},
            {"unitNumber", office.unit_number},
            {"municipalityNumbers", office.municipality_numbers},
            {"decisionsNeedApproval", office.decisions_need_approval},
            {"postalAddress", office.contact.postal_address},
            {"phone", office.contact.phone},
            {"email", office.contact.email},
            {"website", office.contact.website},
            {"appealAuthority", office.contact.appeal_authority}};
}

Result<admin::OfficeInput> read_office(const std::string& body_text) {
    auto body = TRY(parse_json_object(body_text));
    JsonReader reader(body);
    admin::OfficeInput input;
    input.name = TRY(reader.required_string("name"));
    input.unit_number = TRY(reader.required_string("unitNumber"));
    input.municipality_numbers = TRY(reader.string_array("municipalityNumbers", 100, 8));
    input.decisions_need_approval = TRY(reader.optional_bool("decisionsNeedApproval")).value_or(false);
    // The contact details go together: any of them given sets all (one left out is empty); none
    // given keeps them as they are.
    OfficeContact contact;
    bool any_contact = false;
    for (auto [name, target] :
         {std::pair{"postalAddress", &contact.postal_address}, std::pair{"phone", &contact.phone},
          std::pair{"email", &contact.email}, std::pair{"website", &contact.website},
          std::pair{"appealAuthority", &contact.appeal_authority}})
        if (auto value = TRY(reader.optional_string(name))) {
            *target = std::move(*value);
            any_contact = true;
        }
    if (any_contact) input.contact = std::move(contact);
    TRY(reader.finish());
    return input;
}

Result<Response> list_offices(RequestContext& context) {
    return json_response(200, json_array(admin::list_offices(context.db(), context.actor()), office_json));
}

Result<Response> get_office(RequestContext& context) {
    auto id = TRY(context.path_id("officeId"));
    return json_response(200, office_json(TRY(admin::get_office(context.db(), context.actor(), id))));
}

Result<Response> create_office(RequestContext& context) {
    auto input = TRY(read_office(context.request.body));
    return json_response(201, office_json(TRY(admin::create_office(context.db(), context.actor(), input))));
}

Result<Response> update_office(RequestContext& context) {
    auto id = TRY(context.path_id("officeId"));
    auto input = TRY(read_office(context.request.body));
    return json_response(200,
                         office_json(TRY(admin::update_office(context.db(), context.actor(), id, input))));
}

} // namespace

void register_office_routes(Router& router) {
    auto admin_only = Access::roles_of({Role::administrator});
    router.add({"GET", "/api/v1/offices", Access::logged_in(), list_offices});
    router.add({"POST", "/api/v1/offices", admin_only, create_office});
    router.add({"GET", "/api/v1/offices/{officeId}", Access::logged_in(), get_office});
    router.add({"PUT", "/api/v1/offices/{officeId}", admin_only, update_office});
}

} // namespace husly::http
