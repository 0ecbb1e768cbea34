#include "store/migrations.hpp"

#include "common/clock.hpp"
#include "embedded_migrations.hpp"
#include "store/audit_repository.hpp"
#include "store/dialect.hpp"
#include "store/reference_data.hpp"
#include "store/sql_script.hpp"

#include <charconv>
#include <functional>
#include <map>
#include <stdexcept>

namespace husly {
namespace {

void load_municipalities(Connection& connection) {
    auto& sql = connection.sql();
    std::string number, name, county_number, county;
    soci::statement insert =
        (sql.prepare << "INSERT INTO municipalities (number, name, county_number, county) "
                        "VALUES (:number, :name, :county_number, :county)",
         soci::use(number), soci::use(name), soci::use(county_number), soci::use(county));
    for (const auto& municipality : municipalities_2026()) {
        number = municipality.number;
        name = municipality.name;
        county_number = municipality.county_number;
        county = municipality.county;
        insert.execute(true);
    }
}

// Binds the chain written so far (plain SHA-256) under the audit key: entries from here on are
// HMACs, and the anchor's MAC over the last legacy hash keeps the older part from being rewritten
// without rewriting (or re-keying) millions of append-only rows.
void anchor_audit_chain(Connection& connection) {
    auto head = audit_repository::head(connection);
    AuditAnchor anchor;
    anchor.chain_id = new_audit_chain_id();
    anchor.keyed_from = head.last_id + 1;
    anchor.legacy_hash = head.last_hash;
    anchor.mac = anchor_mac(anchor, connection.audit_key());
    audit_repository::set_anchor(connection, anchor);
}

} // namespace

void make_append_only(Connection& connection, const std::string& table) {
    auto& sql = connection.sql();
    if (connection.dialect() == Dialect::sqlite) {
        sql << "CREATE TRIGGER " + table + "_no_update BEFORE UPDATE ON " + table +
                   " BEGIN SELECT RAISE(ABORT, '" + table + " is append-only'); END";
        sql << "CREATE TRIGGER " + table + "_no_delete BEFORE DELETE ON " + table +
                   " BEGIN SELECT RAISE(ABORT, '" + table + " is append-only'); END";
    } else {
        sql << "CREATE FUNCTION " + table +
                   "_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$ BEGIN RAISE EXCEPTION '" +
                   table + " is append-only'; END $$";
        sql << "CREATE TRIGGER " + table + "_no_change BEFORE UPDATE OR DELETE ON " + table +
                   " FOR EACH ROW EXECUTE FUNCTION " + table + "_append_only()";
    }
}

void lift_append_only(Connection& connection, const std::string& table) {
    if (connection.dialect() == Dialect::sqlite) {
        connection.sql() << "DROP TRIGGER " + table + "_no_update";
        connection.sql() << "DROP TRIGGER " + table + "_no_delete";
    } else {
        connection.sql() << "ALTER TABLE " + table + " DISABLE TRIGGER " + table + "_no_change";
    }
}

void restore_append_only(Connection& connection, const std::string& table) {
    if (connection.dialect() == Dialect::sqlite) {
        make_append_only(connection, table);
    } else {
        connection.sql() << "ALTER TABLE " + table + " ENABLE TRIGGER " + table + "_no_change";
    }
}

namespace {

int read_version(Connection& connection) {
    int version = 0;
    soci::indicator indicator = soci::i_null;
    connection.sql() << "SELECT MAX(version) FROM schema_migrations", soci::into(version, indicator);
    return indicator == soci::i_ok ? version : 0;
}

// The steps of a migration that SQL alone cannot take, run after its SQL file, by its number.
// Each file names them in a comment at its end.
const std::map<int, std::function<void(Connection&)>>& after_sql() {
    static const std::map<int, std::function<void(Connection&)>> steps{
        {1,
         [](Connection& connection) {
             load_municipalities(connection);
             make_append_only(connection, "audit_log");
         }},
        {4, [](Connection& connection) { make_append_only(connection, "journal_notes"); }},
        {12, anchor_audit_chain},
    };
    return steps;
}

} // namespace

std::vector<Migration> parse_migrations(std::span<const embedded::EmbeddedFile> files) {
    struct Found {
        std::string name;
        std::string_view common, sqlite, postgresql;
    };
    std::map<int, Found> found;
    for (const auto& file : files) {
        auto fail = [&](const std::string& why) {
            throw std::logic_error("migration " + std::string(file.name) + ": " + why);
        };
        int version = 0;
        auto [end, error] = std::from_chars(file.name.data(), file.name.data() + file.name.size(), version);
        if (error != std::errc() || end != file.name.data() + 4 || version <= 0 || file.name.size() < 10 ||
            file.name[4] != '_' || !file.name.ends_with(".sql"))
            fail("the name is not NNNN_short_name.sql");
        auto stem = file.name.substr(0, file.name.size() - 4);
        constexpr std::string_view header = "-- name: ";
        auto first_line = file.text.substr(0, file.text.find('\n'));
        if (!first_line.starts_with(header) || first_line.size() == header.size())
            fail("the first line is not \"-- name: …\"");
        std::string name(first_line.substr(header.size()));
        auto& entry = found[version];
        if (!entry.name.empty() && entry.name != name) fail("another name than its other dialect's file");
        entry.name = name;
        auto& slot = stem.ends_with(".sqlite")       ? entry.sqlite
                     : stem.ends_with(".postgresql") ? entry.postgresql
                                                     : entry.common;
        if (!slot.empty()) fail("a second file for its number");
        slot = file.text;
    }
    std::vector<Migration> list;
    for (auto& [version, entry] : found) {
        auto where = "migration " + std::to_string(version) + ": ";
        if (version != static_cast<int>(list.size()) + 1)
            throw std::logic_error(where + "the numbers must run 1, 2, 3 … without a gap");
        if (!entry.common.empty() && (!entry.sqlite.empty() || !entry.postgresql.empty()))
            throw std::logic_error(where + "both a common file and a dialect's own");
        if (entry.common.empty() && (entry.sqlite.empty() || entry.postgresql.empty()))
            throw std::logic_error(where + "a dialect's own file needs the other dialect's beside it");
        list.push_back({version, entry.name, entry.common.empty() ? entry.sqlite : entry.common,
                        entry.common.empty() ? entry.postgresql : entry.common});
    }
    if (list.empty()) throw std::logic_error("no migrations");
    return list;
}

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> list = parse_migrations(embedded::migrations);
    return list;
}

int latest_schema_version() {
    return migrations().back().version;
}

int current_schema_version(Connection& connection) {
    try {
        return read_version(connection);
    } catch (const soci::soci_error&) {
        return 0; // no schema_migrations table yet
    }
}

MigrationReport migrate(Connection& connection, int up_to_version) {
    Transaction transaction(connection);
    dialect::lock_for_migration(connection);
    auto& sql = connection.sql();
    sql << "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT "
           "NOT NULL, applied_at TEXT NOT NULL)";
    MigrationReport report;
    report.from_version = read_version(connection);
    report.to_version = report.from_version;
    for (const auto& migration : migrations()) {
        if (migration.version <= report.from_version) continue;
        if (up_to_version > 0 && migration.version > up_to_version) break;
        auto script = connection.dialect() == Dialect::sqlite ? migration.sqlite : migration.postgresql;
        for (const auto& statement : sql_script::split(dialect::translate_ddl(connection.dialect(), script)))
            sql << statement;
        if (auto step = after_sql().find(migration.version); step != after_sql().end())
            step->second(connection);
        std::string name = migration.name;
        std::string applied_at = format_instant(now());
        sql << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :a)",
            soci::use(migration.version), soci::use(name), soci::use(applied_at);
        report.applied.push_back(std::move(name));
        report.to_version = migration.version;
    }
    transaction.commit();
    return report;
}

} // namespace husly
