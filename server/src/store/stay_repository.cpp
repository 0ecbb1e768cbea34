#include "store/stay_repository.hpp"

#include "common/clock.hpp"
#include "store/rows.hpp"

#include <algorithm>

namespace husly::stay_repository {
namespace {

using rows::NullableInteger;
using rows::NullableText;

const std::string stay_columns =
    "s.id, s.office_id, s.person_id, s.request_id, s.decision_id, s.started_on, s.period_to, s.ended_on, "
    "s.exit_outcome, s.exit_transit_kind, s.exit_transit_until, s.exit_note, s.family_with_children, "
    "s.under_25, s.previous_stay_id, s.created_at, s.created_by";

// An ended stay's outcome; none (NULL or "") only in an imported row.
std::optional<ExitOutcome> exit_outcome_from(const soci::row& row) {
    auto code = rows::text(row, "exit_outcome");
    if (code.empty()) return std::nullopt;
    return rows::parse_code("exit_outcome", code, parse_exit_outcome);
}

Stay stay_from(const soci::row& row) {
    Stay stay;
    stay.id = rows::integer(row, "id");
    stay.office_id = rows::integer(row, "office_id");
    stay.person_id = rows::integer(row, "person_id");
    stay.request_id = rows::integer(row, "request_id");
    stay.decision_id = rows::integer(row, "decision_id");
    stay.started_on = rows::text(row, "started_on");
    stay.period_to = rows::optional_text(row, "period_to");
    if (auto ended = rows::optional_text(row, "ended_on"))
        stay.exit = StayExit{*ended, exit_outcome_from(row), rows::text(row, "exit_transit_kind"),
                             rows::optional_text(row, "exit_transit_until"), rows::text(row, "exit_note")};
    stay.family_with_children = rows::flag(row, "family_with_children");
    stay.under_25 = rows::flag(row, "under_25");
    stay.previous_stay_id = rows::optional_integer(row, "previous_stay_id");
    stay.created_at = rows::text(row, "created_at");
    stay.created_by = rows::integer(row, "created_by");
    return stay;
}

StayRow stay_row_from(const soci::row& row) {
    return {stay_from(row), rows::text(row, "first_name") + " " + rows::text(row, "last_name")};
}

template <typename... Params>
std::optional<Stay> one_stay(Connection& connection, const std::string& where, Params... params) {
    return rows::select_one<Stay>(connection, "SELECT " + stay_columns + " FROM stays s WHERE " + where,
                                  stay_from, params...);
}

std::vector<long long> split_ids(const std::string& text) {
    std::vector<long long> ids;
    for (const auto& part : rows::split_codes(text)) ids.push_back(std::stoll(part));
    return ids;
}

} // namespace

int64_t insert(Connection& connection, const Stay& stay) {
    long long id = 0, office = stay.office_id, person = stay.person_id, request = stay.request_id,
              decision = stay.decision_id, created_by = stay.created_by;
    int family = stay.family_with_children ? 1 : 0, under_25 = stay.under_25 ? 1 : 0;
    NullableText period_to(stay.period_to);
    NullableInteger previous(stay.previous_stay_id);
    connection.sql()
        << "INSERT INTO stays (office_id, person_id, request_id, decision_id, started_on, period_to, "
           "family_with_children, under_25, previous_stay_id, created_at, created_by) VALUES (:o, :p, "
           ":r, :d, :s, :t, :f, :u, :prev, :c, :cb) RETURNING id",
        soci::use(office), soci::use(person), soci::use(request), soci::use(decision),
        soci::use(stay.started_on), soci::use(period_to.value, period_to.indicator), soci::use(family),
        soci::use(under_25), soci::use(previous.value, previous.indicator), soci::use(stay.created_at),
        soci::use(created_by), soci::into(id);
    return id;
}

std::optional<Stay> find(Connection& connection, int64_t stay_id) {
    return one_stay(connection, "s.id = :id", static_cast<long long>(stay_id));
}

std::optional<Stay> find_by_request(Connection& connection, int64_t request_id) {
    return one_stay(connection, "s.request_id = :id", static_cast<long long>(request_id));
}

std::optional<Stay> open_for_person(Connection& connection, int64_t office_id, int64_t person_id) {
    return one_stay(
        connection, "s.office_id = :o AND s.person_id = :p AND (s.ended_on IS NULL OR s.ended_on > :today)",
        static_cast<long long>(office_id), static_cast<long long>(person_id), format_date(today()));
}

std::optional<Stay> last_ended_for_person(Connection& connection, int64_t office_id, int64_t person_id) {
    return one_stay(
        connection,
        "s.office_id = :o AND s.person_id = :p AND s.ended_on IS NOT NULL ORDER BY s.ended_on DESC, "
        "s.id DESC LIMIT 1",
        static_cast<long long>(office_id), static_cast<long long>(person_id));
}

std::vector<Stay> for_person(Connection& connection, int64_t office_id, int64_t person_id) {
    long long office = office_id, person = person_id;
    return rows::select<Stay>(connection,
                              "SELECT " + stay_columns +
                                  " FROM stays s WHERE s.office_id = :o AND s.person_id = :p ORDER BY "
                                  "s.started_on DESC, s.id DESC",
                              stay_from, office, person);
}

// A stay ended by a stans that has not yet taken effect is still lived in until its day.
std::vector<StayRow> open_stays(Connection& connection, int64_t office_id) {
    long long office = office_id;
    auto on = format_date(today());
    return rows::select<StayRow>(
        connection,
        "SELECT " + stay_columns +
            ", p.first_name, p.last_name FROM stays s JOIN persons p ON p.id = "
            "s.person_id WHERE s.office_id = :o AND (s.ended_on IS NULL OR s.ended_on > "
            ":today) ORDER BY s.started_on, s.id",
        stay_row_from, office, on);
}

std::vector<StayRow> ended_stays(Connection& connection, int64_t office_id, int limit) {
    long long office = office_id, count = limit;
    auto on = format_date(today());
    return rows::select<StayRow>(connection,
                                 "SELECT " + stay_columns +
                                     ", p.first_name, p.last_name FROM stays s JOIN persons p ON p.id = "
                                     "s.person_id WHERE s.office_id = :o AND s.ended_on <= :today ORDER BY "
                                     "s.ended_on DESC, s.id DESC LIMIT :n",
                                 stay_row_from, office, on, count);
}

void record_exit(Connection& connection, int64_t stay_id, const StayExit& exit) {
    long long id = stay_id;
    NullableText until(exit.transit_until);
    std::string outcome(exit.outcome ? to_string(*exit.outcome) : "");
    connection.sql() << "UPDATE stays SET ended_on = :e, exit_outcome = :o, exit_transit_kind = :k, "
                        "exit_transit_until = :u, exit_note = :n WHERE id = :id",
        soci::use(exit.ended_on), soci::use(outcome), soci::use(exit.transit_kind),
        soci::use(until.value, until.indicator), soci::use(exit.note), soci::use(id);
}

std::optional<StayAgreement> agreement(Connection& connection, int64_t stay_id) {
    long long id = stay_id;
    return rows::select_one<StayAgreement>(
        connection,
        "SELECT period_from, period_to, resident_commitments, office_commitments, signed_on, updated_at, "
        "updated_by FROM stay_agreements WHERE stay_id = :s",
        [](const soci::row& row) {
            return StayAgreement{
                rows::text(row, "period_from"),          rows::text(row, "period_to"),
                rows::text(row, "resident_commitments"), rows::text(row, "office_commitments"),
                rows::optional_text(row, "signed_on"),   rows::text(row, "updated_at"),
                rows::integer(row, "updated_by")};
        },
        id);
}

void save_agreement(Connection& connection, int64_t stay_id, const StayAgreement& a) {
    long long id = stay_id, by = a.updated_by;
    NullableText signed_on(a.signed_on);
    connection.sql() << "DELETE FROM stay_agreements WHERE stay_id = :s", soci::use(id);
    connection.sql()
        << "INSERT INTO stay_agreements (stay_id, period_from, period_to, resident_commitments, "
           "office_commitments, signed_on, updated_at, updated_by) VALUES (:s, :f, :t, :r, :o, :si, "
           ":u, :b)",
        soci::use(id), soci::use(a.period_from), soci::use(a.period_to), soci::use(a.resident_commitments),
        soci::use(a.office_commitments), soci::use(signed_on.value, signed_on.indicator),
        soci::use(a.updated_at), soci::use(by);
}

std::vector<ActionItem> action_plan(Connection& connection, int64_t stay_id) {
    long long id = stay_id;
    return rows::select<ActionItem>(
        connection,
        "SELECT goal, action, responsible, due_on, other, status FROM action_plan_items WHERE stay_id = :s "
        "ORDER BY position",
        [](const soci::row& row) {
            return ActionItem{rows::text(row, "goal"),        rows::text(row, "action"),
                              rows::text(row, "responsible"), rows::optional_text(row, "due_on"),
                              rows::text(row, "other"),       rows::text(row, "status")};
        },
        id);
}

void replace_action_plan(Connection& connection, int64_t stay_id, const std::vector<ActionItem>& items) {
    long long id = stay_id;
    connection.sql() << "DELETE FROM action_plan_items WHERE stay_id = :s", soci::use(id);
    int position = 0;
    for (const auto& item : items) {
        NullableText due(item.due_on);
        connection.sql()
            << "INSERT INTO action_plan_items (stay_id, position, goal, action, responsible, due_on, "
               "other, status) VALUES (:s, :p, :g, :a, :r, :d, :o, :st)",
            soci::use(id), soci::use(position), soci::use(item.goal), soci::use(item.action),
            soci::use(item.responsible), soci::use(due.value, due.indicator), soci::use(item.other),
            soci::use(item.status);
        ++position;
    }
}

namespace {
const std::string note_query =
    "SELECT n.id, n.written_at, n.written_by, u.display_name, n.text, n.corrects_note_id "
    "FROM journal_notes n JOIN users u ON u.id = n.written_by ";

JournalNote note_from(const soci::row& row) {
    return JournalNote{rows::integer(row, "id"),         rows::text(row, "written_at"),
                       rows::integer(row, "written_by"), rows::text(row, "display_name"),
                       rows::text(row, "text"),          rows::optional_integer(row, "corrects_note_id")};
}
} // namespace

std::vector<JournalNote> notes(Connection& connection, int64_t stay_id) {
    long long id = stay_id;
    return rows::select<JournalNote>(connection, note_query + "WHERE n.stay_id = :s ORDER BY n.id", note_from,
                                     id);
}

std::optional<JournalNote> find_note(Connection& connection, int64_t note_id) {
    long long id = note_id;
    return rows::select_one<JournalNote>(connection, note_query + "WHERE n.id = :id", note_from, id);
}

int64_t insert_note(Connection& connection, int64_t stay_id, const JournalNote& note) {
    long long id = 0, stay = stay_id, by = note.written_by;
    NullableInteger corrects(note.corrects_note_id);
    connection.sql() << "INSERT INTO journal_notes (stay_id, written_at, written_by, text, corrects_note_id) "
                        "VALUES (:s, :w, :b, :t, :c) RETURNING id",
        soci::use(stay), soci::use(note.written_at), soci::use(by), soci::use(note.text),
        soci::use(corrects.value, corrects.indicator), soci::into(id);
    return id;
}

std::vector<Appointment> appointments(Connection& connection, int64_t stay_id) {
    long long id = stay_id;
    return rows::select<Appointment>(
        connection,
        "SELECT starts_at, purpose, place, status, note FROM appointments WHERE stay_id = :s ORDER BY "
        "position",
        [](const soci::row& row) {
            return Appointment{rows::text(row, "starts_at"), rows::text(row, "purpose"),
                               rows::text(row, "place"), rows::text(row, "status"), rows::text(row, "note")};
        },
        id);
}

void replace_appointments(Connection& connection, int64_t stay_id, const std::vector<Appointment>& items) {
    long long id = stay_id;
    connection.sql() << "DELETE FROM appointments WHERE stay_id = :s", soci::use(id);
    int position = 0;
    for (const auto& item : items) {
        connection.sql()
            << "INSERT INTO appointments (stay_id, position, starts_at, purpose, place, status, note) "
               "VALUES (:s, :p, :a, :pu, :pl, :st, :n)",
            soci::use(id), soci::use(position), soci::use(item.starts_at), soci::use(item.purpose),
            soci::use(item.place), soci::use(item.status), soci::use(item.note);
        ++position;
    }
}

std::vector<HouseRuleBreach> breaches(Connection& connection, int64_t stay_id) {
    long long id = stay_id;
    return rows::select<HouseRuleBreach>(
        connection,
        "SELECT id, occurred_on, description, resident_account, registered_at, registered_by FROM "
        "house_rule_breaches WHERE stay_id = :s ORDER BY occurred_on, id",
        [](const soci::row& row) {
            return HouseRuleBreach{rows::integer(row, "id"),         rows::text(row, "occurred_on"),
                                   rows::text(row, "description"),   rows::text(row, "resident_account"),
                                   rows::text(row, "registered_at"), rows::integer(row, "registered_by")};
        },
        id);
}

int64_t insert_breach(Connection& connection, int64_t stay_id, const HouseRuleBreach& breach) {
    long long id = 0, stay = stay_id, by = breach.registered_by;
    connection.sql()
        << "INSERT INTO house_rule_breaches (stay_id, occurred_on, description, resident_account, "
           "registered_at, registered_by) VALUES (:s, :o, :d, :r, :a, :b) RETURNING id",
        soci::use(stay), soci::use(breach.occurred_on), soci::use(breach.description),
        soci::use(breach.resident_account), soci::use(breach.registered_at), soci::use(by), soci::into(id);
    return id;
}

std::optional<AfterCare> after_care(Connection& connection, int64_t stay_id) {
    long long id = stay_id;
    auto found = rows::select_one<AfterCare>(
        connection, "SELECT agreed_on, until_on, forms, note, offers FROM after_care WHERE stay_id = :s",
        [](const soci::row& row) {
            return AfterCare{rows::text(row, "agreed_on"),
                             rows::text(row, "until_on"),
                             rows::split_codes(rows::text(row, "forms")),
                             rows::text(row, "note"),
                             {},
                             rows::split_codes(rows::text(row, "offers"))};
        },
        id);
    if (found)
        found->contacts = rows::select<AfterCareContact>(
            connection,
            "SELECT planned_on, form, done_on, note FROM after_care_contacts WHERE stay_id = :s ORDER BY "
            "position",
            [](const soci::row& row) {
                return AfterCareContact{rows::text(row, "planned_on"), rows::text(row, "form"),
                                        rows::optional_text(row, "done_on"), rows::text(row, "note")};
            },
            id);
    return found;
}

void save_after_care(Connection& connection, int64_t stay_id, const AfterCare& care,
                     const std::string& updated_at, int64_t updated_by) {
    long long id = stay_id, by = updated_by;
    std::string forms = rows::join_codes(care.forms);
    std::string offers = rows::join_codes(care.offers);
    connection.sql() << "DELETE FROM after_care_contacts WHERE stay_id = :s", soci::use(id);
    connection.sql() << "DELETE FROM after_care WHERE stay_id = :s", soci::use(id);
    connection.sql() << "INSERT INTO after_care (stay_id, agreed_on, until_on, forms, note, updated_at, "
                        "updated_by, offers) "
                        "VALUES (:s, :a, :u, :f, :n, :at, :by, :o)",
        soci::use(id), soci::use(care.agreed_on), soci::use(care.until_on), soci::use(forms),
        soci::use(care.note), soci::use(updated_at), soci::use(by), soci::use(offers);
    int position = 0;
    for (const auto& contact : care.contacts) {
        NullableText done(contact.done_on);
        connection.sql()
            << "INSERT INTO after_care_contacts (stay_id, position, planned_on, form, done_on, note) "
               "VALUES (:s, :p, :pl, :f, :d, :n)",
            soci::use(id), soci::use(position), soci::use(contact.planned_on), soci::use(contact.form),
            soci::use(done.value, done.indicator), soci::use(contact.note);
        ++position;
    }
}

namespace {

std::string joined_ids(const std::vector<int64_t>& ids) {
    std::vector<std::string> texts(ids.size());
    std::transform(ids.begin(), ids.end(), texts.begin(), [](int64_t id) { return std::to_string(id); });
    return rows::join_codes(texts);
}

std::optional<std::string> non_empty(std::string text) {
    if (text.empty()) return std::nullopt;
    return text;
}

} // namespace

std::optional<StayTermination> termination(Connection& connection, int64_t stay_id) {
    long long id = stay_id;
    return rows::select_one<StayTermination>(
        connection,
        "SELECT id, effective_on, breach_ids, incident_ids, notice_given_on, notice_method, "
        "notice_exception, "
        "basis, basis_detail, facts, resident_account, considerations, danger_reason, new_place_assessment, "
        "new_place_assessed_on, delivery_method, delivered_on, informed_on, appeal_deadline, decided_at, "
        "decided_by FROM stay_terminations WHERE stay_id = :s",
        [](const soci::row& row) {
            StayTermination t;
            t.id = rows::integer(row, "id");
            t.effective_on = rows::text(row, "effective_on");
            for (auto breach : split_ids(rows::text(row, "breach_ids"))) t.breach_ids.push_back(breach);
            for (auto incident : split_ids(rows::text(row, "incident_ids")))
                t.incident_ids.push_back(incident);
            t.notice_given_on = rows::optional_text(row, "notice_given_on");
            t.notice_method = rows::optional_code(row, "notice_method", parse_delivery_method);
            t.notice_exception = rows::text(row, "notice_exception");
            t.basis = rows::optional_code(row, "basis", parse_termination_basis);
            t.basis_detail = rows::text(row, "basis_detail");
            t.facts = rows::text(row, "facts");
            t.resident_account = rows::text(row, "resident_account");
            t.considerations = rows::text(row, "considerations");
            t.danger_reason = rows::text(row, "danger_reason");
            t.new_place_assessment = rows::text(row, "new_place_assessment");
            t.new_place_assessed_on = rows::optional_text(row, "new_place_assessed_on");
            t.delivery_method = rows::optional_code(row, "delivery_method", parse_delivery_method);
            t.delivered_on = rows::optional_text(row, "delivered_on");
            t.informed_on = non_empty(rows::text(row, "informed_on"));
            t.appeal_deadline = non_empty(rows::text(row, "appeal_deadline"));
            t.decided_at = rows::text(row, "decided_at");
            t.decided_by = rows::integer(row, "decided_by");
            return t;
        },
        id);
}

int64_t insert_termination(Connection& connection, int64_t stay_id, const StayTermination& t,
                           const std::string& letter_base64) {
    long long id = 0, stay = stay_id, by = t.decided_by;
    std::string breach_ids = joined_ids(t.breach_ids), incident_ids = joined_ids(t.incident_ids);
    NullableText notice_on(t.notice_given_on), assessed_on(t.new_place_assessed_on);
    std::optional<std::string> method_code, basis_code;
    if (t.notice_method) method_code = std::string(to_string(*t.notice_method));
    if (t.basis) basis_code = std::string(to_string(*t.basis));
    NullableText notice_method(method_code), basis(basis_code);
    std::string informed_on = t.informed_on.value_or(""), deadline = t.appeal_deadline.value_or("");
    connection.sql()
        << "INSERT INTO stay_terminations (stay_id, effective_on, breach_ids, incident_ids, notice_given_on, "
           "notice_method, notice_exception, basis, basis_detail, facts, resident_account, considerations, "
           "danger_reason, new_place_assessment, new_place_assessed_on, informed_on, appeal_deadline, "
           "decided_at, decided_by, letter_pdf) VALUES (:s, :e, :b, :ii, :no, :nm, :ne, :ba, :bd, :f, :r, "
           ":c, "
           ":dr, :np, :na, :i, :a, :d, :by, :l) RETURNING id",
        soci::use(stay), soci::use(t.effective_on), soci::use(breach_ids), soci::use(incident_ids),
        soci::use(notice_on.value, notice_on.indicator),
        soci::use(notice_method.value, notice_method.indicator), soci::use(t.notice_exception),
        soci::use(basis.value, basis.indicator), soci::use(t.basis_detail), soci::use(t.facts),
        soci::use(t.resident_account), soci::use(t.considerations), soci::use(t.danger_reason),
        soci::use(t.new_place_assessment), soci::use(assessed_on.value, assessed_on.indicator),
        soci::use(informed_on), soci::use(deadline), soci::use(t.decided_at), soci::use(by),
        soci::use(letter_base64), soci::into(id);
    return id;
}

void mark_termination_delivered(Connection& connection, int64_t termination_id, const StayTermination& t) {
    long long id = termination_id;
    std::string method(to_string(t.delivery_method.value()));
    connection.sql()
        << "UPDATE stay_terminations SET delivery_method = :m, delivered_on = :d, informed_on = :i, "
           "appeal_deadline = :a WHERE id = :id",
        soci::use(method), soci::use(t.delivered_on.value()), soci::use(t.informed_on.value()),
        soci::use(t.appeal_deadline.value()), soci::use(id);
}

std::optional<std::string> termination_letter(Connection& connection, int64_t stay_id) {
    long long id = stay_id;
    return rows::select_one<std::string>(
        connection, "SELECT letter_pdf FROM stay_terminations WHERE stay_id = :s",
        [](const soci::row& row) { return rows::text(row, "letter_pdf"); }, id);
}

} // namespace husly::stay_repository
