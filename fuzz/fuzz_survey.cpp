// The questionnaire's filter notation and answers sent by clients. Input: a filter expression,
// or after a first byte of 1 a JSON answers object read against the real definition.
// Oracles: no crash; a parsed filter names a label and only positive codes; accepted answers
// survive a round trip and filtering never adds an answer.

#include "domain/survey.hpp"
#include "embedded_data.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>

using namespace husly;

namespace {

const survey::Definition& definition() {
    static const auto* instance = new survey::Definition(
        survey::parse_definition(nlohmann::json::parse(embedded::survey_fafo_2024_json)).value());
    return *instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1 || size > 16 * 1024) return -1;
    std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
    if (data[0] != 1) {
        if (auto filter = survey::parse_filter(text)) {
            if (filter->label.empty() || filter->codes.empty()) std::abort();
            for (int code : filter->codes)
                if (code <= 0) std::abort();
        }
        return 0;
    }
    auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded()) return 0;
    auto answers = survey::read_answers(definition(), json);
    if (!answers) return 0;
    auto again = survey::read_answers(definition(), survey::answers_json(*answers));
    if (!again || *again != *answers) std::abort();
    auto shown = survey::shown_only(definition(), *answers);
    if (shown.size() > answers->size()) std::abort();
    for (const auto* question : definition().questions()) {
        if (const auto* answer = survey::find_answer(*answers, question->label)) {
            (void)survey::is_answered(*question, *answer);
            for (int code : answer->codes) (void)survey::toggle(*question, *answer, code);
        }
    }
    (void)survey::missing_answers(definition(), shown);
    return 0;
}
