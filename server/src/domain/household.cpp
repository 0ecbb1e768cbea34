#include "domain/household.hpp"

#include <fmt/format.h>

namespace husly {

std::string_view to_string(MemberRole role) {
    switch (role) {
    case MemberRole::applicant:
        return "applicant";
    case MemberRole::adult:
        return "adult";
    case MemberRole::child:
        return "child";
    }
    return "adult";
}

std::optional<MemberRole> parse_member_role(std::string_view text) {
    if (text == "applicant") return MemberRole::applicant;
    if (text == "adult") return MemberRole::adult;
    if (text == "child") return MemberRole::child;
    return std::nullopt;
}

int age_on(std::chrono::year_month_day birth, std::chrono::year_month_day date) {
    using namespace std::chrono;
    int age = int(date.year()) - int(birth.year());
    // Compare month and day; a 29 February birthday is reached on 1 March in common years.
    unsigned birth_month = unsigned(birth.month()), birth_day = unsigned(birth.day());
    if (birth_month == 2 && birth_day == 29 && !date.year().is_leap()) {
        birth_month = 3;
        birth_day = 1;
    }
    unsigned month_now = unsigned(date.month()), day_now = unsigned(date.day());
    if (month_now < birth_month || (month_now == birth_month && day_now < birth_day)) --age;
    return age;
}

HouseholdFacts derive_facts(const std::vector<HouseholdMember>& members, std::chrono::year_month_day date) {
    HouseholdFacts facts;
    for (const auto& member : members) {
        bool is_child = member.role == MemberRole::child;
        if (member.birth_date && age_on(*member.birth_date, date) < 18) is_child = true;
        if (is_child) {
            ++facts.children;
            facts.family_with_children = true;
        } else {
            ++facts.adults;
        }
        if (member.role == MemberRole::applicant && member.birth_date &&
            age_on(*member.birth_date, date) < 25)
            facts.under_25 = true;
    }
    return facts;
}

std::optional<Error> member_problem(const HouseholdMember& member, size_t index,
                                    const std::optional<std::chrono::year_month_day>& applicant_birth,
                                    std::chrono::year_month_day today) {
    using namespace std::chrono;
    auto problem = [&](const char* what, std::string message) {
        return Error{ErrorKind::validation, "invalid_field", std::move(message),
                     fmt::format("members[{}].{}", index, what)};
    };
    if (member.role == MemberRole::applicant)
        return problem("role", "Husstanden har bare én søker. Velg voksen eller barn.");
    if (member.birth_date && sys_days{*member.birth_date} > sys_days{today})
        return problem("birthDate", "Fødselsdatoen kan ikke være fram i tid.");
    if (member.role != MemberRole::child) return std::nullopt;
    if (!member.birth_date) return problem("birthDate", "Skriv barnets fødselsdato.");
    if (age_on(*member.birth_date, today) >= 18)
        return problem("birthDate", "Et barn må være under 18 år. Registrer eldre barn som voksne.");
    if (applicant_birth && sys_days{*member.birth_date} <= sys_days{*applicant_birth})
        return problem("birthDate", "Barnet kan ikke være eldre enn søkeren.");
    return std::nullopt;
}

Status validate_household(const HouseholdMember& applicant, const std::vector<HouseholdMember>& others,
                          std::chrono::year_month_day today) {
    for (size_t i = 0; i < others.size(); ++i)
        if (auto problem = member_problem(others[i], i, applicant.birth_date, today))
            return std::unexpected(*problem);
    return {};
}

} // namespace husly
