#pragma once
// Survey rounds, each office's response in them, and the rows of an office's data the prefill
// reads (requests, vedtak, placements, stays, deviations, inspections, agreements).

#include "domain/statuses.hpp"
#include "domain/survey_prefill.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly::survey_repository {

struct Round {
    int64_t id{0};
    std::string survey_id;
    std::string title;
    int year{0};
    std::string deadline; // YYYY-MM-DD
    std::string opened_at;
    int64_t opened_by{0};
    int64_t invited{0};   // offices in the round
    int64_t submitted{0}; // of them, those who have submitted
};

struct Response {
    int64_t id{0};
    int64_t round_id{0};
    int64_t office_id{0};
    std::string round_title;
    std::string round_deadline;
    std::string office_name;
    std::string unit_number;
    std::string county;
    SurveyResponseStatus status{SurveyResponseStatus::not_started};
    std::string answers; // JSON text
    std::string prefill; // JSON text: the prefilled answers with their figures
    std::optional<std::string> period_until;
    std::optional<std::string> updated_at;
    std::optional<std::string> submitted_at;
    std::optional<std::string> reminded_at;
    int reminders{0};
};

int64_t insert_round(Connection& connection, const Round& round, const std::vector<int64_t>& office_ids);
std::vector<Round> rounds(Connection& connection);
std::optional<Round> find_round(Connection& connection, int64_t round_id);

std::vector<Response> responses_of_round(Connection& connection, int64_t round_id);
std::vector<Response> responses_of_office(Connection& connection, int64_t office_id);
std::optional<Response> find_response(Connection& connection, int64_t response_id);

// Saves answers while the response is not submitted; false when it was submitted meanwhile.
bool save_draft(Connection& connection, int64_t response_id, const std::string& answers,
                const std::string& at, int64_t by);
void save_prefill(Connection& connection, int64_t response_id, const std::string& prefill,
                  const std::string& period_until);
// Submits once: false when it was already submitted.
bool submit(Connection& connection, int64_t response_id, const std::string& answers, const std::string& at,
            int64_t by);
void reopen(Connection& connection, int64_t response_id, const std::string& at, int64_t by);
// Marks every response not yet submitted as reminded; returns how many.
int64_t remind(Connection& connection, int64_t round_id, const std::string& at);

// What the office's data holds from `from` on (the prefill picks its periods from it).
survey::OfficeFacts office_facts(Connection& connection, int64_t office_id, const std::string& from,
                                 const std::string& until);

} // namespace husly::survey_repository
