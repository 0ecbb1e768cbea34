#pragma once
// Synthetic demo data, created through the same services as real data. Later capabilities add
// their own parts (people, places, stays) here.

#include "store/database.hpp"

#include <string>
#include <vector>

namespace husly::demo {

struct DemoLogin {
    std::string email;
    std::string role_description; // Norwegian, for the printed list
};

inline constexpr const char* demo_password = "husly-demo-2026";

// Creates the demo offices and users unless they exist. Returns the logins (all share
// demo_password). Idempotent.
std::vector<DemoLogin> create_accounts(Connection& connection);
// The accounts and, on a database without persons, a synthetic history of persons and requests.
std::vector<DemoLogin> create(Connection& connection);
// True when the database holds no users at all (a fresh database).
bool database_is_empty(Connection& connection);

} // namespace husly::demo
