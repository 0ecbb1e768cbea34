#include "service/survey_service.hpp"

#include "common/clock.hpp"
#include "domain/text_rules.hpp"
#include "embedded_data.hpp"
#include "service/audit_service.hpp"
#include "service/case_access.hpp"
#include "store/office_repository.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <set>

namespace husly::surveys {
namespace {

using survey_repository::Response;
using survey_repository::Round;

struct Known {
    nlohmann::json json;
    survey::Definition definition;
};

const Known& fafo_2024() {
    static const Known known = [] {
        auto json = nlohmann::json::parse(embedded::survey_fafo_2024_json);
        auto definition = survey::parse_definition(json);
        if (!definition) throw std::runtime_error("survey definition: " + definition.error().message);
        return Known{std::move(json), std::move(*definition)};
    }();
    return known;
}

Status require_administrator(const Actor& actor) {
    if (!actor.has_role(Role::administrator))
        return forbidden("Bare administrator kan styre undersøkelsene.");
    return {};
}

Status require_reader(const Actor& actor) {
    if (!actor.has_role(Role::administrator) && !actor.has_role(Role::analytiker))
        return forbidden("Bare administrator og analytiker ser undersøkelsenes resultater.");
    return {};
}

// The office's leder or veileder, for the office's own response.
Result<Response> own_response(Connection& connection, const Actor& actor, int64_t response_id) {
    auto office_id = TRY(case_office(actor));
    auto response = survey_repository::find_response(connection, response_id);
    if (!response || response->office_id != office_id) return not_found("Fant ikke besvarelsen.");
    return *response;
}

const survey::Definition& definition_of(const Round& round) {
    const auto* found = definition(round.survey_id);
    return found != nullptr ? *found : fafo_2024().definition;
}

nlohmann::json prefill_json(const std::vector<survey::Prefilled>& prefill, const std::string& period) {
    auto items = nlohmann::json::array();
    for (const auto& item : prefill) items.push_back(survey::prefilled_json(item));
    return {{"period", period}, {"items", items}};
}

ResponseView view_of(Round round, Response response) {
    const auto& definition = definition_of(round);
    ResponseView view;
    view.answers =
        survey::read_answers(definition, nlohmann::json::parse(response.answers)).value_or(survey::Answers{});
    auto stored = nlohmann::json::parse(response.prefill);
    if (stored.is_object()) {
        view.period = stored.value("period", "");
        for (const auto& item : stored.at("items")) {
            auto label = item.at("label").get<std::string>();
            auto answer = survey::read_answers(definition, nlohmann::json{{label, item.at("answer")}});
            if (!answer || !answer->contains(label)) continue;
            view.prefill.push_back(
                {label, answer->at(label), item.value("figure", ""), item.value("rule", "")});
        }
    }
    view.round = std::move(round);
    view.response = std::move(response);
    return view;
}

Result<survey::Answers> answers_from(const Round& round, const nlohmann::json& json) {
    const auto& definition = definition_of(round);
    auto answers = survey::shown_only(definition, TRY(survey::read_answers(definition, json)));
    if (auto problem = survey::identity_number_in_texts(definition, answers, today()))
        return invalid(problem->label, problem->message, "identity_number_in_text");
    return answers;
}

// Stored answers as they may be read outside the office: identity numbers masked (answers saved
// before they were refused, or by a route that did not check).
survey::Answers readable_outside(const survey::Definition& definition, const std::string& stored) {
    return survey::without_identity_numbers(
        survey::read_answers(definition, nlohmann::json::parse(stored)).value_or(survey::Answers{}), today());
}

void audit_response(Connection& connection, const Actor& actor, const char* action,
                    const Response& response) {
    audit::record(connection, &actor, actor.address,
                  {action,
                   "survey_response",
                   std::to_string(response.id),
                   std::nullopt,
                   {{"round", response.round_id}, {"office", response.office_id}}});
}

// The column of each answer code in the raw export, in the questionnaire's order.
struct Column {
    std::string header;
    std::function<table_export::Cell(const survey::Answers&)> value;
};

std::vector<Column> answer_columns(const survey::Definition& definition) {
    std::vector<Column> columns;
    for (const auto* question : definition.questions()) {
        const auto& label = question->label;
        switch (question->type) {
        case survey::QuestionType::single:
        case survey::QuestionType::range:
            columns.push_back({label, [=](const survey::Answers& answers) -> table_export::Cell {
                                   const auto* answer = survey::find_answer(answers, label);
                                   if (answer == nullptr || answer->codes.empty()) return std::monostate{};
                                   return static_cast<int64_t>(answer->codes.front());
                               }});
            break;
        case survey::QuestionType::grid:
            for (const auto& row : question->rows)
                columns.push_back(
                    {label + "_" + std::to_string(row.code),
                     [=, code = row.code](const survey::Answers& answers) -> table_export::Cell {
                         const auto* answer = survey::find_answer(answers, label);
                         if (answer == nullptr || !answer->rows.contains(code)) return std::monostate{};
                         return static_cast<int64_t>(answer->rows.at(code));
                     }});
            break;
        case survey::QuestionType::multiple:
        case survey::QuestionType::open:
            for (const auto& option : question->options)
                columns.push_back(
                    {label + "_" + std::to_string(option.code),
                     [=, code = option.code](const survey::Answers& answers) -> table_export::Cell {
                         const auto* answer = survey::find_answer(answers, label);
                         if (answer == nullptr) return std::monostate{};
                         return static_cast<int64_t>(answer->has(code) ? 1 : 0);
                     }});
            break;
        }
        if (question->personal) continue; // contact details never leave the response
        for (const auto& option : question->options)
            if (option.open)
                columns.push_back(
                    {label + "_" + std::to_string(option.code) + "_tekst",
                     [=, code = option.code](const survey::Answers& answers) -> table_export::Cell {
                         const auto* answer = survey::find_answer(answers, label);
                         if (answer == nullptr || !answer->texts.contains(code)) return std::monostate{};
                         return answer->texts.at(code);
                     }});
    }
    return columns;
}

} // namespace

const survey::Definition* definition(std::string_view survey_id) {
    return survey_id == "fafo-2024" ? &fafo_2024().definition : nullptr;
}

nlohmann::json definition_json(std::string_view survey_id, int year) {
    if (definition(survey_id) == nullptr) return nullptr;
    auto text = fafo_2024().json.dump();
    auto replace = [&](const std::string& from, const std::string& to) {
        for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
            text.replace(at, from.size(), to);
    };
    replace("{year}", std::to_string(year));
    replace("{lastYear}", std::to_string(year - 1));
    return nlohmann::json::parse(text);
}

Result<Round> open_round(Connection& connection, const Actor& actor, const RoundInput& input) {
    TRY(require_administrator(actor));
    if (definition(input.survey_id) == nullptr)
        return invalid("surveyId", "Kjenner ikke det spørreskjemaet.");
    auto title = TRY(require_text("title", input.title, 200, "navnet på runden"));
    auto deadline = parse_date(input.deadline);
    if (!deadline) return invalid("deadline", date_error_message(input.deadline));
    if (std::chrono::sys_days{*deadline} < std::chrono::sys_days{today()})
        return invalid("deadline", "Svarfristen kan ikke være i fortiden.");
    return in_transaction(connection, [&](Transaction&) -> Result<Round> {
        std::vector<int64_t> office_ids;
        if (input.office_ids.empty()) {
            for (const auto& office : office_repository::list(connection)) office_ids.push_back(office.id);
        } else {
            std::set<int64_t> unique(input.office_ids.begin(), input.office_ids.end());
            auto offices = office_repository::list_by_ids(connection, {unique.begin(), unique.end()});
            if (offices.size() != unique.size())
                return invalid("officeIds", "Ett eller flere kontorer finnes ikke.");
            for (const auto& office : offices) office_ids.push_back(office.id);
        }
        if (office_ids.empty()) return invalid("officeIds", "Velg minst ett kontor.");
        Round round;
        round.survey_id = input.survey_id;
        round.title = title;
        round.year = static_cast<int>(today().year());
        round.deadline = format_date(*deadline);
        round.opened_at = format_instant(now());
        round.opened_by = actor.user_id;
        round.id = survey_repository::insert_round(connection, round, office_ids);
        audit::record(connection, &actor, actor.address,
                      {"survey.round.open",
                       "survey_round",
                       std::to_string(round.id),
                       std::nullopt,
                       {{"offices", office_ids.size()}}});
        return *survey_repository::find_round(connection, round.id);
    });
}

Result<std::vector<Round>> rounds(Connection& connection, const Actor& actor) {
    TRY(require_reader(actor));
    return in_transaction(
        connection, Transaction::Mode::read,
        [&](Transaction&) -> Result<std::vector<Round>> { return survey_repository::rounds(connection); });
}

Result<RoundDetail> round(Connection& connection, const Actor& actor, int64_t round_id) {
    TRY(require_reader(actor));
    return in_transaction(connection, Transaction::Mode::read, [&](Transaction&) -> Result<RoundDetail> {
        auto found = survey_repository::find_round(connection, round_id);
        if (!found) return not_found("Fant ikke runden.");
        return RoundDetail{*found, survey_repository::responses_of_round(connection, round_id)};
    });
}

Result<int64_t> remind(Connection& connection, const Actor& actor, int64_t round_id) {
    TRY(require_administrator(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<int64_t> {
        if (!survey_repository::find_round(connection, round_id)) return not_found("Fant ikke runden.");
        auto reminded = survey_repository::remind(connection, round_id, format_instant(now()));
        audit::record(connection, &actor, actor.address,
                      {"survey.round.remind",
                       "survey_round",
                       std::to_string(round_id),
                       std::nullopt,
                       {{"offices", reminded}}});
        return reminded;
    });
}

Result<std::vector<Response>> office_responses(Connection& connection, const Actor& actor) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, Transaction::Mode::read,
                          [&](Transaction&) -> Result<std::vector<Response>> {
                              return survey_repository::responses_of_office(connection, office_id);
                          });
}

Result<ResponseView> open_response(Connection& connection, const Actor& actor, int64_t response_id) {
    return in_transaction(connection, [&](Transaction&) -> Result<ResponseView> {
        auto response = TRY(own_response(connection, actor, response_id));
        auto round = survey_repository::find_round(connection, response.round_id).value();
        if (response.status == SurveyResponseStatus::not_started) {
            const auto& definition = definition_of(round);
            auto until = today();
            auto period = survey::period_until(until);
            auto from = period.last_from;
            auto facts = survey_repository::office_facts(
                connection, response.office_id,
                format_date(std::chrono::sys_days{from} - std::chrono::days{31}), format_date(until));
            auto prefilled = survey::prefill(definition, facts, period);
            survey::Answers answers;
            for (const auto& item : prefilled) answers[item.label] = item.answer;
            answers = survey::shown_only(definition, answers);
            survey_repository::save_prefill(connection, response.id,
                                            prefill_json(prefilled, survey::describe(period)).dump(),
                                            format_date(until));
            survey_repository::save_draft(connection, response.id, survey::answers_json(answers).dump(),
                                          format_instant(now()), actor.user_id);
            audit_response(connection, actor, "survey.response.prefill", response);
            response = survey_repository::find_response(connection, response.id).value();
        }
        return view_of(std::move(round), std::move(response));
    });
}

Result<ResponseView> save_draft(Connection& connection, const Actor& actor, int64_t response_id,
                                const nlohmann::json& answers) {
    return in_transaction(connection, [&](Transaction&) -> Result<ResponseView> {
        auto response = TRY(own_response(connection, actor, response_id));
        auto round = survey_repository::find_round(connection, response.round_id).value();
        auto checked = TRY(answers_from(round, answers));
        if (!survey_repository::save_draft(connection, response.id, survey::answers_json(checked).dump(),
                                           format_instant(now()), actor.user_id))
            return fail(
                ErrorKind::conflict, "survey_submitted",
                "Besvarelsen er allerede sendt inn. Be en administrator åpne den igjen om noe må rettes.");
        audit_response(connection, actor, "survey.response.save", response);
        return view_of(std::move(round), survey_repository::find_response(connection, response.id).value());
    });
}

Result<ResponseView> submit(Connection& connection, const Actor& actor, int64_t response_id,
                            const nlohmann::json& answers) {
    return in_transaction(connection, [&](Transaction&) -> Result<ResponseView> {
        auto response = TRY(own_response(connection, actor, response_id));
        auto round = survey_repository::find_round(connection, response.round_id).value();
        auto checked = TRY(answers_from(round, answers));
        auto missing = survey::missing_answers(definition_of(round), checked);
        if (!missing.empty())
            return invalid(missing.front().label,
                           missing.size() == 1 ? missing.front().message
                                               : fmt::format("{} spørsmål mangler svar. Første: {}",
                                                             missing.size(), missing.front().message),
                           "survey_incomplete");
        if (!survey_repository::submit(connection, response.id, survey::answers_json(checked).dump(),
                                       format_instant(now()), actor.user_id))
            return fail(ErrorKind::conflict, "survey_submitted", "Besvarelsen er allerede sendt inn.");
        audit_response(connection, actor, "survey.response.submit", response);
        return view_of(std::move(round), survey_repository::find_response(connection, response.id).value());
    });
}

Result<ResponseView> reopen(Connection& connection, const Actor& actor, int64_t response_id) {
    TRY(require_administrator(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<ResponseView> {
        auto response = survey_repository::find_response(connection, response_id);
        if (!response) return not_found("Fant ikke besvarelsen.");
        if (response->status != SurveyResponseStatus::submitted)
            return fail(ErrorKind::conflict, "survey_not_submitted", "Besvarelsen er ikke sendt inn.");
        survey_repository::reopen(connection, response->id, format_instant(now()), actor.user_id);
        audit_response(connection, actor, "survey.response.reopen", *response);
        // The administrator is outside the office: the answers come back as the summary shows them.
        auto view = view_of(survey_repository::find_round(connection, response->round_id).value(),
                            survey_repository::find_response(connection, response->id).value());
        view.answers = survey::without_identity_numbers(std::move(view.answers), today());
        return view;
    });
}

Result<RoundSummary> summary(Connection& connection, const Actor& actor, int64_t round_id) {
    TRY(require_reader(actor));
    return in_transaction(connection, Transaction::Mode::read, [&](Transaction&) -> Result<RoundSummary> {
        auto found = survey_repository::find_round(connection, round_id);
        if (!found) return not_found("Fant ikke runden.");
        const auto& definition = definition_of(*found);
        std::vector<survey::SubmittedResponse> submitted;
        for (const auto& response : survey_repository::responses_of_round(connection, round_id))
            if (response.status == SurveyResponseStatus::submitted)
                submitted.push_back({response.county, readable_outside(definition, response.answers)});
        return RoundSummary{*found, &definition, survey::summarise(definition, submitted, found->invited)};
    });
}

Result<table_export::Sheet> raw_responses(Connection& connection, const Actor& actor, int64_t round_id) {
    TRY(require_reader(actor));
    return in_transaction(
        connection, Transaction::Mode::read, [&](Transaction&) -> Result<table_export::Sheet> {
            auto found = survey_repository::find_round(connection, round_id);
            if (!found) return not_found("Fant ikke runden.");
            const auto& definition = definition_of(*found);
            auto columns = answer_columns(definition);
            table_export::Sheet sheet{"Svar", {"enhetsnummer", "kontor", "fylke", "sendt"}, {}};
            for (const auto& column : columns) sheet.header.push_back(column.header);
            for (const auto& response : survey_repository::responses_of_round(connection, round_id)) {
                if (response.status != SurveyResponseStatus::submitted) continue;
                auto answers = readable_outside(definition, response.answers);
                std::vector<table_export::Cell> row{response.unit_number, response.office_name,
                                                    response.county,
                                                    norwegian_date_of(response.submitted_at.value_or(""))};
                for (const auto& column : columns) row.push_back(column.value(answers));
                sheet.rows.push_back(std::move(row));
            }
            audit::record(connection, &actor, actor.address,
                          {"survey.export",
                           "survey_round",
                           std::to_string(round_id),
                           std::nullopt,
                           {{"rows", sheet.rows.size()}}});
            return sheet;
        });
}

std::vector<table_export::Sheet> summary_sheets(const RoundSummary& result) {
    table_export::Sheet answers{
        "Sammendrag", {"spørsmål", "rad", "svar", "kode", "antall", "av", "prosent"}, {}};
    table_export::Sheet open{"Åpne svar", {"spørsmål", "svar"}, {}};
    table_export::Sheet groups{
        "Fordelinger", {"spørsmål", "fordelt på", "gruppe", "kontorer", "svar", "antall"}, {}};
    for (const auto& item : result.summary.questions) {
        const auto& label = item.question->label;
        for (const auto& option : item.options)
            answers.rows.push_back({label, std::monostate{}, option.text, static_cast<int64_t>(option.code),
                                    option.count, item.shown, option.percent});
        for (const auto& row : item.rows)
            for (const auto& point : row.points)
                answers.rows.push_back({label, row.text, point.text, static_cast<int64_t>(point.code),
                                        point.count, row.answered, point.percent});
        for (const auto& text : item.open_answers) open.rows.push_back({label, text});
        for (const auto& breakdown : item.breakdowns)
            for (const auto& group : breakdown.groups) {
                if (!group.offices) {
                    groups.rows.push_back({label, breakdown.by, group.name, std::string("<5"),
                                           std::monostate{}, std::monostate{}});
                    continue;
                }
                for (size_t i = 0; i < group.counts.size(); ++i)
                    groups.rows.push_back({label, breakdown.by, group.name, *group.offices,
                                           item.question->options[i].text, *group.counts[i]});
            }
    }
    return {answers, open, groups};
}

} // namespace husly::surveys
