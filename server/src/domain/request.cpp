#include "domain/request.hpp"

#include "domain/request_codes.hpp"
#include "domain/text_rules.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace husly {
namespace {

// Collects the problems of a form, at most one per field (the first found, as the form is read
// top to bottom).
class Problems {
public:
    void add(std::string field, std::string message, std::string code = "invalid_field") {
        if (has(field)) return;
        m_problems.push_back(
            Error{ErrorKind::validation, std::move(code), std::move(message), std::move(field)});
    }
    void add(const Status& status) {
        if (!status && !has(status.error().field)) m_problems.push_back(status.error());
    }
    void add(const std::optional<Error>& problem) {
        if (problem && !has(problem->field)) m_problems.push_back(*problem);
    }
    bool has(const std::string& field) const {
        return std::any_of(m_problems.begin(), m_problems.end(),
                           [&](const Error& problem) { return problem.field == field; });
    }
    std::vector<Error> take() { return std::move(m_problems); }

private:
    std::vector<Error> m_problems;
};

Status check_codes(CodeList list, const std::vector<std::string>& values, const std::string& field) {
    for (const auto& value : values)
        if (!is_known_code(list, value)) return invalid(field, "Ukjent verdi i listen.", "unknown_code");
    auto sorted = values;
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
        return invalid(field, "Samme verdi er valgt to ganger.");
    return {};
}

} // namespace

CheckedRequest check_request(const RequestInput& input, const RequestRecords& records, Instant now) {
    Problems problems;
    Request request;
    request.person_id = input.person_id;
    request.acute = input.acute;

    if (!is_known_code(CodeList::channel, input.channel))
        problems.add("channel", "Velg hvordan henvendelsen kom inn.", "unknown_code");
    request.channel = input.channel;
    request.received_at = format_instant(now);
    if (input.received_at) {
        auto received = parse_instant(*input.received_at);
        if (!received)
            problems.add("receivedAt", "Ugyldig tidspunkt.");
        else if (*received > now + std::chrono::minutes(5))
            problems.add("receivedAt", "Tidspunktet for henvendelsen kan ikke være fram i tid.");
        else if (*received < now - std::chrono::days(366))
            problems.add("receivedAt", "Tidspunktet er mer enn ett år tilbake.");
        else
            request.received_at = format_instant(*received);
    }
    problems.add(check_codes(CodeList::reason, input.reasons, "reasons"));
    request.reasons = input.reasons;
    problems.add(check_text("reasonText", input.reason_text, 2000));
    request.reason_text = input.reason_text;
    problems.add(check_codes(CodeList::group, input.groups, "groups"));
    for (const auto& group : input.groups)
        if (group == group_families_with_children || group == group_under_25)
            problems.add("groups",
                         "Barnefamilie og unge under 25 år regnes ut fra husstanden og velges ikke.");
    if (!is_known_code(CodeList::network, input.network))
        problems.add("network", "Velg om personen kan bo hos familie eller venner.", "unknown_code");
    request.network = input.network;
    problems.add(check_text("networkNote", input.network_note, 1000));
    request.network_note = input.network_note;
    if (input.housing_situation && !is_known_code(CodeList::housing_situation, *input.housing_situation))
        problems.add("housingSituation", "Ukjent bosituasjon.", "unknown_code");
    request.housing_situation = input.housing_situation;
    problems.add(check_codes(CodeList::service_need, input.service_needs, "serviceNeeds"));
    request.service_needs = input.service_needs;
    request.sensitive = input.sensitive;

    if (!records.applicant)
        problems.add("personId", "Fant ikke personen. Søk opp eller registrer personen først.", "not_found");
    const auto& served = records.served_municipalities;
    if (served.empty())
        problems.add("municipalityNumber", "Kontoret er ikke knyttet til noen kommune.", "no_municipality");
    else if (!input.municipality_number)
        request.municipality_number = served.front();
    else if (std::find(served.begin(), served.end(), *input.municipality_number) == served.end())
        problems.add("municipalityNumber", "Velg en av kommunene kontoret betjener.", "unknown_code");
    else
        request.municipality_number = *input.municipality_number;

    // The household: each member read first, then the household's rules for those read (their
    // fields keep the index of the form).
    auto received_day = norwegian_date(parse_instant(request.received_at).value_or(now));
    std::vector<std::pair<size_t, HouseholdMember>> others;
    for (size_t i = 0; i < input.members.size(); ++i) {
        const auto& member_input = input.members[i];
        auto role = parse_member_role(member_input.role);
        if (!role) problems.add(fmt::format("members[{}].role", i), "Velg voksen eller barn.");
        problems.add(check_text(fmt::format("members[{}].firstName", i), member_input.first_name, 100));
        HouseholdMember member{role.value_or(MemberRole::adult), member_input.first_name, std::nullopt,
                               std::nullopt};
        bool read = role.has_value();
        if (member_input.birth_date && !member_input.birth_date->empty()) {
            member.birth_date = parse_date(*member_input.birth_date);
            if (!member.birth_date) {
                problems.add(fmt::format("members[{}].birthDate", i),
                             date_error_message(*member_input.birth_date));
                read = false;
            }
        }
        if (read) others.emplace_back(i, std::move(member));
    }
    std::optional<std::chrono::year_month_day> applicant_birth;
    if (records.applicant) applicant_birth = records.applicant->birth_date;
    for (const auto& [index, member] : others)
        problems.add(member_problem(member, index, applicant_birth, received_day));

    if (records.applicant) request.members.push_back(*records.applicant);
    for (auto& [index, member] : others) request.members.push_back(member);
    request.facts = derive_facts(request.members, received_day);
    request.groups = input.groups;
    if (request.facts.family_with_children) request.groups.emplace_back(group_families_with_children);
    if (request.facts.under_25) request.groups.emplace_back(group_under_25);
    std::sort(request.groups.begin(), request.groups.end());
    return {problems.take(), std::move(request)};
}

std::vector<std::string> changed_fields(const Request& before, const Request& after) {
    std::vector<std::string> changed;
    auto compare = [&](const char* field, bool same) {
        if (!same) changed.emplace_back(field);
    };
    // Code lists are sets: stored and read back in code order.
    auto same_set = [](std::vector<std::string> a, std::vector<std::string> b) {
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        return a == b;
    };
    compare("municipalityNumber", before.municipality_number == after.municipality_number);
    compare("channel", before.channel == after.channel);
    compare("acute", before.acute == after.acute);
    compare("reasons", same_set(before.reasons, after.reasons));
    compare("reasonText", before.reason_text == after.reason_text);
    compare("groups", same_set(before.groups, after.groups));
    compare("network", before.network == after.network);
    compare("networkNote", before.network_note == after.network_note);
    compare("housingSituation", before.housing_situation == after.housing_situation);
    compare("serviceNeeds", same_set(before.service_needs, after.service_needs));
    compare("sensitive", before.sensitive.substance_use == after.sensitive.substance_use &&
                             before.sensitive.mental_health == after.sensitive.mental_health);
    auto same_member = [](const HouseholdMember& a, const HouseholdMember& b) {
        return a.role == b.role && a.first_name == b.first_name && a.birth_date == b.birth_date;
    };
    compare("members", std::equal(before.members.begin(), before.members.end(), after.members.begin(),
                                  after.members.end(), same_member));
    return changed;
}

} // namespace husly
