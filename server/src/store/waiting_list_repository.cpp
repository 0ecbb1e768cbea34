#include "store/waiting_list_repository.hpp"

#include "store/rows.hpp"

namespace husly::waiting_list_repository {
namespace {

const std::string entry_query =
    "SELECT w.id, w.office_id, w.person_id, p.first_name, p.last_name, w.request_id, w.added_on, w.position, "
    "w.note, w.offered_on, w.removed_on, w.removal_outcome FROM waiting_list w JOIN persons p ON p.id = "
    "w.person_id ";

WaitingListEntry entry_from(const soci::row& row) {
    WaitingListEntry e;
    e.id = rows::integer(row, "id");
    e.office_id = rows::integer(row, "office_id");
    e.person_id = rows::integer(row, "person_id");
    e.person_name = rows::text(row, "first_name") + " " + rows::text(row, "last_name");
    e.request_id = rows::optional_integer(row, "request_id");
    e.added_on = rows::text(row, "added_on");
    e.position = static_cast<int>(rows::integer(row, "position"));
    e.note = rows::text(row, "note");
    e.offered_on = rows::optional_text(row, "offered_on");
    e.removed_on = rows::optional_text(row, "removed_on");
    e.removal_outcome = rows::optional_text(row, "removal_outcome");
    return e;
}

} // namespace

std::vector<WaitingListEntry> active(Connection& connection, int64_t office_id) {
    long long office = office_id;
    return rows::select<WaitingListEntry>(
        connection, entry_query + "WHERE w.office_id = :o AND w.removed_on IS NULL ORDER BY w.position, w.id",
        entry_from, office);
}

std::vector<WaitingListEntry> removed(Connection& connection, int64_t office_id, int limit) {
    long long office = office_id, count = limit;
    return rows::select<WaitingListEntry>(
        connection,
        entry_query +
            "WHERE w.office_id = :o AND w.removed_on IS NOT NULL ORDER BY w.removed_on DESC, w.id DESC "
            "LIMIT :n",
        entry_from, office, count);
}

std::vector<WaitingListEntry> for_person(Connection& connection, int64_t office_id, int64_t person_id) {
    long long office = office_id, person = person_id;
    return rows::select<WaitingListEntry>(
        connection, entry_query + "WHERE w.office_id = :o AND w.person_id = :p ORDER BY w.added_on, w.id",
        entry_from, office, person);
}

std::optional<WaitingListEntry> find(Connection& connection, int64_t entry_id) {
    long long id = entry_id;
    return rows::select_one<WaitingListEntry>(connection, entry_query + "WHERE w.id = :id", entry_from, id);
}

int64_t insert(Connection& connection, const WaitingListEntry& e, const std::string& created_at,
               int64_t created_by) {
    long long id = 0, office = e.office_id, person = e.person_id, by = created_by;
    rows::NullableInteger request(e.request_id);
    int next = 0;
    soci::indicator next_indicator = soci::i_null;
    connection.sql() << "SELECT MAX(position) FROM waiting_list WHERE office_id = :o AND removed_on IS NULL",
        soci::use(office), soci::into(next, next_indicator);
    int position = (next_indicator == soci::i_ok ? next : 0) + 1;
    connection.sql()
        << "INSERT INTO waiting_list (office_id, person_id, request_id, added_on, position, note, "
           "created_at, created_by) VALUES (:o, :p, :r, :a, :pos, :n, :c, :b) RETURNING id",
        soci::use(office), soci::use(person), soci::use(request.value, request.indicator),
        soci::use(e.added_on), soci::use(position), soci::use(e.note), soci::use(created_at), soci::use(by),
        soci::into(id);
    return id;
}

void set_position(Connection& connection, int64_t entry_id, int position) {
    long long id = entry_id;
    connection.sql() << "UPDATE waiting_list SET position = :p WHERE id = :id", soci::use(position),
        soci::use(id);
}

void set_offered(Connection& connection, int64_t entry_id, const std::string& offered_on) {
    long long id = entry_id;
    connection.sql() << "UPDATE waiting_list SET offered_on = :d WHERE id = :id", soci::use(offered_on),
        soci::use(id);
}

void set_removed(Connection& connection, int64_t entry_id, const std::string& outcome,
                 const std::string& removed_on) {
    long long id = entry_id;
    connection.sql() << "UPDATE waiting_list SET removed_on = :d, removal_outcome = :o WHERE id = :id",
        soci::use(removed_on), soci::use(outcome), soci::use(id);
}

} // namespace husly::waiting_list_repository
