#include "store/accommodation_repository.hpp"

#include "common/clock.hpp"
#include "store/rows.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace husly::accommodation_repository {
namespace {

const std::string provider_query =
    "SELECT id, office_id, name, kind, offer_type, organization_number, address, "
    "phone, email, note, active FROM providers ";

Provider provider_from(const soci::row& row) {
    Provider p;
    p.id = rows::integer(row, "id");
    p.office_id = rows::integer(row, "office_id");
    p.name = rows::text(row, "name");
    p.kind = rows::text(row, "kind");
    p.offer_type = rows::text(row, "offer_type");
    p.organization_number = rows::text(row, "organization_number");
    p.address = rows::text(row, "address");
    p.phone = rows::text(row, "phone");
    p.email = rows::text(row, "email");
    p.note = rows::text(row, "note");
    p.active = rows::flag(row, "active");
    return p;
}

void load_provider_parts(Connection& connection, Provider& provider) {
    long long id = provider.id;
    provider.municipality_numbers = rows::select<std::string>(
        connection,
        "SELECT municipality_number FROM provider_municipalities WHERE provider_id = :p ORDER BY "
        "municipality_number",
        [](const soci::row& row) { return rows::text(row, "municipality_number"); }, id);
    provider.contacts = rows::select<ProviderContact>(
        connection,
        "SELECT name, role, phone, email FROM provider_contacts WHERE provider_id = :p ORDER BY position",
        [](const soci::row& row) {
            return ProviderContact{rows::text(row, "name"), rows::text(row, "role"), rows::text(row, "phone"),
                                   rows::text(row, "email")};
        },
        id);
    provider.agreements = rows::select<QualityAgreement>(
        connection,
        "SELECT id, provider_id, starts_on, ends_on, document_name, CASE WHEN document IS NULL THEN 0 ELSE 1 "
        "END "
        "AS has_document FROM quality_agreements WHERE provider_id = :p ORDER BY starts_on, id",
        [](const soci::row& row) {
            return QualityAgreement{rows::integer(row, "id"),         rows::integer(row, "provider_id"),
                                    rows::text(row, "starts_on"),     rows::optional_text(row, "ends_on"),
                                    rows::text(row, "document_name"), rows::flag(row, "has_document")};
        },
        id);
}

void replace_provider_parts(Connection& connection, const Provider& provider) {
    long long id = provider.id;
    connection.sql() << "DELETE FROM provider_municipalities WHERE provider_id = :p", soci::use(id);
    for (const auto& number : provider.municipality_numbers)
        connection.sql()
            << "INSERT INTO provider_municipalities (provider_id, municipality_number) VALUES (:p, :m)",
            soci::use(id), soci::use(number);
    connection.sql() << "DELETE FROM provider_contacts WHERE provider_id = :p", soci::use(id);
    int position = 0;
    for (const auto& contact : provider.contacts) {
        ++position;
        connection.sql() << "INSERT INTO provider_contacts (provider_id, position, name, role, phone, email) "
                            "VALUES (:p, :pos, :n, :r, :ph, :e)",
            soci::use(id), soci::use(position), soci::use(contact.name), soci::use(contact.role),
            soci::use(contact.phone), soci::use(contact.email);
    }
}

std::vector<Provider> with_parts(Connection& connection, std::vector<Provider> providers) {
    for (auto& provider : providers) load_provider_parts(connection, provider);
    return providers;
}

const std::string unit_query =
    "SELECT u.id, u.provider_id, u.name, u.kind, u.municipality_number, u.rooms, u.beds, "
    "u.facilities, u.staffing, u.suits, u.not_suits, u.requires_self_evacuation, "
    "u.night_shelter, u.active, u.note FROM units u ";

Unit unit_from(const soci::row& row) {
    Unit u;
    u.id = rows::integer(row, "id");
    u.provider_id = rows::integer(row, "provider_id");
    u.name = rows::text(row, "name");
    u.kind = rows::text(row, "kind");
    u.municipality_number = rows::text(row, "municipality_number");
    u.rooms = static_cast<int>(rows::integer(row, "rooms"));
    u.beds = static_cast<int>(rows::integer(row, "beds"));
    u.facilities = rows::split_codes(rows::text(row, "facilities"));
    u.staffing = rows::text(row, "staffing");
    u.suits = rows::split_codes(rows::text(row, "suits"));
    u.not_suits = rows::split_codes(rows::text(row, "not_suits"));
    u.requires_self_evacuation = rows::flag(row, "requires_self_evacuation");
    u.night_shelter = rows::flag(row, "night_shelter");
    u.active = rows::flag(row, "active");
    u.note = rows::text(row, "note");
    return u;
}

const std::string inspection_query =
    "SELECT id, unit_id, inspected_on, inspector, items, problems, problem_note, "
    "verdict, next_due_on, note, registered_at FROM inspections ";

Inspection inspection_from(const soci::row& row) {
    Inspection i;
    i.id = rows::integer(row, "id");
    i.unit_id = rows::integer(row, "unit_id");
    i.inspected_on = rows::text(row, "inspected_on");
    i.inspector = rows::text(row, "inspector");
    for (const auto& item : nlohmann::json::parse(rows::text(row, "items")))
        i.items.push_back({item.value("code", ""), item.value("result", ""), item.value("note", "")});
    i.problems = rows::split_codes(rows::text(row, "problems"));
    i.problem_note = rows::text(row, "problem_note");
    i.verdict = rows::text(row, "verdict");
    i.next_due_on = rows::text(row, "next_due_on");
    i.note = rows::text(row, "note");
    i.registered_at = rows::text(row, "registered_at");
    return i;
}

std::string id_list(const std::vector<int64_t>& ids) {
    std::string text;
    for (auto id : ids) {
        if (!text.empty()) text += ',';
        text += std::to_string(id); // appended in place: "," + text made GCC 12 warn falsely (-Wrestrict)
    }
    return text.empty() ? "0" : text;
}

// Codes that are all digits (municipality and county numbers), quoted for an IN list.
std::string number_list(const std::vector<std::string>& numbers) {
    std::string text;
    for (const auto& number : numbers) {
        if (number.empty() || number.find_first_not_of("0123456789") != std::string::npos) continue;
        text += (text.empty() ? "'" : ",'") + number + "'";
    }
    return text.empty() ? "''" : text;
}

// Prices, latest inspections and agreements for units already read, in three queries.
std::vector<UnitWithProvider> complete_units_with_provider(Connection& connection,
                                                           std::vector<UnitWithProvider> units,
                                                           Date agreement_day) {
    if (units.empty()) return units;
    std::vector<int64_t> ids;
    std::set<int64_t> provider_ids;
    for (const auto& item : units) {
        ids.push_back(item.unit.id);
        provider_ids.insert(item.unit.provider_id);
    }
    auto unit_id_list = id_list(ids);
    auto prices = prices_of_units(connection, ids);
    std::map<int64_t, Inspection> latest;
    // Only what the unit's quality status and its summary need (not the items and problems).
    soci::rowset<soci::row> inspection_rows =
        connection.sql().prepare
        << "SELECT id, unit_id, inspected_on, verdict, next_due_on FROM inspections WHERE unit_id IN (" +
               unit_id_list +
               ") AND id = (SELECT j.id FROM inspections j WHERE j.unit_id = "
               "inspections.unit_id ORDER BY j.inspected_on DESC, j.id DESC LIMIT 1)";
    for (const auto& row : inspection_rows) {
        Inspection inspection;
        inspection.id = rows::integer(row, "id");
        inspection.unit_id = rows::integer(row, "unit_id");
        inspection.inspected_on = rows::text(row, "inspected_on");
        inspection.verdict = rows::text(row, "verdict");
        inspection.next_due_on = rows::text(row, "next_due_on");
        latest[inspection.unit_id] = std::move(inspection);
    }
    std::set<int64_t> with_agreement;
    auto day = format_date(agreement_day);
    soci::rowset<soci::row> agreement_rows =
        (connection.sql().prepare
             << "SELECT DISTINCT provider_id FROM quality_agreements WHERE provider_id IN (" +
                    id_list({provider_ids.begin(), provider_ids.end()}) +
                    ") AND starts_on <= :d AND (ends_on IS NULL OR ends_on >= :e)",
         soci::use(day), soci::use(day));
    for (const auto& row : agreement_rows) with_agreement.insert(rows::integer(row, "provider_id"));
    for (auto& item : units) {
        item.unit.prices = prices[item.unit.id];
        if (auto it = latest.find(item.unit.id); it != latest.end()) item.latest_inspection = it->second;
        item.agreement_valid = with_agreement.contains(item.unit.provider_id);
    }
    return units;
}

const std::string unit_with_provider_query =
    "SELECT u.id, u.provider_id, u.name, u.kind, u.municipality_number, u.rooms, "
    "u.beds, u.facilities, u.staffing, u.suits, u.not_suits, "
    "u.requires_self_evacuation, u.night_shelter, u.active, u.note, p.name AS provider_name, p.kind AS "
    "provider_kind, p.office_id AS provider_office_id FROM units u JOIN providers p ON "
    "p.id = u.provider_id ";

UnitWithProvider unit_with_provider_from(const soci::row& row) {
    return UnitWithProvider{unit_from(row),
                            rows::text(row, "provider_name"),
                            rows::text(row, "provider_kind"),
                            rows::integer(row, "provider_office_id"),
                            std::nullopt,
                            false};
}

} // namespace

std::vector<Provider> providers_of_office(Connection& connection, int64_t office_id) {
    long long office = office_id;
    return with_parts(connection, rows::select<Provider>(
                                      connection, provider_query + "WHERE office_id = :o ORDER BY name, id",
                                      provider_from, office));
}

std::optional<Provider> find_provider(Connection& connection, int64_t provider_id) {
    long long id = provider_id;
    auto provider =
        rows::select_one<Provider>(connection, provider_query + "WHERE id = :id", provider_from, id);
    if (provider) load_provider_parts(connection, *provider);
    return provider;
}

int64_t insert_provider(Connection& connection, const Provider& p, const std::string& at, int64_t by) {
    long long id = 0, office = p.office_id, user = by;
    int active = p.active ? 1 : 0;
    connection.sql()
        << "INSERT INTO providers (office_id, name, kind, offer_type, organization_number, address, "
           "phone, email, note, active, created_at, created_by) VALUES (:o, :n, :k, :t, :org, :a, :ph, "
           ":e, :note, :act, :at, :by) RETURNING id",
        soci::use(office), soci::use(p.name), soci::use(p.kind), soci::use(p.offer_type),
        soci::use(p.organization_number), soci::use(p.address), soci::use(p.phone), soci::use(p.email),
        soci::use(p.note), soci::use(active), soci::use(at), soci::use(user), soci::into(id);
    Provider stored = p;
    stored.id = id;
    replace_provider_parts(connection, stored);
    return id;
}

void update_provider(Connection& connection, const Provider& p) {
    long long id = p.id;
    int active = p.active ? 1 : 0;
    connection.sql()
        << "UPDATE providers SET name = :n, kind = :k, offer_type = :t, organization_number = :org, "
           "address = :a, phone = :ph, email = :e, note = :note, active = :act WHERE id = :id",
        soci::use(p.name), soci::use(p.kind), soci::use(p.offer_type), soci::use(p.organization_number),
        soci::use(p.address), soci::use(p.phone), soci::use(p.email), soci::use(p.note), soci::use(active),
        soci::use(id);
    replace_provider_parts(connection, p);
}

int64_t insert_agreement(Connection& connection, const QualityAgreement& a,
                         const std::optional<std::string>& document_base64, const std::string& at,
                         int64_t by) {
    long long id = 0, provider = a.provider_id, user = by;
    rows::NullableText ends(a.ends_on), document(document_base64);
    connection.sql()
        << "INSERT INTO quality_agreements (provider_id, starts_on, ends_on, document_name, document, "
           "registered_at, registered_by) VALUES (:p, :s, :e, :n, :d, :at, :by) RETURNING id",
        soci::use(provider), soci::use(a.starts_on), soci::use(ends.value, ends.indicator),
        soci::use(a.document_name), soci::use(document.value, document.indicator), soci::use(at),
        soci::use(user), soci::into(id);
    return id;
}

std::optional<std::pair<std::string, std::string>>
agreement_document(Connection& connection, int64_t agreement_id, int64_t provider_id) {
    long long id = agreement_id, provider = provider_id;
    return rows::select_one<std::pair<std::string, std::string>>(
        connection,
        "SELECT document_name, document FROM quality_agreements WHERE id = :id AND provider_id = :p AND "
        "document "
        "IS NOT NULL",
        [](const soci::row& row) {
            return std::pair{rows::text(row, "document_name"), rows::text(row, "document")};
        },
        id, provider);
}

std::vector<StaffMember> staff_of(Connection& connection, int64_t provider_id) {
    long long id = provider_id;
    return rows::select<StaffMember>(
        connection,
        "SELECT u.id, u.display_name, u.email FROM provider_staff s JOIN users u ON u.id = s.user_id WHERE "
        "s.provider_id = :p ORDER BY u.display_name",
        [](const soci::row& row) {
            return StaffMember{rows::integer(row, "id"), rows::text(row, "display_name"),
                               rows::text(row, "email")};
        },
        id);
}

void add_staff(Connection& connection, int64_t provider_id, int64_t user_id) {
    if (is_staff(connection, provider_id, user_id)) return;
    long long provider = provider_id, user = user_id;
    connection.sql() << "INSERT INTO provider_staff (provider_id, user_id) VALUES (:p, :u)",
        soci::use(provider), soci::use(user);
}

void remove_staff(Connection& connection, int64_t provider_id, int64_t user_id) {
    long long provider = provider_id, user = user_id;
    connection.sql() << "DELETE FROM provider_staff WHERE provider_id = :p AND user_id = :u",
        soci::use(provider), soci::use(user);
}

bool is_staff(Connection& connection, int64_t provider_id, int64_t user_id) {
    long long provider = provider_id, user = user_id, count = 0;
    connection.sql() << "SELECT COUNT(*) FROM provider_staff WHERE provider_id = :p AND user_id = :u",
        soci::use(provider), soci::use(user), soci::into(count);
    return count > 0;
}

std::map<int64_t, std::vector<UnitPrice>> prices_of_units(Connection& connection,
                                                          const std::vector<int64_t>& unit_ids) {
    std::map<int64_t, std::vector<UnitPrice>> prices;
    if (unit_ids.empty()) return prices;
    soci::rowset<soci::row> rows_found =
        connection.sql().prepare
        << "SELECT unit_id, from_date, per_night FROM unit_prices WHERE unit_id IN (" + id_list(unit_ids) +
               ") ORDER BY unit_id, from_date";
    for (const auto& row : rows_found)
        prices[rows::integer(row, "unit_id")].push_back(
            {rows::text(row, "from_date"), rows::integer(row, "per_night")});
    return prices;
}

std::optional<UnitLabel> unit_label(Connection& connection, int64_t unit_id) {
    long long id = unit_id;
    return rows::select_one<UnitLabel>(
        connection,
        "SELECT u.name AS unit_name, p.name AS provider_name, p.kind AS provider_kind FROM units u JOIN "
        "providers p "
        "ON p.id = u.provider_id WHERE u.id = :id",
        [](const soci::row& row) {
            return UnitLabel{rows::text(row, "unit_name"), rows::text(row, "provider_name"),
                             rows::text(row, "provider_kind")};
        },
        id);
}

std::optional<Unit> find_unit(Connection& connection, int64_t unit_id) {
    long long id = unit_id;
    auto unit = rows::select_one<Unit>(connection, unit_query + "WHERE u.id = :id", unit_from, id);
    if (unit) unit->prices = prices_of_units(connection, {unit_id})[unit_id];
    return unit;
}

int64_t insert_unit(Connection& connection, const Unit& u, const std::string& at) {
    long long id = 0, provider = u.provider_id;
    int rooms = u.rooms, beds = u.beds, evacuation = u.requires_self_evacuation ? 1 : 0,
        shelter = u.night_shelter ? 1 : 0, active = u.active ? 1 : 0;
    auto facilities = rows::join_codes(u.facilities), suits = rows::join_codes(u.suits),
         not_suits = rows::join_codes(u.not_suits);
    connection.sql()
        << "INSERT INTO units (provider_id, name, kind, municipality_number, rooms, beds, facilities, "
           "staffing, suits, not_suits, requires_self_evacuation, night_shelter, active, note, created_at) "
           "VALUES (:p, :n, :k, :m, :r, :b, :f, :s, :su, :ns, :ev, :sh, :act, :note, :at) RETURNING id",
        soci::use(provider), soci::use(u.name), soci::use(u.kind), soci::use(u.municipality_number),
        soci::use(rooms), soci::use(beds), soci::use(facilities), soci::use(u.staffing), soci::use(suits),
        soci::use(not_suits), soci::use(evacuation), soci::use(shelter), soci::use(active), soci::use(u.note),
        soci::use(at), soci::into(id);
    return id;
}

void update_unit(Connection& connection, const Unit& u) {
    long long id = u.id;
    int rooms = u.rooms, beds = u.beds, evacuation = u.requires_self_evacuation ? 1 : 0,
        shelter = u.night_shelter ? 1 : 0, active = u.active ? 1 : 0;
    auto facilities = rows::join_codes(u.facilities), suits = rows::join_codes(u.suits),
         not_suits = rows::join_codes(u.not_suits);
    connection.sql()
        << "UPDATE units SET name = :n, kind = :k, municipality_number = :m, rooms = :r, beds = :b, "
           "facilities = :f, staffing = :s, suits = :su, not_suits = :ns, requires_self_evacuation = "
           ":ev, night_shelter = :sh, active = :act, note = :note WHERE id = :id",
        soci::use(u.name), soci::use(u.kind), soci::use(u.municipality_number), soci::use(rooms),
        soci::use(beds), soci::use(facilities), soci::use(u.staffing), soci::use(suits), soci::use(not_suits),
        soci::use(evacuation), soci::use(shelter), soci::use(active), soci::use(u.note), soci::use(id);
}

bool has_price_from(Connection& connection, int64_t unit_id, const std::string& from_date) {
    long long id = unit_id, count = 0;
    connection.sql() << "SELECT COUNT(*) FROM unit_prices WHERE unit_id = :u AND from_date = :f",
        soci::use(id), soci::use(from_date), soci::into(count);
    return count > 0;
}

void insert_price(Connection& connection, int64_t unit_id, const UnitPrice& price, const std::string& at,
                  int64_t by) {
    long long id = unit_id, amount = price.per_night, user = by;
    connection.sql()
        << "INSERT INTO unit_prices (unit_id, from_date, per_night, registered_at, registered_by) "
           "VALUES (:u, :f, :p, :at, :by)",
        soci::use(id), soci::use(price.from_date), soci::use(amount), soci::use(at), soci::use(user);
}

std::vector<Inspection> inspections_of_unit(Connection& connection, int64_t unit_id) {
    long long id = unit_id;
    return rows::select<Inspection>(
        connection, inspection_query + "WHERE unit_id = :u ORDER BY inspected_on DESC, id DESC",
        inspection_from, id);
}

int64_t insert_inspection(Connection& connection, const Inspection& i, int64_t by) {
    long long id = 0, unit = i.unit_id, user = by;
    auto items = nlohmann::json::array();
    for (const auto& item : i.items)
        items.push_back({{"code", item.code}, {"result", item.result}, {"note", item.note}});
    auto items_text = items.dump(), problems = rows::join_codes(i.problems);
    connection.sql()
        << "INSERT INTO inspections (unit_id, inspected_on, inspector, items, problems, problem_note, "
           "verdict, next_due_on, note, registered_at, registered_by) VALUES (:u, :d, :i, :items, :p, "
           ":pn, :v, :n, :note, :at, :by) RETURNING id",
        soci::use(unit), soci::use(i.inspected_on), soci::use(i.inspector), soci::use(items_text),
        soci::use(problems), soci::use(i.problem_note), soci::use(i.verdict), soci::use(i.next_due_on),
        soci::use(i.note), soci::use(i.registered_at), soci::use(user), soci::into(id);
    return id;
}

namespace {

// The search's scope: active units of active providers that serve one of the municipalities, or
// lie in one of them or in one of the counties. One text for the search and for booking.
std::string near_condition(const std::vector<std::string>& municipality_numbers,
                           const std::vector<std::string>& county_numbers) {
    auto municipalities = number_list(municipality_numbers);
    return "WHERE u.active = 1 AND p.active = 1 AND (u.municipality_number IN (" + municipalities +
           ") OR u.provider_id IN (SELECT provider_id FROM provider_municipalities WHERE "
           "municipality_number IN (" +
           municipalities +
           ")) OR u.municipality_number IN (SELECT number FROM municipalities WHERE "
           "county_number IN (" +
           number_list(county_numbers) + ")))";
}

} // namespace

std::vector<UnitWithProvider> units_near(Connection& connection,
                                         const std::vector<std::string>& municipality_numbers,
                                         const std::vector<std::string>& county_numbers, Date agreement_day) {
    auto query = unit_with_provider_query + near_condition(municipality_numbers, county_numbers);
    return complete_units_with_provider(
        connection, rows::select<UnitWithProvider>(connection, query, unit_with_provider_from),
        agreement_day);
}

std::optional<UnitWithProvider> unit_near(Connection& connection, int64_t unit_id,
                                          const std::vector<std::string>& municipality_numbers,
                                          const std::vector<std::string>& county_numbers,
                                          Date agreement_day) {
    long long unit = unit_id;
    auto query =
        unit_with_provider_query + near_condition(municipality_numbers, county_numbers) + " AND u.id = :u";
    auto found = complete_units_with_provider(
        connection, rows::select<UnitWithProvider>(connection, query, unit_with_provider_from, unit),
        agreement_day);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<UnitWithProvider> units_of_provider(Connection& connection, int64_t provider_id,
                                                Date agreement_day) {
    long long provider = provider_id;
    return complete_units_with_provider(
        connection,
        rows::select<UnitWithProvider>(
            connection, unit_with_provider_query + "WHERE u.provider_id = :p ORDER BY u.name, u.id",
            unit_with_provider_from, provider),
        agreement_day);
}

std::vector<UnitWithProvider> units_by_id(Connection& connection, const std::vector<int64_t>& unit_ids,
                                          Date agreement_day) {
    return complete_units_with_provider(
        connection,
        rows::select<UnitWithProvider>(connection,
                                       unit_with_provider_query + "WHERE u.id IN (" + id_list(unit_ids) + ")",
                                       unit_with_provider_from),
        agreement_day);
}

std::vector<UnitWithProvider> units_of_office(Connection& connection, int64_t office_id, Date agreement_day) {
    long long office = office_id;
    return complete_units_with_provider(
        connection,
        rows::select<UnitWithProvider>(
            connection, unit_with_provider_query + "WHERE p.office_id = :o ORDER BY p.name, u.name, u.id",
            unit_with_provider_from, office),
        agreement_day);
}

} // namespace husly::accommodation_repository
