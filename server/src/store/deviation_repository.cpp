#include "store/deviation_repository.hpp"

#include "store/rows.hpp"

namespace husly::deviation_repository {
namespace {

const std::string deviation_columns = "d.id, d.office_id, d.kind, d.source_key, d.person_id, d.request_id, "
                                      "d.stay_id, d.placement_id, d.unit_id, "
                                      "d.description, d.status, d.opened_on, d.opened_at, d.opened_by, "
                                      "d.reported_at, d.reported_by, d.closed_at, "
                                      "d.closed_by, d.note";
const std::string deviation_query = "SELECT " + deviation_columns + " FROM deviations d ";

Deviation deviation_from(const soci::row& row) {
    Deviation d;
    d.id = rows::integer(row, "id");
    d.office_id = rows::integer(row, "office_id");
    d.kind = rows::text(row, "kind");
    d.source_key = rows::optional_text(row, "source_key");
    d.person_id = rows::optional_integer(row, "person_id");
    d.request_id = rows::optional_integer(row, "request_id");
    d.stay_id = rows::optional_integer(row, "stay_id");
    d.placement_id = rows::optional_integer(row, "placement_id");
    d.unit_id = rows::optional_integer(row, "unit_id");
    d.description = rows::text(row, "description");
    d.status = rows::code(row, "status", parse_deviation_status);
    d.opened_on = rows::text(row, "opened_on");
    d.opened_at = rows::text(row, "opened_at");
    d.opened_by = rows::integer(row, "opened_by");
    d.reported_at = rows::optional_text(row, "reported_at");
    d.reported_by = rows::optional_integer(row, "reported_by");
    d.closed_at = rows::optional_text(row, "closed_at");
    d.closed_by = rows::optional_integer(row, "closed_by");
    d.note = rows::text(row, "note");
    return d;
}

} // namespace

std::optional<int64_t> raise(Connection& connection, const Deviation& d) {
    if (d.source_key) {
        long long existing = 0;
        connection.sql() << "SELECT COUNT(*) FROM deviations WHERE source_key = :k", soci::use(*d.source_key),
            soci::into(existing);
        if (existing > 0) return std::nullopt;
    }
    long long id = 0, office = d.office_id, by = d.opened_by;
    rows::NullableText key(d.source_key);
    rows::NullableInteger person(d.person_id), request(d.request_id), stay(d.stay_id),
        placement(d.placement_id), unit(d.unit_id);
    std::string status(to_string(d.status));
    connection.sql()
        << "INSERT INTO deviations (office_id, kind, source_key, person_id, request_id, stay_id, "
           "placement_id, unit_id, description, status, opened_on, opened_at, opened_by, note) VALUES "
           "(:o, :k, :sk, :p, :r, :s, :pl, :u, :d, :st, :on, :at, :by, :n) RETURNING id",
        soci::use(office), soci::use(d.kind), soci::use(key.value, key.indicator),
        soci::use(person.value, person.indicator), soci::use(request.value, request.indicator),
        soci::use(stay.value, stay.indicator), soci::use(placement.value, placement.indicator),
        soci::use(unit.value, unit.indicator), soci::use(d.description), soci::use(status),
        soci::use(d.opened_on), soci::use(d.opened_at), soci::use(by), soci::use(d.note), soci::into(id);
    return id;
}

std::optional<Deviation> find(Connection& connection, int64_t deviation_id) {
    long long id = deviation_id;
    return rows::select_one<Deviation>(connection, deviation_query + "WHERE d.id = :id", deviation_from, id);
}

std::vector<DeviationRow> of_office(Connection& connection, int64_t office_id,
                                    std::optional<DeviationStatus> status, int limit) {
    long long office = office_id, count = limit;
    int any_status = status ? 0 : 1;
    std::string wanted(status ? to_string(*status) : "");
    return rows::select<DeviationRow>(
        connection,
        "SELECT " + deviation_columns +
            ", p.first_name, p.last_name FROM deviations d LEFT JOIN persons p ON p.id = d.person_id WHERE "
            "d.office_id = :o AND (:any = 1 OR d.status = :s) ORDER BY d.opened_at DESC, d.id DESC LIMIT :n",
        [](const soci::row& row) {
            auto first = rows::optional_text(row, "first_name");
            return DeviationRow{deviation_from(row),
                                first ? *first + " " + rows::text(row, "last_name") : ""};
        },
        office, any_status, wanted, count);
}

int count_unclosed(Connection& connection, int64_t office_id) {
    long long office = office_id;
    int count = 0;
    std::string closed(to_string(DeviationStatus::closed));
    connection.sql() << "SELECT COUNT(*) FROM deviations WHERE office_id = :o AND status <> :c",
        soci::use(office), soci::use(closed), soci::into(count);
    return count;
}

void report(Connection& connection, int64_t deviation_id, const std::string& at, int64_t by,
            const std::string& note) {
    long long id = deviation_id, user = by;
    std::string status(to_string(DeviationStatus::reported));
    connection.sql() << "UPDATE deviations SET status = :s, reported_at = :at, reported_by = :by, note = :n "
                        "WHERE id = :id",
        soci::use(status), soci::use(at), soci::use(user), soci::use(note), soci::use(id);
}

void close(Connection& connection, int64_t deviation_id, const std::string& at, int64_t by,
           const std::string& note) {
    long long id = deviation_id, user = by;
    std::string status(to_string(DeviationStatus::closed));
    connection.sql()
        << "UPDATE deviations SET status = :s, closed_at = :at, closed_by = :by, note = :n WHERE id = :id",
        soci::use(status), soci::use(at), soci::use(user), soci::use(note), soci::use(id);
}

} // namespace husly::deviation_repository
