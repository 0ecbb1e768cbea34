#include "store/retention_repository.hpp"

#include "domain/decision.hpp"
#include "domain/placement.hpp"
#include "store/migrations.hpp"
#include "store/rows.hpp"

#include <fmt/format.h>

namespace husly::retention_repository {

namespace {

// Every day something happened in a person's case, one row each (registering them counts only
// for someone who never made a request).
constexpr const char* activity_days = R"(
    SELECT id AS person_id, SUBSTR(created_at, 1, 10) AS day FROM persons
              WHERE id NOT IN (SELECT person_id FROM requests)
    UNION ALL SELECT person_id, SUBSTR(received_at, 1, 10) FROM requests
    UNION ALL SELECT person_id, SUBSTR(outcome_at, 1, 10) FROM requests WHERE outcome_at IS NOT NULL
    UNION ALL SELECT m.person_id, SUBSTR(r.received_at, 1, 10) FROM request_members m
              JOIN requests r ON r.id = m.request_id WHERE m.person_id IS NOT NULL
    UNION ALL SELECT person_id, SUBSTR(decided_at, 1, 10) FROM decisions WHERE decided_at IS NOT NULL
    UNION ALL SELECT d.person_id, a.received_on FROM appeals a JOIN decisions d ON d.id = a.decision_id
    UNION ALL SELECT d.person_id, a.result_on FROM appeals a JOIN decisions d ON d.id = a.decision_id
              WHERE a.result_on IS NOT NULL
    UNION ALL SELECT person_id, started_on FROM stays
    UNION ALL SELECT person_id, ended_on FROM stays WHERE ended_on IS NOT NULL
    UNION ALL SELECT person_id, ends_on FROM placements WHERE ends_on IS NOT NULL
    UNION ALL SELECT person_id, removed_on FROM waiting_list WHERE removed_on IS NOT NULL
    UNION ALL SELECT person_id, stored_to FROM storage WHERE stored_to IS NOT NULL
    UNION ALL SELECT person_id, occurred_on FROM turnaways
    UNION ALL SELECT person_id, decided_on FROM cash_assistance_decisions
)";

// Anything still open keeps the whole person (placements: domain/placement.hpp, is_active).
const std::string nothing_open = fmt::format(R"(
    NOT EXISTS (SELECT 1 FROM stays s WHERE s.person_id = p.id AND s.ended_on IS NULL)
    AND NOT EXISTS (SELECT 1 FROM placements x WHERE x.person_id = p.id
                    AND x.status IN {})
    AND NOT EXISTS (SELECT 1 FROM waiting_list w WHERE w.person_id = p.id AND w.removed_on IS NULL)
    AND NOT EXISTS (SELECT 1 FROM storage g WHERE g.person_id = p.id AND g.stored_to IS NULL)
    AND NOT EXISTS (SELECT 1 FROM requests r WHERE (r.person_id = p.id OR r.id IN
                        (SELECT request_id FROM request_members WHERE person_id = p.id))
                    AND r.outcome IS NULL AND NOT EXISTS
                        (SELECT 1 FROM decisions d WHERE d.request_id = r.id AND d.status = {}))
    AND NOT EXISTS (SELECT 1 FROM appeals a JOIN decisions d ON d.id = a.decision_id
                    WHERE d.person_id = p.id AND a.result IS NULL)
)",
                                             rows::sql_in(placement_statuses_where(is_active)),
                                             rows::sql_literal(DecisionStatus::decided));

struct PersonalText {
    const char* table;
    const char* columns; // blanked to ''
    const char* whose;   // the rows about the persons {ids}
};

const std::vector<PersonalText>& personal_text() {
    static const std::vector<PersonalText> text{
        {"requests", "reason_text, network_note, outcome_note", "person_id IN ({ids})"},
        {"request_members", "first_name",
         "person_id IN ({ids}) OR request_id IN (SELECT id FROM requests WHERE person_id IN ({ids}))"},
        {"request_revisions", "previous",
         "request_id IN (SELECT id FROM requests WHERE person_id IN ({ids})) OR request_id IN (SELECT "
         "request_id FROM request_members WHERE person_id IN ({ids}))"},
        {"decisions",
         "long_period_reason, conditions_text, facts, considerations, return_note, letter_pdf, "
         "own_payment_assessment, limited_right_assessment, applied_for, refused_part",
         "person_id IN ({ids})"},
        {"decision_place_changes", "reason, letter_pdf",
         "decision_id IN (SELECT id FROM decisions WHERE person_id IN ({ids}))"},
        {"appeals", "summary, result_note, late_reason, dismissal_letter_pdf",
         "decision_id IN (SELECT id FROM decisions WHERE person_id IN ({ids}))"},
        {"stays", "exit_note", "person_id IN ({ids})"},
        {"stay_agreements", "resident_commitments, office_commitments", nullptr},
        {"action_plan_items", "goal, action, responsible, other", nullptr},
        {"journal_notes", "text", nullptr},
        {"appointments", "purpose, place, note", nullptr},
        {"house_rule_breaches", "description, resident_account", nullptr},
        {"after_care", "note", nullptr},
        {"after_care_contacts", "note", nullptr},
        {"individual_plans", "coordinator", nullptr},
        {"referrals", "note", nullptr},
        {"stay_terminations",
         "facts, resident_account, considerations, letter_pdf, notice_exception, basis_detail, "
         "danger_reason, "
         "new_place_assessment",
         nullptr},
        {"waiting_list", "note", "person_id IN ({ids})"},
        {"storage", "location, note", "person_id IN ({ids})"},
        {"turnaways", "note", "person_id IN ({ids})"},
        {"deviations", "description, note", "person_id IN ({ids})"},
        {"incident_reports",
         "facts, action_taken, resident_account, new_place_assessment, nav_decision_reason",
         "person_id IN ({ids})"},
        {"cash_assistance_decisions", "reasons", "person_id IN ({ids})"},
        {"child_assessments", "best_interests, barnevern_reason", "person_id IN ({ids})"},
        {"placement_absent_children", "reason, lives_at",
         "placement_id IN (SELECT id FROM placements WHERE person_id IN ({ids}))"},
        {"representatives", "name, address", "person_id IN ({ids})"},
    };
    return text;
}

std::string blanked(const char* columns) {
    std::string set;
    std::string_view rest(columns);
    while (!rest.empty()) {
        auto comma = rest.find(',');
        auto column = rest.substr(0, comma);
        while (!column.empty() && column.front() == ' ') column.remove_prefix(1);
        set += (set.empty() ? "" : ", ") + std::string(column) + " = ''";
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    }
    return set;
}

} // namespace

std::vector<Candidate> closed_before(Connection& connection, const std::string& cutoff) {
    auto query =
        fmt::format("SELECT p.id AS person_id, MAX(a.day) AS last_activity FROM persons p JOIN ({}) a ON "
                    "a.person_id = p.id WHERE p.anonymised_at IS NULL AND {} GROUP BY p.id HAVING "
                    "MAX(a.day) < :cutoff ORDER BY p.id",
                    activity_days, nothing_open);
    return rows::select<Candidate>(
        connection, query,
        [](const soci::row& row) {
            return Candidate{rows::integer(row, "person_id"), rows::text(row, "last_activity")};
        },
        cutoff);
}

void anonymise(Connection& connection, const std::vector<int64_t>& person_ids, const std::string& at) {
    if (person_ids.empty()) return;
    // The ids are numbers: written into the statements, one statement per table for them all.
    std::string ids;
    for (auto id : person_ids) {
        if (!ids.empty()) ids += ',';
        ids += std::to_string(id); // in place: "," + text made GCC 12 warn falsely (-Wrestrict)
    }
    auto& sql = connection.sql();
    sql << fmt::format("UPDATE persons SET identity_number = NULL, husly_reference = NULL, first_name = "
                       "'Anonymisert', last_name = '', name_key = '', phone = '', birth_date = CASE WHEN "
                       "birth_date IS NULL THEN NULL ELSE SUBSTR(birth_date, 1, 4) || '-07-01' END, "
                       "anonymised_at = :at WHERE id IN ({})",
                       ids),
        soci::use(at);
    lift_append_only(connection, "journal_notes");
    for (const auto& text : personal_text()) {
        auto whose = fmt::format(
            fmt::runtime(text.whose ? text.whose
                                    : "stay_id IN (SELECT id FROM stays WHERE person_id IN ({ids}))"),
            fmt::arg("ids", ids));
        sql << fmt::format("UPDATE {} SET {} WHERE {}", text.table, blanked(text.columns), whose);
    }
    restore_append_only(connection, "journal_notes");
}

} // namespace husly::retention_repository
