#include "store/child_assessment_repository.hpp"

#include "store/rows.hpp"

namespace husly::child_assessment_repository {
namespace {

const std::string columns = "id, office_id, request_id, person_id, placement_id, raised_at, assessed_at, "
                            "assessed_by, best_interests, barnevern, barnevern_on, barnevern_reason";

ChildAssessment assessment_from(const soci::row& row) {
    ChildAssessment a;
    a.id = rows::integer(row, "id");
    a.office_id = rows::integer(row, "office_id");
    a.request_id = rows::integer(row, "request_id");
    a.person_id = rows::integer(row, "person_id");
    a.placement_id = rows::optional_integer(row, "placement_id").value_or(0);
    a.raised_at = rows::text(row, "raised_at");
    a.assessed_at = rows::optional_text(row, "assessed_at");
    a.assessed_by = rows::optional_integer(row, "assessed_by");
    a.best_interests = rows::text(row, "best_interests");
    a.barnevern = rows::optional_text(row, "barnevern");
    a.barnevern_on = rows::optional_text(row, "barnevern_on");
    a.barnevern_reason = rows::text(row, "barnevern_reason");
    return a;
}

} // namespace

bool raise(Connection& connection, const ChildAssessment& assessment) {
    if (find_by_request(connection, assessment.request_id)) return false;
    long long office = assessment.office_id, request = assessment.request_id, person = assessment.person_id;
    // A family that moved in without a booking in Husly raises it from its stay: no placement.
    rows::NullableInteger placement(
        assessment.placement_id != 0 ? std::optional<int64_t>(assessment.placement_id) : std::nullopt);
    connection.sql() << "INSERT INTO child_assessments (office_id, request_id, person_id, placement_id, "
                        "raised_at) VALUES (:o, :r, :p, :pl, :at)",
        soci::use(office), soci::use(request), soci::use(person),
        soci::use(placement.value, placement.indicator), soci::use(assessment.raised_at);
    return true;
}

std::optional<ChildAssessment> find_by_request(Connection& connection, int64_t request_id) {
    long long key = request_id;
    return rows::select_one<ChildAssessment>(
        connection, "SELECT " + columns + " FROM child_assessments WHERE request_id = :r", assessment_from,
        key);
}

void record(Connection& connection, const ChildAssessment& a) {
    long long key = a.id;
    rows::NullableText at(a.assessed_at), barnevern(a.barnevern), on(a.barnevern_on);
    rows::NullableInteger by(a.assessed_by);
    connection.sql() << "UPDATE child_assessments SET assessed_at = :at, assessed_by = :by, best_interests = "
                        ":bi, barnevern = :bv, barnevern_on = :on, barnevern_reason = :br WHERE id = :id",
        soci::use(at.value, at.indicator), soci::use(by.value, by.indicator), soci::use(a.best_interests),
        soci::use(barnevern.value, barnevern.indicator), soci::use(on.value, on.indicator),
        soci::use(a.barnevern_reason), soci::use(key);
}

int count_open(Connection& connection, int64_t office_id) {
    long long key = office_id, count = 0;
    connection.sql() << "SELECT COUNT(*) FROM child_assessments WHERE office_id = :o AND assessed_at IS NULL",
        soci::use(key), soci::into(count);
    return static_cast<int>(count);
}

} // namespace husly::child_assessment_repository
