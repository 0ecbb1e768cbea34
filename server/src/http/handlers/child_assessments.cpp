// The assessment of the child's best interests and of barnevern that placing a family with children
// raises (docs/domain.md#rule-childs-best-interests): read and recorded by the office's caseworkers.

#include "http/app.hpp"
#include "http/handlers/shared_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/child_assessment_service.hpp"

namespace husly::http {
namespace {

nlohmann::json assessment_json(const child_assessments::View& view) {
    const auto& a = view.assessment;
    return {{"requestId", a.request_id},
            {"placementId", a.placement_id != 0 ? nlohmann::json(a.placement_id) : nlohmann::json()},
            {"raisedAt", a.raised_at},
            {"open", !a.assessed_at.has_value()},
            {"assessedAt", optional_json(a.assessed_at)},
            {"assessedByName", view.assessed_by_name},
            {"bestInterests", a.best_interests},
            {"barnevern", optional_json(a.barnevern)},
            {"barnevernOn", optional_json(a.barnevern_on)},
            {"barnevernReason", a.barnevern_reason}};
}

Result<Response> read(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto found = TRY(child_assessments::for_request(context.db(), context.actor(), id));
    return json_response(200, {{"assessment", found ? assessment_json(*found) : nlohmann::json()}});
}

Result<Response> record(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto input =
        TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<ChildAssessmentInput> {
            ChildAssessmentInput in;
            in.best_interests = TRY(reader.optional_string("bestInterests")).value_or("");
            in.barnevern = TRY(reader.optional_string("barnevern")).value_or("");
            in.barnevern_on = TRY(reader.optional_string("barnevernOn")).value_or("");
            in.barnevern_reason = TRY(reader.optional_string("barnevernReason")).value_or("");
            return in;
        }));
    return json_response(
        200, assessment_json(TRY(child_assessments::record(context.db(), context.actor(), id, input))));
}

} // namespace

void register_child_assessment_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"GET", "/api/v1/requests/{requestId}/child-assessment", case_roles, read});
    router.add({"PUT", "/api/v1/requests/{requestId}/child-assessment", case_roles, record});
}

} // namespace husly::http
