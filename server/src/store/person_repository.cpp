#include "store/person_repository.hpp"

#include "common/clock.hpp"
#include "store/dialect.hpp"
#include "store/rows.hpp"

namespace husly::person_repository {
namespace {

struct Row {
    long long id{0};
    std::string identity_number, husly_reference, first_name, last_name, birth_date, phone;
    soci::indicator identity_indicator{soci::i_null}, reference_indicator{soci::i_null},
        birth_indicator{soci::i_null};

    Person to_person() const {
        Person person;
        person.id = id;
        if (identity_indicator == soci::i_ok) person.identity_number = identity_number;
        if (reference_indicator == soci::i_ok) person.husly_reference = husly_reference;
        person.first_name = first_name;
        person.last_name = last_name;
        if (birth_indicator == soci::i_ok) person.birth_date = parse_date(birth_date);
        person.phone = phone;
        return person;
    }
};

constexpr const char* columns =
    "SELECT p.id, p.identity_number, p.husly_reference, p.first_name, p.last_name, p.birth_date, p.phone "
    "FROM persons p ";

void bind(soci::statement& st, Row& row) {
    st.exchange(soci::into(row.id));
    st.exchange(soci::into(row.identity_number, row.identity_indicator));
    st.exchange(soci::into(row.husly_reference, row.reference_indicator));
    st.exchange(soci::into(row.first_name));
    st.exchange(soci::into(row.last_name));
    st.exchange(soci::into(row.birth_date, row.birth_indicator));
    st.exchange(soci::into(row.phone));
}

template <typename T>
std::optional<Person> find_one(Connection& connection, const std::string& where, const T& value) {
    Row row;
    soci::statement st(connection.sql());
    st.alloc();
    st.prepare(std::string(columns) + where);
    st.exchange(soci::use(value));
    bind(st, row);
    st.define_and_bind();
    if (!st.execute(true)) return std::nullopt;
    return row.to_person();
}

} // namespace

int64_t insert(Connection& connection, const Person& person, int64_t office_id, const std::string& now) {
    long long id = 0;
    long long office = office_id;
    std::string identity = person.identity_number.value_or(""),
                reference = person.husly_reference.value_or("");
    std::string birth = person.birth_date ? format_date(*person.birth_date) : "";
    soci::indicator identity_indicator = person.identity_number ? soci::i_ok : soci::i_null;
    soci::indicator reference_indicator = person.husly_reference ? soci::i_ok : soci::i_null;
    soci::indicator birth_indicator = person.birth_date ? soci::i_ok : soci::i_null;
    std::string key = name_search_key(person.first_name + " " + person.last_name);
    connection.sql() << "INSERT INTO persons (identity_number, husly_reference, first_name, last_name, "
                        "name_key, birth_date, phone, registered_office_id, created_at) VALUES (:i, :r, :f, "
                        ":l, :k, :b, :p, :o, :c) RETURNING id",
        soci::use(identity, identity_indicator), soci::use(reference, reference_indicator),
        soci::use(person.first_name), soci::use(person.last_name), soci::use(key),
        soci::use(birth, birth_indicator), soci::use(person.phone), soci::use(office), soci::use(now),
        soci::into(id);
    link(connection, id, office_id, now);
    return id;
}

std::optional<Person> find(Connection& connection, int64_t id) {
    long long person_id = id;
    return find_one(connection, "WHERE p.id = :id", person_id);
}

std::optional<Person> find_by_identity_number(Connection& connection, const std::string& digits) {
    return find_one(connection, "WHERE p.identity_number = :n", digits);
}

bool husly_reference_taken(Connection& connection, const std::string& reference) {
    int count = 0;
    connection.sql() << "SELECT COUNT(*) FROM persons WHERE husly_reference = :r", soci::use(reference),
        soci::into(count);
    return count > 0;
}

std::vector<Person> search_by_name(Connection& connection, int64_t office_id, const std::string& key,
                                   const std::optional<std::string>& birth_date, int limit) {
    Row row;
    long long office = office_id;
    // The key is the user's text: its % and _ are letters to find, not wildcards (finding F6).
    std::string pattern = dialect::like_contains(key);
    int by_birth = birth_date ? 1 : 0;
    std::string birth = birth_date.value_or("");
    soci::statement st(connection.sql());
    st.alloc();
    st.prepare(std::string(columns) +
               "JOIN person_offices po ON po.person_id = p.id AND po.office_id = :office "
               "WHERE p.name_key LIKE :pattern ESCAPE '\\' AND (:by_birth = 0 OR p.birth_date = :birth) "
               "ORDER BY p.last_name, p.first_name LIMIT :limit");
    st.exchange(soci::use(office));
    st.exchange(soci::use(pattern));
    st.exchange(soci::use(by_birth));
    st.exchange(soci::use(birth));
    st.exchange(soci::use(limit));
    bind(st, row);
    st.define_and_bind();
    st.execute();
    std::vector<Person> result;
    while (st.fetch()) result.push_back(row.to_person());
    return result;
}

bool is_linked(Connection& connection, int64_t person_id, int64_t office_id) {
    int count = 0;
    long long person = person_id, office = office_id;
    connection.sql() << "SELECT COUNT(*) FROM person_offices WHERE person_id = :p AND office_id = :o",
        soci::use(person), soci::use(office), soci::into(count);
    return count > 0;
}

std::vector<int64_t> linked_offices(Connection& connection, int64_t person_id) {
    long long person = person_id;
    return rows::select<int64_t>(
        connection, "SELECT office_id FROM person_offices WHERE person_id = :p ORDER BY office_id",
        [](const soci::row& row) { return rows::integer(row, "office_id"); }, person);
}

void link(Connection& connection, int64_t person_id, int64_t office_id, const std::string& now) {
    if (is_linked(connection, person_id, office_id)) return;
    long long person = person_id, office = office_id;
    connection.sql() << "INSERT INTO person_offices (person_id, office_id, linked_at) VALUES (:p, :o, :t)",
        soci::use(person), soci::use(office), soci::use(now);
}

std::optional<Representative> find_representative(Connection& connection, int64_t person_id) {
    Representative representative;
    long long person = person_id, recorded_by = 0;
    soci::indicator found = soci::i_null;
    connection.sql() << "SELECT r.name, r.address, r.recorded_at, r.recorded_by, u.display_name FROM "
                        "representatives r JOIN users u ON u.id = r.recorded_by WHERE r.person_id = :p",
        soci::use(person), soci::into(representative.name, found), soci::into(representative.address),
        soci::into(representative.recorded_at), soci::into(recorded_by),
        soci::into(representative.recorded_by_name);
    if (!connection.sql().got_data() || found != soci::i_ok) return std::nullopt;
    representative.person_id = person_id;
    representative.recorded_by = recorded_by;
    return representative;
}

void set_representative(Connection& connection, const Representative& representative) {
    remove_representative(connection, representative.person_id);
    long long person = representative.person_id, recorded_by = representative.recorded_by;
    connection.sql() << "INSERT INTO representatives (person_id, name, address, recorded_at, recorded_by) "
                        "VALUES (:p, :n, :a, :t, :b)",
        soci::use(person), soci::use(representative.name), soci::use(representative.address),
        soci::use(representative.recorded_at), soci::use(recorded_by);
}

void remove_representative(Connection& connection, int64_t person_id) {
    long long person = person_id;
    connection.sql() << "DELETE FROM representatives WHERE person_id = :p", soci::use(person);
}

} // namespace husly::person_repository
