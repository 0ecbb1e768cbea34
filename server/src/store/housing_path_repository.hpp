#pragma once
// SQL of the way to a home: a stay's individuell plan and referrals, and a person's consents at an office.

#include "domain/housing_path.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace husly::housing_path_repository {

std::optional<IndividualPlan> individual_plan(Connection& connection, int64_t stay_id);
void save_individual_plan(Connection& connection, int64_t stay_id, const IndividualPlan& plan);

// The person's consents at the office, oldest first.
std::vector<Consent> consents(Connection& connection, int64_t person_id, int64_t office_id);
std::optional<Consent> find_consent(Connection& connection, int64_t consent_id);
int64_t insert_consent(Connection& connection, const Consent& consent);
void set_withdrawn(Connection& connection, int64_t consent_id, const std::string& withdrawn_on);

std::vector<Referral> referrals(Connection& connection, int64_t stay_id);
std::optional<Referral> find_referral(Connection& connection, int64_t referral_id);
int64_t insert_referral(Connection& connection, const Referral& referral);
void update_outcome(Connection& connection, const Referral& referral);

} // namespace husly::housing_path_repository
