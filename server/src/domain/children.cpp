#include "domain/children.hpp"

#include "domain/text_rules.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace husly {

using std::chrono::sys_days;

Status check_child_assessment(const ChildAssessmentInput& input, Date today, Date received_on) {
    TRY(check_text("bestInterests", input.best_interests, 8000, true, "Skriv vurderingen av barnets beste."));
    if (input.barnevern != "meldt" && input.barnevern != "ikke_nodvendig")
        return invalid("barnevern", "Velg om barneverntjenesten er varslet eller ikke trenger å varsles.");
    auto day = parse_date(input.barnevern_on);
    if (!day) return invalid("barnevernOn", date_error_message(input.barnevern_on));
    if (sys_days{*day} > sys_days{today}) return invalid("barnevernOn", "Datoen kan ikke være fram i tid.");
    if (sys_days{*day} < sys_days{received_on})
        return invalid("barnevernOn", "Datoen kan ikke være før henvendelsen kom inn (" +
                                          display_date(format_date(received_on)) + ").");
    return check_text("barnevernReason", input.barnevern_reason, 4000, true,
                      input.barnevern == "meldt"
                          ? "Skriv hva barneverntjenesten ble varslet om, og hvorfor."
                          : "Skriv hvorfor barneverntjenesten ikke trenger å varsles.");
}

bool is_child(const HouseholdMember& member, Date day) {
    return derive_facts({member}, day).children > 0;
}

Result<std::vector<AbsentChild>> check_absent_children(const std::vector<HouseholdMember>& members,
                                                       const std::vector<int>& absent,
                                                       const std::vector<AbsentChild>& given, Date day) {
    for (size_t i = 0; i < given.size(); ++i) {
        auto member = given[i].member;
        bool left_out = std::ranges::find(absent, static_cast<int>(member)) != absent.end();
        if (member < 0 || static_cast<size_t>(member) >= members.size() || !left_out ||
            !is_child(members[static_cast<size_t>(member)], day))
            return invalid(fmt::format("absentChildren[{}].member", i),
                           "Velg et barn i husstanden som ikke skal bo på plassen.");
        for (size_t j = 0; j < i; ++j)
            if (given[j].member == member)
                return invalid(fmt::format("absentChildren[{}].member", i),
                               "Hvert barn kan bare nevnes én gang.");
        TRY(check_text(fmt::format("absentChildren[{}].reason", i), given[i].reason, 2000, true,
                       "Skriv hvorfor barnet ikke skal bo sammen med familien på plassen."));
        TRY(check_text(fmt::format("absentChildren[{}].livesAt", i), given[i].lives_at, 2000, true,
                       "Skriv hvor barnet bor i mellomtiden."));
    }
    std::vector<AbsentChild> result;
    for (auto index : absent) {
        if (!is_child(members[static_cast<size_t>(index)], day)) continue;
        auto found = std::ranges::find(given, static_cast<int64_t>(index), &AbsentChild::member);
        if (found == given.end())
            return invalid(
                "absentChildren",
                "Et barn i husstanden er ikke med i plasseringen. Skriv hvorfor, og hvor barnet bor.");
        result.push_back(*found);
    }
    return result;
}

} // namespace husly
