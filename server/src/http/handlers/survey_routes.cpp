// The survey: rounds (administrator), each office's response (its leder or veileder), the summary
// and the exports (administrator, analytiker).

#include "http/app.hpp"
#include "http/json_body.hpp"
#include "http/query.hpp"
#include "http/routes.hpp"
#include "http/views.hpp"
#include "service/survey_service.hpp"

#include <fmt/format.h>

namespace husly::http {
namespace {

using OfficeResponse = survey_repository::Response;
using survey_repository::Round;

std::string progress_text(const Round& round) {
    return fmt::format("{} av {} — {} %", round.submitted, round.invited,
                       survey::rounded_percent(round.submitted, round.invited));
}

nlohmann::json round_json(const Round& round) {
    return {{"id", round.id},           {"surveyId", round.survey_id},  {"title", round.title},
            {"year", round.year},       {"deadline", round.deadline},   {"openedAt", round.opened_at},
            {"invited", round.invited}, {"submitted", round.submitted}, {"progress", progress_text(round)}};
}

nlohmann::json response_status_json(const OfficeResponse& response) {
    return {{"id", response.id},
            {"roundId", response.round_id},
            {"officeId", response.office_id},
            {"officeName", response.office_name},
            {"unitNumber", response.unit_number},
            {"county", response.county},
            {"status", response.status},
            {"updatedAt", optional_json(response.updated_at)},
            {"submittedAt", optional_json(response.submitted_at)},
            {"remindedAt", optional_json(response.reminded_at)},
            {"reminders", response.reminders}};
}

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

nlohmann::json summary_json(const surveys::RoundSummary& result) {
    auto questions = nlohmann::json::array();
    for (const auto& item : result.summary.questions) {
        auto options = nlohmann::json::array();
        for (const auto& option : item.options)
            options.push_back({{"code", option.code},
                               {"text", option.text},
                               {"count", option.count},
                               {"percent", option.percent},
                               {"nOfM", survey::n_of_m(option.count, item.shown)}});
        auto rows = nlohmann::json::array();
        for (const auto& row : item.rows) {
            auto points = nlohmann::json::array();
            for (const auto& point : row.points)
                points.push_back({{"code", point.code},
                                  {"text", point.text},
                                  {"count", point.count},
                                  {"percent", point.percent}});
            rows.push_back(
                {{"code", row.code}, {"text", row.text}, {"answered", row.answered}, {"points", points}});
        }
        auto breakdowns = nlohmann::json::array();
        for (const auto& breakdown : item.breakdowns) {
            auto groups = nlohmann::json::array();
            for (const auto& group : breakdown.groups) {
                auto counts = nlohmann::json::array();
                for (const auto& count : group.counts) counts.push_back(optional_json(count));
                groups.push_back(
                    {{"name", group.name}, {"offices", optional_json(group.offices)}, {"counts", counts}});
            }
            breakdowns.push_back({{"by", breakdown.by}, {"groups", groups}});
        }
        questions.push_back({{"label", item.question->label},
                             {"text", item.question->text},
                             {"type", std::string(survey::to_code(item.question->type))},
                             {"filtered", item.question->filter.has_value()},
                             {"shown", item.shown},
                             {"answered", item.answered},
                             {"options", options},
                             {"rows", rows},
                             {"openAnswers", item.open_answers},
                             {"personalAnswers", item.personal_answers},
                             {"breakdowns", breakdowns}});
    }
    return {{"round", round_json(result.round)},
            {"invited", result.summary.invited},
            {"responded", result.summary.responded},
            {"responseRate", survey::n_of_m(result.summary.responded, result.summary.invited)},
            {"questions", questions}};
}

Result<Response> list_rounds(RequestContext& context) {
    auto list = nlohmann::json::array();
    for (const auto& round : TRY(surveys::rounds(context.db(), context.actor())))
        list.push_back(round_json(round));
    return json_response(200, {{"rounds", list}});
}

Result<Response> open_round(RequestContext& context) {
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    surveys::RoundInput input;
    input.survey_id = TRY(reader.optional_string("surveyId")).value_or("fafo-2024");
    input.title = TRY(reader.required_string("title"));
    input.deadline = TRY(reader.required_string("deadline"));
    if (auto ids = reader.raw("officeIds")) {
        if (!ids->get().is_array() || ids->get().size() > 5000)
            return invalid("officeIds", "Kontorene må være en liste med id-er.");
        for (const auto& id : ids->get()) {
            if (!id.is_number_integer() || id.get<int64_t>() < 1)
                return invalid("officeIds", "Kontorene må være en liste med id-er.");
            input.office_ids.push_back(id.get<int64_t>());
        }
    }
    TRY(reader.finish());
    return json_response(201, round_json(TRY(surveys::open_round(context.db(), context.actor(), input))));
}

Result<Response> show_round(RequestContext& context) {
    auto id = TRY(context.path_id("roundId"));
    auto detail = TRY(surveys::round(context.db(), context.actor(), id));
    auto responses = nlohmann::json::array();
    for (const auto& response : detail.responses) responses.push_back(response_status_json(response));
    auto json = round_json(detail.round);
    json["responses"] = responses;
    return json_response(200, json);
}

Result<Response> remind_round(RequestContext& context) {
    auto id = TRY(context.path_id("roundId"));
    return json_response(200, {{"reminded", TRY(surveys::remind(context.db(), context.actor(), id))}});
}

Result<Response> round_summary(RequestContext& context) {
    auto id = TRY(context.path_id("roundId"));
    return json_response(200, summary_json(TRY(surveys::summary(context.db(), context.actor(), id))));
}

Result<Response> round_export(RequestContext& context) {
    auto id = TRY(context.path_id("roundId"));
    auto format = TRY(export_format(context, "xlsx"));
    auto kind = query_value(context, "kind").value_or("summary");
    if (kind == "raw") {
        auto sheet = TRY(surveys::raw_responses(context.db(), context.actor(), id));
        return sheets_response({sheet}, format, "undersokelse-" + std::to_string(id) + "-svar");
    }
    if (kind != "summary") return invalid("kind", "Velg raw eller summary.");
    auto result = TRY(surveys::summary(context.db(), context.actor(), id));
    return sheets_response(surveys::summary_sheets(result), format,
                           "undersokelse-" + std::to_string(id) + "-sammendrag");
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

void register_survey_routes(Router& router) {
    auto administrator = Access::roles_of({Role::administrator});
    auto readers = Access::roles_of({Role::administrator, Role::analytiker});
    auto office = Access::roles_of({Role::leder, Role::veileder});
    router.add({"GET", "/api/v1/survey-rounds", readers, list_rounds});
    router.add({"POST", "/api/v1/survey-rounds", administrator, open_round});
    router.add({"GET", "/api/v1/survey-rounds/{roundId}", readers, show_round});
    router.add({"POST", "/api/v1/survey-rounds/{roundId}/remind", administrator, remind_round});
    router.add({"GET", "/api/v1/survey-rounds/{roundId}/summary", readers, round_summary});
    router.add({"GET", "/api/v1/survey-rounds/{roundId}/export", readers, round_export});
    router.add({"GET", "/api/v1/survey-responses", office, office_responses});
    router.add({"GET", "/api/v1/survey-responses/{responseId}", office, show_response});
    router.add({"PUT", "/api/v1/survey-responses/{responseId}", office, save_response});
    router.add({"POST", "/api/v1/survey-responses/{responseId}/submit", office, submit_response});
    router.add({"POST", "/api/v1/survey-responses/{responseId}/reopen", administrator, reopen_response});
}

} // namespace husly::http
