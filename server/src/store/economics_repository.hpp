#pragma once
// What money needs beyond placements and prices: a stay's own-payment terms and the office's
// budget per year.

#include "domain/placement.hpp"
#include "store/database.hpp"

#include <optional>

namespace husly::economics_repository {

std::optional<OwnPaymentTerms> own_payment(Connection& connection, int64_t stay_id);
void save_own_payment(Connection& connection, int64_t stay_id, const OwnPaymentTerms& terms,
                      const std::string& at, int64_t by);

struct Budget {
    int64_t amount{0};              // whole kroner for the year
    int64_t alternative_price{850}; // a night at the alternative (Bolig Nu: pensjonat, 850 kr in 2015)
};
std::optional<Budget> budget(Connection& connection, int64_t office_id, int year);
void save_budget(Connection& connection, int64_t office_id, int year, const Budget& budget);

} // namespace husly::economics_repository
