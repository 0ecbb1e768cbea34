#include "store/incident_repository.hpp"

#include "store/rows.hpp"

namespace husly::incident_repository {
namespace {

const std::string columns =
    "id, office_id, placement_id, stay_id, person_id, occurred_on, facts, action_taken, ends_stay, "
    "reported_at, reported_by, resident_account, new_place_assessment, new_place_assessed_on, nav_decision, "
    "nav_decision_reason, termination_id, followed_up_at, followed_up_by";

IncidentReport report_from(const soci::row& row) {
    IncidentReport report;
    report.id = rows::integer(row, "id");
    report.office_id = rows::integer(row, "office_id");
    report.placement_id = rows::integer(row, "placement_id");
    report.stay_id = rows::optional_integer(row, "stay_id");
    report.person_id = rows::integer(row, "person_id");
    report.occurred_on = rows::text(row, "occurred_on");
    report.facts = rows::text(row, "facts");
    report.action_taken = rows::text(row, "action_taken");
    report.ends_stay = rows::flag(row, "ends_stay");
    report.reported_at = rows::text(row, "reported_at");
    report.reported_by = rows::integer(row, "reported_by");
    auto& follow_up = report.follow_up;
    follow_up.resident_account = rows::text(row, "resident_account");
    follow_up.new_place_assessment = rows::text(row, "new_place_assessment");
    follow_up.new_place_assessed_on = rows::optional_text(row, "new_place_assessed_on");
    follow_up.decision = rows::optional_code(row, "nav_decision", parse_incident_decision);
    follow_up.decision_reason = rows::text(row, "nav_decision_reason");
    follow_up.termination_id = rows::optional_integer(row, "termination_id");
    follow_up.followed_up_at = rows::optional_text(row, "followed_up_at");
    follow_up.followed_up_by = rows::optional_integer(row, "followed_up_by");
    return report;
}

} // namespace

int64_t insert(Connection& connection, const IncidentReport& report) {
    long long id = 0, office = report.office_id, placement = report.placement_id, person = report.person_id,
              reported_by = report.reported_by;
    int ends = report.ends_stay ? 1 : 0;
    rows::NullableInteger stay(report.stay_id);
    connection.sql()
        << "INSERT INTO incident_reports (office_id, placement_id, stay_id, person_id, occurred_on, "
           "facts, action_taken, ends_stay, reported_at, reported_by) VALUES (:o, :p, :s, :pe, :oc, "
           ":f, :a, :e, :ra, :rb) RETURNING id",
        soci::use(office), soci::use(placement), soci::use(stay.value, stay.indicator), soci::use(person),
        soci::use(report.occurred_on), soci::use(report.facts), soci::use(report.action_taken),
        soci::use(ends), soci::use(report.reported_at), soci::use(reported_by), soci::into(id);
    return id;
}

std::optional<IncidentReport> find(Connection& connection, int64_t id) {
    long long key = id;
    return rows::select_one<IncidentReport>(
        connection, "SELECT " + columns + " FROM incident_reports WHERE id = :i", report_from, key);
}

std::vector<IncidentReport> for_placement(Connection& connection, int64_t placement_id) {
    long long key = placement_id;
    return rows::select<IncidentReport>(
        connection, "SELECT " + columns + " FROM incident_reports WHERE placement_id = :p ORDER BY id",
        report_from, key);
}

std::vector<IncidentReport> for_stay(Connection& connection, int64_t stay_id) {
    long long key = stay_id;
    return rows::select<IncidentReport>(
        connection, "SELECT " + columns + " FROM incident_reports WHERE stay_id = :s ORDER BY id",
        report_from, key);
}

std::vector<IncidentReport> unhandled(Connection& connection, int64_t office_id) {
    long long key = office_id;
    return rows::select<IncidentReport>(connection,
                                        "SELECT " + columns +
                                            " FROM incident_reports WHERE office_id = :o AND nav_decision IS "
                                            "NULL ORDER BY id",
                                        report_from, key);
}

int count_unhandled(Connection& connection, int64_t office_id) {
    long long key = office_id, count = 0;
    connection.sql() << "SELECT COUNT(*) FROM incident_reports WHERE office_id = :o AND nav_decision IS NULL",
        soci::use(key), soci::into(count);
    return static_cast<int>(count);
}

void save_follow_up(Connection& connection, int64_t id, const IncidentFollowUp& follow_up) {
    long long key = id;
    rows::NullableText assessed_on(follow_up.new_place_assessed_on), at(follow_up.followed_up_at);
    rows::NullableText decision(follow_up.decision
                                    ? std::optional<std::string>(std::string(to_string(*follow_up.decision)))
                                    : std::nullopt);
    rows::NullableInteger termination(follow_up.termination_id), by(follow_up.followed_up_by);
    connection.sql() << "UPDATE incident_reports SET resident_account = :ra, new_place_assessment = :np, "
                        "new_place_assessed_on = :na, nav_decision = :d, nav_decision_reason = :dr, "
                        "termination_id = :t, followed_up_at = :at, followed_up_by = :by WHERE id = :i",
        soci::use(follow_up.resident_account), soci::use(follow_up.new_place_assessment),
        soci::use(assessed_on.value, assessed_on.indicator), soci::use(decision.value, decision.indicator),
        soci::use(follow_up.decision_reason), soci::use(termination.value, termination.indicator),
        soci::use(at.value, at.indicator), soci::use(by.value, by.indicator), soci::use(key);
}

void attach_to_stay(Connection& connection, int64_t placement_id, int64_t stay_id) {
    long long placement = placement_id, stay = stay_id;
    connection.sql()
        << "UPDATE incident_reports SET stay_id = :s WHERE placement_id = :p AND stay_id IS NULL",
        soci::use(stay), soci::use(placement);
}

} // namespace husly::incident_repository
