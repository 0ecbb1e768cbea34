#include "store/request_repository.hpp"

#include "common/clock.hpp"
#include "domain/placement.hpp"
#include "domain/request_codes.hpp"
#include "domain/statuses.hpp"
#include "store/dialect.hpp"
#include "store/rows.hpp"

#include <functional>
#include <map>

namespace husly::request_repository {
namespace {

void insert_codes(Connection& connection, long long request_id, CodeList list,
                  const std::vector<std::string>& values) {
    std::string list_text(list_name(list));
    for (const auto& code : values)
        connection.sql() << "INSERT INTO request_codes (request_id, list, code) VALUES (:r, :l, :c)",
            soci::use(request_id), soci::use(list_text), soci::use(code);
}

// The request's code lists (the front desk's; not the outcome's guidance), household members and
// special-category flags.
void insert_details(Connection& connection, long long id, const Request& request) {
    auto& sql = connection.sql();
    insert_codes(connection, id, CodeList::reason, request.reasons);
    insert_codes(connection, id, CodeList::group, request.groups);
    insert_codes(connection, id, CodeList::service_need, request.service_needs);
    for (const auto& member : request.members) {
        std::string role(to_string(member.role));
        std::string birth = member.birth_date ? format_date(*member.birth_date) : "";
        soci::indicator birth_indicator = member.birth_date ? soci::i_ok : soci::i_null;
        long long member_person = member.person_id.value_or(0);
        soci::indicator person_indicator = member.person_id ? soci::i_ok : soci::i_null;
        sql << "INSERT INTO request_members (request_id, role, first_name, birth_date, person_id) VALUES "
               "(:r, "
               ":role, :f, :b, :p)",
            soci::use(id), soci::use(role), soci::use(member.first_name), soci::use(birth, birth_indicator),
            soci::use(member_person, person_indicator);
    }
    int substance = request.sensitive.substance_use ? 1 : 0, mental = request.sensitive.mental_health ? 1 : 0;
    sql << "INSERT INTO request_sensitive (request_id, substance_use, mental_health) VALUES (:r, :s, :m)",
        soci::use(id), soci::use(substance), soci::use(mental);
}

// All of a request's code lists in one query, by list name.
std::map<std::string, std::vector<std::string>, std::less<>> load_codes(Connection& connection,
                                                                        long long request_id) {
    std::map<std::string, std::vector<std::string>, std::less<>> result;
    std::string list, code;
    soci::statement st =
        (connection.sql().prepare << "SELECT list, code FROM request_codes WHERE request_id = :r "
                                     "ORDER BY list, code",
         soci::use(request_id), soci::into(list), soci::into(code));
    st.execute();
    while (st.fetch()) result[list].push_back(code);
    return result;
}

std::vector<std::string> codes_of(const std::map<std::string, std::vector<std::string>, std::less<>>& codes,
                                  CodeList list) {
    auto it = codes.find(list_name(list));
    return it == codes.end() ? std::vector<std::string>{} : it->second;
}

// The summaries WHERE_AND_ORDER selects; bind_filters binds its placeholders, in order, before
// :limit.
std::vector<RequestSummary> load_summaries(Connection& connection, const std::string& where_and_order,
                                           const std::function<void(soci::statement&)>& bind_filters,
                                           int limit) {
    RequestSummary row;
    long long id = 0, person_id = 0, stay_id = 0;
    int acute = 0, family = 0, under_25 = 0;
    std::string first_name, last_name, outcome, stay_ended_on;
    soci::indicator outcome_indicator = soci::i_null, stay_indicator = soci::i_null,
                    stay_ended_indicator = soci::i_null;
    soci::statement st(connection.sql());
    st.alloc();
    st.prepare(
        "SELECT r.id, r.person_id, p.first_name, p.last_name, r.received_at, r.channel, r.acute, "
        "r.family_with_children, r.under_25, r.outcome, s.id AS stay_id, s.ended_on AS stay_ended_on "
        "FROM requests r JOIN persons p ON p.id = r.person_id LEFT JOIN stays s ON s.request_id = r.id " +
        where_and_order + " LIMIT :limit");
    bind_filters(st);
    st.exchange(soci::use(limit));
    st.exchange(soci::into(id));
    st.exchange(soci::into(person_id));
    st.exchange(soci::into(first_name));
    st.exchange(soci::into(last_name));
    st.exchange(soci::into(row.received_at));
    st.exchange(soci::into(row.channel));
    st.exchange(soci::into(acute));
    st.exchange(soci::into(family));
    st.exchange(soci::into(under_25));
    st.exchange(soci::into(outcome, outcome_indicator));
    st.exchange(soci::into(stay_id, stay_indicator));
    st.exchange(soci::into(stay_ended_on, stay_ended_indicator));
    st.define_and_bind();
    st.execute();
    std::vector<RequestSummary> result;
    while (st.fetch()) {
        row.id = id;
        row.person_id = person_id;
        row.person_name = first_name;
        row.person_name += ' ';
        row.person_name += last_name;
        row.acute = acute != 0;
        row.family_with_children = family != 0;
        row.under_25 = under_25 != 0;
        row.outcome = outcome_indicator == soci::i_ok ? std::optional<std::string>(outcome) : std::nullopt;
        row.stay_id = stay_indicator == soci::i_ok ? std::optional<int64_t>(stay_id) : std::nullopt;
        row.stay_ended_on =
            stay_ended_indicator == soci::i_ok ? std::optional<std::string>(stay_ended_on) : std::nullopt;
        result.push_back(row);
    }
    return result;
}

} // namespace

int64_t insert(Connection& connection, const Request& request) {
    auto& sql = connection.sql();
    long long id = 0;
    long long office = request.office_id, person = request.person_id, created_by = request.created_by;
    int acute = request.acute ? 1 : 0, family = request.facts.family_with_children ? 1 : 0,
        under_25 = request.facts.under_25 ? 1 : 0;
    std::string housing = request.housing_situation.value_or("");
    soci::indicator housing_indicator = request.housing_situation ? soci::i_ok : soci::i_null;
    sql << "INSERT INTO requests (office_id, person_id, municipality_number, channel, received_at, acute, "
           "reason_text, network, network_note, housing_situation, family_with_children, under_25, "
           "created_by, "
           "created_at) VALUES (:o, :p, :m, :ch, :rec, :a, :rt, :n, :nn, :h, :f, :u, :cb, :ca) RETURNING id",
        soci::use(office), soci::use(person), soci::use(request.municipality_number),
        soci::use(request.channel), soci::use(request.received_at), soci::use(acute),
        soci::use(request.reason_text), soci::use(request.network), soci::use(request.network_note),
        soci::use(housing, housing_indicator), soci::use(family), soci::use(under_25), soci::use(created_by),
        soci::use(request.created_at), soci::into(id);
    insert_details(connection, id, request);
    return id;
}

void update(Connection& connection, const Request& request) {
    auto& sql = connection.sql();
    long long id = request.id;
    int acute = request.acute ? 1 : 0, family = request.facts.family_with_children ? 1 : 0,
        under_25 = request.facts.under_25 ? 1 : 0;
    std::string housing = request.housing_situation.value_or("");
    soci::indicator housing_indicator = request.housing_situation ? soci::i_ok : soci::i_null;
    sql << "UPDATE requests SET municipality_number = :m, channel = :ch, acute = :a, reason_text = :rt, "
           "network = :n, network_note = :nn, housing_situation = :h, family_with_children = :f, under_25 = "
           ":u "
           "WHERE id = :id",
        soci::use(request.municipality_number), soci::use(request.channel), soci::use(acute),
        soci::use(request.reason_text), soci::use(request.network), soci::use(request.network_note),
        soci::use(housing, housing_indicator), soci::use(family), soci::use(under_25), soci::use(id);
    std::string reason(list_name(CodeList::reason)), group(list_name(CodeList::group)),
        need(list_name(CodeList::service_need));
    sql << "DELETE FROM request_codes WHERE request_id = :id AND list IN (:a, :b, :c)", soci::use(id),
        soci::use(reason), soci::use(group), soci::use(need);
    sql << "DELETE FROM request_members WHERE request_id = :id", soci::use(id);
    sql << "DELETE FROM request_sensitive WHERE request_id = :id", soci::use(id);
    insert_details(connection, id, request);
}

void insert_revision(Connection& connection, const Revision& revision, const std::string& previous) {
    long long request = revision.request_id, by = revision.revised_by;
    std::string changed;
    for (const auto& field : revision.changed) {
        if (!changed.empty()) changed += ',';
        changed += field;
    }
    connection.sql()
        << "INSERT INTO request_revisions (request_id, revised_at, revised_by, changed, previous) "
           "VALUES (:r, :at, :by, :c, :p)",
        soci::use(request), soci::use(revision.revised_at), soci::use(by), soci::use(changed),
        soci::use(previous);
}

std::vector<Revision> revisions(Connection& connection, int64_t request_id) {
    long long id = request_id;
    return rows::select<Revision>(
        connection,
        "SELECT v.request_id, v.revised_at, v.revised_by, u.display_name, v.changed FROM request_revisions v "
        "JOIN users u ON u.id = v.revised_by WHERE v.request_id = :r ORDER BY v.id DESC",
        [](const soci::row& row) {
            Revision revision;
            revision.request_id = rows::integer(row, "request_id");
            revision.revised_at = rows::text(row, "revised_at");
            revision.revised_by = rows::integer(row, "revised_by");
            revision.revised_by_name = rows::text(row, "display_name");
            auto changed = rows::text(row, "changed");
            size_t start = 0;
            while (start < changed.size()) {
                auto comma = changed.find(',', start);
                if (comma == std::string::npos) comma = changed.size();
                revision.changed.push_back(changed.substr(start, comma - start));
                start = comma + 1;
            }
            return revision;
        },
        id);
}

std::optional<Request> find(Connection& connection, int64_t request_id) {
    auto& sql = connection.sql();
    long long id = request_id;
    Request request;
    long long office = 0, person = 0, created_by = 0, outcome_by = 0;
    int acute = 0, family = 0, under_25 = 0;
    std::string housing, outcome, outcome_at;
    soci::indicator housing_indicator = soci::i_null, outcome_indicator = soci::i_null,
                    outcome_at_indicator = soci::i_null, outcome_by_indicator = soci::i_null;
    std::string outcome_note;
    soci::indicator municipality_indicator = soci::i_null;
    sql << "SELECT office_id, person_id, municipality_number, channel, received_at, acute, reason_text, "
           "network, network_note, "
           "housing_situation, family_with_children, under_25, outcome, outcome_at, outcome_by, "
           "outcome_note, "
           "created_by, created_at FROM requests WHERE id = :id",
        soci::use(id), soci::into(office), soci::into(person),
        soci::into(request.municipality_number, municipality_indicator), soci::into(request.channel),
        soci::into(request.received_at), soci::into(acute), soci::into(request.reason_text),
        soci::into(request.network), soci::into(request.network_note), soci::into(housing, housing_indicator),
        soci::into(family), soci::into(under_25), soci::into(outcome, outcome_indicator),
        soci::into(outcome_at, outcome_at_indicator), soci::into(outcome_by, outcome_by_indicator),
        soci::into(outcome_note), soci::into(created_by), soci::into(request.created_at);
    if (!sql.got_data()) return std::nullopt;
    request.id = id;
    request.office_id = office;
    request.person_id = person;
    request.acute = acute != 0;
    if (housing_indicator == soci::i_ok) request.housing_situation = housing;
    request.facts.family_with_children = family != 0;
    request.facts.under_25 = under_25 != 0;
    request.created_by = created_by;
    auto codes = load_codes(connection, id);
    if (outcome_indicator == soci::i_ok)
        request.outcome = RequestOutcome{outcome, outcome_at_indicator == soci::i_ok ? outcome_at : "",
                                         outcome_by_indicator == soci::i_ok ? outcome_by : 0,
                                         codes_of(codes, CodeList::guidance), outcome_note};
    request.reasons = codes_of(codes, CodeList::reason);
    request.groups = codes_of(codes, CodeList::group);
    request.service_needs = codes_of(codes, CodeList::service_need);

    std::string role, first_name, birth;
    long long member_person = 0;
    soci::indicator birth_indicator = soci::i_null, person_indicator = soci::i_null;
    soci::statement members =
        (sql.prepare << "SELECT role, first_name, birth_date, person_id FROM request_members "
                        "WHERE request_id = :r ORDER BY id",
         soci::use(id), soci::into(role), soci::into(first_name), soci::into(birth, birth_indicator),
         soci::into(member_person, person_indicator));
    members.execute();
    while (members.fetch()) {
        HouseholdMember member;
        member.role = parse_member_role(role).value_or(MemberRole::adult);
        member.first_name = first_name;
        if (birth_indicator == soci::i_ok) member.birth_date = parse_date(birth);
        if (person_indicator == soci::i_ok) member.person_id = member_person;
        if (member.role == MemberRole::child)
            ++request.facts.children;
        else
            ++request.facts.adults;
        request.members.push_back(member);
    }
    int substance = 0, mental = 0;
    sql << "SELECT substance_use, mental_health FROM request_sensitive WHERE request_id = :r", soci::use(id),
        soci::into(substance), soci::into(mental);
    request.sensitive = {substance != 0, mental != 0};
    return request;
}

namespace {

// Each work list as a condition (binding :o, the office, and :a) and an order.
struct WorkListQuery {
    std::string where;
    int a;
    const char* order;
};

WorkListQuery query_for(WorkList which) {
    switch (which) {
    case WorkList::needs_answer_today:
        return {"r.office_id = :o AND r.acute = :a AND r.outcome IS NULL", 1, "r.received_at"};
    case WorkList::without_outcome:
        return {"r.office_id = :o AND :a = 0 AND r.outcome IS NULL", 0, "r.acute DESC, r.received_at"};
    case WorkList::recent:
        return {"r.office_id = :o AND :a = 0", 0, "r.received_at DESC, r.id DESC"};
    case WorkList::booking_declined:
        // Declined by the provider, and nothing since: no booking that holds a place or was lived
        // in, no turnaway recorded, no outcome other than the vedtak.
        return {
            "r.office_id = :o AND :a = 0 AND EXISTS (SELECT 1 FROM placements d WHERE d.request_id = r.id "
            "AND d.status = " +
                rows::sql_literal(PlacementStatus::declined) +
                ") AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.request_id = r.id AND p.status IN " +
                rows::sql_in(placement_statuses_where(
                    [](PlacementStatus status) { return holds_capacity(status) || was_lived_in(status); })) +
                ") AND NOT EXISTS (SELECT 1 FROM turnaways t WHERE t.request_id = r.id)",
            0, "r.received_at"};
    case WorkList::child_assessment_open:
        return {"r.office_id = :o AND :a = 0 AND r.id IN (SELECT c.request_id FROM child_assessments c WHERE "
                "c.office_id = r.office_id AND c.assessed_at IS NULL)",
                0, "r.received_at"};
    case WorkList::awaiting_approval:
        return {"r.office_id = :o AND :a = 0 AND r.id IN (SELECT d.request_id FROM decisions d WHERE "
                "d.office_id = r.office_id AND d.status = " +
                    rows::sql_literal(DecisionStatus::awaiting_approval) + ")",
                0, "r.received_at"};
    }
    return {"1 = 0", 0, "r.id"};
}

} // namespace

std::vector<RequestSummary> list(Connection& connection, int64_t office_id, WorkList which, int limit) {
    auto query = query_for(which);
    long long office = office_id;
    return load_summaries(
        connection, std::string("WHERE ") + query.where + " ORDER BY " + query.order,
        [&](soci::statement& st) {
            st.exchange(soci::use(office));
            st.exchange(soci::use(query.a));
        },
        limit);
}

std::vector<RequestSummary> search(Connection& connection, int64_t office_id, const SearchTerm& term,
                                   int limit) {
    long long office = office_id;
    const bool by_number = std::holds_alternative<IdentityNumberTerm>(term);
    // The name key is the user's text: its % and _ are letters to find, not wildcards.
    std::string value = by_number ? std::get<IdentityNumberTerm>(term).digits
                                  : dialect::like_contains(std::get<NameTerm>(term).key);
    return load_summaries(
        connection,
        std::string("WHERE r.office_id = :o AND ") +
            (by_number ? "p.identity_number = :v" : "p.name_key LIKE :v ESCAPE '\\'") +
            " ORDER BY r.received_at DESC, r.id DESC",
        [&](soci::statement& st) {
            st.exchange(soci::use(office));
            st.exchange(soci::use(value));
        },
        limit);
}

int count(Connection& connection, int64_t office_id, WorkList which) {
    auto query = query_for(which);
    long long office = office_id;
    int a = query.a, total = 0;
    connection.sql() << std::string("SELECT COUNT(*) FROM requests r WHERE ") + query.where,
        soci::use(office), soci::use(a), soci::into(total);
    return total;
}

std::vector<RequestSummary> list_for_person(Connection& connection, int64_t person_id, int64_t office_id) {
    long long person = person_id, office = office_id;
    return load_summaries(
        connection, "WHERE r.person_id = :p AND r.office_id = :o ORDER BY r.received_at DESC",
        [&](soci::statement& st) {
            st.exchange(soci::use(person));
            st.exchange(soci::use(office));
        },
        200);
}

void set_outcome(Connection& connection, int64_t request_id, const RequestOutcome& outcome) {
    long long id = request_id, by = outcome.decided_by;
    connection.sql()
        << "UPDATE requests SET outcome = :k, outcome_at = :at, outcome_by = :by, outcome_note = :n "
           "WHERE id = :id",
        soci::use(outcome.kind), soci::use(outcome.decided_at), soci::use(by), soci::use(outcome.note),
        soci::use(id);
    insert_codes(connection, id, CodeList::guidance, outcome.guidance);
}

} // namespace husly::request_repository
