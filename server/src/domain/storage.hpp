#pragma once
// Storage of belongings (lagring av innbo) while a household has no home: where, from, to, and
// what it costs a month. Pure: no I/O.

#include "common/error.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace husly {

struct StorageRecord {
    int64_t id{0};
    int64_t office_id{0};
    int64_t person_id{0};              // the household's applicant
    std::optional<int64_t> request_id; // the request (household) it belongs to
    std::string location;
    std::string stored_from;
    std::optional<std::string> stored_to;
    int64_t monthly_cost{0}; // whole kroner
    std::string note;
};

inline constexpr int64_t max_monthly_storage_cost = 100'000;

Status check_storage(const StorageRecord& record);

} // namespace husly
