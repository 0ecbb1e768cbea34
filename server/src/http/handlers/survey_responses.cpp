// An office's survey responses (its leder or veileder): open with what its own data says filled
// in, save drafts, submit once; an administrator may reopen a submitted one.

#include "http/app.hpp"
#include "http/handlers/survey_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/survey_service.hpp"

namespace husly::http {
namespace {

nlohmann::json response_json(const surveys::ResponseView& view) {
    auto prefill = nlohmann::json::array();
    for (const auto& item : view.prefill) prefill.push_back(survey::prefilled_json(item));
    auto json = response_status_json(view.response);
    json["round"] = round_json(view.round);
    json["definition"] = surveys::definition_json(view.round.survey_id, view.round.year);
    json["answers"] = survey::answers_json(view.answers);
    json["prefill"] = prefill;
    json["period"] = view.period;
    return json;
}

Result<Response> office_responses(RequestContext& context) {
    auto list = nlohmann::json::array();
    for (const auto& response : TRY(surveys::office_responses(context.db(), context.actor()))) {
        auto json = response_status_json(response);
        json["roundTitle"] = response.round_title;
        json["deadline"] = response.round_deadline;
        list.push_back(json);
    }
    return json_response(200, {{"responses", list}});
}

Result<nlohmann::json> answers_of(RequestContext& context) {
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    auto answers = reader.raw("answers");
    if (!answers) return invalid("answers", "Svarene mangler.");
    nlohmann::json copy = answers->get();
    TRY(reader.finish());
    return copy;
}

Result<Response> show_response(RequestContext& context) {
    auto id = TRY(context.path_id("responseId"));
    return json_response(200, response_json(TRY(surveys::open_response(context.db(), context.actor(), id))));
}

Result<Response> save_response(RequestContext& context) {
    auto id = TRY(context.path_id("responseId"));
    auto answers = TRY(answers_of(context));
    return json_response(200,
                         response_json(TRY(surveys::save_draft(context.db(), context.actor(), id, answers))));
}

Result<Response> submit_response(RequestContext& context) {
    auto id = TRY(context.path_id("responseId"));
    auto answers = TRY(answers_of(context));
    return json_response(200,
                         response_json(TRY(surveys::submit(context.db(), context.actor(), id, answers))));
}

Result<Response> reopen_response(RequestContext& context) {
    auto id = TRY(context.path_id("responseId"));
    return json_response(200, response_json(TRY(surveys::reopen(context.db(), context.actor(), id))));
}

} // namespace

void register_survey_response_routes(Router& router) {
    auto administrator = Access::roles_of({Role::administrator});
    auto office = Access::roles_of({Role::leder, Role::veileder});
    router.add({"GET", "/api/v1/survey-responses", office, office_responses});
    router.add({"GET", "/api/v1/survey-responses/{responseId}", office, show_response});
    router.add({"PUT", "/api/v1/survey-responses/{responseId}", office, save_response});
    router.add({"POST", "/api/v1/survey-responses/{responseId}/submit", office, submit_response});
    router.add({"POST", "/api/v1/survey-responses/{responseId}/reopen", administrator, reopen_response});
}

} // namespace husly::http
