#include "service/request_service.hpp"

#include "common/clock.hpp"
#include "domain/person.hpp"
#include "domain/request_codes.hpp"
#include "domain/text_rules.hpp"
#include "service/audit_service.hpp"
#include "service/case_access.hpp"
#include "store/decision_repository.hpp"
#include "store/office_repository.hpp"
#include "store/person_repository.hpp"
#include "store/placement_repository.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace husly::requests {
namespace {

void audit_request(Connection& connection, const Actor& actor, const char* action, const Request& request,
                   nlohmann::json detail = nlohmann::json::object()) {
    audit::record(connection, &actor, actor.address,
                  {action, "request", std::to_string(request.id), request.person_id, std::move(detail)});
}

} // namespace

Result<Request> register_request(Connection& connection, const Actor& actor, const RequestInput& input) {
    auto office_id = TRY(case_office(actor));
    auto now_instant = now();
    return in_transaction(connection, [&](Transaction&) -> Result<Request> {
        // The records the form is checked against: the applicant, if the office's, and its
        // municipalities. Then every problem at once.
        RequestRecords records;
        if (person_repository::is_linked(connection, input.person_id, office_id)) {
            auto person = person_repository::find(connection, input.person_id);
            records.applicant =
                HouseholdMember{MemberRole::applicant, person->first_name, person->birth_date, person->id};
        }
        if (auto office = office_repository::find(connection, office_id))
            records.served_municipalities = office->municipality_numbers;
        auto checked = check_request(input, records, now_instant);
        if (!checked.problems.empty()) return invalid_all(checked.problems);
        auto request = std::move(checked.request);
        request.office_id = office_id;
        request.created_by = actor.user_id;
        request.created_at = format_instant(now_instant);
        request.id = request_repository::insert(connection, request);
        audit_request(connection, actor, "request.create", request,
                      {{"acute", request.acute}, {"channel", request.channel}});
        return request;
    });
}

namespace {

// The request as it was before a correction, kept with the revision (JSON).
std::string previous_json(const Request& request) {
    auto members = nlohmann::json::array();
    for (const auto& member : request.members)
        members.push_back({{"role", to_string(member.role)},
                           {"firstName", member.first_name},
                           {"birthDate", member.birth_date ? nlohmann::json(format_date(*member.birth_date))
                                                           : nlohmann::json()}});
    return nlohmann::json{{"municipalityNumber", request.municipality_number},
                          {"channel", request.channel},
                          {"acute", request.acute},
                          {"reasons", request.reasons},
                          {"reasonText", request.reason_text},
                          {"groups", request.groups},
                          {"network", request.network},
                          {"networkNote", request.network_note},
                          {"housingSituation", request.housing_situation
                                                   ? nlohmann::json(*request.housing_situation)
                                                   : nlohmann::json()},
                          {"serviceNeeds", request.service_needs},
                          {"sensitive",
                           {{"substanceUse", request.sensitive.substance_use},
                            {"mentalHealth", request.sensitive.mental_health}}},
                          {"members", members}}
        .dump();
}

} // namespace

Result<Request> correct(Connection& connection, const Actor& actor, int64_t request_id,
                        const RequestInput& input) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<Request> {
        auto before = request_repository::find(connection, request_id);
        if (!before || before->office_id != office_id) return not_found("Fant ikke henvendelsen.");
        if (input.person_id != before->person_id)
            return invalid(
                "personId",
                "En henvendelse kan ikke flyttes til en annen person. Registrer en ny henvendelse.");
        // The leder approves the vedtak on what was registered, and whether the request is acute
        // decides whether a place may be booked before that approval (place_basis): nothing is
        // corrected while it waits. The leder sends it back when something must change.
        if (auto decision = decision_repository::find_by_request(connection, request_id);
            decision && decision->status == DecisionStatus::awaiting_approval)
            return fail(
                ErrorKind::conflict, "awaiting_approval",
                "Vedtaket venter på godkjenning fra leder. Henvendelsen kan rettes når leder har godkjent "
                "eller sendt vedtaket tilbake.",
                "requestId");
        RequestRecords records;
        auto person = person_repository::find(connection, before->person_id);
        if (person)
            records.applicant =
                HouseholdMember{MemberRole::applicant, person->first_name, person->birth_date, person->id};
        if (auto office = office_repository::find(connection, office_id))
            records.served_municipalities = office->municipality_numbers;
        // Checked as on the day it came in: the household's ages and groups are those of that day.
        auto received = parse_instant(before->received_at).value_or(now());
        auto corrected_input = input;
        corrected_input.received_at = before->received_at;
        auto checked = check_request(corrected_input, records, received);
        if (!checked.problems.empty()) return invalid_all(checked.problems);
        auto after = std::move(checked.request);
        after.id = before->id;
        after.office_id = before->office_id;
        after.received_at = before->received_at;
        after.outcome = before->outcome;
        after.created_by = before->created_by;
        after.created_at = before->created_at;
        auto changed = changed_fields(*before, after);
        if (changed.empty()) return *before;
        // A placement that leaves some of the household out names them by their place in the
        // household (placement_absent_members): changing the household under it would change who
        // lives there, and KOSTRA's children living in the place (found by the outside attack).
        if (std::ranges::find(changed, "members") != changed.end())
            for (const auto& placement : placement_repository::for_request(connection, request_id))
                if (!placement_repository::absent_members(connection, placement.id).empty())
                    return fail(ErrorKind::conflict, "members_placed",
                                "Husstanden kan ikke endres fordi en plass er booket for bare noen av dem. "
                                "Avbestill plassen og book på nytt, eller registrer en ny henvendelse.",
                                "members");
        request_repository::update(connection, after);
        request_repository::insert_revision(connection,
                                            {after.id, format_instant(now()), actor.user_id, "", changed},
                                            previous_json(*before));
        audit_request(connection, actor, "request.update", after, {{"changed", changed}});
        return request_repository::find(connection, request_id).value();
    });
}

Result<std::vector<Revision>> revisions(Connection& connection, const Actor& actor, int64_t request_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, Transaction::Mode::read,
                          [&](Transaction&) -> Result<std::vector<Revision>> {
                              auto request = request_repository::find(connection, request_id);
                              if (!request || request->office_id != office_id)
                                  return not_found("Fant ikke henvendelsen.");
                              audit_request(connection, actor, "request.revisions", *request);
                              return request_repository::revisions(connection, request_id);
                          });
}

Result<Request> get(Connection& connection, const Actor& actor, int64_t request_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, Transaction::Mode::read, [&](Transaction&) -> Result<Request> {
        auto request = request_repository::find(connection, request_id);
        if (!request || request->office_id != office_id) return not_found("Fant ikke henvendelsen.");
        audit_request(connection, actor, "request.read", *request, {{"sensitive", true}});
        return *request;
    });
}

Result<std::vector<RequestSummary>> work_list(Connection& connection, const Actor& actor,
                                              request_repository::WorkList which) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(
        connection, Transaction::Mode::read, [&](Transaction&) -> Result<std::vector<RequestSummary>> {
            auto list = request_repository::list(connection, office_id, which, 200);
            // A list shows names: one audit entry per person shown.
            for (const auto& item : list)
                audit::record(connection, &actor, actor.address,
                              {"request.list", "request", std::to_string(item.id), item.person_id, {}});
            return list;
        });
}

Result<std::vector<RequestSummary>> search(Connection& connection, const Actor& actor,
                                           std::string_view text) {
    auto office_id = TRY(case_office(actor));
    auto parsed = TRY(parse_case_search(text, today()));
    request_repository::SearchTerm term = request_repository::NameTerm{parsed.name_key};
    if (parsed.identity_number) term = request_repository::IdentityNumberTerm{*parsed.identity_number};
    return in_transaction(
        connection, Transaction::Mode::read, [&](Transaction&) -> Result<std::vector<RequestSummary>> {
            auto found = request_repository::search(connection, office_id, term, 100);
            // Never the search text itself: it may be a name or an identity number. A search that
            // finds nothing is on record too, so probing for a number leaves a trace.
            const char* by = parsed.identity_number ? "identityNumber" : "name";
            for (const auto& item : found)
                audit::record(
                    connection, &actor, actor.address,
                    {"request.search", "request", std::to_string(item.id), item.person_id, {{"by", by}}});
            if (found.empty())
                audit::record(connection, &actor, actor.address,
                              {"request.search",
                               "office",
                               std::to_string(office_id),
                               std::nullopt,
                               {{"by", by}, {"found", 0}}});
            return found;
        });
}

Result<std::vector<RequestSummary>> for_person(Connection& connection, const Actor& actor,
                                               int64_t person_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(
        connection, Transaction::Mode::read, [&](Transaction&) -> Result<std::vector<RequestSummary>> {
            if (!person_repository::is_linked(connection, person_id, office_id))
                return not_found("Fant ikke personen.");
            auto list = request_repository::list_for_person(connection, person_id, office_id);
            audit::record(
                connection, &actor, actor.address,
                {"request.list", "person", std::to_string(person_id), person_id, {{"count", list.size()}}});
            return list;
        });
}

Result<Request> record_outcome(Connection& connection, const Actor& actor, int64_t request_id,
                               const OutcomeInput& input) {
    auto office_id = TRY(case_office(actor));
    TRY(check_outcome(input));
    const auto& note = input.note;
    return in_transaction(connection, [&](Transaction&) -> Result<Request> {
        auto request = request_repository::find(connection, request_id);
        if (!request || request->office_id != office_id) return not_found("Fant ikke henvendelsen.");
        if (request->outcome)
            return fail(ErrorKind::conflict, "already_decided", "Henvendelsen har allerede et utfall.",
                        "kind");
        RequestOutcome outcome{input.kind, format_instant(now()), actor.user_id, input.guidance, note};
        request_repository::set_outcome(connection, request_id, outcome);
        request->outcome = outcome;
        audit_request(connection, actor, "request.outcome", *request, {{"kind", input.kind}});
        return *request;
    });
}

} // namespace husly::requests
