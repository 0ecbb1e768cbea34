#include "domain/survey_summary.hpp"

#include "domain/suppression.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <functional>
#include <map>

namespace husly::survey {
namespace {

double percent_of(int64_t part, int64_t whole) {
    return whole == 0 ? 0.0
                      : std::round(1000.0 * static_cast<double>(part) / static_cast<double>(whole)) / 10.0;
}

const Answer* answer_of(const SubmittedResponse& response, const std::string& label) {
    return find_answer(response.answers, label);
}

// A group's place in the order (a municipality size's code) and its name.
using GroupKey = std::pair<int, std::string>;

// The offices shown the question, grouped by `group_of`, each group's choices counted; groups
// of fewer than 5 offices are hidden with their counts, and more where a hidden one could be
// worked out from the total.
Breakdown breakdown(const std::string& by, const Question& question,
                    const std::vector<const SubmittedResponse*>& shown,
                    const std::function<std::optional<GroupKey>(const SubmittedResponse&)>& group_of) {
    std::map<GroupKey, std::vector<const SubmittedResponse*>> groups;
    for (const auto* response : shown)
        if (auto name = group_of(*response)) groups[*name].push_back(response);
    std::vector<int64_t> sizes;
    sizes.reserve(groups.size());
    int64_t total = 0;
    for (const auto& [name, members] : groups) {
        sizes.push_back(static_cast<int64_t>(members.size()));
        total += static_cast<int64_t>(members.size());
    }
    auto hidden = suppress(sizes, total);
    Breakdown result{by, {}};
    size_t index = 0;
    for (const auto& [key, members] : groups) {
        BreakdownGroup group{key.second, hidden.parts[index++], {}};
        if (group.offices)
            for (const auto& option : question.options)
                group.counts.emplace_back(std::count_if(members.begin(), members.end(), [&](const auto* r) {
                    const auto* answer = answer_of(*r, question.label);
                    return answer != nullptr && answer->has(option.code);
                }));
        result.groups.push_back(std::move(group));
    }
    return result;
}

} // namespace

std::string n_of_m(int64_t n, int64_t m) {
    return fmt::format("{} av {} kontorer ({} %)", n, m, rounded_percent(n, m));
}

Summary summarise(const Definition& definition, const std::vector<SubmittedResponse>& responses,
                  int64_t invited) {
    Summary summary{invited, static_cast<int64_t>(responses.size()), {}};
    const auto* size_question = definition.find("kommunestr");
    int number = 0;
    for (const auto* question : definition.questions()) {
        QuestionSummary item;
        item.question = question;
        item.number = ++number;
        std::vector<const SubmittedResponse*> shown;
        for (const auto& response : responses)
            if (is_shown(definition, *question, response.answers)) shown.push_back(&response);
        item.shown = static_cast<int64_t>(shown.size());
        for (const auto* response : shown) {
            const auto* answer = answer_of(*response, question->label);
            if (answer != nullptr && is_answered(*question, *answer)) ++item.answered;
            if (answer == nullptr) continue;
            for (const auto& [code, text] : answer->texts) {
                if (question->personal)
                    ++item.personal_answers;
                else
                    item.open_answers.push_back(text);
            }
        }
        std::sort(item.open_answers.begin(), item.open_answers.end());
        if (question->type == QuestionType::grid) {
            for (const auto& row : question->rows) {
                GridRow grid_row{row.code, row.text, {}, 0};
                for (const auto& point : question->scale) {
                    auto count = std::count_if(shown.begin(), shown.end(), [&](const auto* r) {
                        const auto* answer = answer_of(*r, question->label);
                        if (answer == nullptr) return false;
                        auto it = answer->rows.find(row.code);
                        return it != answer->rows.end() && it->second == point.code;
                    });
                    grid_row.answered += count;
                    grid_row.points.push_back({point.code, point.text, count, 0});
                }
                for (auto& point : grid_row.points)
                    point.percent = percent_of(point.count, grid_row.answered);
                item.rows.push_back(std::move(grid_row));
            }
        } else {
            for (const auto& option : question->options) {
                auto count = std::count_if(shown.begin(), shown.end(), [&](const auto* r) {
                    const auto* answer = answer_of(*r, question->label);
                    return answer != nullptr && answer->has(option.code);
                });
                item.options.push_back({option.code, option.text, count, percent_of(count, item.shown)});
            }
            if (question->type != QuestionType::open) {
                if (size_question != nullptr && question != size_question)
                    item.breakdowns.push_back(
                        breakdown("kommunestr", *question, shown,
                                  [&](const SubmittedResponse& r) -> std::optional<GroupKey> {
                                      const auto* answer = answer_of(r, size_question->label);
                                      if (answer == nullptr || answer->codes.empty()) return std::nullopt;
                                      auto code = answer->codes.front();
                                      return GroupKey{code, size_question->option(code)->text};
                                  }));
                item.breakdowns.push_back(breakdown(
                    "fylke", *question, shown, [](const SubmittedResponse& r) -> std::optional<GroupKey> {
                        return GroupKey{0, r.county};
                    }));
            }
        }
        summary.questions.push_back(std::move(item));
    }
    return summary;
}

} // namespace husly::survey
