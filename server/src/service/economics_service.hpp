#pragma once
// Costs: a stay's cost and own payment, and the office's year against its budget.

#include "common/error.hpp"
#include "domain/account.hpp"
#include "domain/economics.hpp"
#include "store/database.hpp"
#include "store/economics_repository.hpp"

#include <optional>
#include <vector>

namespace husly::economics {

struct StayCost {
    CostLine placements; // nights in units × the price each night, to today or the exit
    int64_t storage{0};  // storage of belongings while the stay lasted, by whole months begun
    int64_t total{0};
    OwnPaymentTerms
        terms; // set on the stay, else the vedtak's; the defaults (300 kr, 9 000 kr) without either
    bool terms_set{false};
    bool terms_from_vedtak{false}; // the terms are the ones the stay's vedtak set
    std::vector<MonthOwnPayment> own_payment;
    int64_t own_payment_total{0};
};

Result<StayCost> stay_cost(Connection& connection, const Actor& actor, int64_t stay_id);
Result<StayCost> save_own_payment(Connection& connection, const Actor& actor, int64_t stay_id,
                                  const OwnPaymentTerms& terms);

// The office's budget for a year and the alternative price per bed-night it is compared with.
using Budget = economics_repository::Budget;

struct OfficeYear {
    YearEconomics economics;
    Budget budget;
    bool budget_set{false};
};
// Leders only: the office's spend, forecast and budget.
Result<OfficeYear> office_year(Connection& connection, const Actor& actor, int year);
Result<OfficeYear> save_budget(Connection& connection, const Actor& actor, int year, const Budget& budget);

} // namespace husly::economics
