#include "service/economics_service.hpp"

#include "common/clock.hpp"
#include "domain/vedtak_terms.hpp"
#include "service/audit_service.hpp"
#include "service/case_access.hpp"
#include "store/accommodation_repository.hpp"
#include "store/decision_repository.hpp"
#include "store/placement_repository.hpp"
#include "store/stay_repository.hpp"
#include "store/storage_repository.hpp"

#include <algorithm>
#include <map>

namespace husly::economics {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

constexpr int64_t max_budget = 10'000'000'000;

Result<Stay> owned_stay(Connection& connection, int64_t office_id, int64_t stay_id) {
    auto stay = stay_repository::find(connection, stay_id);
    if (!stay || stay->office_id != office_id) return not_found("Fant ikke oppholdet.");
    return *stay;
}

// The night after the last one counted: the exit day, or tonight's end for an open stay.
Date stay_until(const Stay& stay) {
    if (stay.exit) return *parse_date(stay.exit->ended_on);
    return Date{sys_days{today()} + days{1}};
}

// The price histories of every unit the rows were placed in, in one query.
template <typename Row, typename UnitOf>
std::map<int64_t, std::vector<UnitPrice>> prices_for(Connection& connection, const std::vector<Row>& rows,
                                                     UnitOf unit_of) {
    std::vector<int64_t> unit_ids;
    unit_ids.reserve(rows.size());
    for (const auto& row : rows) unit_ids.push_back(unit_of(row));
    std::sort(unit_ids.begin(), unit_ids.end());
    unit_ids.erase(std::unique(unit_ids.begin(), unit_ids.end()), unit_ids.end());
    return accommodation_repository::prices_of_units(connection, unit_ids);
}

StayCost compute(Connection& connection, const Stay& stay) {
    StayCost cost;
    auto from = *parse_date(stay.started_on);
    auto until = stay_until(stay);
    auto placements = placement_repository::for_stay(connection, stay.id);
    auto prices = prices_for(connection, placements, [](const Placement& p) { return p.unit_id; });
    for (const auto& placement : placements) {
        if (!was_lived_in(placement.status)) continue;
        auto line = cost_within(
            {placement.starts_on, placement.ends_on, placement.persons, prices[placement.unit_id], "", false},
            from, until);
        cost.placements.nights += line.nights;
        cost.placements.bed_nights += line.bed_nights;
        cost.placements.cost += line.cost;
    }
    for (const auto& record : storage_repository::for_person(connection, stay.office_id, stay.person_id)) {
        auto stored_from = std::max(sys_days{*parse_date(record.stored_from)}, sys_days{from});
        auto stored_to = record.stored_to ? sys_days{*parse_date(*record.stored_to)} : sys_days{until};
        stored_to = std::min(stored_to, sys_days{until});
        if (stored_to <= stored_from) continue;
        auto months = ((stored_to - stored_from).count() + 29) / 30;
        cost.storage += months * record.monthly_cost;
    }
    cost.total = cost.placements.cost + cost.storage;
    // The terms set on the stay, else what the stay's vedtak set (docs/domain.md#rule-own-payment):
    // never the office's defaults where the vedtak said something else.
    if (auto terms = economics_repository::own_payment(connection, stay.id)) {
        cost.terms = *terms;
        cost.terms_set = true;
    } else if (auto decision = decision_repository::find_by_request(connection, stay.request_id);
               decision && decision->status == DecisionStatus::decided) {
        cost.terms = own_payment_terms_of(*decision);
        cost.terms_set = true;
        cost.terms_from_vedtak = true;
    }
    cost.own_payment = own_payment_by_month(cost.terms, from, until);
    for (const auto& month : cost.own_payment) cost.own_payment_total += month.amount;
    return cost;
}

Status check_year(int year) {
    if (year < 2000 || year > 2100) return invalid("year", "Velg et år mellom 2000 og 2100.");
    return {};
}

OfficeYear compute_year(Connection& connection, int64_t office_id, int year) {
    OfficeYear result;
    if (auto budget = economics_repository::budget(connection, office_id, year)) {
        result.budget = *budget;
        result.budget_set = true;
    }
    auto from = std::to_string(year) + "-01-01", to = std::to_string(year + 1) + "-01-01";
    auto rows = placement_repository::of_office_between(connection, office_id, from, to);
    auto prices = prices_for(connection, rows, [](const placement_repository::CostedPlacement& row) {
        return row.placement.unit_id;
    });
    std::vector<PricedPlacement> priced;
    for (const auto& row : rows) {
        const auto& placement = row.placement;
        priced.push_back({placement.starts_on, placement.ends_on, placement.persons,
                          prices[placement.unit_id], row.provider_kind,
                          row.provider_kind == "kommunal" && row.provider_office_id == office_id});
    }
    result.economics = year_economics(priced, year, today(),
                                      result.budget_set ? std::optional(result.budget.amount) : std::nullopt,
                                      result.budget.alternative_price);
    return result;
}

} // namespace

Result<StayCost> stay_cost(Connection& connection, const Actor& actor, int64_t stay_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<StayCost> {
        auto stay = TRY(owned_stay(connection, office_id, stay_id));
        audit::record(connection, &actor, actor.address,
                      {"stay.cost", "stay", std::to_string(stay.id), stay.person_id, {}});
        return compute(connection, stay);
    });
}

Result<StayCost> save_own_payment(Connection& connection, const Actor& actor, int64_t stay_id,
                                  const OwnPaymentTerms& terms) {
    auto office_id = TRY(case_office(actor));
    TRY(check_own_payment(terms));
    return in_transaction(connection, [&](Transaction&) -> Result<StayCost> {
        auto stay = TRY(owned_stay(connection, office_id, stay_id));
        economics_repository::save_own_payment(connection, stay.id, terms, format_instant(now()),
                                               actor.user_id);
        audit::record(connection, &actor, actor.address,
                      {"stay.own_payment", "stay", std::to_string(stay.id), stay.person_id, {}});
        return compute(connection, stay);
    });
}

Result<OfficeYear> office_year(Connection& connection, const Actor& actor, int year) {
    auto office_id = TRY(leader_office(actor));
    TRY(check_year(year));
    Transaction transaction(connection, Transaction::Mode::read);
    return compute_year(connection, office_id, year);
}

Result<OfficeYear> save_budget(Connection& connection, const Actor& actor, int year,
                               const economics_repository::Budget& budget) {
    auto office_id = TRY(leader_office(actor));
    TRY(check_year(year));
    if (budget.amount < 0 || budget.amount > max_budget)
        return invalid("amount", "Budsjettet må være mellom 0 og 10 milliarder kroner.");
    if (budget.alternative_price < 0 || budget.alternative_price > max_price_per_night)
        return invalid("alternativePrice", "Alternativprisen må være mellom 0 og 100 000 kr.");
    return in_transaction(connection, [&](Transaction&) -> Result<OfficeYear> {
        economics_repository::save_budget(connection, office_id, year, budget);
        audit::record(connection, &actor, actor.address,
                      {"office.budget", "office", std::to_string(office_id), std::nullopt, {{"year", year}}});
        return compute_year(connection, office_id, year);
    });
}

} // namespace husly::economics
