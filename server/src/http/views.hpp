#pragma once
// JSON representations of domain values in the API (camelCase, as in openapi.json).

#include "domain/account.hpp"
#include "domain/audit_chain.hpp"
#include "store/reference_data.hpp"

#include <nlohmann/json.hpp>
#include <optional>

namespace husly::http {

nlohmann::json to_json(const Office& office);
nlohmann::json to_json(const Membership& membership);
nlohmann::json to_json(const User& user);
nlohmann::json to_json(const AuditEntry& entry);
nlohmann::json to_json(const Municipality& municipality);

// The value, or JSON null when absent.
template <typename T> nlohmann::json optional_json(const std::optional<T>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json();
}

} // namespace husly::http
