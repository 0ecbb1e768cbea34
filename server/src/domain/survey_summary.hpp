#pragma once
// The summary of a survey round in the shape of Fafo's report: per question «N av M kontorer»
// and percentages, grids as tables, breakdowns by municipality size (kommunestr) and by county
// with groups of fewer than 5 offices hidden (and one more where the hidden one could be worked
// out), and the open answers without the office behind them. Pure: no I/O.

#include "domain/survey.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly::survey {

struct SubmittedResponse {
    std::string county; // the region the office belongs to
    Answers answers;
};

struct OptionCount {
    int code{0};
    std::string text;
    int64_t count{0};
    double percent{0}; // of the offices the question was shown to
};

struct GridRow {
    int code{0};
    std::string text;
    std::vector<OptionCount> points; // one per scale point
    int64_t answered{0};
};

// One group of a breakdown (a municipality size, a county): its offices and, unless hidden, how
// many of them chose each option.
struct BreakdownGroup {
    std::string name;
    std::optional<int64_t> offices;             // hidden: fewer than 5 offices (or complementary)
    std::vector<std::optional<int64_t>> counts; // per option of the question, empty when hidden
};

struct Breakdown {
    std::string by; // "kommunestr" or "fylke"
    std::vector<BreakdownGroup> groups;
};

struct QuestionSummary {
    const Question* question{nullptr};
    int number{0};       // the question's number in the questionnaire («Spm. 4»), through its pages
    int64_t shown{0};    // offices the question was shown to (its filter held)
    int64_t answered{0}; // of them, those who answered
    std::vector<OptionCount> options;
    std::vector<GridRow> rows;             // grids
    std::vector<std::string> open_answers; // sorted, without the office; none for personal questions
    int64_t personal_answers{0};           // personal questions: how many wrote something (not what)
    std::vector<Breakdown> breakdowns;     // single, multiple and range questions
};

struct Summary {
    int64_t invited{0};
    int64_t responded{0};
    std::vector<QuestionSummary> questions;
};

Summary summarise(const Definition& definition, const std::vector<SubmittedResponse>& responses,
                  int64_t invited);

// «68 av 84 kontorer (81 %)»
std::string n_of_m(int64_t n, int64_t m);

} // namespace husly::survey
