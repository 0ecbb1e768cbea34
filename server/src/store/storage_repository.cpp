#include "store/storage_repository.hpp"

#include "store/rows.hpp"

namespace husly::storage_repository {
namespace {

const std::string storage_query =
    "SELECT id, office_id, person_id, request_id, location, stored_from, stored_to, "
    "monthly_cost, note FROM storage ";

StorageRecord record_from(const soci::row& row) {
    return StorageRecord{rows::integer(row, "id"),
                         rows::integer(row, "office_id"),
                         rows::integer(row, "person_id"),
                         rows::optional_integer(row, "request_id"),
                         rows::text(row, "location"),
                         rows::text(row, "stored_from"),
                         rows::optional_text(row, "stored_to"),
                         rows::integer(row, "monthly_cost"),
                         rows::text(row, "note")};
}

} // namespace

std::vector<StorageRecord> for_person(Connection& connection, int64_t office_id, int64_t person_id) {
    long long office = office_id, person = person_id;
    return rows::select<StorageRecord>(
        connection, storage_query + "WHERE office_id = :o AND person_id = :p ORDER BY stored_from, id",
        record_from, office, person);
}

std::optional<StorageRecord> find(Connection& connection, int64_t storage_id) {
    long long id = storage_id;
    return rows::select_one<StorageRecord>(connection, storage_query + "WHERE id = :id", record_from, id);
}

int64_t insert(Connection& connection, const StorageRecord& r, const std::string& created_at,
               int64_t created_by) {
    long long id = 0, office = r.office_id, person = r.person_id, cost = r.monthly_cost, by = created_by;
    rows::NullableInteger request(r.request_id);
    rows::NullableText to(r.stored_to);
    connection.sql()
        << "INSERT INTO storage (office_id, person_id, request_id, location, stored_from, stored_to, "
           "monthly_cost, note, created_at, created_by) VALUES (:o, :p, :r, :l, :f, :t, :c, :n, :at, :b) "
           "RETURNING id",
        soci::use(office), soci::use(person), soci::use(request.value, request.indicator),
        soci::use(r.location), soci::use(r.stored_from), soci::use(to.value, to.indicator), soci::use(cost),
        soci::use(r.note), soci::use(created_at), soci::use(by), soci::into(id);
    return id;
}

void update(Connection& connection, const StorageRecord& r) {
    long long id = r.id, cost = r.monthly_cost;
    rows::NullableText to(r.stored_to);
    connection.sql()
        << "UPDATE storage SET location = :l, stored_from = :f, stored_to = :t, monthly_cost = :c, "
           "note = :n WHERE id = :id",
        soci::use(r.location), soci::use(r.stored_from), soci::use(to.value, to.indicator), soci::use(cost),
        soci::use(r.note), soci::use(id);
}

} // namespace husly::storage_repository
