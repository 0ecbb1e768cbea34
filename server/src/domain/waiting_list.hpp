#pragma once
// The waiting list for the office's own units (as at Bolig Nu): people are added, kept in order,
// offered a place, and leave the list with an outcome. Pure: no I/O.

#include "common/error.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace husly {

struct WaitingListEntry {
    int64_t id{0};
    int64_t office_id{0};
    int64_t person_id{0};
    std::string person_name;
    std::optional<int64_t> request_id;
    std::string added_on;
    int position{0}; // 1 is first in line
    std::string note;
    std::optional<std::string> offered_on;
    std::optional<std::string> removed_on;
    std::optional<std::string> removal_outcome; // CodeList::waiting_list_outcome
};

Status check_offer(const WaitingListEntry& entry, const std::string& offered_on,
                   std::chrono::year_month_day today);
Status check_removal(const WaitingListEntry& entry, const std::string& outcome, const std::string& removed_on,
                     std::chrono::year_month_day today);

} // namespace husly
