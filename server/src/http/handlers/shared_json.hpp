#pragma once
// JSON pieces more than one resource's handlers use (camelCase, as in openapi.json). A piece of
// one resource's JSON lives beside that resource's handlers (`<resource>_json.hpp`), not here.

#include "domain/economics.hpp"

#include <nlohmann/json.hpp>
#include <optional>

namespace husly::http {

// The value, or JSON null when absent.
template <typename T> nlohmann::json optional_json(const std::optional<T>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json();
}

// Each item as `to_json` gives it, in a JSON array.
template <typename Range, typename ToJson> nlohmann::json json_array(const Range& items, ToJson to_json) {
    auto list = nlohmann::json::array();
    for (const auto& item : items) list.push_back(to_json(item));
    return list;
}

// Nights, bed-nights and their cost: a stay's (costs) and the office's year (economics).
nlohmann::json cost_line_json(const CostLine& line);

} // namespace husly::http
