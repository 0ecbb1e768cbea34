#include "store/economics_repository.hpp"

#include "store/rows.hpp"

namespace husly::economics_repository {

std::optional<OwnPaymentTerms> own_payment(Connection& connection, int64_t stay_id) {
    long long id = stay_id;
    return rows::select_one<OwnPaymentTerms>(
        connection,
        "SELECT rate_per_night, monthly_cap, social_assistance_income, can_pay_per_month FROM "
        "stay_own_payment WHERE "
        "stay_id = :s",
        [](const soci::row& row) {
            return OwnPaymentTerms{rows::integer(row, "rate_per_night"), rows::integer(row, "monthly_cap"),
                                   rows::flag(row, "social_assistance_income"),
                                   rows::optional_integer(row, "can_pay_per_month")};
        },
        id);
}

void save_own_payment(Connection& connection, int64_t stay_id, const OwnPaymentTerms& terms,
                      const std::string& at, int64_t by) {
    long long id = stay_id, rate = terms.rate_per_night, cap = terms.monthly_cap, user = by;
    int assistance = terms.income_is_social_assistance ? 1 : 0;
    rows::NullableInteger can_pay(terms.can_pay_per_month);
    connection.sql() << "DELETE FROM stay_own_payment WHERE stay_id = :s", soci::use(id);
    connection.sql()
        << "INSERT INTO stay_own_payment (stay_id, rate_per_night, monthly_cap, social_assistance_income, "
           "can_pay_per_month, updated_at, updated_by) VALUES (:s, :r, :c, :a, :p, :at, :by)",
        soci::use(id), soci::use(rate), soci::use(cap), soci::use(assistance),
        soci::use(can_pay.value, can_pay.indicator), soci::use(at), soci::use(user);
}

std::optional<Budget> budget(Connection& connection, int64_t office_id, int year) {
    long long office = office_id;
    return rows::select_one<Budget>(
        connection, "SELECT amount, alternative_price FROM office_budgets WHERE office_id = :o AND year = :y",
        [](const soci::row& row) {
            return Budget{rows::integer(row, "amount"), rows::integer(row, "alternative_price")};
        },
        office, year);
}

void save_budget(Connection& connection, int64_t office_id, int year, const Budget& b) {
    long long office = office_id, amount = b.amount, alternative = b.alternative_price;
    connection.sql() << "DELETE FROM office_budgets WHERE office_id = :o AND year = :y", soci::use(office),
        soci::use(year);
    connection.sql()
        << "INSERT INTO office_budgets (office_id, year, amount, alternative_price) VALUES (:o, :y, :a, "
           ":p)",
        soci::use(office), soci::use(year), soci::use(amount), soci::use(alternative);
}

} // namespace husly::economics_repository
