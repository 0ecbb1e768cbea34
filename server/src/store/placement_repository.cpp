#include "store/placement_repository.hpp"

#include "store/rows.hpp"

namespace husly::placement_repository {
namespace {

const std::string placement_columns =
    "pl.id, pl.office_id, pl.request_id, pl.person_id, pl.stay_id, pl.unit_id, pl.starts_on, pl.ends_on, "
    "pl.persons, pl.uses_room, pl.status, pl.quality_status, pl.quality_reason, pl.moved_from_id, "
    "pl.before_approval, pl.booked_at, pl.booked_by, pl.status_changed_at, pl.status_changed_by";
const std::string placement_query = "SELECT " + placement_columns + " FROM placements pl ";

// Statuses that hold capacity (domain/placement.cpp: holds_capacity), as SQL.
const std::string holding = "pl.status IN " + rows::sql_in(placement_statuses_where(holds_capacity));
// Placements the household has lived in (was_lived_in): their nights cost.
const std::string lived_in = "pl.status IN " + rows::sql_in(placement_statuses_where(was_lived_in));

Placement placement_from(const soci::row& row) {
    Placement p;
    p.id = rows::integer(row, "id");
    p.office_id = rows::integer(row, "office_id");
    p.request_id = rows::integer(row, "request_id");
    p.person_id = rows::integer(row, "person_id");
    p.stay_id = rows::optional_integer(row, "stay_id");
    p.unit_id = rows::integer(row, "unit_id");
    p.starts_on = rows::text(row, "starts_on");
    p.ends_on = rows::optional_text(row, "ends_on");
    p.persons = static_cast<int>(rows::integer(row, "persons"));
    p.uses_room = rows::flag(row, "uses_room");
    p.status = rows::code(row, "status", parse_placement_status);
    p.quality_status = rows::text(row, "quality_status");
    p.quality_reason = rows::text(row, "quality_reason");
    p.moved_from_id = rows::optional_integer(row, "moved_from_id");
    p.before_approval = rows::flag(row, "before_approval");
    p.booked_at = rows::text(row, "booked_at");
    p.booked_by = rows::integer(row, "booked_by");
    p.status_changed_at = rows::text(row, "status_changed_at");
    p.status_changed_by = rows::integer(row, "status_changed_by");
    return p;
}

Booking booking_from(const soci::row& row) {
    return Booking{rows::text(row, "starts_on"), rows::optional_text(row, "ends_on"),
                   rows::flag(row, "uses_room")};
}

// Overlap of a stored [starts_on, ends_on) with the asked range; `to` may be open.
// A booking that holds a night in [from, to): open-ended ones end «never». Written with the
// expression of the index placements_unit_until (migration 9), so only the unit's bookings that
// end after `from` are read, not its whole history.
std::string overlap(const std::optional<std::string>& to) {
    return std::string("COALESCE(pl.ends_on, '9999-12-31') > :from") + (to ? " AND pl.starts_on < :to" : "");
}

Turnaway turnaway_from(const soci::row& row) {
    Turnaway t;
    t.id = rows::integer(row, "id");
    t.office_id = rows::integer(row, "office_id");
    t.person_id = rows::integer(row, "person_id");
    t.request_id = rows::integer(row, "request_id");
    t.occurred_on = rows::text(row, "occurred_on");
    t.reason = rows::text(row, "reason");
    t.instead = rows::split_codes(rows::text(row, "instead"));
    t.note = rows::text(row, "note");
    t.registered_at = rows::text(row, "registered_at");
    t.registered_by = rows::integer(row, "registered_by");
    return t;
}

const std::string turnaway_query =
    "SELECT t.id, t.office_id, t.person_id, t.request_id, t.occurred_on, t.reason, "
    "t.instead, t.note, t.registered_at, t.registered_by FROM turnaways t ";

} // namespace

void lock_unit(Connection& connection, int64_t unit_id) {
    if (connection.dialect() != Dialect::postgresql) return;
    long long id = unit_id, locked = 0;
    connection.sql() << "SELECT id FROM units WHERE id = :id FOR UPDATE", soci::use(id), soci::into(locked);
}

std::vector<Booking> taken(Connection& connection, int64_t unit_id, const std::string& from,
                           const std::optional<std::string>& to, std::optional<int64_t> excluding) {
    long long unit = unit_id, skip = excluding.value_or(0);
    auto query =
        "SELECT pl.starts_on, pl.ends_on, pl.uses_room FROM placements pl WHERE pl.unit_id = :u AND pl.id "
        "<> :skip AND " +
        holding + " AND " + overlap(to);
    if (to) {
        auto until = *to;
        return rows::select<Booking>(connection, query, booking_from, unit, skip, from, until);
    }
    return rows::select<Booking>(connection, query, booking_from, unit, skip, from);
}

std::vector<std::pair<int64_t, Booking>> taken_in_units(Connection& connection,
                                                        const std::vector<int64_t>& unit_ids,
                                                        const std::string& from,
                                                        const std::optional<std::string>& to) {
    std::string ids;
    for (auto id : unit_ids) {
        if (!ids.empty()) ids += ',';
        ids += std::to_string(id); // in place: "," + text made GCC 12 warn falsely (-Wrestrict)
    }
    if (ids.empty()) return {};
    auto query =
        "SELECT pl.unit_id, pl.starts_on, pl.ends_on, pl.uses_room FROM placements pl WHERE pl.unit_id IN (" +
        ids + ") AND " + holding + " AND " + overlap(to);
    auto map = [](const soci::row& row) {
        return std::pair{rows::integer(row, "unit_id"), booking_from(row)};
    };
    if (to) {
        auto until = *to;
        auto start = from;
        return rows::select<std::pair<int64_t, Booking>>(connection, query, map, start, until);
    }
    auto start = from;
    return rows::select<std::pair<int64_t, Booking>>(connection, query, map, start);
}

std::vector<int64_t> units_with_substance_use(Connection& connection, const std::string& from,
                                              const std::optional<std::string>& to,
                                              int64_t excluding_request) {
    static const std::string active = "pl.status IN " + rows::sql_in(placement_statuses_where(is_active));
    long long skip = excluding_request;
    auto query = "SELECT DISTINCT pl.unit_id FROM placements pl JOIN request_sensitive rs ON rs.request_id = "
                 "pl.request_id WHERE rs.substance_use = 1 AND pl.request_id <> :skip AND " +
                 active + " AND " + overlap(to);
    auto map = [](const soci::row& row) { return rows::integer(row, "unit_id"); };
    auto start = from;
    if (to) {
        auto until = *to;
        return rows::select<int64_t>(connection, query, map, skip, start, until);
    }
    return rows::select<int64_t>(connection, query, map, skip, start);
}

std::vector<AddressedUnit> addressed_units(Connection& connection,
                                           const std::vector<std::string>& municipality_numbers) {
    std::string numbers;
    for (const auto& number : municipality_numbers) {
        if (number.size() != 4 || number.find_first_not_of("0123456789") != std::string::npos) continue;
        if (!numbers.empty()) numbers += ',';
        numbers += "'" + number + "'";
    }
    if (numbers.empty()) return {};
    auto query =
        "SELECT u.id AS unit_id, p.address AS address, p.kind AS provider_kind, u.suits AS suits FROM "
        "units u JOIN providers p ON p.id = u.provider_id WHERE u.active = 1 AND p.active = 1 AND "
        "TRIM(p.address) <> '' AND u.municipality_number IN (" +
        numbers + ")";
    return rows::select<AddressedUnit>(connection, query, [](const soci::row& row) {
        return AddressedUnit{rows::integer(row, "unit_id"), rows::text(row, "address"),
                             rows::text(row, "provider_kind"), rows::split_codes(rows::text(row, "suits"))};
    });
}

void insert_absent_children(Connection& connection, int64_t placement_id,
                            const std::vector<AbsentChild>& children) {
    long long key = placement_id;
    for (const auto& child : children) {
        int index = static_cast<int>(child.member);
        connection.sql()
            << "INSERT INTO placement_absent_children (placement_id, member_index, reason, lives_at) "
               "VALUES (:p, :i, :r, :l)",
            soci::use(key), soci::use(index), soci::use(child.reason), soci::use(child.lives_at);
    }
}

std::vector<AbsentChild> absent_children(Connection& connection, int64_t placement_id) {
    long long key = placement_id;
    return rows::select<AbsentChild>(
        connection,
        "SELECT member_index, reason, lives_at FROM placement_absent_children WHERE placement_id = :p ORDER "
        "BY "
        "member_index",
        [](const soci::row& row) {
            return AbsentChild{rows::integer(row, "member_index"), rows::text(row, "reason"),
                               rows::text(row, "lives_at")};
        },
        key);
}

int64_t insert(Connection& connection, const Placement& p) {
    long long id = 0, office = p.office_id, request = p.request_id, person = p.person_id, unit = p.unit_id,
              booked_by = p.booked_by, changed_by = p.status_changed_by;
    int persons = p.persons, uses_room = p.uses_room ? 1 : 0, before_approval = p.before_approval ? 1 : 0;
    rows::NullableInteger stay(p.stay_id), moved(p.moved_from_id);
    rows::NullableText ends(p.ends_on);
    std::string status(to_string(p.status));
    connection.sql()
        << "INSERT INTO placements (office_id, request_id, person_id, stay_id, unit_id, starts_on, "
           "ends_on, persons, uses_room, status, quality_status, quality_reason, moved_from_id, "
           "before_approval, booked_at, booked_by, status_changed_at, status_changed_by) VALUES (:o, :r, :p, "
           ":s, :u, :from, :to, :n, :room, :st, :q, :qr, :m, :ba, :at, :by, :cat, :cby) RETURNING id",
        soci::use(office), soci::use(request), soci::use(person), soci::use(stay.value, stay.indicator),
        soci::use(unit), soci::use(p.starts_on), soci::use(ends.value, ends.indicator), soci::use(persons),
        soci::use(uses_room), soci::use(status), soci::use(p.quality_status), soci::use(p.quality_reason),
        soci::use(moved.value, moved.indicator), soci::use(before_approval), soci::use(p.booked_at),
        soci::use(booked_by), soci::use(p.status_changed_at), soci::use(changed_by), soci::into(id);
    return id;
}

void insert_absent_members(Connection& connection, int64_t placement_id, const std::vector<int>& absent) {
    long long id = placement_id;
    for (int index : absent)
        connection.sql()
            << "INSERT INTO placement_absent_members (placement_id, member_index) VALUES (:p, :i)",
            soci::use(id), soci::use(index);
}

std::vector<int> absent_members(Connection& connection, int64_t placement_id) {
    long long id = placement_id;
    return rows::select<int>(
        connection,
        "SELECT member_index FROM placement_absent_members WHERE placement_id = :p ORDER BY member_index",
        [](const soci::row& row) { return static_cast<int>(rows::integer(row, "member_index")); }, id);
}

std::optional<Placement> find(Connection& connection, int64_t placement_id) {
    long long id = placement_id;
    return rows::select_one<Placement>(connection, placement_query + "WHERE pl.id = :id", placement_from, id);
}

std::vector<Placement> for_request(Connection& connection, int64_t request_id) {
    long long id = request_id;
    return rows::select<Placement>(connection,
                                   placement_query + "WHERE pl.request_id = :r ORDER BY pl.starts_on, pl.id",
                                   placement_from, id);
}

std::vector<Placement> for_stay(Connection& connection, int64_t stay_id) {
    long long id = stay_id;
    return rows::select<Placement>(connection,
                                   placement_query + "WHERE pl.stay_id = :s ORDER BY pl.starts_on, pl.id",
                                   placement_from, id);
}

void set_status(Connection& connection, int64_t placement_id, PlacementStatus to, const std::string& at,
                int64_t by) {
    long long id = placement_id, user = by;
    std::string status(to_string(to));
    connection.sql()
        << "UPDATE placements SET status = :s, status_changed_at = :at, status_changed_by = :by WHERE "
           "id = :id",
        soci::use(status), soci::use(at), soci::use(user), soci::use(id);
}

void set_starts_on(Connection& connection, int64_t placement_id, const std::string& starts_on) {
    long long id = placement_id;
    connection.sql() << "UPDATE placements SET starts_on = :s WHERE id = :id", soci::use(starts_on),
        soci::use(id);
}

void set_ends_on(Connection& connection, int64_t placement_id, const std::optional<std::string>& ends_on) {
    long long id = placement_id;
    rows::NullableText ends(ends_on);
    connection.sql() << "UPDATE placements SET ends_on = :e WHERE id = :id",
        soci::use(ends.value, ends.indicator), soci::use(id);
}

void attach_to_stay(Connection& connection, int64_t request_id, int64_t stay_id) {
    long long request = request_id, stay = stay_id;
    connection.sql() << "UPDATE placements SET stay_id = :s WHERE request_id = :r AND stay_id IS NULL",
        soci::use(stay), soci::use(request);
}

void apply_changes(Connection& connection, const std::vector<PlacementChange>& changes, const std::string& at,
                   int64_t by) {
    for (const auto& change : changes) {
        if (change.ends_on) set_ends_on(connection, change.placement_id, change.ends_on);
        set_status(connection, change.placement_id, change.status, at, by);
    }
}

std::vector<ProviderBooking> for_provider_staff(Connection& connection, int64_t user_id,
                                                const std::vector<int64_t>& role_offices,
                                                const std::string& since) {
    long long user = user_id;
    auto since_copy = since;
    // The offices are ids from the actor's own memberships: numbers, written into the query.
    std::string offices = "-1";
    for (auto office : role_offices) offices += "," + std::to_string(office);
    return rows::select<ProviderBooking>(
        connection,
        "SELECT " + placement_columns +
            ", u.name AS unit_name, pr.name AS provider_name, p.first_name, p.last_name, p.phone FROM "
            "placements pl "
            "JOIN units u ON u.id = pl.unit_id JOIN providers pr ON pr.id = u.provider_id JOIN persons p ON "
            "p.id = "
            "pl.person_id WHERE u.provider_id IN (SELECT provider_id FROM provider_staff WHERE user_id = :u) "
            "AND pr.office_id IN (" +
            offices + ") AND " + holding +
            " AND (pl.ends_on IS NULL OR pl.ends_on >= :since) ORDER BY pl.starts_on, pl.id",
        [](const soci::row& row) {
            return ProviderBooking{
                placement_from(row),           rows::text(row, "unit_name"), rows::text(row, "provider_name"),
                rows::text(row, "first_name"), rows::text(row, "last_name"), rows::text(row, "phone")};
        },
        user, since_copy);
}

std::vector<Placement> at_office_units(Connection& connection, int64_t office_id, const std::string& from,
                                       const std::string& to) {
    long long office = office_id;
    auto start = from, until = to;
    return rows::select<Placement>(
        connection,
        placement_query +
            "JOIN units u ON u.id = pl.unit_id JOIN providers pr ON pr.id = u.provider_id "
            "WHERE pr.office_id = :o AND " +
            holding + " AND " + overlap(to) + " ORDER BY pl.unit_id, pl.starts_on",
        placement_from, office, start, until);
}

std::vector<CostedPlacement> of_office_between(Connection& connection, int64_t office_id,
                                               const std::string& from, const std::string& to) {
    long long office = office_id;
    auto start = from, until = to;
    return rows::select<CostedPlacement>(
        connection,
        "SELECT " + placement_columns +
            ", pr.kind AS provider_kind, pr.name AS provider_name, pr.office_id AS provider_office_id FROM "
            "placements "
            "pl JOIN units u ON u.id = pl.unit_id JOIN providers pr ON pr.id = u.provider_id WHERE "
            "pl.office_id = :o "
            "AND " +
            lived_in + " AND " + overlap(to),
        [](const soci::row& row) {
            return CostedPlacement{placement_from(row), rows::text(row, "provider_kind"),
                                   rows::text(row, "provider_name"),
                                   rows::integer(row, "provider_office_id")};
        },
        office, start, until);
}

int64_t insert_turnaway(Connection& connection, const Turnaway& t) {
    long long id = 0, office = t.office_id, person = t.person_id, request = t.request_id,
              by = t.registered_by;
    auto instead = rows::join_codes(t.instead);
    connection.sql()
        << "INSERT INTO turnaways (office_id, person_id, request_id, occurred_on, reason, instead, note, "
           "registered_at, registered_by) VALUES (:o, :p, :r, :d, :re, :i, :n, :at, :by) RETURNING id",
        soci::use(office), soci::use(person), soci::use(request), soci::use(t.occurred_on),
        soci::use(t.reason), soci::use(instead), soci::use(t.note), soci::use(t.registered_at), soci::use(by),
        soci::into(id);
    return id;
}

std::vector<Turnaway> turnaways_for_request(Connection& connection, int64_t request_id) {
    long long id = request_id;
    return rows::select<Turnaway>(connection,
                                  turnaway_query + "WHERE t.request_id = :r ORDER BY t.occurred_on, t.id",
                                  turnaway_from, id);
}

std::vector<TurnawayRow> turnaways_of_office(Connection& connection, int64_t office_id, int limit) {
    long long office = office_id, count = limit;
    return rows::select<TurnawayRow>(
        connection,
        "SELECT t.id, t.office_id, t.person_id, t.request_id, t.occurred_on, t.reason, t.instead, t.note, "
        "t.registered_at, t.registered_by, p.first_name, p.last_name FROM turnaways t JOIN persons p ON p.id "
        "= "
        "t.person_id WHERE t.office_id = :o ORDER BY t.occurred_on DESC, t.id DESC LIMIT :n",
        [](const soci::row& row) {
            return TurnawayRow{turnaway_from(row),
                               rows::text(row, "first_name") + " " + rows::text(row, "last_name")};
        },
        office, count);
}

} // namespace husly::placement_repository
