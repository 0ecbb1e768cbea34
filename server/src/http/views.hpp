#pragma once
// JSON representations of domain values in the API (camelCase, as in openapi.json).

#include "domain/account.hpp"
#include "domain/audit_chain.hpp"
#include "store/reference_data.hpp"

#include <nlohmann/json.hpp>

namespace husly::http {

nlohmann::json to_json(const Office& office);
nlohmann::json to_json(const Membership& membership);
nlohmann::json to_json(const User& user);
nlohmann::json to_json(const AuditEntry& entry);
nlohmann::json to_json(const Municipality& municipality);

} // namespace husly::http
