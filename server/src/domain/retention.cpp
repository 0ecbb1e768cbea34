#include "domain/retention.hpp"

#include <fmt/format.h>

namespace husly::retention {

Result<int> checked_keep_years(int years) {
    if (years < min_keep_years || years > max_keep_years)
        return invalid("keepYears", fmt::format("Oppbevaringstiden må være mellom {} og {} år.",
                                                min_keep_years, max_keep_years));
    return years;
}

std::chrono::year_month_day cutoff(std::chrono::year_month_day today, int keep_years) {
    std::chrono::year_month_day day{today.year() - std::chrono::years{keep_years}, today.month(),
                                    today.day()};
    if (!day.ok())
        day = std::chrono::year_month_day_last{day.year(), std::chrono::month_day_last{day.month()}};
    return day;
}

} // namespace husly::retention
