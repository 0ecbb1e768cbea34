#include "http/handlers/survey_json.hpp"

#include "http/handlers/shared_json.hpp"

#include <fmt/format.h>

namespace husly::http {
namespace {

std::string progress_text(const surveys::Round& round) {
    return fmt::format("{} av {} — {} %", round.submitted, round.invited,
                       survey::rounded_percent(round.submitted, round.invited));
}

} // namespace

nlohmann::json round_json(const surveys::Round& round) {
    return {{"id", round.id},           {"surveyId", round.survey_id},  {"title", round.title},
            {"year", round.year},       {"deadline", round.deadline},   {"openedAt", round.opened_at},
            {"invited", round.invited}, {"submitted", round.submitted}, {"progress", progress_text(round)}};
}

nlohmann::json response_status_json(const surveys::OfficeResponse& response) {
    return {{"id", response.id},
            {"roundId", response.round_id},
            {"officeId", response.office_id},
            {"officeName", response.office_name},
            {"unitNumber", response.unit_number},
            {"county", response.county},
            {"status", to_string(response.status)},
            {"updatedAt", optional_json(response.updated_at)},
            {"submittedAt", optional_json(response.submitted_at)},
            {"remindedAt", optional_json(response.reminded_at)},
            {"reminders", response.reminders}};
}

} // namespace husly::http
