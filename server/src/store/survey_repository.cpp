#include "store/survey_repository.hpp"

#include "common/clock.hpp"
#include "domain/placement.hpp"
#include "store/rows.hpp"

#include <map>

namespace husly::survey_repository {
namespace {

// The statuses of a response as SQL literals.
const std::string not_started = rows::sql_literal(SurveyResponseStatus::not_started);
const std::string draft = rows::sql_literal(SurveyResponseStatus::draft);
const std::string submitted = rows::sql_literal(SurveyResponseStatus::submitted);

const std::string round_query =
    "SELECT r.id, r.survey_id, r.title, r.year, r.deadline, r.opened_at, r.opened_by, "
    "(SELECT COUNT(*) FROM survey_responses s WHERE s.round_id = r.id) AS invited, "
    "(SELECT COUNT(*) FROM survey_responses s WHERE s.round_id = r.id AND s.status = " +
    submitted +
    ") AS submitted "
    "FROM survey_rounds r ";

Round round_from(const soci::row& row) {
    return {rows::integer(row, "id"),        rows::text(row, "survey_id"),
            rows::text(row, "title"),        static_cast<int>(rows::integer(row, "year")),
            rows::text(row, "deadline"),     rows::text(row, "opened_at"),
            rows::integer(row, "opened_by"), rows::integer(row, "invited"),
            rows::integer(row, "submitted")};
}

// The office's county: that of its first municipality.
const std::string response_query =
    "SELECT s.id, s.round_id, sr.title AS round_title, sr.deadline AS round_deadline, s.office_id, "
    "o.name AS office_name, o.unit_number, "
    "(SELECT m.county FROM office_municipalities om JOIN municipalities m ON m.number = "
    "om.municipality_number WHERE om.office_id = o.id ORDER BY om.municipality_number LIMIT 1) AS county, "
    "s.status, s.answers, s.prefill, s.period_until, s.updated_at, s.submitted_at, s.reminded_at, "
    "s.reminders "
    "FROM survey_responses s JOIN survey_rounds sr ON sr.id = s.round_id JOIN offices o ON o.id = "
    "s.office_id ";

Response response_from(const soci::row& row) {
    Response r;
    r.id = rows::integer(row, "id");
    r.round_id = rows::integer(row, "round_id");
    r.round_title = rows::text(row, "round_title");
    r.round_deadline = rows::text(row, "round_deadline");
    r.office_id = rows::integer(row, "office_id");
    r.office_name = rows::text(row, "office_name");
    r.unit_number = rows::text(row, "unit_number");
    r.county = rows::text(row, "county");
    r.status = rows::code(row, "status", parse_survey_response_status);
    r.answers = rows::text(row, "answers");
    r.prefill = rows::text(row, "prefill");
    r.period_until = rows::optional_text(row, "period_until");
    r.updated_at = rows::optional_text(row, "updated_at");
    r.submitted_at = rows::optional_text(row, "submitted_at");
    r.reminded_at = rows::optional_text(row, "reminded_at");
    r.reminders = static_cast<int>(rows::integer(row, "reminders"));
    return r;
}

survey::Date date_of(const std::string& text) {
    return parse_date(text.substr(0, 10)).value_or(survey::Date{});
}

std::optional<survey::Date> optional_date_of(const std::optional<std::string>& text) {
    if (!text || text->empty()) return std::nullopt;
    return parse_date(text->substr(0, 10));
}

} // namespace

int64_t insert_round(Connection& connection, const Round& round, const std::vector<int64_t>& office_ids) {
    long long id = 0, by = round.opened_by;
    int year = round.year;
    connection.sql() << "INSERT INTO survey_rounds (survey_id, title, year, deadline, opened_at, opened_by) "
                        "VALUES (:s, :t, :y, :d, :at, :by) RETURNING id",
        soci::use(round.survey_id), soci::use(round.title), soci::use(year), soci::use(round.deadline),
        soci::use(round.opened_at), soci::use(by), soci::into(id);
    long long office = 0;
    soci::statement insert =
        (connection.sql().prepare << "INSERT INTO survey_responses (round_id, office_id, status, answers, "
                                     "prefill, reminders) VALUES (:r, :o, " +
                                         not_started + ", '{}', '[]', 0)",
         soci::use(id), soci::use(office));
    for (auto office_id : office_ids) {
        office = office_id; // NOLINT(clang-analyzer-deadcode.DeadStores): read by the bound statement
        insert.execute(true);
    }
    return id;
}

std::vector<Round> rounds(Connection& connection) {
    return rows::select<Round>(connection, round_query + "ORDER BY r.opened_at DESC, r.id DESC", round_from);
}

std::optional<Round> find_round(Connection& connection, int64_t round_id) {
    long long id = round_id;
    return rows::select_one<Round>(connection, round_query + "WHERE r.id = :id", round_from, id);
}

std::vector<Response> responses_of_round(Connection& connection, int64_t round_id) {
    long long id = round_id;
    return rows::select<Response>(connection, response_query + "WHERE s.round_id = :r ORDER BY o.name, o.id",
                                  response_from, id);
}

std::vector<Response> responses_of_office(Connection& connection, int64_t office_id) {
    long long id = office_id;
    return rows::select<Response>(
        connection, response_query + "WHERE s.office_id = :o ORDER BY s.round_id DESC", response_from, id);
}

std::optional<Response> find_response(Connection& connection, int64_t response_id) {
    long long id = response_id;
    return rows::select_one<Response>(connection, response_query + "WHERE s.id = :id", response_from, id);
}

bool save_draft(Connection& connection, int64_t response_id, const std::string& answers,
                const std::string& at, int64_t by) {
    long long id = response_id, user = by;
    soci::statement update =
        (connection.sql().prepare
             << "UPDATE survey_responses SET status = " + draft +
                    ", answers = :a, updated_at = :at, updated_by = :by WHERE id = :id AND status <> " +
                    submitted,
         soci::use(answers), soci::use(at), soci::use(user), soci::use(id));
    update.execute(true);
    return update.get_affected_rows() == 1;
}

void save_prefill(Connection& connection, int64_t response_id, const std::string& prefill,
                  const std::string& period_until) {
    long long id = response_id;
    connection.sql() << "UPDATE survey_responses SET prefill = :p, period_until = :u WHERE id = :id",
        soci::use(prefill), soci::use(period_until), soci::use(id);
}

bool submit(Connection& connection, int64_t response_id, const std::string& answers, const std::string& at,
            int64_t by) {
    long long id = response_id, user = by;
    soci::statement update =
        (connection.sql().prepare
             << "UPDATE survey_responses SET status = " + submitted +
                    ", answers = :a, updated_at = :at, updated_by = :by, submitted_at = :sat, submitted_by = "
                    ":sby WHERE id = :id AND status <> " +
                    submitted,
         soci::use(answers), soci::use(at), soci::use(user), soci::use(at), soci::use(user), soci::use(id));
    update.execute(true);
    return update.get_affected_rows() == 1;
}

void reopen(Connection& connection, int64_t response_id, const std::string& at, int64_t by) {
    long long id = response_id, user = by;
    connection.sql() << "UPDATE survey_responses SET status = " + draft +
                            ", submitted_at = NULL, submitted_by = NULL, updated_at = :at, updated_by = :by "
                            "WHERE id = :id",
        soci::use(at), soci::use(user), soci::use(id);
}

int64_t remind(Connection& connection, int64_t round_id, const std::string& at) {
    long long id = round_id;
    soci::statement update =
        (connection.sql().prepare
             << "UPDATE survey_responses SET reminded_at = :at, reminders = reminders + 1 "
                "WHERE round_id = :r AND status <> " +
                    submitted,
         soci::use(at), soci::use(id));
    update.execute(true);
    return update.get_affected_rows();
}

survey::OfficeFacts office_facts(Connection& connection, int64_t office_id, const std::string& from,
                                 const std::string& until) {
    survey::OfficeFacts facts;
    long long office = office_id;
    auto start = from, last = until;
    std::string first;
    soci::indicator first_indicator = soci::i_null;
    connection.sql() << "SELECT MIN(received_at) FROM requests WHERE office_id = :o", soci::use(office),
        soci::into(first, first_indicator);
    if (first_indicator == soci::i_ok) facts.first_request = parse_date(norwegian_date_of(first));

    std::map<int64_t, size_t> request_index;
    for (auto& [id, request] : rows::select<std::pair<int64_t, survey::RequestFact>>(
             connection,
             "SELECT r.id, r.received_at, d.outcome, d.decided_at FROM requests r LEFT JOIN decisions d ON "
             "d.request_id = r.id AND d.decided_at IS NOT NULL WHERE r.office_id = :o AND r.received_at >= "
             ":f "
             "ORDER BY r.id",
             [](const soci::row& r) {
                 survey::RequestFact request;
                 request.received = date_of(norwegian_date_of(rows::text(r, "received_at")));
                 request.decision = rows::text(r, "outcome");
                 if (auto decided = rows::optional_text(r, "decided_at"))
                     request.decided = parse_date(norwegian_date_of(*decided));
                 return std::pair{rows::integer(r, "id"), std::move(request)};
             },
             office, start)) {
        request_index[id] = facts.requests.size();
        facts.requests.push_back(std::move(request));
    }
    for (const auto& [request_id, code] : rows::select<std::pair<int64_t, std::string>>(
             connection,
             "SELECT c.request_id, c.code FROM request_codes c JOIN requests r ON r.id = c.request_id WHERE "
             "r.office_id = :o AND r.received_at >= :f AND c.list = 'group'",
             [](const soci::row& r) {
                 return std::pair{rows::integer(r, "request_id"), rows::text(r, "code")};
             },
             office, start))
        if (auto it = request_index.find(request_id); it != request_index.end())
            facts.requests[it->second].groups.push_back(code);

    facts.turnaways = rows::select<survey::TurnawayFact>(
        connection, "SELECT occurred_on, instead FROM turnaways WHERE office_id = :o AND occurred_on >= :f",
        [](const soci::row& r) {
            return survey::TurnawayFact{date_of(rows::text(r, "occurred_on")),
                                        rows::split_codes(rows::text(r, "instead"))};
        },
        office, start);
    facts.placements = rows::select<survey::PlacementFact>(
        connection,
        "SELECT pl.starts_on, pl.ends_on, pl.quality_status, p.kind FROM placements pl JOIN units u ON u.id "
        "= "
        "pl.unit_id JOIN providers p ON p.id = u.provider_id WHERE pl.office_id = :o AND pl.status IN " +
            rows::sql_in(placement_statuses_where(holds_capacity)) +
            " AND (pl.ends_on IS NULL OR pl.ends_on >= :f)",
        [](const soci::row& r) {
            return survey::PlacementFact{date_of(rows::text(r, "starts_on")),
                                         optional_date_of(rows::optional_text(r, "ends_on")),
                                         rows::text(r, "kind"), rows::text(r, "quality_status")};
        },
        office, start);
    facts.stays = rows::select<survey::StayFact>(
        connection,
        "SELECT started_on, ended_on, family_with_children, under_25 FROM stays WHERE office_id = :o AND "
        "(ended_on IS NULL OR ended_on >= :f)",
        [](const soci::row& r) {
            return survey::StayFact{date_of(rows::text(r, "started_on")),
                                    optional_date_of(rows::optional_text(r, "ended_on")),
                                    rows::flag(r, "family_with_children"), rows::flag(r, "under_25")};
        },
        office, start);
    facts.deviations = rows::select<survey::DeviationFact>(
        connection,
        "SELECT kind, opened_on, reported_at FROM deviations WHERE office_id = :o AND opened_on >= :f",
        [](const soci::row& r) {
            return survey::DeviationFact{rows::text(r, "kind"), date_of(rows::text(r, "opened_on")),
                                         rows::optional_text(r, "reported_at").has_value()};
        },
        office, start);
    facts.inspections = rows::select<survey::InspectionFact>(
        connection,
        "SELECT i.inspected_on, i.problems FROM inspections i JOIN units u ON u.id = i.unit_id JOIN "
        "providers p "
        "ON p.id = u.provider_id WHERE p.office_id = :o AND i.inspected_on >= :f",
        [](const soci::row& r) {
            return survey::InspectionFact{date_of(rows::text(r, "inspected_on")),
                                          rows::split_codes(rows::text(r, "problems"))};
        },
        office, start);
    facts.own_offer_types = rows::select<std::string>(
        connection,
        "SELECT offer_type FROM providers WHERE office_id = :o AND kind = 'kommunal' AND active = 1 ORDER BY "
        "id",
        [](const soci::row& r) { return rows::text(r, "offer_type"); }, office);
    facts.valid_agreements = rows::select<survey::AgreementFact>(
        connection,
        "SELECT DISTINCT p.name, p.kind FROM quality_agreements a JOIN providers p ON p.id = a.provider_id "
        "WHERE p.office_id = :o AND a.starts_on <= :u AND (a.ends_on IS NULL OR a.ends_on >= :u2) ORDER BY "
        "p.name",
        [](const soci::row& r) {
            return survey::AgreementFact{rows::text(r, "name"), rows::text(r, "kind")};
        },
        office, last, last);
    return facts;
}

} // namespace husly::survey_repository
