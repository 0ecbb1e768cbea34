#include "store/cash_assistance_repository.hpp"

#include "store/rows.hpp"

namespace husly::cash_assistance_repository {
namespace {

const std::string columns =
    "id, request_id, office_id, person_id, granted, amount_kroner, nights, decided_on, "
    "reasons, decided_at, decided_by, delivery_method, delivered_on, informed_on, appeal_deadline";

CashAssistance decision_from(const soci::row& row) {
    CashAssistance decision;
    decision.id = rows::integer(row, "id");
    decision.request_id = rows::integer(row, "request_id");
    decision.office_id = rows::integer(row, "office_id");
    decision.person_id = rows::integer(row, "person_id");
    decision.granted = rows::integer(row, "granted") != 0;
    decision.amount_kroner = rows::integer(row, "amount_kroner");
    decision.nights = rows::integer(row, "nights");
    decision.decided_on = rows::text(row, "decided_on");
    decision.reasons = rows::text(row, "reasons");
    decision.decided_at = rows::text(row, "decided_at");
    decision.decided_by = rows::integer(row, "decided_by");
    if (auto method = rows::optional_code(row, "delivery_method", parse_delivery_method))
        decision.delivery = Delivery{*method, rows::text(row, "delivered_on"), rows::text(row, "informed_on"),
                                     rows::text(row, "appeal_deadline")};
    return decision;
}

} // namespace

int64_t insert(Connection& connection, const CashAssistance& decision) {
    long long id = 0, request = decision.request_id, office = decision.office_id, person = decision.person_id,
              amount = decision.amount_kroner, decided_by = decision.decided_by;
    int granted = decision.granted ? 1 : 0, nights = static_cast<int>(decision.nights);
    connection.sql() << "INSERT INTO cash_assistance_decisions (request_id, office_id, person_id, granted, "
                        "amount_kroner, nights, decided_on, reasons, decided_at, decided_by) VALUES (:r, :o, "
                        ":p, :g, :a, :n, :d, :reasons, :at, :by) RETURNING id",
        soci::use(request), soci::use(office), soci::use(person), soci::use(granted), soci::use(amount),
        soci::use(nights), soci::use(decision.decided_on), soci::use(decision.reasons),
        soci::use(decision.decided_at), soci::use(decided_by), soci::into(id);
    return id;
}

std::optional<CashAssistance> find(Connection& connection, int64_t id) {
    long long key = id;
    return rows::select_one<CashAssistance>(
        connection, "SELECT " + columns + " FROM cash_assistance_decisions WHERE id = :id", decision_from,
        key);
}

void mark_delivered(Connection& connection, int64_t id, const Delivery& delivery) {
    long long key = id;
    std::string method(to_string(delivery.method));
    connection.sql() << "UPDATE cash_assistance_decisions SET delivery_method = :m, delivered_on = :d, "
                        "informed_on = :i, appeal_deadline = :a WHERE id = :id",
        soci::use(method), soci::use(delivery.delivered_on), soci::use(delivery.informed_on),
        soci::use(delivery.appeal_deadline), soci::use(key);
}

std::vector<CashAssistance> for_request(Connection& connection, int64_t request_id) {
    long long key = request_id;
    return rows::select<CashAssistance>(
        connection, "SELECT " + columns + " FROM cash_assistance_decisions WHERE request_id = :r ORDER BY id",
        decision_from, key);
}

} // namespace husly::cash_assistance_repository
