// Survey rounds: opened by an administrator for a set of offices, followed and reminded; the
// summary and the exports (administrator, analytiker).

#include "http/app.hpp"
#include "http/handlers/shared_json.hpp"
#include "http/handlers/survey_json.hpp"
#include "http/json_body.hpp"
#include "http/query.hpp"
#include "http/routes.hpp"
#include "service/survey_service.hpp"

namespace husly::http {
namespace {

nlohmann::json round_summary_json(const surveys::RoundSummary& result) {
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
                             {"number", item.number},
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
    return json_response(200, round_summary_json(TRY(surveys::summary(context.db(), context.actor(), id))));
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

} // namespace

void register_survey_round_routes(Router& router) {
    auto administrator = Access::roles_of({Role::administrator});
    auto readers = Access::roles_of({Role::administrator, Role::analytiker});
    router.add({"GET", "/api/v1/survey-rounds", readers, list_rounds});
    router.add({"POST", "/api/v1/survey-rounds", administrator, open_round});
    router.add({"GET", "/api/v1/survey-rounds/{roundId}", readers, show_round});
    router.add({"POST", "/api/v1/survey-rounds/{roundId}/remind", administrator, remind_round});
    router.add({"GET", "/api/v1/survey-rounds/{roundId}/summary", readers, round_summary});
    router.add({"GET", "/api/v1/survey-rounds/{roundId}/export", readers, round_export});
}

} // namespace husly::http
