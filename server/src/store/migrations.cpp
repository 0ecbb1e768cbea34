#include "store/migrations.hpp"

#include "common/clock.hpp"
#include "store/audit_repository.hpp"
#include "store/dialect.hpp"
#include "store/reference_data.hpp"

#include <functional>

namespace husly {
namespace {

struct Migration {
    int version;
    const char* name;
    std::vector<const char*> statements; // portable DDL with {{placeholders}}
    std::function<void(Connection&)> after = nullptr;
};

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

// Finding F1 of the second review: an administrator's new password for another user is a grant
// awaiting approval like a role. role_grants gets its kind ('role', 'password_reset'), the new
// password's hash while the reset waits, and no role for a reset. SQLite cannot drop a NOT NULL,
// so there the table is rebuilt (nothing refers to it; ids and the AUTOINCREMENT counter kept).
void grants_carry_password_resets(Connection& connection) {
    auto& sql = connection.sql();
    const char* check = "CHECK (kind IN ('role', 'password_reset') AND (kind = 'password_reset' OR role IS "
                        "NOT NULL))";
    if (connection.dialect() == Dialect::postgresql) {
        sql << "ALTER TABLE role_grants ADD COLUMN kind TEXT NOT NULL DEFAULT 'role'";
        sql << "ALTER TABLE role_grants ADD COLUMN password_hash TEXT";
        sql << "ALTER TABLE role_grants ALTER COLUMN role DROP NOT NULL";
        sql << std::string("ALTER TABLE role_grants ADD CONSTRAINT role_grants_kind ") + check;
        return;
    }
    sql << std::string(
               "CREATE TABLE role_grants_v14 (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER NOT "
               "NULL REFERENCES users(id), kind TEXT NOT NULL DEFAULT 'role', role TEXT, office_id "
               "INTEGER REFERENCES offices(id), password_hash TEXT, status TEXT NOT NULL, requested_by "
               "INTEGER NOT NULL REFERENCES users(id), requested_at TEXT NOT NULL, decided_by INTEGER "
               "REFERENCES users(id), decided_at TEXT, ") +
               check + ")";
    sql << "INSERT INTO role_grants_v14 (id, user_id, kind, role, office_id, status, requested_by, "
           "requested_at, decided_by, decided_at) SELECT id, user_id, 'role', role, office_id, status, "
           "requested_by, requested_at, decided_by, decided_at FROM role_grants";
    sql << "DROP TABLE role_grants";
    sql << "ALTER TABLE role_grants_v14 RENAME TO role_grants";
    sql << "CREATE INDEX role_grants_status ON role_grants(status, id)";
    sql << "CREATE INDEX role_grants_user ON role_grants(user_id, status)";
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

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> list{
        {1,
         "offices, users, sessions, audit log",
         {
             "CREATE TABLE municipalities (number TEXT PRIMARY KEY, name TEXT NOT NULL, "
             "county_number TEXT NOT NULL, county TEXT NOT NULL)",
             "CREATE TABLE offices (id {{id}}, name TEXT NOT NULL, unit_number TEXT NOT NULL "
             "UNIQUE, created_at TEXT NOT NULL)",
             "CREATE TABLE office_municipalities (office_id {{bigint}} NOT NULL REFERENCES "
             "offices(id), municipality_number TEXT NOT NULL REFERENCES municipalities(number), "
             "PRIMARY KEY (office_id, municipality_number))",
             "CREATE TABLE users (id {{id}}, email TEXT NOT NULL UNIQUE, display_name TEXT NOT "
             "NULL, password_hash TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, "
             "failed_logins INTEGER NOT NULL DEFAULT 0, locked_until TEXT, created_at TEXT NOT "
             "NULL)",
             "CREATE TABLE user_roles (id {{id}}, user_id {{bigint}} NOT NULL REFERENCES "
             "users(id), role TEXT NOT NULL, office_id {{bigint}} REFERENCES offices(id))",
             "CREATE INDEX user_roles_user ON user_roles(user_id)",
             "CREATE INDEX user_roles_office ON user_roles(office_id)",
             "CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_id {{bigint}} NOT NULL "
             "REFERENCES users(id), csrf_token TEXT NOT NULL, active_office_id {{bigint}} "
             "REFERENCES offices(id), created_at TEXT NOT NULL, last_seen_at TEXT NOT NULL, "
             "expires_at TEXT NOT NULL)",
             "CREATE INDEX sessions_user ON sessions(user_id)",
             "CREATE TABLE audit_log (id {{bigint}} PRIMARY KEY, occurred_at TEXT NOT NULL, "
             "actor_user_id {{bigint}}, office_id {{bigint}}, action TEXT NOT NULL, entity_type "
             "TEXT NOT NULL, entity_id TEXT NOT NULL, person_id {{bigint}}, address TEXT NOT "
             "NULL, detail TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
             "CREATE INDEX audit_log_actor ON audit_log(actor_user_id, id)",
             "CREATE INDEX audit_log_person ON audit_log(person_id, id)",
             "CREATE INDEX audit_log_time ON audit_log(occurred_at)",
             "CREATE TABLE audit_head (singleton INTEGER PRIMARY KEY CHECK (singleton = 1), "
             "last_id {{bigint}} NOT NULL, last_hash TEXT NOT NULL)",
             "INSERT INTO audit_head (singleton, last_id, last_hash) VALUES (1, 0, "
             "'0000000000000000000000000000000000000000000000000000000000000000')",
         },
         [](Connection& connection) {
             load_municipalities(connection);
             make_append_only(connection, "audit_log");
         }},
        {2,
         "persons and requests",
         {
             "CREATE TABLE persons (id {{id}}, identity_number TEXT UNIQUE, husly_reference TEXT UNIQUE, "
             "first_name TEXT NOT NULL, last_name TEXT NOT NULL, name_key TEXT NOT NULL, birth_date TEXT, "
             "phone "
             "TEXT NOT NULL DEFAULT '', registered_office_id {{bigint}} NOT NULL REFERENCES offices(id), "
             "created_at TEXT NOT NULL)",
             "CREATE TABLE person_offices (person_id {{bigint}} NOT NULL REFERENCES persons(id), office_id "
             "{{bigint}} NOT NULL REFERENCES offices(id), linked_at TEXT NOT NULL, PRIMARY KEY (office_id, "
             "person_id))",
             "CREATE INDEX person_offices_person ON person_offices(person_id)",
             "CREATE TABLE requests (id {{id}}, office_id {{bigint}} NOT NULL REFERENCES offices(id), "
             "person_id "
             "{{bigint}} NOT NULL REFERENCES persons(id), channel TEXT NOT NULL, received_at TEXT NOT NULL, "
             "acute "
             "INTEGER NOT NULL, reason_text TEXT NOT NULL DEFAULT '', network TEXT NOT NULL, network_note "
             "TEXT "
             "NOT NULL DEFAULT '', housing_situation TEXT, family_with_children INTEGER NOT NULL, under_25 "
             "INTEGER NOT NULL, outcome TEXT, outcome_at TEXT, outcome_by {{bigint}} REFERENCES users(id), "
             "outcome_note TEXT NOT NULL DEFAULT '', created_by {{bigint}} NOT NULL REFERENCES users(id), "
             "created_at TEXT NOT NULL)",
             "CREATE INDEX requests_office_open ON requests(office_id, outcome, acute, received_at)",
             "CREATE INDEX requests_office_received ON requests(office_id, received_at)",
             "CREATE INDEX requests_person ON requests(person_id)",
             "CREATE TABLE request_codes (request_id {{bigint}} NOT NULL REFERENCES requests(id), list TEXT "
             "NOT "
             "NULL, code TEXT NOT NULL, PRIMARY KEY (request_id, list, code))",
             "CREATE TABLE request_members (id {{id}}, request_id {{bigint}} NOT NULL REFERENCES "
             "requests(id), "
             "role TEXT NOT NULL, first_name TEXT NOT NULL DEFAULT '', birth_date TEXT, person_id {{bigint}} "
             "REFERENCES persons(id))",
             "CREATE INDEX request_members_request ON request_members(request_id)",
             // Special-category data (GDPR art. 9) apart from the request.
             "CREATE TABLE request_sensitive (request_id {{bigint}} PRIMARY KEY REFERENCES requests(id), "
             "substance_use INTEGER NOT NULL, mental_health INTEGER NOT NULL)",
         }},
        {3,
         "decisions",
         {
             "CREATE TABLE decisions (id {{id}}, request_id {{bigint}} NOT NULL UNIQUE REFERENCES "
             "requests(id), "
             "office_id {{bigint}} NOT NULL REFERENCES offices(id), person_id {{bigint}} NOT NULL REFERENCES "
             "persons(id), status TEXT NOT NULL, outcome TEXT NOT NULL DEFAULT '', period_from TEXT, "
             "period_to "
             "TEXT, long_period_reason TEXT NOT NULL DEFAULT '', conditions TEXT NOT NULL DEFAULT '', "
             "conditions_text TEXT NOT NULL DEFAULT '', refusal_reasons TEXT NOT NULL DEFAULT '', facts TEXT "
             "NOT "
             "NULL DEFAULT '', considerations TEXT NOT NULL DEFAULT '', informed_on TEXT, appeal_deadline "
             "TEXT, "
             "created_at TEXT NOT NULL, created_by {{bigint}} NOT NULL REFERENCES users(id), decided_at "
             "TEXT, "
             "decided_by {{bigint}} REFERENCES users(id), processing_hours {{bigint}}, letter_pdf TEXT)",
             "CREATE INDEX decisions_office ON decisions(office_id, status)",
         }},
        {4,
         "approval, appeals, stays and their follow-up, waiting list, storage",
         {
             "ALTER TABLE offices ADD COLUMN decisions_need_approval INTEGER NOT NULL DEFAULT 0",
             "ALTER TABLE decisions ADD COLUMN submitted_at TEXT",
             "ALTER TABLE decisions ADD COLUMN submitted_by {{bigint}} REFERENCES users(id)",
             "ALTER TABLE decisions ADD COLUMN return_note TEXT NOT NULL DEFAULT ''",
             "CREATE TABLE appeals (id {{id}}, decision_id {{bigint}} NOT NULL REFERENCES decisions(id), "
             "received_on TEXT NOT NULL, summary TEXT NOT NULL, registered_at TEXT NOT NULL, registered_by "
             "{{bigint}} NOT NULL REFERENCES users(id), forwarded_on TEXT, result TEXT, result_on TEXT, "
             "result_note TEXT NOT "
             "NULL "
             "DEFAULT '', result_by {{bigint}} REFERENCES users(id))",
             "CREATE INDEX appeals_decision ON appeals(decision_id)",
             "CREATE TABLE stays (id {{id}}, office_id {{bigint}} NOT NULL REFERENCES offices(id), person_id "
             "{{bigint}} NOT NULL REFERENCES persons(id), request_id {{bigint}} NOT NULL UNIQUE REFERENCES "
             "requests(id), decision_id {{bigint}} NOT NULL REFERENCES decisions(id), started_on TEXT NOT "
             "NULL, "
             "period_to TEXT, ended_on TEXT, exit_outcome TEXT, exit_transit_kind TEXT NOT NULL DEFAULT '', "
             "exit_transit_until TEXT, exit_note TEXT NOT NULL DEFAULT '', family_with_children INTEGER NOT "
             "NULL, under_25 INTEGER NOT NULL, previous_stay_id {{bigint}} REFERENCES stays(id), created_at "
             "TEXT NOT NULL, created_by {{bigint}} NOT NULL REFERENCES users(id))",
             "CREATE INDEX stays_office ON stays(office_id, ended_on, started_on)",
             "CREATE INDEX stays_person ON stays(person_id, started_on)",
             "CREATE TABLE stay_agreements (stay_id {{bigint}} PRIMARY KEY REFERENCES stays(id), period_from "
             "TEXT NOT NULL, period_to TEXT NOT NULL, resident_commitments TEXT NOT NULL, office_commitments "
             "TEXT NOT NULL, signed_on TEXT, updated_at TEXT NOT NULL, updated_by {{bigint}} NOT NULL "
             "REFERENCES users(id))",
             "CREATE TABLE action_plan_items (id {{id}}, stay_id {{bigint}} NOT NULL REFERENCES stays(id), "
             "position INTEGER NOT NULL, goal TEXT NOT NULL, action TEXT NOT NULL, responsible TEXT NOT "
             "NULL, "
             "due_on TEXT, other TEXT NOT NULL, status TEXT NOT NULL)",
             "CREATE INDEX action_plan_items_stay ON action_plan_items(stay_id, position)",
             "CREATE TABLE journal_notes (id {{id}}, stay_id {{bigint}} NOT NULL REFERENCES stays(id), "
             "written_at TEXT NOT NULL, written_by {{bigint}} NOT NULL REFERENCES users(id), text TEXT NOT "
             "NULL, corrects_note_id {{bigint}} REFERENCES journal_notes(id))",
             "CREATE INDEX journal_notes_stay ON journal_notes(stay_id, id)",
             "CREATE TABLE appointments (id {{id}}, stay_id {{bigint}} NOT NULL REFERENCES stays(id), "
             "position INTEGER NOT NULL, starts_at TEXT NOT NULL, purpose TEXT NOT NULL, place TEXT NOT "
             "NULL, "
             "status TEXT NOT NULL, note TEXT NOT NULL)",
             "CREATE INDEX appointments_stay ON appointments(stay_id, position)",
             "CREATE TABLE house_rule_breaches (id {{id}}, stay_id {{bigint}} NOT NULL REFERENCES stays(id), "
             "occurred_on TEXT NOT NULL, description TEXT NOT NULL, resident_account TEXT NOT NULL, "
             "registered_at TEXT NOT NULL, registered_by {{bigint}} NOT NULL REFERENCES users(id))",
             "CREATE INDEX house_rule_breaches_stay ON house_rule_breaches(stay_id, id)",
             "CREATE TABLE after_care (stay_id {{bigint}} PRIMARY KEY REFERENCES stays(id), agreed_on TEXT "
             "NOT NULL, until_on TEXT NOT NULL, forms TEXT NOT NULL, note TEXT NOT NULL, updated_at TEXT NOT "
             "NULL, updated_by {{bigint}} NOT NULL REFERENCES users(id))",
             "CREATE TABLE after_care_contacts (id {{id}}, stay_id {{bigint}} NOT NULL REFERENCES stays(id), "
             "position INTEGER NOT NULL, planned_on TEXT NOT NULL, form TEXT NOT NULL, done_on TEXT, note "
             "TEXT "
             "NOT NULL)",
             "CREATE INDEX after_care_contacts_stay ON after_care_contacts(stay_id, position)",
             "CREATE TABLE stay_terminations (id {{id}}, stay_id {{bigint}} NOT NULL UNIQUE REFERENCES "
             "stays(id), effective_on TEXT NOT NULL, breach_ids TEXT NOT NULL, facts TEXT NOT NULL, "
             "resident_account TEXT NOT NULL, considerations TEXT NOT NULL, informed_on TEXT NOT NULL, "
             "appeal_deadline TEXT NOT NULL, decided_at TEXT NOT NULL, decided_by {{bigint}} NOT NULL "
             "REFERENCES users(id), letter_pdf TEXT NOT NULL)",
             "CREATE TABLE waiting_list (id {{id}}, office_id {{bigint}} NOT NULL REFERENCES offices(id), "
             "person_id {{bigint}} NOT NULL REFERENCES persons(id), request_id {{bigint}} REFERENCES "
             "requests(id), added_on TEXT NOT NULL, position INTEGER NOT NULL, note TEXT NOT NULL, "
             "offered_on "
             "TEXT, removed_on TEXT, removal_outcome TEXT, created_at TEXT NOT NULL, created_by {{bigint}} "
             "NOT "
             "NULL REFERENCES users(id))",
             "CREATE INDEX waiting_list_office ON waiting_list(office_id, removed_on, position)",
             "CREATE TABLE storage (id {{id}}, office_id {{bigint}} NOT NULL REFERENCES offices(id), "
             "person_id "
             "{{bigint}} NOT NULL REFERENCES persons(id), request_id {{bigint}} REFERENCES requests(id), "
             "location TEXT NOT NULL, stored_from TEXT NOT NULL, stored_to TEXT, monthly_cost INTEGER NOT "
             "NULL, "
             "note TEXT NOT NULL, created_at TEXT NOT NULL, created_by {{bigint}} NOT NULL REFERENCES "
             "users(id))",
             "CREATE INDEX storage_person ON storage(person_id)",
         },
         [](Connection& connection) { make_append_only(connection, "journal_notes"); }},
        {5,
         "accommodation: providers, units, prices, inspections, placements, turnaways, deviations, costs",
         {
             "CREATE TABLE providers (id {{id}}, office_id {{bigint}} NOT NULL REFERENCES offices(id), name "
             "TEXT "
             "NOT NULL, kind TEXT NOT NULL, offer_type TEXT NOT NULL, organization_number TEXT NOT NULL, "
             "address "
             "TEXT NOT NULL, phone TEXT NOT NULL, email TEXT NOT NULL, note TEXT NOT NULL, active INTEGER "
             "NOT "
             "NULL, created_at TEXT NOT NULL, created_by {{bigint}} NOT NULL REFERENCES users(id))",
             "CREATE INDEX providers_office ON providers(office_id)",
             "CREATE TABLE provider_municipalities (provider_id {{bigint}} NOT NULL REFERENCES "
             "providers(id), "
             "municipality_number TEXT NOT NULL REFERENCES municipalities(number), PRIMARY KEY "
             "(municipality_number, provider_id))",
             "CREATE TABLE provider_contacts (id {{id}}, provider_id {{bigint}} NOT NULL REFERENCES "
             "providers(id), position INTEGER NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL, phone TEXT "
             "NOT "
             "NULL, email TEXT NOT NULL)",
             "CREATE INDEX provider_contacts_provider ON provider_contacts(provider_id, position)",
             "CREATE TABLE quality_agreements (id {{id}}, provider_id {{bigint}} NOT NULL REFERENCES "
             "providers(id), starts_on TEXT NOT NULL, ends_on TEXT, document_name TEXT NOT NULL, document "
             "TEXT, "
             "registered_at TEXT NOT NULL, registered_by {{bigint}} NOT NULL REFERENCES users(id))",
             "CREATE INDEX quality_agreements_provider ON quality_agreements(provider_id, starts_on)",
             "CREATE TABLE provider_staff (provider_id {{bigint}} NOT NULL REFERENCES providers(id), user_id "
             "{{bigint}} NOT NULL REFERENCES users(id), PRIMARY KEY (user_id, provider_id))",
             "CREATE TABLE units (id {{id}}, provider_id {{bigint}} NOT NULL REFERENCES providers(id), name "
             "TEXT "
             "NOT NULL, kind TEXT NOT NULL, municipality_number TEXT NOT NULL REFERENCES "
             "municipalities(number), "
             "rooms INTEGER NOT NULL, beds INTEGER NOT NULL, facilities TEXT NOT NULL, staffing TEXT NOT "
             "NULL, "
             "suits TEXT NOT NULL, not_suits TEXT NOT NULL, requires_self_evacuation INTEGER NOT NULL, "
             "active "
             "INTEGER NOT NULL, note TEXT NOT NULL, created_at TEXT NOT NULL)",
             "CREATE INDEX units_provider ON units(provider_id)",
             "CREATE INDEX units_municipality ON units(municipality_number, active)",
             "CREATE TABLE unit_prices (unit_id {{bigint}} NOT NULL REFERENCES units(id), from_date TEXT NOT "
             "NULL, per_night INTEGER NOT NULL, registered_at TEXT NOT NULL, registered_by {{bigint}} NOT "
             "NULL "
             "REFERENCES users(id), PRIMARY KEY (unit_id, from_date))",
             "CREATE TABLE inspections (id {{id}}, unit_id {{bigint}} NOT NULL REFERENCES units(id), "
             "inspected_on TEXT NOT NULL, inspector TEXT NOT NULL, items TEXT NOT NULL, problems TEXT NOT "
             "NULL, "
             "problem_note TEXT NOT NULL, verdict TEXT NOT NULL, next_due_on TEXT NOT NULL, note TEXT NOT "
             "NULL, "
             "registered_at TEXT NOT NULL, registered_by {{bigint}} NOT NULL REFERENCES users(id))",
             "CREATE INDEX inspections_unit ON inspections(unit_id, inspected_on, id)",
             "CREATE TABLE placements (id {{id}}, office_id {{bigint}} NOT NULL REFERENCES offices(id), "
             "request_id {{bigint}} NOT NULL REFERENCES requests(id), person_id {{bigint}} NOT NULL "
             "REFERENCES "
             "persons(id), stay_id {{bigint}} REFERENCES stays(id), unit_id {{bigint}} NOT NULL REFERENCES "
             "units(id), starts_on TEXT NOT NULL, ends_on TEXT, persons INTEGER NOT NULL, uses_room INTEGER "
             "NOT "
             "NULL, status TEXT NOT NULL, quality_status TEXT NOT NULL, quality_reason TEXT NOT NULL, "
             "moved_from_id {{bigint}} REFERENCES placements(id), booked_at TEXT NOT NULL, booked_by "
             "{{bigint}} "
             "NOT NULL REFERENCES users(id), status_changed_at TEXT NOT NULL, status_changed_by {{bigint}} "
             "NOT "
             "NULL REFERENCES users(id))",
             "CREATE INDEX placements_unit ON placements(unit_id, starts_on)",
             "CREATE INDEX placements_request ON placements(request_id)",
             "CREATE INDEX placements_office ON placements(office_id, status)",
             "CREATE TABLE turnaways (id {{id}}, office_id {{bigint}} NOT NULL REFERENCES offices(id), "
             "person_id "
             "{{bigint}} NOT NULL REFERENCES persons(id), request_id {{bigint}} NOT NULL REFERENCES "
             "requests(id), "
             "occurred_on TEXT NOT NULL, reason TEXT NOT NULL, instead TEXT NOT NULL, note TEXT NOT NULL, "
             "registered_at TEXT NOT NULL, registered_by {{bigint}} NOT NULL REFERENCES users(id))",
             "CREATE INDEX turnaways_office ON turnaways(office_id, occurred_on)",
             "CREATE INDEX turnaways_request ON turnaways(request_id)",
             // A rule's deviation carries a source key so the rule raises it once.
             "CREATE TABLE deviations (id {{id}}, office_id {{bigint}} NOT NULL REFERENCES offices(id), kind "
             "TEXT "
             "NOT NULL, source_key TEXT UNIQUE, person_id {{bigint}} REFERENCES persons(id), request_id "
             "{{bigint}} "
             "REFERENCES requests(id), stay_id {{bigint}} "
             "REFERENCES stays(id), placement_id {{bigint}} REFERENCES placements(id), unit_id {{bigint}} "
             "REFERENCES units(id), description TEXT NOT NULL, status TEXT NOT NULL, opened_on TEXT NOT "
             "NULL, "
             "opened_at TEXT NOT NULL, opened_by {{bigint}} NOT NULL REFERENCES users(id), reported_at TEXT, "
             "reported_by {{bigint}} REFERENCES users(id), closed_at TEXT, closed_by {{bigint}} REFERENCES "
             "users(id), note TEXT NOT NULL)",
             "CREATE INDEX deviations_office ON deviations(office_id, status, opened_on)",
             "CREATE TABLE stay_own_payment (stay_id {{bigint}} PRIMARY KEY REFERENCES stays(id), "
             "rate_per_night "
             "INTEGER NOT NULL, monthly_cap INTEGER NOT NULL, social_assistance_income INTEGER NOT NULL, "
             "can_pay_per_month INTEGER, updated_at TEXT NOT NULL, updated_by {{bigint}} NOT NULL REFERENCES "
             "users(id))",
             "CREATE TABLE office_budgets (office_id {{bigint}} NOT NULL REFERENCES offices(id), year "
             "INTEGER NOT "
             "NULL, amount {{bigint}} NOT NULL, alternative_price INTEGER NOT NULL, PRIMARY KEY (office_id, "
             "year))",
         }},
        {6,
         "figures: the municipality of a request, night shelters, indexes for the reports",
         {
             "ALTER TABLE requests ADD COLUMN municipality_number TEXT REFERENCES municipalities(number)",
             "ALTER TABLE units ADD COLUMN night_shelter INTEGER NOT NULL DEFAULT 0",
             "CREATE INDEX stays_started ON stays(started_on)",
             "CREATE INDEX placements_stay ON placements(stay_id)",
             "CREATE INDEX requests_municipality ON requests(municipality_number, received_at)",
             "CREATE INDEX requests_received ON requests(received_at)",
             "CREATE INDEX turnaways_occurred ON turnaways(occurred_on)",
             "CREATE INDEX deviations_opened ON deviations(opened_on)",
         },
         [](Connection& connection) {
             // Requests made before: the office's first municipality.
             connection.sql()
                 << "UPDATE requests SET municipality_number = (SELECT MIN(om.municipality_number) "
                    "FROM office_municipalities om WHERE om.office_id = requests.office_id)";
         }},
        {7,
         "covering indexes for the KOSTRA report's households and places",
         {
             "DROP INDEX placements_stay",
             "CREATE INDEX placements_stay ON placements(stay_id, status, unit_id)",
             "CREATE INDEX request_members_household ON request_members(request_id, role, birth_date)",
         }},
        {8,
         "the survey: rounds and each office's response",
         {
             "CREATE TABLE survey_rounds (id {{id}}, survey_id TEXT NOT NULL, title TEXT NOT NULL, year "
             "INTEGER "
             "NOT NULL, deadline TEXT NOT NULL, opened_at TEXT NOT NULL, opened_by {{bigint}} NOT NULL "
             "REFERENCES "
             "users(id))",
             "CREATE TABLE survey_responses (id {{id}}, round_id {{bigint}} NOT NULL REFERENCES "
             "survey_rounds(id), "
             "office_id {{bigint}} NOT NULL REFERENCES offices(id), status TEXT NOT NULL, answers TEXT NOT "
             "NULL, "
             "prefill TEXT NOT NULL, period_until TEXT, updated_at TEXT, updated_by {{bigint}} REFERENCES "
             "users(id), submitted_at TEXT, submitted_by {{bigint}} REFERENCES users(id), reminded_at TEXT, "
             "reminders INTEGER NOT NULL, UNIQUE (round_id, office_id))",
             "CREATE INDEX survey_responses_office ON survey_responses(office_id, round_id)",
         }},
        {9,
         "the bookings of a unit that hold nights from a day on (place search, capacity checks)",
         {
             "CREATE INDEX placements_unit_until ON placements(unit_id, (COALESCE(ends_on, '9999-12-31')), "
             "starts_on)",
         }},
        {10,
         "retention: when a person was anonymised",
         {
             "ALTER TABLE persons ADD COLUMN anonymised_at TEXT",
         }},
        {11,
         "login throttling: when an account last failed, and failures for e-mail addresses without one",
         {
             "ALTER TABLE users ADD COLUMN last_failed_login_at TEXT",
             "CREATE TABLE login_failures (email_digest TEXT PRIMARY KEY, failed_logins INTEGER NOT NULL, "
             "locked_until TEXT, last_failed_at TEXT NOT NULL)",
             "CREATE INDEX login_failures_last ON login_failures(last_failed_at)",
         }},
        {12,
         "keyed audit chain, role grants awaiting approval, password change after an administrator's reset",
         {
             "ALTER TABLE audit_head ADD COLUMN chain_id TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE audit_head ADD COLUMN keyed_from {{bigint}} NOT NULL DEFAULT 1",
             "ALTER TABLE audit_head ADD COLUMN anchor_hash TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE audit_head ADD COLUMN anchor_mac TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0",
             "CREATE TABLE role_grants (id {{id}}, user_id {{bigint}} NOT NULL REFERENCES users(id), role "
             "TEXT NOT "
             "NULL, office_id {{bigint}} REFERENCES offices(id), status TEXT NOT NULL, requested_by "
             "{{bigint}} NOT "
             "NULL REFERENCES users(id), requested_at TEXT NOT NULL, decided_by {{bigint}} REFERENCES "
             "users(id), "
             "decided_at TEXT)",
             "CREATE INDEX role_grants_status ON role_grants(status, id)",
             "CREATE INDEX role_grants_user ON role_grants(user_id, status)",
         },
         anchor_audit_chain},
        {13,
         "figures outside the office from stored snapshots, refreshed once per period",
         {
             "CREATE TABLE figure_snapshots (kind TEXT NOT NULL, year INTEGER NOT NULL, computed_at TEXT NOT "
             "NULL, body TEXT NOT NULL, PRIMARY KEY (kind, year))",
             "CREATE TABLE figure_refreshes (kind TEXT PRIMARY KEY, period_start TEXT NOT NULL, claimed_at "
             "TEXT NOT NULL, finished_at TEXT)",
         }},
        {14,
         "role grants carry an administrator's password reset awaiting approval",
         {},
         grants_carry_password_resets},
    };
    return list;
}

int read_version(Connection& connection) {
    int version = 0;
    soci::indicator indicator = soci::i_null;
    connection.sql() << "SELECT MAX(version) FROM schema_migrations", soci::into(version, indicator);
    return indicator == soci::i_ok ? version : 0;
}

} // namespace

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
        for (const char* statement : migration.statements)
            sql << dialect::translate_ddl(connection.dialect(), statement);
        if (migration.after) migration.after(connection);
        std::string name = migration.name;
        std::string applied_at = format_instant(now());
        sql << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :a)",
            soci::use(migration.version), soci::use(name), soci::use(applied_at);
        report.applied.push_back(name);
        report.to_version = migration.version;
    }
    transaction.commit();
    return report;
}

} // namespace husly
