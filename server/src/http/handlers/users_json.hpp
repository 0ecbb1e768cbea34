#pragma once
// JSON of a user account and a role held (users, an office's users, who am I).

#include "domain/account.hpp"

#include <nlohmann/json.hpp>

namespace husly::http {

nlohmann::json membership_json(const Membership& membership);
nlohmann::json user_json(const User& user);

} // namespace husly::http
