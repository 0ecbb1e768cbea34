#pragma once
// Offices and the municipalities they serve.

#include "domain/account.hpp"
#include "store/database.hpp"
#include "store/reference_data.hpp"

#include <optional>
#include <vector>

namespace husly::office_repository {

std::vector<Office> list(Connection& connection);
std::vector<Office> list_by_ids(Connection& connection, const std::vector<int64_t>& ids);

struct OfficeName {
    int64_t id{0};
    std::string name;
};
// The offices a user holds a role in, by name: one prepared query (on every /auth/me).
std::vector<OfficeName> names_for_user(Connection& connection, int64_t user_id);
// A municipality's name ("Bodø"), or nullopt for an unknown number.
std::optional<std::string> municipality_name(Connection& connection, const std::string& number);
std::optional<Office> find(Connection& connection, int64_t id);
std::optional<int64_t> find_id_by_unit_number(Connection& connection, const std::string& unit_number);
int64_t insert(Connection& connection, const Office& office, const std::string& created_at);
void update(Connection& connection, const Office& office);
// The numbers among `numbers` that are not known municipalities.
std::vector<std::string> unknown_municipalities(Connection& connection,
                                                const std::vector<std::string>& numbers);
std::vector<Municipality> municipalities(Connection& connection);

} // namespace husly::office_repository
