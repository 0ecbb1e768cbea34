#include "service/request_service.hpp"

#include "common/clock.hpp"
#include "domain/request_codes.hpp"
#include "domain/text_rules.hpp"
#include "service/audit_service.hpp"
#include "service/case_access.hpp"
#include "store/office_repository.hpp"
#include "store/person_repository.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace husly::requests {
namespace {

Status check_codes(CodeList list, const std::vector<std::string>& values, const std::string& field) {
    for (const auto& value : values)
        if (!is_known_code(list, value)) return invalid(field, "Ukjent verdi i listen.", "unknown_code");
    auto sorted = values;
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
        return invalid(field, "Samme verdi er valgt to ganger.");
    return {};
}

void audit_request(Connection& connection, const Actor& actor, const char* action, const Request& request,
                   nlohmann::json detail = nlohmann::json::object()) {
    audit::record(connection, &actor, actor.address,
                  {action, "request", std::to_string(request.id), request.person_id, std::move(detail)});
}

// The municipality a request belongs to: one the office serves, the first of them by default.
Result<std::string> responsible_municipality(Connection& connection, int64_t office_id,
                                             const RequestInput& input) {
    auto office = office_repository::find(connection, office_id);
    if (!office || office->municipality_numbers.empty())
        return invalid("municipalityNumber", "Kontoret er ikke knyttet til noen kommune.", "no_municipality");
    const auto& served = office->municipality_numbers;
    if (!input.municipality_number) return served.front();
    if (std::find(served.begin(), served.end(), *input.municipality_number) == served.end())
        return invalid("municipalityNumber", "Velg en av kommunene kontoret betjener.", "unknown_code");
    return *input.municipality_number;
}

} // namespace

Result<Request> register_request(Connection& connection, const Actor& actor, const RequestInput& input) {
    auto office_id = TRY(case_office(actor));
    auto now_instant = now();
    Request request;
    request.office_id = office_id;
    request.person_id = input.person_id;
    request.created_by = actor.user_id;
    request.created_at = format_instant(now_instant);
    request.acute = input.acute;

    if (!is_known_code(CodeList::channel, input.channel))
        return invalid("channel", "Velg hvordan henvendelsen kom inn.", "unknown_code");
    request.channel = input.channel;
    if (input.received_at) {
        auto received = parse_instant(*input.received_at);
        if (!received) return invalid("receivedAt", "Ugyldig tidspunkt.");
        if (*received > now_instant + std::chrono::minutes(5))
            return invalid("receivedAt", "Tidspunktet for henvendelsen kan ikke være fram i tid.");
        if (*received < now_instant - std::chrono::days(366))
            return invalid("receivedAt", "Tidspunktet er mer enn ett år tilbake.");
        request.received_at = format_instant(*received);
    } else {
        request.received_at = request.created_at;
    }
    TRY(check_codes(CodeList::reason, input.reasons, "reasons"));
    request.reasons = input.reasons;
    TRY(check_text("reasonText", input.reason_text, 2000));
    request.reason_text = input.reason_text;
    TRY(check_codes(CodeList::group, input.groups, "groups"));
    for (const auto& group : input.groups)
        if (group == group_families_with_children || group == group_under_25)
            return invalid("groups",
                           "Barnefamilie og unge under 25 år regnes ut fra husstanden og velges ikke.");
    if (!is_known_code(CodeList::network, input.network))
        return invalid("network", "Velg om personen kan bo hos familie eller venner.", "unknown_code");
    request.network = input.network;
    TRY(check_text("networkNote", input.network_note, 1000));
    request.network_note = input.network_note;
    if (input.housing_situation) {
        if (!is_known_code(CodeList::housing_situation, *input.housing_situation))
            return invalid("housingSituation", "Ukjent bosituasjon.", "unknown_code");
        request.housing_situation = input.housing_situation;
    }
    TRY(check_codes(CodeList::service_need, input.service_needs, "serviceNeeds"));
    request.service_needs = input.service_needs;
    request.sensitive = input.sensitive;

    auto received_day = norwegian_date(parse_instant(request.received_at).value());

    return in_transaction(connection, [&](Transaction&) -> Result<Request> {
        if (!person_repository::is_linked(connection, input.person_id, office_id))
            return invalid("personId", "Fant ikke personen. Søk opp eller registrer personen først.",
                           "not_found");
        request.municipality_number = TRY(responsible_municipality(connection, office_id, input));
        auto person = person_repository::find(connection, input.person_id);
        HouseholdMember applicant{MemberRole::applicant, person->first_name, person->birth_date, person->id};
        std::vector<HouseholdMember> others;
        for (size_t i = 0; i < input.members.size(); ++i) {
            const auto& member_input = input.members[i];
            auto role = parse_member_role(member_input.role);
            if (!role) return invalid(fmt::format("members[{}].role", i), "Velg voksen eller barn.");
            HouseholdMember member{*role, "", std::nullopt, std::nullopt};
            TRY(check_text(fmt::format("members[{}].firstName", i), member_input.first_name, 100));
            member.first_name = member_input.first_name;
            if (member_input.birth_date && !member_input.birth_date->empty()) {
                member.birth_date = parse_date(*member_input.birth_date);
                if (!member.birth_date)
                    return invalid(fmt::format("members[{}].birthDate", i),
                                   date_error_message(*member_input.birth_date));
            }
            others.push_back(member);
        }
        TRY(validate_household(applicant, others, received_day));
        request.members.push_back(applicant);
        request.members.insert(request.members.end(), others.begin(), others.end());
        request.facts = derive_facts(request.members, received_day);
        request.groups = input.groups;
        if (request.facts.family_with_children) request.groups.emplace_back(group_families_with_children);
        if (request.facts.under_25) request.groups.emplace_back(group_under_25);
        std::sort(request.groups.begin(), request.groups.end());
        request.id = request_repository::insert(connection, request);
        audit_request(connection, actor, "request.create", request,
                      {{"acute", request.acute}, {"channel", request.channel}});
        return request;
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
    if (input.kind == "vedtak")
        return invalid("kind", "Et vedtak registreres ved å fatte vedtak i saken, ikke som utfall her.");
    if (!is_known_code(CodeList::outcome, input.kind))
        return invalid("kind", "Velg et utfall.", "unknown_code");
    TRY(check_codes(CodeList::guidance, input.guidance, "guidance"));
    if (input.kind == "veiledning" && input.guidance.empty())
        return invalid("guidance", "Kryss av for hva personen fikk.");
    if (input.kind != "veiledning" && !input.guidance.empty())
        return invalid("guidance", "Bare råd og veiledning har noe å krysse av for.");
    TRY(check_text("note", input.note, 2000));
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
