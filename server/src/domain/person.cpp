#include "domain/person.hpp"

#include "common/clock.hpp"
#include "domain/identity_number.hpp"
#include "domain/text_rules.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace husly {

std::vector<Error> name_problems(const PersonInput& input, Person& person) {
    std::vector<Error> problems;
    if (auto first = require_text("firstName", input.first_name, 100, "Fornavnet"))
        person.first_name = *first;
    else
        problems.push_back(first.error());
    if (auto last = require_text("lastName", input.last_name, 100, "Etternavnet"))
        person.last_name = *last;
    else
        problems.push_back(last.error());
    return problems;
}

CheckedPerson check_person(const PersonInput& input, std::chrono::year_month_day today) {
    CheckedPerson checked;
    auto& problems = checked.problems;
    auto& person = checked.person;
    bool with_number = input.identity_number && !input.identity_number->empty();
    checked.names_given = !input.first_name.empty() || !input.last_name.empty();
    if (!with_number || checked.names_given) problems = name_problems(input, person);
    if (!input.phone.empty()) {
        if (input.phone.size() > 20 || input.phone.find_first_not_of("+0123456789 ") != std::string::npos)
            problems.push_back({ErrorKind::validation, "invalid_field",
                                "Telefonnummeret kan bare ha sifre, mellomrom og +.", "phone"});
        else
            person.phone = input.phone;
    }
    bool birth_problem = false;
    if (input.birth_date) {
        auto birth = parse_date(*input.birth_date);
        if (!birth)
            problems.push_back(
                {ErrorKind::validation, "invalid_field", date_error_message(*input.birth_date), "birthDate"});
        else if (std::chrono::sys_days{*birth} > std::chrono::sys_days{today})
            problems.push_back({ErrorKind::validation, "invalid_field",
                                "Fødselsdatoen kan ikke være fram i tid.", "birthDate"});
        else
            person.birth_date = birth;
        birth_problem = !person.birth_date;
    }
    if (with_number) {
        auto number = parse_identity_number(*input.identity_number, today);
        if (!number) {
            problems.push_back(number.error());
        } else {
            if (person.birth_date && *person.birth_date != number->birth_date)
                problems.push_back({ErrorKind::validation, "invalid_field",
                                    "Fødselsdatoen stemmer ikke med fødselsnummeret.", "birthDate"});
            else if (!birth_problem)
                person.birth_date = number->birth_date;
            person.identity_number = number->digits;
        }
    }
    return checked;
}

Result<CaseSearch> parse_case_search(std::string_view text, std::chrono::year_month_day today) {
    const bool only_digits_and_spaces = text.find_first_of("0123456789") != std::string_view::npos &&
                                        text.find_first_not_of("0123456789 ") == std::string_view::npos;
    if (only_digits_and_spaces) {
        auto number = TRY(parse_identity_number(text, today, "q"));
        return CaseSearch{number.digits, {}};
    }
    if (text.size() > 100) return invalid("q", "Søket kan ha høyst 100 tegn.");
    if (count_letters(text) < 2)
        return invalid("q", "Skriv minst to bokstaver av navnet, eller et fødselsnummer med 11 siffer.");
    return CaseSearch{std::nullopt, name_search_key(text)};
}

std::string name_search_key(std::string_view name) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> upper_to_lower{{
        {"Æ", "æ"},
        {"Ø", "ø"},
        {"Å", "å"},
        {"Ä", "ä"},
        {"Ö", "ö"},
        {"Ü", "ü"},
        {"É", "é"},
        {"Á", "á"},
    }};
    std::string key;
    bool pending_space = false;
    for (size_t i = 0; i < name.size();) {
        char c = name[i];
        if (c == ' ' || c == '\t') {
            pending_space = !key.empty();
            ++i;
            continue;
        }
        if (pending_space) key.push_back(' ');
        pending_space = false;
        bool replaced = false;
        for (const auto& [upper, lower] : upper_to_lower)
            if (name.substr(i, upper.size()) == upper) {
                key += lower;
                i += upper.size();
                replaced = true;
                break;
            }
        if (replaced) continue;
        key.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
        ++i;
    }
    return key;
}

bool is_lookup_purpose(std::string_view code) {
    return code == "ny_henvendelse";
}

LookupVerdict judge_lookup(int64_t earlier) {
    if (earlier >= lookup_limit) return LookupVerdict::refuse;
    if (earlier + 1 == lookup_alert_at) return LookupVerdict::allow_and_alert;
    return LookupVerdict::allow;
}

Result<Representative> check_representative(std::string_view name, std::string_view address) {
    Representative representative;
    representative.name = TRY(require_text("name", name, 200, "Navnet på fullmektigen"));
    representative.address = TRY(require_text("address", address, 300, "Adressen til fullmektigen"));
    return representative;
}

std::string copy_line(const Representative& representative) {
    return "Kopi til fullmektig: " + representative.name + ", " + representative.address;
}

} // namespace husly
