// Grants of roles opening person data, and administrators' password resets for other users,
// approved or refused by a second administrator or the office's leder.

#include "http/app.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/admin_service.hpp"

namespace husly::http {
namespace {

nlohmann::json grant_json(const admin::GrantView& view) {
    const auto& grant = view.grant;
    auto optional = [](const auto& value) { return value ? nlohmann::json(*value) : nlohmann::json(); };
    bool role = grant.kind == GrantKind::role;
    return {{"id", grant.id},
            {"kind", to_string(grant.kind)},
            {"user", {{"id", grant.user_id}, {"displayName", view.user_name}, {"email", view.user_email}}},
            {"role", role ? nlohmann::json(to_string(grant.membership.role)) : nlohmann::json()},
            {"officeId", role ? optional(grant.membership.office_id) : nlohmann::json()},
            {"status", to_string(grant.status)},
            {"requestedBy", {{"id", grant.requested_by}, {"displayName", view.requested_by_name}}},
            {"requestedAt", grant.requested_at},
            {"decidedBy", optional(grant.decided_by)},
            {"decidedAt", optional(grant.decided_at)},
            {"mayDecide", view.may_decide}};
}

Result<Response> list_grants(RequestContext& context) {
    auto list = nlohmann::json::array();
    for (const auto& view : admin::list_pending_grants(context.db(), context.actor()))
        list.push_back(grant_json(view));
    return json_response(200, {{"grants", list}});
}

Result<Response> decide_grant(RequestContext& context, bool approve) {
    auto id = TRY(context.path_id("grantId"));
    auto body = TRY(parse_json_object(context.request.body.empty() ? "{}" : context.request.body));
    JsonReader reader(body);
    TRY(reader.finish());
    return json_response(200,
                         grant_json(TRY(admin::decide_grant(context.db(), context.actor(), id, approve))));
}

} // namespace

void register_role_grant_routes(Router& router) {
    auto approvers = Access::roles_of({Role::administrator, Role::leder});
    router.add({"GET", "/api/v1/role-grants", approvers, list_grants});
    router.add({"POST", "/api/v1/role-grants/{grantId}/approve", approvers,
                [](RequestContext& context) { return decide_grant(context, true); }});
    router.add({"POST", "/api/v1/role-grants/{grantId}/refuse", approvers,
                [](RequestContext& context) { return decide_grant(context, false); }});
}

} // namespace husly::http
