#include "domain/economics.hpp"

#include "common/clock.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace husly {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

} // namespace

CostLine cost_within(const PricedPlacement& placement, Date from, Date until) {
    auto starts = parse_date(placement.starts_on);
    if (!starts) return {};
    auto first = std::max(sys_days{*starts}, sys_days{from});
    auto end = sys_days{until};
    if (placement.ends_on)
        if (auto ends = parse_date(*placement.ends_on)) end = std::min(end, sys_days{*ends});
    if (end <= first) return {};
    auto nights = cost_of_nights(placement.prices, Date{first}, Date{end});
    return CostLine{nights.nights, nights.nights * placement.persons, nights.cost};
}

std::vector<MonthOwnPayment> own_payment_by_month(const OwnPaymentTerms& terms, Date from, Date until) {
    std::vector<MonthOwnPayment> months;
    auto day = sys_days{from}, end = sys_days{until};
    while (day < end) {
        Date date{day};
        auto following = sys_days{(date.year() / date.month() / 1) + std::chrono::months{1}};
        auto stop = std::min(following, end);
        auto nights = (stop - day).count();
        months.push_back(
            {fmt::format("{:04}-{:02}", static_cast<int>(date.year()), static_cast<unsigned>(date.month())),
             nights, own_payment_for_month(terms, nights)});
        day = stop;
    }
    return months;
}

YearEconomics year_economics(const std::vector<PricedPlacement>& placements, int year, Date today,
                             std::optional<int64_t> budget, int64_t alternative_price) {
    YearEconomics result;
    result.year = year;
    result.budget = budget;
    auto year_start = std::chrono::year{year} / 1 / 1;
    auto year_end = Date{sys_days{std::chrono::year{year} / 12 / 31} + days{1}};
    // Spent: the nights up to and including tonight (the night is paid for when it begins), as
    // a stay's cost counts them.
    auto spent_until =
        Date{std::min(sys_days{year_end}, std::max(sys_days{year_start}, sys_days{today} + days{1}))};
    for (const auto& placement : placements) {
        auto line = cost_within(placement, year_start, spent_until);
        auto& kind = result.by_kind[placement.provider_kind];
        kind.nights += line.nights;
        kind.bed_nights += line.bed_nights;
        kind.cost += line.cost;
        result.total.nights += line.nights;
        result.total.bed_nights += line.bed_nights;
        result.total.cost += line.cost;
        if (placement.own_unit) {
            result.own_nights += line.nights;
            result.own_bed_nights += line.bed_nights;
            result.own_cost += line.cost;
        }
    }
    result.spend_to_date = result.total.cost;
    result.cost_per_bed_night =
        result.total.bed_nights == 0
            ? 0
            : (result.total.cost + result.total.bed_nights / 2) / result.total.bed_nights;
    auto elapsed = (sys_days{spent_until} - sys_days{year_start}).count();
    auto in_year = (sys_days{year_end} - sys_days{year_start}).count();
    result.forecast = elapsed == 0 ? 0 : result.spend_to_date * in_year / elapsed;
    result.alternative_cost = result.own_bed_nights * alternative_price;
    result.alternative_price = alternative_price;
    return result;
}

} // namespace husly
