#include "store/figures_repository.hpp"

#include "common/clock.hpp"
#include "domain/household.hpp"
#include "domain/placement.hpp"
#include "store/rows.hpp"

#include <array>
#include <map>

namespace husly::figures_repository {
namespace {

// The statuses of a placement lived in (domain/placement.hpp: was_lived_in), as an SQL list.
std::string lived_in() {
    return rows::sql_in(placement_statuses_where(was_lived_in));
}

// Stays with a night in [start, next): begun before the year's end, not left before it began. Each
// use gets placeholders of its own (bound in order: next, start).
std::string stays_in_year(int n) {
    auto suffix = std::to_string(n);
    return "s.started_on < :next" + suffix + " AND (s.ended_on IS NULL OR s.ended_on > :start" + suffix + ")";
}

Date date_column(const soci::row& row, const std::string& name) {
    return parse_date(rows::text(row, name)).value_or(Date{});
}

} // namespace

std::vector<KostraStay> kostra_stays(Connection& connection, const Scope& scope, int year,
                                     const std::string& cutoff) {
    std::string start = std::to_string(year) + "-01-01";
    std::string next = cutoff;
    long long office = scope.office_id.value_or(0);
    std::string municipality = scope.municipality_number.value_or("");
    // Only the scope's own conditions in the SQL, so each scope gets its index. `n` numbers the
    // placeholders of each use (bound in order: next, start, office, municipality).
    auto in_scope = [&](const std::string& alias, const std::string& request_alias, int n) {
        auto suffix = std::to_string(n);
        return (scope.office_id ? " AND " + alias + ".office_id = :office" + suffix : std::string()) +
               (scope.municipality_number
                    ? " AND " + request_alias + ".municipality_number = :municipality" + suffix
                    : std::string());
    };
    auto bind_scope = [&](auto& prepared) {
        if (scope.office_id) prepared, soci::use(office);
        if (scope.municipality_number) prepared, soci::use(municipality);
    };
    // The places through one correlated MIN: 1 when every checked-in place was a night shelter, 0
    // when any was not, NULL when there was none.
    const std::string columns =
        "SELECT s.id, s.person_id, s.office_id, r.municipality_number, s.started_on, s.ended_on, s.under_25, "
        "(SELECT MIN(u.night_shelter) FROM placements p JOIN units u ON u.id = p.unit_id WHERE p.stay_id = "
        "s.id AND p.status IN " +
        lived_in() + ") AS shelter FROM stays s JOIN requests r ON r.id = s.request_id ";
    std::vector<KostraStay> stays;
    std::map<int64_t, size_t> index_of;
    auto read_stays = [&](soci::rowset<soci::row>& result, bool in_year) {
        for (const auto& row : result) {
            KostraStay stay;
            stay.stay_id = rows::integer(row, "id");
            stay.household_id = rows::integer(row, "person_id");
            stay.office_id = rows::integer(row, "office_id");
            stay.municipality_number = rows::text(row, "municipality_number");
            stay.started_on = date_column(row, "started_on");
            if (auto ended = rows::optional_text(row, "ended_on")) stay.ended_on = parse_date(*ended);
            stay.under_25 = rows::flag(row, "under_25");
            stay.night_shelter = rows::optional_integer(row, "shelter").value_or(0) == 1;
            if (in_year) index_of[stay.stay_id] = stays.size();
            stays.push_back(std::move(stay));
        }
    };
    {
        auto prepared =
            (connection.sql().prepare << columns + "WHERE " + stays_in_year(0) + in_scope("s", "r", 0));
        prepared, soci::use(next), soci::use(start);
        bind_scope(prepared);
        soci::rowset<soci::row> result(prepared);
        read_stays(result, true);
    }
    // The same households' earlier stays in the scope, ended before the year began: only where a
    // spell of consecutive stays began (the 3-month measure), never counted themselves.
    {
        auto prepared =
            (connection.sql().prepare
             << columns + "WHERE s.ended_on IS NOT NULL AND s.ended_on <= :start9" + in_scope("s", "r", 9) +
                    " AND s.person_id IN (SELECT s.person_id FROM stays s JOIN requests "
                    "r ON r.id = s.request_id WHERE " +
                    stays_in_year(1) + in_scope("s", "r", 1) + ")");
        prepared, soci::use(start);
        bind_scope(prepared);
        prepared, soci::use(next), soci::use(start);
        bind_scope(prepared);
        soci::rowset<soci::row> result(prepared);
        read_stays(result, false);
    }
    // The household of each stay of the year, each member placed or not: not placed when the stay
    // has lived-in placements and every one of them left the member out (placement_absent_members,
    // by the member's place in the request's household: 0 the applicant, then in the order
    // registered). The first probe finds that nobody was left out, as for nearly every stay.
    {
        const std::string member_index =
            "(SELECT COUNT(*) FROM request_members m2 WHERE m2.request_id = m.request_id AND m2.id < m.id)";
        const std::string query =
            "SELECT s.id, m.role, m.birth_date, CASE "
            "WHEN NOT EXISTS (SELECT 1 FROM placements p JOIN placement_absent_members a ON a.placement_id = "
            "p.id WHERE p.stay_id = s.id) THEN 1 "
            "WHEN NOT EXISTS (SELECT 1 FROM placements p WHERE p.stay_id = s.id AND p.status IN " +
            lived_in() +
            ") THEN 1 "
            "WHEN EXISTS (SELECT 1 FROM placements p WHERE p.stay_id = s.id AND p.status IN " +
            lived_in() +
            " AND NOT EXISTS (SELECT 1 FROM placement_absent_members a WHERE a.placement_id = p.id AND "
            "a.member_index = " +
            member_index +
            ")) THEN 1 ELSE 0 END AS placed "
            "FROM stays s JOIN requests r ON r.id = s.request_id "
            "JOIN request_members m ON m.request_id = s.request_id WHERE " +
            stays_in_year(0) + in_scope("s", "r", 0);
        auto prepared = (connection.sql().prepare << query);
        prepared, soci::use(next), soci::use(start);
        bind_scope(prepared);
        soci::rowset<soci::row> result(prepared);
        for (const auto& row : result) {
            auto found = index_of.find(rows::integer(row, "id"));
            if (found == index_of.end()) continue;
            KostraMember member;
            member.child = rows::text(row, "role") == to_string(MemberRole::child);
            if (auto birth = rows::optional_text(row, "birth_date")) member.birth_date = parse_date(*birth);
            member.placed = rows::flag(row, "placed");
            stays[found->second].members.push_back(member);
        }
    }
    return stays;
}

std::vector<QualityIssue> data_quality(Connection& connection, int64_t office_id, int year,
                                       const std::string& today) {
    std::string start = std::to_string(year) + "-01-01";
    std::string next = std::to_string(year + 1) + "-01-01";
    long long office = office_id;
    std::string now = today;
    // One pass over the office's stays of the year, each problem a flag; ordered by kind later.
    const std::string query =
        "SELECT flagged.*, p.first_name, p.last_name FROM (SELECT s.id, s.request_id, s.person_id, "
        "s.started_on, s.period_to, s.ended_on, "
        "CASE WHEN (s.ended_on IS NULL AND s.period_to IS NOT NULL AND s.period_to < :today0) OR "
        "(s.ended_on IS NOT NULL AND (s.exit_outcome IS NULL OR s.exit_outcome = '')) THEN 1 ELSE 0 END "
        "AS open_without_exit, "
        "CASE WHEN s.ended_on > :today1 THEN 1 ELSE 0 END AS future_exit, "
        "CASE WHEN EXISTS (SELECT 1 FROM request_members m WHERE m.request_id = s.request_id AND m.role = "
        "'child' AND m.birth_date IS NULL) THEN 1 ELSE 0 END AS child_without_birth_date, "
        "CASE WHEN NOT EXISTS (SELECT 1 FROM placements p WHERE p.stay_id = s.id AND p.status IN " +
        lived_in() +
        ") THEN 1 ELSE 0 END AS without_placement "
        "FROM stays s WHERE s.office_id = :office AND " +
        stays_in_year(0) +
        ") AS flagged JOIN persons p ON p.id = flagged.person_id "
        "WHERE open_without_exit + future_exit + child_without_birth_date + without_placement > 0 "
        "ORDER BY started_on, flagged.id";
    struct Flag {
        const char* column;
        const char* kind;
        const char* date_column; // or nullptr
    };
    // In the order of their kind's code: the panel groups by kind.
    static constexpr std::array<Flag, 4> flags{
        {{"open_without_exit", "apent_uten_utflytting", "period_to"},
         {"child_without_birth_date", "barn_uten_fodselsdato", nullptr},
         {"without_placement", "uten_plassering", nullptr},
         {"future_exit", "utflytting_fram_i_tid", "ended_on"}}};
    soci::rowset<soci::row> result = (connection.sql().prepare << query, soci::use(now), soci::use(now),
                                      soci::use(office), soci::use(next), soci::use(start));
    std::array<std::vector<QualityIssue>, flags.size()> by_kind;
    for (const auto& row : result)
        for (size_t i = 0; i < flags.size(); ++i) {
            if (!rows::flag(row, flags[i].column)) continue;
            QualityIssue issue{flags[i].kind,
                               rows::integer(row, "id"),
                               rows::integer(row, "request_id"),
                               rows::text(row, "started_on"),
                               std::nullopt,
                               rows::integer(row, "person_id"),
                               rows::text(row, "first_name") + " " + rows::text(row, "last_name")};
            if (flags[i].date_column) issue.date = rows::optional_text(row, flags[i].date_column);
            by_kind[i].push_back(std::move(issue));
        }
    std::vector<QualityIssue> issues;
    for (const auto& issues_of_kind : by_kind)
        issues.insert(issues.end(), issues_of_kind.begin(), issues_of_kind.end());
    return issues;
}

namespace {

// Instants are stored in UTC: a day either side catches the Norwegian dates at the year's edges;
// the domain counts by the Norwegian date.
std::string instant_bound(int year, bool start) {
    return start ? std::to_string(year - 1) + "-12-31" : std::to_string(year + 1) + "-01-02";
}

Date norwegian_day(const std::string& instant) {
    return parse_date(norwegian_date_of(instant)).value_or(Date{});
}

} // namespace

std::vector<RequestFact> request_facts(Connection& connection, int64_t office_id, int year) {
    long long office = office_id;
    auto from = instant_bound(year - 1, true), to = instant_bound(year, false);
    return rows::select<RequestFact>(
        connection,
        "SELECT r.received_at, r.outcome, d.outcome AS decision, d.decided_at FROM requests r LEFT JOIN "
        "decisions d ON d.request_id = r.id AND d.status = " +
            rows::sql_literal(DecisionStatus::decided) +
            " WHERE r.office_id = :o AND "
            "r.received_at "
            ">= :f AND r.received_at < :t",
        [](const soci::row& row) {
            RequestFact fact;
            fact.received = norwegian_day(rows::text(row, "received_at"));
            fact.outcome = rows::text(row, "outcome");
            fact.decision = rows::text(row, "decision");
            if (auto decided = rows::optional_text(row, "decided_at")) fact.decided = norwegian_day(*decided);
            return fact;
        },
        office, from, to);
}

std::vector<TurnawayFact> turnaway_facts(Connection& connection, int64_t office_id, int year) {
    long long office = office_id;
    std::string from = std::to_string(year) + "-01-01", to = std::to_string(year + 1) + "-01-01";
    return rows::select<TurnawayFact>(
        connection,
        "SELECT reason, instead FROM turnaways WHERE office_id = :o AND occurred_on >= :f AND occurred_on < "
        ":t",
        [](const soci::row& row) {
            return TurnawayFact{rows::text(row, "reason"), rows::split_codes(rows::text(row, "instead"))};
        },
        office, from, to);
}

std::vector<CashFact> cash_facts(Connection& connection, int64_t office_id, int year) {
    long long office = office_id;
    std::string from = std::to_string(year) + "-01-01", to = std::to_string(year + 1) + "-01-01";
    return rows::select<CashFact>(
        connection,
        "SELECT granted, amount_kroner, nights FROM cash_assistance_decisions WHERE office_id = :o AND "
        "decided_on >= :f AND decided_on < :t",
        [](const soci::row& row) {
            return CashFact{rows::integer(row, "granted") != 0, rows::integer(row, "amount_kroner"),
                            rows::integer(row, "nights")};
        },
        office, from, to);
}

std::vector<DeviationFact> deviation_facts(Connection& connection, int64_t office_id, int year) {
    long long office = office_id;
    std::string from = std::to_string(year) + "-01-01";
    auto closed_from = instant_bound(year, true);
    return rows::select<DeviationFact>(
        connection,
        "SELECT opened_on, closed_at FROM deviations WHERE office_id = :o AND (opened_on >= :f OR closed_at "
        ">= "
        ":c)",
        [](const soci::row& row) {
            DeviationFact fact{parse_date(rows::text(row, "opened_on")).value_or(Date{}), std::nullopt};
            if (auto closed = rows::optional_text(row, "closed_at")) fact.closed = norwegian_day(*closed);
            return fact;
        },
        office, from, closed_from);
}

std::map<ExitOutcome, int64_t> exits_by_outcome(Connection& connection, int64_t office_id, int year) {
    long long office = office_id;
    std::string from = std::to_string(year) + "-01-01", to = std::to_string(year + 1) + "-01-01";
    std::map<ExitOutcome, int64_t> exits;
    soci::rowset<soci::row> result =
        (connection.sql().prepare << "SELECT exit_outcome, COUNT(*) AS n FROM stays WHERE office_id = :o AND "
                                     "ended_on >= :f AND ended_on < :t AND exit_outcome IS NOT NULL GROUP BY "
                                     "exit_outcome",
         soci::use(office), soci::use(from), soci::use(to));
    for (const auto& row : result) {
        auto code = rows::text(row, "exit_outcome");
        if (!code.empty())
            exits[rows::parse_code("exit_outcome", code, parse_exit_outcome)] = rows::integer(row, "n");
    }
    return exits;
}

} // namespace husly::figures_repository
