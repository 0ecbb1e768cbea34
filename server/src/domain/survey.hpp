#pragma once
// A questionnaire Husly can run (Fafo's survey of the Nav offices, server/data/survey/), and the
// rules of answering it: filters (a question shown only when an earlier answer holds), exclusive
// options, single and multiple choice, grids, open texts, required answers. Pure: no I/O.

#include "common/error.hpp"

#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace husly::survey {

enum class QuestionType { single, multiple, grid, open, range };

struct Choice {
    int code{0};
    std::optional<int> seed_code; // the questionnaire's own code where Husly had to give another
    std::string text;
    bool open{false};           // «Annet, utdyp»: has a text field
    bool exclusive{false};      // «Exclusive: yes»: clears the others, cannot be combined
    std::optional<int64_t> min; // range options: the numbers the option covers
    std::optional<int64_t> max;
    std::string group; // grid rows: the request group the row is about
};

// «\Label16.a=1;2;3»: shown only when Label16's answer includes one of the codes.
struct Filter {
    std::string label;
    std::vector<int> codes;
};

// Parses the questionnaire's filter notation; empty when it is not one.
std::optional<Filter> parse_filter(std::string_view text);

struct Question {
    std::string label;
    std::string text;
    QuestionType type{QuestionType::single};
    bool required{false}; // «Answer control: *»
    bool personal{false}; // open texts are personal data: never summarised or exported
    std::optional<Filter> filter;
    std::vector<Choice> options; // single, multiple, open, range
    std::vector<Choice> scale;   // grid: the columns
    std::vector<Choice> rows;    // grid: the rows

    const Choice* option(int code) const;
    const Choice* row(int code) const;
    const Choice* scale_point(int code) const;
};

struct Page {
    std::string id;
    std::string title;
    std::vector<Question> questions;
};

struct Definition {
    std::string id;
    std::string title;
    std::vector<Page> pages;

    const Question* find(std::string_view label) const;
    std::vector<const Question*> questions() const; // in order
};

// Reads a definition file and checks what the schema cannot: labels and codes unique, filters
// pointing to an earlier question and to codes it has, grids with rows and a scale.
Result<Definition> parse_definition(const nlohmann::json& json);
std::string_view to_code(QuestionType type);

// One question's answer: chosen codes (single, multiple, open, range), texts of open options by
// code, and for a grid the scale point chosen on each row.
struct Answer {
    std::vector<int> codes;
    std::map<int, std::string> texts;
    std::map<int, int> rows;

    bool empty() const { return codes.empty() && rows.empty(); }
    bool has(int code) const;
    bool operator==(const Answer&) const = default;
};
using Answers = std::map<std::string, Answer, std::less<>>;
// The answer to `label`, or nullptr when there is none.
const Answer* find_answer(const Answers& answers, std::string_view label);

inline constexpr size_t max_open_text = 4000;

// A share as a whole per cent, as the summary and the figures write it (0 of 0 is 0).
int64_t rounded_percent(int64_t part, int64_t whole);

// Reads answers sent by a client: {"Label16": {"codes": [1], "texts": {"5": "…"}, "rows": {"2": 1}}}.
// Unknown labels, codes, rows and scale points, a second choice on a single question, an
// exclusive option with another, and a text on an option without a field are refused.
Result<Answers> read_answers(const Definition& definition, const nlohmann::json& json);
nlohmann::json answers_json(const Answers& answers);

// Whether `question` is shown given the answers so far: its filter holds and the question the
// filter looks at is itself shown.
bool is_shown(const Definition& definition, const Question& question, const Answers& answers);
// The answers without those to questions that are not shown (they are never stored as given).
Answers shown_only(const Definition& definition, const Answers& answers);

// Choosing (or unchoosing) an option as the form does: an exclusive option clears the others,
// any other option clears the exclusive ones, a single question keeps one.
Answer toggle(const Question& question, Answer answer, int code);

// Whether the question has an answer (a grid: every row when required, else any row).
bool is_answered(const Question& question, const Answer& answer);

struct Problem {
    std::string label;
    std::string message; // bokmål
};
// What stops a response from being submitted: required questions that are shown and unanswered,
// an open option chosen without its text.
std::vector<Problem> missing_answers(const Definition& definition, const Answers& answers);

// Open texts leave the office (the summary's open answers, the raw export): a valid identity
// number in one, outside the personal questions, is refused, naming the question.
std::optional<Problem> identity_number_in_texts(const Definition& definition, const Answers& answers,
                                                std::chrono::year_month_day today);
// The answers with every identity number in their texts masked: what is read outside the office,
// whatever was stored before the refusal existed.
Answers without_identity_numbers(Answers answers, std::chrono::year_month_day today);

} // namespace husly::survey
