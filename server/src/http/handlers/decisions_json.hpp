#pragma once
// JSON of a vedtak with its completeness problems and appeals (decisions, appeals, the
// person's own copy).

#include "service/decision_service.hpp"

#include <nlohmann/json.hpp>
#include <optional>

namespace husly::http {

nlohmann::json decision_view_json(const std::optional<decisions::DecisionView>& view);

} // namespace husly::http
