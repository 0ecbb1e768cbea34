// User accounts: an office's users (its leder too), every user, create and change (administrators);
// an office's providers to choose from when creating a provider's staff user.

#include "http/app.hpp"
#include "http/handlers/shared_json.hpp"
#include "http/handlers/users_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/admin_service.hpp"

#include <limits>

namespace husly::http {
namespace {

std::vector<Membership> to_memberships(const std::vector<MembershipInput>& inputs) {
    std::vector<Membership> memberships;
    memberships.reserve(inputs.size());
    for (const auto& input : inputs) memberships.push_back({input.role, input.office_id});
    return memberships;
}

Result<Response> list_office_users(RequestContext& context) {
    auto id = TRY(context.path_id("officeId"));
    return json_response(
        200, json_array(TRY(admin::list_office_users(context.db(), context.actor(), id)), user_json));
}

Result<Response> list_office_providers(RequestContext& context) {
    auto id = TRY(context.path_id("officeId"));
    auto list = nlohmann::json::array();
    for (const auto& provider : TRY(admin::office_providers(context.db(), context.actor(), id)))
        list.push_back({{"id", provider.id},
                        {"name", provider.name},
                        {"kind", provider.kind},
                        {"active", provider.active}});
    return json_response(200, {{"providers", list}});
}

Result<Response> list_users(RequestContext& context) {
    return json_response(200, json_array(admin::list_users(context.db(), context.actor()), user_json));
}

Result<Response> create_user(RequestContext& context) {
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    admin::NewUser input;
    input.email = TRY(reader.required_string("email"));
    input.display_name = TRY(reader.required_string("displayName"));
    input.password = TRY(reader.required_string("password"));
    input.memberships = to_memberships(TRY(read_memberships(reader, "roles")));
    input.provider_id = TRY(reader.optional_integer("providerId", 1, std::numeric_limits<int64_t>::max()));
    TRY(reader.finish());
    auto user = TRY(admin::create_user(context.db(), &context.actor(), input));
    return json_response(201, user_json(user));
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
    // A new password is only asked for: 202 says it waits for a second person's approval (the
    // rest of the change, if any, is done).
    return json_response(changes.password ? 202 : 200, user_json(user));
}

} // namespace

void register_user_routes(Router& router) {
    auto admin_only = Access::roles_of({Role::administrator});
    router.add({"GET", "/api/v1/offices/{officeId}/users",
                Access::roles_of({Role::administrator, Role::leder}), list_office_users});
    router.add({"GET", "/api/v1/offices/{officeId}/providers", admin_only, list_office_providers});
    router.add({"GET", "/api/v1/users", admin_only, list_users});
    router.add({"POST", "/api/v1/users", admin_only, create_user});
    router.add({"PATCH", "/api/v1/users/{userId}", admin_only, update_user});
}

} // namespace husly::http
