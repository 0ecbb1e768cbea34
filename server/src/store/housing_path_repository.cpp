#include "store/housing_path_repository.hpp"

#include "store/rows.hpp"

namespace husly::housing_path_repository {
namespace {

using rows::NullableText;

const std::string consent_columns = "SELECT id, person_id, office_id, parties, given_on, valid_until, "
                                    "withdrawn_on, registered_at, registered_by "
                                    "FROM consents ";

Consent consent_from(const soci::row& row) {
    Consent c;
    c.id = rows::integer(row, "id");
    c.person_id = rows::integer(row, "person_id");
    c.office_id = rows::integer(row, "office_id");
    c.parties = rows::split_codes(rows::text(row, "parties"));
    c.given_on = rows::text(row, "given_on");
    c.valid_until = rows::optional_text(row, "valid_until");
    c.withdrawn_on = rows::optional_text(row, "withdrawn_on");
    c.registered_at = rows::text(row, "registered_at");
    c.registered_by = rows::integer(row, "registered_by");
    return c;
}

const std::string referral_columns =
    "SELECT id, stay_id, kind, sent_on, outcome, outcome_on, note, registered_at, "
    "registered_by FROM referrals ";

Referral referral_from(const soci::row& row) {
    Referral r;
    r.id = rows::integer(row, "id");
    r.stay_id = rows::integer(row, "stay_id");
    r.kind = rows::text(row, "kind");
    r.sent_on = rows::text(row, "sent_on");
    r.outcome = rows::text(row, "outcome");
    r.outcome_on = rows::optional_text(row, "outcome_on");
    r.note = rows::text(row, "note");
    r.registered_at = rows::text(row, "registered_at");
    r.registered_by = rows::integer(row, "registered_by");
    return r;
}

} // namespace

std::optional<IndividualPlan> individual_plan(Connection& connection, int64_t stay_id) {
    long long id = stay_id;
    return rows::select_one<IndividualPlan>(
        connection,
        "SELECT wish, asked_on, coordinator, started_on, updated_at, updated_by FROM individual_plans WHERE "
        "stay_id = :s",
        [](const soci::row& row) {
            return IndividualPlan{rows::text(row, "wish"),        rows::optional_text(row, "asked_on"),
                                  rows::text(row, "coordinator"), rows::optional_text(row, "started_on"),
                                  rows::text(row, "updated_at"),  rows::integer(row, "updated_by")};
        },
        id);
}

void save_individual_plan(Connection& connection, int64_t stay_id, const IndividualPlan& plan) {
    long long id = stay_id, by = plan.updated_by;
    NullableText asked(plan.asked_on), started(plan.started_on);
    connection.sql() << "DELETE FROM individual_plans WHERE stay_id = :s", soci::use(id);
    connection.sql() << "INSERT INTO individual_plans (stay_id, wish, asked_on, coordinator, started_on, "
                        "updated_at, updated_by) VALUES (:s, :w, :a, :c, :st, :at, :by)",
        soci::use(id), soci::use(plan.wish), soci::use(asked.value, asked.indicator),
        soci::use(plan.coordinator), soci::use(started.value, started.indicator), soci::use(plan.updated_at),
        soci::use(by);
}

std::vector<Consent> consents(Connection& connection, int64_t person_id, int64_t office_id) {
    long long person = person_id, office = office_id;
    return rows::select<Consent>(
        connection, consent_columns + "WHERE person_id = :p AND office_id = :o ORDER BY given_on, id",
        consent_from, person, office);
}

std::optional<Consent> find_consent(Connection& connection, int64_t consent_id) {
    long long id = consent_id;
    return rows::select_one<Consent>(connection, consent_columns + "WHERE id = :id", consent_from, id);
}

int64_t insert_consent(Connection& connection, const Consent& consent) {
    long long id = 0, person = consent.person_id, office = consent.office_id, by = consent.registered_by;
    std::string parties = rows::join_codes(consent.parties);
    NullableText until(consent.valid_until);
    connection.sql()
        << "INSERT INTO consents (person_id, office_id, parties, given_on, valid_until, registered_at, "
           "registered_by) VALUES (:p, :o, :pa, :g, :u, :at, :by) RETURNING id",
        soci::use(person), soci::use(office), soci::use(parties), soci::use(consent.given_on),
        soci::use(until.value, until.indicator), soci::use(consent.registered_at), soci::use(by),
        soci::into(id);
    return id;
}

void set_withdrawn(Connection& connection, int64_t consent_id, const std::string& withdrawn_on) {
    long long id = consent_id;
    connection.sql() << "UPDATE consents SET withdrawn_on = :w WHERE id = :id", soci::use(withdrawn_on),
        soci::use(id);
}

std::vector<Referral> referrals(Connection& connection, int64_t stay_id) {
    long long id = stay_id;
    return rows::select<Referral>(connection, referral_columns + "WHERE stay_id = :s ORDER BY sent_on, id",
                                  referral_from, id);
}

std::optional<Referral> find_referral(Connection& connection, int64_t referral_id) {
    long long id = referral_id;
    return rows::select_one<Referral>(connection, referral_columns + "WHERE id = :id", referral_from, id);
}

int64_t insert_referral(Connection& connection, const Referral& referral) {
    long long id = 0, stay = referral.stay_id, by = referral.registered_by;
    NullableText outcome_on(referral.outcome_on);
    connection.sql()
        << "INSERT INTO referrals (stay_id, kind, sent_on, outcome, outcome_on, note, registered_at, "
           "registered_by) VALUES (:s, :k, :se, :o, :oo, :n, :at, :by) RETURNING id",
        soci::use(stay), soci::use(referral.kind), soci::use(referral.sent_on), soci::use(referral.outcome),
        soci::use(outcome_on.value, outcome_on.indicator), soci::use(referral.note),
        soci::use(referral.registered_at), soci::use(by), soci::into(id);
    return id;
}

void update_outcome(Connection& connection, const Referral& referral) {
    long long id = referral.id;
    NullableText outcome_on(referral.outcome_on);
    connection.sql() << "UPDATE referrals SET outcome = :o, outcome_on = :oo, note = :n WHERE id = :id",
        soci::use(referral.outcome), soci::use(outcome_on.value, outcome_on.indicator),
        soci::use(referral.note), soci::use(id);
}

} // namespace husly::housing_path_repository
