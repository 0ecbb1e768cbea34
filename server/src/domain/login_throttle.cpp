#include "domain/login_throttle.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace husly::login_throttle {

int failures_in_a_row(int stored, const std::optional<Instant>& last_failure, Instant now,
                      std::chrono::seconds memory) {
    if (!last_failure || now - *last_failure > memory) return 1;
    return std::max(stored, 0) + 1;
}

std::chrono::seconds lock_for(int failures, int threshold, std::chrono::seconds first,
                              std::chrono::seconds max) {
    if (failures < threshold) return std::chrono::seconds(0);
    auto doublings = std::min(failures - threshold, 30); // 2^30 × anything is past any maximum
    auto wait = first;
    for (int i = 0; i < doublings && wait < max; ++i) wait *= 2;
    return std::min(wait, max);
}

std::string wait_in_words(std::chrono::seconds wait) {
    auto seconds = std::max<long long>(wait.count(), 1);
    if (seconds < 60) return fmt::format("{} {}", seconds, seconds == 1 ? "sekund" : "sekunder");
    auto minutes = (seconds + 59) / 60;
    return fmt::format("{} {}", minutes, minutes == 1 ? "minutt" : "minutter");
}

} // namespace husly::login_throttle
