#pragma once
// Money (docs/domain.md#economics, Bolig Nu's economics): a stay's cost from nights × the price in
// force each night plus storage, own payment month by month, and an office's year: spend by kind
// of place, cost per bed-night, budget and forecast, and the comparison of its own units against
// the alternative price. A bed-night is one person's night. Pure: no I/O.

#include "domain/accommodation.hpp"
#include "domain/placement.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace husly {

// A placement with what its cost needs: the unit's prices and the provider's kind.
struct PricedPlacement {
    std::string starts_on;
    std::optional<std::string> ends_on; // open: counted up to `until`
    int persons{1};
    std::vector<UnitPrice> prices;
    std::string provider_kind;
    bool own_unit{false}; // the municipality's own (provider kind kommunal at the office)
};

struct CostLine {
    int64_t nights{0};
    int64_t bed_nights{0};
    int64_t cost{0};
};

// The nights of `placement` within [from, until) and their cost.
CostLine cost_within(const PricedPlacement& placement, Date from, Date until);

struct MonthOwnPayment {
    std::string month; // "YYYY-MM"
    int64_t nights{0};
    int64_t amount{0};
};
// Own payment per calendar month over the stay's nights [from, until).
std::vector<MonthOwnPayment> own_payment_by_month(const OwnPaymentTerms& terms, Date from, Date until);

struct YearEconomics {
    int year{0};
    std::map<std::string, CostLine> by_kind; // provider kind → nights, bed-nights, cost
    CostLine total;
    int64_t cost_per_bed_night{0}; // whole kroner, rounded
    int64_t spend_to_date{0};
    int64_t forecast{0}; // spend at the current run-rate to the year's end
    std::optional<int64_t> budget;
    // Bolig Nu's comparison: the bed-nights in the office's own units (municipal units the office
    // registered itself; other municipalities' units it used are in by_kind["kommunal"] but not
    // here) at the alternative price per bed-night against what they cost.
    int64_t own_nights{0};
    int64_t own_bed_nights{0};
    int64_t own_cost{0};
    int64_t alternative_cost{0};
    int64_t alternative_price{0}; // kroner per bed-night
};
// `today` cuts the year: nights after tonight are not yet spent. Open placements count to tonight.
YearEconomics year_economics(const std::vector<PricedPlacement>& placements, int year, Date today,
                             std::optional<int64_t> budget, int64_t alternative_price);

} // namespace husly
