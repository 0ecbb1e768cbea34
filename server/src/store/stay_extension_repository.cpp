#include "store/stay_extension_repository.hpp"

#include "store/rows.hpp"

namespace husly::stay_extension_repository {
namespace {

const std::string columns =
    "id, stay_id, request_id, decision_id, previous_period_to, period_from, period_to, "
    "created_at, created_by";

StayExtension extension_from(const soci::row& row) {
    StayExtension extension;
    extension.id = rows::integer(row, "id");
    extension.stay_id = rows::integer(row, "stay_id");
    extension.request_id = rows::integer(row, "request_id");
    extension.decision_id = rows::integer(row, "decision_id");
    extension.previous_period_to = rows::optional_text(row, "previous_period_to");
    extension.period_from = rows::text(row, "period_from");
    extension.period_to = rows::text(row, "period_to");
    extension.created_at = rows::text(row, "created_at");
    extension.created_by = rows::integer(row, "created_by");
    return extension;
}

} // namespace

void lock_stay(Connection& connection, int64_t stay_id) {
    if (connection.dialect() != Dialect::postgresql) return;
    long long id = stay_id, locked = 0;
    soci::indicator found = soci::i_null;
    connection.sql() << "SELECT id FROM stays WHERE id = :id FOR UPDATE", soci::use(id),
        soci::into(locked, found);
}

int64_t insert(Connection& connection, const StayExtension& extension) {
    long long id = 0, stay = extension.stay_id, request = extension.request_id,
              decision = extension.decision_id, created_by = extension.created_by;
    rows::NullableText previous(extension.previous_period_to);
    connection.sql() << "INSERT INTO stay_extensions (stay_id, request_id, decision_id, previous_period_to, "
                        "period_from, period_to, created_at, created_by) VALUES (:s, :r, :d, :p, :f, :t, :c, "
                        ":cb) RETURNING id",
        soci::use(stay), soci::use(request), soci::use(decision),
        soci::use(previous.value, previous.indicator), soci::use(extension.period_from),
        soci::use(extension.period_to), soci::use(extension.created_at), soci::use(created_by),
        soci::into(id);
    connection.sql() << "UPDATE stays SET period_to = :t WHERE id = :s", soci::use(extension.period_to),
        soci::use(stay);
    return id;
}

std::vector<StayExtension> for_stay(Connection& connection, int64_t stay_id) {
    long long id = stay_id;
    return rows::select<StayExtension>(
        connection, "SELECT " + columns + " FROM stay_extensions WHERE stay_id = :s ORDER BY id",
        extension_from, id);
}

std::optional<StayExtension> for_request(Connection& connection, int64_t request_id) {
    long long id = request_id;
    return rows::select_one<StayExtension>(
        connection, "SELECT " + columns + " FROM stay_extensions WHERE request_id = :r", extension_from, id);
}

} // namespace husly::stay_extension_repository
