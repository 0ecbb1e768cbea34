#pragma once
// Running the survey: an administrator opens a round for a set of offices with a deadline,
// follows who has answered and reminds the rest; each office answers page by page with what its
// own data says already filled in, saves drafts and submits once; an administrator may reopen a
// submitted response; administrators and analysts read the summary and export it.

#include "common/error.hpp"
#include "domain/account.hpp"
#include "domain/survey_prefill.hpp"
#include "domain/survey_summary.hpp"
#include "export/table_export.hpp"
#include "store/database.hpp"
#include "store/survey_repository.hpp"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace husly::surveys {

// The questionnaires Husly knows (server/data/survey/), by id; nullptr for an unknown id.
const survey::Definition* definition(std::string_view survey_id);
// The definition file as the web app reads it, with {year} and {lastYear} filled in.
nlohmann::json definition_json(std::string_view survey_id, int year);

// A round of the survey, and one office's response in it (its status; answers apart).
using Round = survey_repository::Round;
using OfficeResponse = survey_repository::Response;

struct RoundInput {
    std::string survey_id;
    std::string title;
    std::string deadline;            // YYYY-MM-DD, not in the past
    std::vector<int64_t> office_ids; // empty: every office
};

struct RoundDetail {
    survey_repository::Round round;
    std::vector<survey_repository::Response> responses; // status only: answers are not sent here
};

Result<survey_repository::Round> open_round(Connection& connection, const Actor& actor,
                                            const RoundInput& input);
Result<std::vector<survey_repository::Round>> rounds(Connection& connection, const Actor& actor);
Result<RoundDetail> round(Connection& connection, const Actor& actor, int64_t round_id);
Result<int64_t> remind(Connection& connection, const Actor& actor, int64_t round_id);

struct ResponseView {
    survey_repository::Response response;
    survey_repository::Round round;
    survey::Answers answers;
    std::vector<survey::Prefilled> prefill;
    std::string period; // "1.1.2026–23.11.2026"
};

// The active office's responses, newest round first.
Result<std::vector<survey_repository::Response>> office_responses(Connection& connection, const Actor& actor);
// Opens the office's response; the first time, fills in what the office's data answers.
Result<ResponseView> open_response(Connection& connection, const Actor& actor, int64_t response_id);
Result<ResponseView> save_draft(Connection& connection, const Actor& actor, int64_t response_id,
                                const nlohmann::json& answers);
Result<ResponseView> submit(Connection& connection, const Actor& actor, int64_t response_id,
                            const nlohmann::json& answers);
Result<ResponseView> reopen(Connection& connection, const Actor& actor, int64_t response_id);

struct RoundSummary {
    survey_repository::Round round;
    const survey::Definition* definition{nullptr};
    survey::Summary summary;
};
Result<RoundSummary> summary(Connection& connection, const Actor& actor, int64_t round_id);

// Exports: the raw responses (one row per office, one column per answer code) and the summary.
Result<table_export::Sheet> raw_responses(Connection& connection, const Actor& actor, int64_t round_id);
std::vector<table_export::Sheet> summary_sheets(const RoundSummary& summary);

} // namespace husly::surveys
