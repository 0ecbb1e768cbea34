#pragma once
// A household as registered with a request: the applicant, other adults and children with birth
// dates. "Family with children" and "under 25" are derived from it, never typed.

#include "common/error.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace husly {

enum class MemberRole { applicant, adult, child };

std::string_view to_string(MemberRole role);
std::optional<MemberRole> parse_member_role(std::string_view text);

struct HouseholdMember {
    MemberRole role{MemberRole::adult};
    std::string first_name; // optional for children
    std::optional<std::chrono::year_month_day> birth_date;
    std::optional<int64_t> person_id; // the applicant's person
};

struct HouseholdFacts {
    int adults{0}; // the applicant counts as an adult
    int children{0};
    bool family_with_children{false}; // anyone under 18 on the date
    bool under_25{false};             // the applicant is under 25 on the date
};

// Whole years between birth and date (a birthday counts on its day; 29 February counts on
// 1 March in non-leap years).
int age_on(std::chrono::year_month_day birth, std::chrono::year_month_day date);

HouseholdFacts derive_facts(const std::vector<HouseholdMember>& members, std::chrono::year_month_day date);

// The others in the household besides the applicant: adults or children (never a second
// applicant); children with a birth date, under 18 and born after the applicant; no birth date in
// the future. Fields are named after the index in `others`: "members[i].birthDate".
Status validate_household(const HouseholdMember& applicant, const std::vector<HouseholdMember>& others,
                          std::chrono::year_month_day today);
// The same rules for one of the others, `index` naming its field; `applicant_birth` none when the
// applicant's birth date is unknown (then a child's age is not compared with it).
std::optional<Error> member_problem(const HouseholdMember& member, size_t index,
                                    const std::optional<std::chrono::year_month_day>& applicant_birth,
                                    std::chrono::year_month_day today);

} // namespace husly
