#include "domain/survey.hpp"

#include "domain/identity_number.hpp"
#include "domain/text_rules.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fmt/format.h>
#include <set>

namespace husly::survey {
namespace {

const Choice* find_choice(const std::vector<Choice>& choices, int code) {
    auto it = std::find_if(choices.begin(), choices.end(), [&](const Choice& c) { return c.code == code; });
    return it == choices.end() ? nullptr : &*it;
}

std::optional<int> parse_int(std::string_view text) {
    int value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::optional<QuestionType> type_of(std::string_view code) {
    if (code == "single") return QuestionType::single;
    if (code == "multiple") return QuestionType::multiple;
    if (code == "grid") return QuestionType::grid;
    if (code == "open") return QuestionType::open;
    if (code == "range") return QuestionType::range;
    return std::nullopt;
}

Result<std::vector<Choice>> read_choices(const nlohmann::json& question, const char* key,
                                         const std::string& label) {
    std::vector<Choice> choices;
    if (!question.contains(key)) return choices;
    std::set<int> codes;
    for (const auto& item : question.at(key)) {
        Choice choice;
        choice.code = item.at("code").get<int>();
        if (!codes.insert(choice.code).second)
            return invalid(label, label + ": koden " + std::to_string(choice.code) + " er brukt to ganger.");
        if (item.contains("seedCode")) choice.seed_code = item.at("seedCode").get<int>();
        choice.text = item.at("text").get<std::string>();
        choice.open = item.value("open", false);
        choice.exclusive = item.value("exclusive", false);
        if (item.contains("min")) choice.min = item.at("min").get<int64_t>();
        if (item.contains("max")) choice.max = item.at("max").get<int64_t>();
        choice.group = item.value("group", "");
        choices.push_back(std::move(choice));
    }
    return choices;
}

Result<Question> read_question(const nlohmann::json& json) {
    Question question;
    question.label = json.at("label").get<std::string>();
    question.text = json.at("text").get<std::string>();
    auto type = type_of(json.at("type").get<std::string>());
    if (!type) return invalid(question.label, question.label + ": ukjent spørsmålstype.");
    question.type = *type;
    question.required = json.value("required", false);
    question.personal = json.value("personal", false);
    if (json.contains("filter")) {
        question.filter = parse_filter(json.at("filter").get<std::string>());
        if (!question.filter) return invalid(question.label, question.label + ": filteret kan ikke leses.");
    }
    question.options = TRY(read_choices(json, "options", question.label));
    question.scale = TRY(read_choices(json, "scale", question.label));
    question.rows = TRY(read_choices(json, "rows", question.label));
    bool grid = question.type == QuestionType::grid;
    if (grid && (question.rows.empty() || question.scale.empty()))
        return invalid(question.label, question.label + ": et rutenett trenger rader og skala.");
    if (!grid && question.options.empty())
        return invalid(question.label, question.label + ": spørsmålet har ingen svaralternativer.");
    return question;
}

} // namespace

std::optional<Filter> parse_filter(std::string_view text) {
    if (text.starts_with('\\')) text.remove_prefix(1);
    auto dot = text.find(".a=");
    if (dot == std::string_view::npos || dot == 0) return std::nullopt;
    Filter filter;
    filter.label = std::string(text.substr(0, dot));
    if (!std::all_of(filter.label.begin(), filter.label.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }))
        return std::nullopt;
    auto codes = text.substr(dot + 3);
    while (true) {
        auto end = codes.find(';');
        auto code = parse_int(codes.substr(0, end));
        if (!code || *code <= 0) return std::nullopt; // the questionnaire's codes start at 1
        filter.codes.push_back(*code);
        if (end == std::string_view::npos) break;
        codes.remove_prefix(end + 1);
    }
    return filter;
}

const Choice* Question::option(int code) const {
    return find_choice(options, code);
}
const Choice* Question::row(int code) const {
    return find_choice(rows, code);
}
const Choice* Question::scale_point(int code) const {
    return find_choice(scale, code);
}

const Question* Definition::find(std::string_view label) const {
    for (const auto& page : pages)
        for (const auto& question : page.questions)
            if (question.label == label) return &question;
    return nullptr;
}

std::vector<const Question*> Definition::questions() const {
    std::vector<const Question*> list;
    for (const auto& page : pages)
        for (const auto& question : page.questions) list.push_back(&question);
    return list;
}

std::string_view to_code(QuestionType type) {
    switch (type) {
    case QuestionType::single:
        return "single";
    case QuestionType::multiple:
        return "multiple";
    case QuestionType::grid:
        return "grid";
    case QuestionType::open:
        return "open";
    case QuestionType::range:
        return "range";
    }
    return "single";
}

Result<Definition> parse_definition(const nlohmann::json& json) {
    try {
        Definition definition;
        definition.id = json.at("id").get<std::string>();
        definition.title = json.at("title").get<std::string>();
        std::set<std::string, std::less<>> seen;
        for (const auto& page_json : json.at("pages")) {
            Page page;
            page.id = page_json.at("id").get<std::string>();
            page.title = page_json.at("title").get<std::string>();
            for (const auto& question_json : page_json.at("questions")) {
                auto question = TRY(read_question(question_json));
                if (question.filter) {
                    // The filter looks back: at a question already read, and at codes it has.
                    const Question* earlier = nullptr;
                    for (const auto& done : definition.pages)
                        for (const auto& q : done.questions)
                            if (q.label == question.filter->label) earlier = &q;
                    for (const auto& q : page.questions)
                        if (q.label == question.filter->label) earlier = &q;
                    if (earlier == nullptr)
                        return invalid(question.label,
                                       question.label +
                                           ": filteret viser til et spørsmål som ikke kommer før.");
                    for (int code : question.filter->codes)
                        if (earlier->option(code) == nullptr)
                            return invalid(question.label, question.label + ": filteret viser til koden " +
                                                               std::to_string(code) + " som " +
                                                               earlier->label + " ikke har.");
                }
                if (!seen.insert(question.label).second)
                    return invalid(question.label, question.label + " finnes to ganger.");
                page.questions.push_back(std::move(question));
            }
            definition.pages.push_back(std::move(page));
        }
        return definition;
    } catch (const nlohmann::json::exception& error) {
        return fail(ErrorKind::bad_request, "invalid_definition",
                    std::string("Spørreskjemaet kan ikke leses: ") + error.what());
    }
}

int64_t rounded_percent(int64_t part, int64_t whole) {
    if (whole == 0) return 0;
    return std::lround(100.0 * static_cast<double>(part) / static_cast<double>(whole));
}

const Answer* find_answer(const Answers& answers, std::string_view label) {
    auto it = answers.find(label);
    return it == answers.end() ? nullptr : &it->second;
}

bool Answer::has(int code) const {
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

Result<Answers> read_answers(const Definition& definition, const nlohmann::json& json) {
    if (!json.is_object()) return invalid("answers", "Svarene må være et objekt.");
    Answers answers;
    for (const auto& [label, value] : json.items()) {
        const auto* question = definition.find(label);
        if (question == nullptr) return invalid(label, "Spørreskjemaet har ikke spørsmålet " + label + ".");
        if (!value.is_object()) return invalid(label, "Svaret må være et objekt.");
        Answer answer;
        for (const auto& [key, part] : value.items()) {
            if (key == "codes") {
                if (!part.is_array()) return invalid(label, "Svarkodene må være en liste.");
                for (const auto& code : part) {
                    if (!code.is_number_integer()) return invalid(label, "Svarkodene må være heltall.");
                    auto value_code = code.get<int64_t>();
                    if (value_code < 0 || value_code > 1000 ||
                        question->option(static_cast<int>(value_code)) == nullptr)
                        return invalid(label, label + " har ikke svarkoden " + code.dump() + ".");
                    if (!answer.has(static_cast<int>(value_code)))
                        answer.codes.push_back(static_cast<int>(value_code));
                }
            } else if (key == "texts") {
                if (!part.is_object()) return invalid(label, "Tekstene må være et objekt.");
                for (const auto& [code_text, text] : part.items()) {
                    auto code = parse_int(code_text);
                    const auto* option = code ? question->option(*code) : nullptr;
                    if (option == nullptr || !option->open)
                        return invalid(label,
                                       fmt::format("{} har ikke tekstfelt for koden {}.", label, code_text));
                    if (!text.is_string()) return invalid(label, "Teksten må være en tekst.");
                    auto value_text = text.get<std::string>();
                    TRY(check_text(label, value_text, max_open_text));
                    if (!value_text.empty()) answer.texts[*code] = std::move(value_text);
                }
            } else if (key == "rows") {
                if (!part.is_object()) return invalid(label, "Radene må være et objekt.");
                for (const auto& [row_text, point] : part.items()) {
                    auto row = parse_int(row_text);
                    if (!row || question->row(*row) == nullptr)
                        return invalid(label, fmt::format("{} har ikke raden {}.", label, row_text));
                    if (!point.is_number_integer() || point.get<int64_t>() < 0 ||
                        point.get<int64_t>() > 1000 ||
                        question->scale_point(static_cast<int>(point.get<int64_t>())) == nullptr)
                        return invalid(label, label + " har ikke svaret " + point.dump() + " på skalaen.");
                    answer.rows[*row] = static_cast<int>(point.get<int64_t>());
                }
            } else {
                return invalid(label, "Ukjent del av svaret: " + key + ".");
            }
        }
        // A text makes its option chosen (the form writes it beside the option).
        for (const auto& [code, text] : answer.texts)
            if (!answer.has(code)) answer.codes.push_back(code);
        bool single = question->type == QuestionType::single || question->type == QuestionType::range;
        if (single && answer.codes.size() > 1) return invalid(label, "Velg bare ett svar.");
        for (int code : answer.codes)
            if (question->option(code)->exclusive && answer.codes.size() > 1)
                return invalid(label,
                               "«" + question->option(code)->text + "» kan ikke kombineres med andre svar.");
        if (!answer.empty()) answers[label] = std::move(answer);
    }
    return answers;
}

nlohmann::json answers_json(const Answers& answers) {
    auto json = nlohmann::json::object();
    for (const auto& [label, answer] : answers) {
        auto item = nlohmann::json::object();
        if (!answer.codes.empty()) item["codes"] = answer.codes;
        if (!answer.texts.empty()) {
            auto texts = nlohmann::json::object();
            for (const auto& [code, text] : answer.texts) texts[std::to_string(code)] = text;
            item["texts"] = texts;
        }
        if (!answer.rows.empty()) {
            auto rows = nlohmann::json::object();
            for (const auto& [row, point] : answer.rows) rows[std::to_string(row)] = point;
            item["rows"] = rows;
        }
        json[label] = item;
    }
    return json;
}

bool is_shown(const Definition& definition, const Question& question, const Answers& answers) {
    const Question* current = &question;
    // Filters look back (parse_definition checks it), so the chain ends.
    while (current->filter) {
        const auto& filter = *current->filter;
        auto it = answers.find(filter.label);
        if (it == answers.end()) return false;
        bool holds = std::any_of(filter.codes.begin(), filter.codes.end(),
                                 [&](int code) { return it->second.has(code); });
        if (!holds) return false;
        current = definition.find(filter.label);
        if (current == nullptr) return false;
    }
    return true;
}

Answers shown_only(const Definition& definition, const Answers& answers) {
    Answers shown;
    for (const auto& [label, answer] : answers) {
        const auto* question = definition.find(label);
        if (question != nullptr && is_shown(definition, *question, answers)) shown[label] = answer;
    }
    return shown;
}

Answer toggle(const Question& question, Answer answer, int code) {
    const auto* option = question.option(code);
    if (option == nullptr) return answer;
    if (answer.has(code)) {
        std::erase(answer.codes, code);
        answer.texts.erase(code);
        return answer;
    }
    bool single = question.type == QuestionType::single || question.type == QuestionType::range;
    if (single || option->exclusive) {
        answer.codes.clear();
    } else {
        std::erase_if(answer.codes, [&](int chosen) { return question.option(chosen)->exclusive; });
    }
    std::erase_if(answer.texts, [&](const auto& entry) { return !answer.has(entry.first); });
    answer.codes.push_back(code);
    return answer;
}

bool is_answered(const Question& question, const Answer& answer) {
    if (question.type == QuestionType::grid)
        return question.required ? answer.rows.size() == question.rows.size() : !answer.rows.empty();
    return !answer.codes.empty();
}

std::vector<Problem> missing_answers(const Definition& definition, const Answers& answers) {
    std::vector<Problem> problems;
    static const Answer none;
    for (const auto* question : definition.questions()) {
        if (!is_shown(definition, *question, answers)) continue;
        auto it = answers.find(question->label);
        const auto& answer = it == answers.end() ? none : it->second;
        if (question->required && !is_answered(*question, answer)) {
            problems.push_back({question->label, question->type == QuestionType::grid
                                                     ? "Svar på alle radene."
                                                     : "Spørsmålet må besvares."});
            continue;
        }
        for (int code : answer.codes) {
            const auto* option = question->option(code);
            if (option->open && !answer.texts.contains(code)) {
                problems.push_back({question->label, "Skriv hva «" + option->text + "» gjelder."});
                break;
            }
        }
    }
    return problems;
}

std::optional<Problem> identity_number_in_texts(const Definition& definition, const Answers& answers,
                                                std::chrono::year_month_day today) {
    for (const auto* question : definition.questions()) {
        if (question->personal) continue; // stays with the office
        const auto* answer = find_answer(answers, question->label);
        if (answer == nullptr) continue;
        for (const auto& [code, text] : answer->texts)
            if (!identity_numbers_in(text, today).empty())
                return Problem{
                    question->label,
                    "Teksten ser ut til å inneholde et fødselsnummer. Svarene leses av analytikere "
                    "utenfor kontoret: skriv uten fødselsnummer eller andre opplysninger om "
                    "enkeltpersoner."};
    }
    return std::nullopt;
}

Answers without_identity_numbers(Answers answers, std::chrono::year_month_day today) {
    for (auto& [label, answer] : answers)
        for (auto& [code, text] : answer.texts) text = mask_identity_numbers(text, today);
    return answers;
}

} // namespace husly::survey
