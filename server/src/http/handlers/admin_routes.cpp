// Offices, users and municipalities: administration.

#include "http/app.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "http/views.hpp"
#include "service/admin_service.hpp"
#include "store/office_repository.hpp"

namespace husly::http {
namespace {

template <typename Range> nlohmann::json json_list(const Range& items) {
    auto list = nlohmann::json::array();
    for (const auto& item : items) list.push_back(to_json(item));
    return list;
}

Result<admin::OfficeInput> read_office(const std::string& body_text) {
    auto body = TRY(parse_json_object(body_text));
    JsonReader reader(body);
    admin::OfficeInput input;
    input.name = TRY(reader.required_string("name"));
    input.unit_number = TRY(reader.required_string("unitNumber"));
    input.municipality_numbers = TRY(reader.string_array("municipalityNumbers", 100, 8));
    input.decisions_need_approval = TRY(reader.optional_bool("decisionsNeedApproval")).value_or(false);
    TRY(reader.finish());
    return input;
}

std::vector<Membership> to_memberships(const std::vector<MembershipInput>& inputs) {
    std::vector<Membership> memberships;
    memberships.reserve(inputs.size());
    for (const auto& input : inputs) memberships.push_back({input.role, input.office_id});
    return memberships;
}

Result<Response> list_offices(RequestContext& context) {
    return json_response(200, json_list(admin::list_offices(context.db(), context.actor())));
}

Result<Response> get_office(RequestContext& context) {
    auto id = TRY(context.path_id("officeId"));
    return json_response(200, to_json(TRY(admin::get_office(context.db(), context.actor(), id))));
}

Result<Response> create_office(RequestContext& context) {
    auto input = TRY(read_office(context.request.body));
    return json_response(201, to_json(TRY(admin::create_office(context.db(), context.actor(), input))));
}

Result<Response> update_office(RequestContext& context) {
    auto id = TRY(context.path_id("officeId"));
    auto input = TRY(read_office(context.request.body));
    return json_response(200, to_json(TRY(admin::update_office(context.db(), context.actor(), id, input))));
}

Result<Response> list_office_users(RequestContext& context) {
    auto id = TRY(context.path_id("officeId"));
    return json_response(200, json_list(TRY(admin::list_office_users(context.db(), context.actor(), id))));
}

Result<Response> list_users(RequestContext& context) {
    return json_response(200, json_list(admin::list_users(context.db(), context.actor())));
}

Result<Response> create_user(RequestContext& context) {
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    admin::NewUser input;
    input.email = TRY(reader.required_string("email"));
    input.display_name = TRY(reader.required_string("displayName"));
    input.password = TRY(reader.required_string("password"));
    input.memberships = to_memberships(TRY(read_memberships(reader, "roles")));
    TRY(reader.finish());
    auto user = TRY(admin::create_user(context.db(), &context.actor(), input));
    return json_response(201, to_json(user));
}

Result<Response> update_user(RequestContext& context) {
    auto id = TRY(context.path_id("userId"));
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    admin::UserChanges changes;
    changes.display_name = TRY(reader.optional_string("displayName"));
    changes.active = TRY(reader.optional_bool("active"));
    changes.password = TRY(reader.optional_string("password"));
    changes.unlock = TRY(reader.optional_bool("unlock")).value_or(false);
    if (reader.raw("roles")) changes.memberships = to_memberships(TRY(read_memberships(reader, "roles")));
    TRY(reader.finish());
    auto user = TRY(admin::update_user(context.db(), context.actor(), id, changes));
    return json_response(200, to_json(user));
}

Result<Response> list_municipalities(RequestContext& context) {
    return json_response(200, json_list(office_repository::municipalities(context.db())));
}

} // namespace

void register_admin_routes(Router& router) {
    auto admin_only = Access::roles_of({Role::administrator});
    router.add({"GET", "/api/v1/offices", Access::logged_in(), list_offices});
    router.add({"POST", "/api/v1/offices", admin_only, create_office});
    router.add({"GET", "/api/v1/offices/{officeId}", Access::logged_in(), get_office});
    router.add({"PUT", "/api/v1/offices/{officeId}", admin_only, update_office});
    router.add({"GET", "/api/v1/offices/{officeId}/users",
                Access::roles_of({Role::administrator, Role::leder}), list_office_users});
    router.add({"GET", "/api/v1/users", admin_only, list_users});
    router.add({"POST", "/api/v1/users", admin_only, create_user});
    router.add({"PATCH", "/api/v1/users/{userId}", admin_only, update_user});
    router.add({"GET", "/api/v1/municipalities", Access::logged_in(), list_municipalities});
}

} // namespace husly::http
