// Appeals on a decided vedtak: registered with the day sent and the day received, a late one's
// § 31 assessment (heard anyway, or dismissed with its letter), then the office's and
// Statsforvalteren's results. They answer with the vedtak.

#include "http/app.hpp"
#include "http/handlers/decisions_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/decision_service.hpp"

namespace husly::http {
namespace {

Result<Response> register_appeal(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    auto sent_on = TRY(reader.required_string("sentOn"));
    auto received_on = TRY(reader.required_string("receivedOn"));
    auto summary = TRY(reader.optional_string("summary")).value_or("");
    TRY(reader.finish());
    auto view =
        TRY(decisions::register_appeal(context.db(), context.actor(), id, sent_on, received_on, summary));
    return json_response(201, decision_view_json(view));
}

Result<Response> record_appeal_result(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto appeal_id = TRY(context.path_id("appealId"));
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    auto result = TRY(reader.required_string("result"));
    auto on = TRY(reader.required_string("resultOn"));
    auto note = TRY(reader.optional_string("note")).value_or("");
    TRY(reader.finish());
    auto view =
        TRY(decisions::record_appeal_result(context.db(), context.actor(), id, appeal_id, result, on, note));
    return json_response(200, decision_view_json(view));
}

Result<Response> assess_late_appeal(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto appeal_id = TRY(context.path_id("appealId"));
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    auto assessment = TRY(reader.required_string("assessment"));
    auto reason = TRY(reader.optional_string("reason")).value_or("");
    TRY(reader.finish());
    auto view =
        TRY(decisions::assess_late_appeal(context.db(), context.actor(), id, appeal_id, assessment, reason));
    return json_response(200, decision_view_json(view));
}

Result<Response> dismissal_letter(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto appeal_id = TRY(context.path_id("appealId"));
    auto pdf = TRY(decisions::dismissal_letter(context.db(), context.actor(), id, appeal_id));
    return pdf_response(std::move(pdf), "avvisning-klage-" + std::to_string(appeal_id) + ".pdf");
}

} // namespace

void register_appeal_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"POST", "/api/v1/requests/{requestId}/decision/appeals", case_roles, register_appeal});
    router.add({"PUT", "/api/v1/requests/{requestId}/decision/appeals/{appealId}", case_roles,
                record_appeal_result});
    router.add({"POST", "/api/v1/requests/{requestId}/decision/appeals/{appealId}/late-assessment",
                case_roles, assess_late_appeal});
    router.add({"GET", "/api/v1/requests/{requestId}/decision/appeals/{appealId}/letter", case_roles,
                dismissal_letter});
}

} // namespace husly::http
