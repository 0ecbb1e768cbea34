#pragma once
// A person Husly knows: with a Norwegian identity number, or with a Husly reference when they
// have none (a traveller, a migrant worker).

#include "common/error.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace husly {

struct Person {
    int64_t id{0};
    std::optional<std::string> identity_number;
    std::optional<std::string> husly_reference; // "HUSLY-XXXXXXXX" when there is no number
    std::string first_name;
    std::string last_name;
    std::optional<std::chrono::year_month_day> birth_date;
    std::string phone;
};

// Lower-cases a name for searching (ASCII and the Nordic letters), collapsing spaces.
std::string name_search_key(std::string_view name);

} // namespace husly
