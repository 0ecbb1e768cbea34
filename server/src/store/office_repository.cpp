#include "store/office_repository.hpp"

#include <map>

namespace husly::office_repository {
namespace {

std::vector<Office> load(Connection& connection, std::optional<int64_t> only_id) {
    auto& sql = connection.sql();
    std::map<int64_t, Office> offices;
    {
        long long id = 0;
        std::string name, unit_number;
        int approval = 0;
        OfficeContact contact;
        long long filter = only_id.value_or(0);
        int all = only_id ? 0 : 1;
        soci::statement st =
            (sql.prepare << "SELECT id, name, unit_number, decisions_need_approval, postal_address, phone, "
                            "email, website, appeal_authority FROM offices "
                            "WHERE (:all = 1 OR id = :id) ORDER BY name",
             soci::use(all), soci::use(filter), soci::into(id), soci::into(name), soci::into(unit_number),
             soci::into(approval), soci::into(contact.postal_address), soci::into(contact.phone),
             soci::into(contact.email), soci::into(contact.website), soci::into(contact.appeal_authority));
        st.execute();
        while (st.fetch()) offices[id] = Office{id, name, unit_number, {}, approval != 0, contact};
    }
    {
        long long office_id = 0;
        std::string number;
        long long filter = only_id.value_or(0);
        int all = only_id ? 0 : 1;
        soci::statement st =
            (sql.prepare << "SELECT office_id, municipality_number FROM office_municipalities "
                            "WHERE (:all = 1 OR office_id = :id) ORDER BY municipality_number",
             soci::use(all), soci::use(filter), soci::into(office_id), soci::into(number));
        st.execute();
        while (st.fetch())
            if (auto it = offices.find(office_id); it != offices.end())
                it->second.municipality_numbers.push_back(number);
    }
    std::vector<Office> result;
    result.reserve(offices.size());
    for (auto& [id, office] : offices) result.push_back(std::move(office));
    std::sort(result.begin(), result.end(), [](const Office& a, const Office& b) { return a.name < b.name; });
    return result;
}

void write_municipalities(Connection& connection, const Office& office) {
    auto& sql = connection.sql();
    long long office_id = office.id;
    sql << "DELETE FROM office_municipalities WHERE office_id = :id", soci::use(office_id);
    for (const auto& number : office.municipality_numbers)
        sql << "INSERT INTO office_municipalities (office_id, municipality_number) VALUES (:o, :m)",
            soci::use(office_id), soci::use(number);
}

struct OfficeNamesForUser {
    long long user_id{0}, id{0};
    std::string name;
    soci::statement statement;
    explicit OfficeNamesForUser(soci::session& sql)
        : statement((sql.prepare << "SELECT DISTINCT o.id, o.name FROM offices o JOIN user_roles r ON "
                                    "r.office_id = o.id WHERE r.user_id = :u ORDER BY o.name",
                     soci::use(user_id), soci::into(id), soci::into(name))) {}
};

} // namespace

std::vector<OfficeName> names_for_user(Connection& connection, int64_t user_id) {
    auto& query = connection.prepared<OfficeNamesForUser>();
    query.user_id = user_id;
    std::vector<OfficeName> result;
    query.statement.execute();
    while (query.statement.fetch()) result.push_back({query.id, query.name});
    return result;
}

std::optional<std::string> municipality_name(Connection& connection, const std::string& number) {
    std::string name;
    connection.sql() << "SELECT name FROM municipalities WHERE number = :n", soci::use(number),
        soci::into(name);
    if (!connection.sql().got_data()) return std::nullopt;
    return name;
}

std::vector<Office> list(Connection& connection) {
    return load(connection, std::nullopt);
}

std::vector<Office> list_by_ids(Connection& connection, const std::vector<int64_t>& ids) {
    std::vector<Office> result;
    for (const auto& office : load(connection, std::nullopt))
        if (std::find(ids.begin(), ids.end(), office.id) != ids.end()) result.push_back(office);
    return result;
}

std::optional<Office> find(Connection& connection, int64_t id) {
    auto offices = load(connection, id);
    if (offices.empty()) return std::nullopt;
    return offices.front();
}

std::optional<int64_t> find_id_by_unit_number(Connection& connection, const std::string& unit_number) {
    long long id = 0;
    soci::indicator indicator = soci::i_null;
    connection.sql() << "SELECT id FROM offices WHERE unit_number = :u", soci::use(unit_number),
        soci::into(id, indicator);
    if (!connection.sql().got_data() || indicator != soci::i_ok) return std::nullopt;
    return id;
}

int64_t insert(Connection& connection, const Office& office, const std::string& created_at) {
    long long id = 0;
    int approval = office.decisions_need_approval ? 1 : 0;
    const auto& c = office.contact;
    connection.sql()
        << "INSERT INTO offices (name, unit_number, decisions_need_approval, created_at, postal_address, "
           "phone, email, website, appeal_authority) VALUES (:n, :u, :a, :c, :pa, :ph, :e, :w, :aa) "
           "RETURNING id",
        soci::use(office.name), soci::use(office.unit_number), soci::use(approval), soci::use(created_at),
        soci::use(c.postal_address), soci::use(c.phone), soci::use(c.email), soci::use(c.website),
        soci::use(c.appeal_authority), soci::into(id);
    Office stored = office;
    stored.id = id;
    write_municipalities(connection, stored);
    return id;
}

void update(Connection& connection, const Office& office) {
    long long id = office.id;
    int approval = office.decisions_need_approval ? 1 : 0;
    const auto& c = office.contact;
    connection.sql() << "UPDATE offices SET name = :n, unit_number = :u, decisions_need_approval = :a, "
                        "postal_address = :pa, phone = :ph, email = :e, website = :w, appeal_authority = :aa "
                        "WHERE id = :id",
        soci::use(office.name), soci::use(office.unit_number), soci::use(approval),
        soci::use(c.postal_address), soci::use(c.phone), soci::use(c.email), soci::use(c.website),
        soci::use(c.appeal_authority), soci::use(id);
    write_municipalities(connection, office);
}

std::vector<std::string> unknown_municipalities(Connection& connection,
                                                const std::vector<std::string>& numbers) {
    std::vector<std::string> unknown;
    for (const auto& number : numbers) {
        int count = 0;
        connection.sql() << "SELECT COUNT(*) FROM municipalities WHERE number = :n", soci::use(number),
            soci::into(count);
        if (count == 0) unknown.push_back(number);
    }
    return unknown;
}

std::vector<Municipality> municipalities(Connection& connection) {
    std::vector<Municipality> result;
    Municipality row;
    soci::statement st =
        (connection.sql().prepare << "SELECT number, name, county_number, county FROM municipalities "
                                     "ORDER BY number",
         soci::into(row.number), soci::into(row.name), soci::into(row.county_number), soci::into(row.county));
    st.execute();
    while (st.fetch()) result.push_back(row);
    return result;
}

} // namespace husly::office_repository
