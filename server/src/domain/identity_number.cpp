#include "domain/identity_number.hpp"

#include <array>
#include <optional>

namespace husly {
namespace {

constexpr std::array<int, 9> first_weights{3, 7, 6, 1, 8, 9, 4, 5, 2};
constexpr std::array<int, 10> second_weights{5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

int digit(std::string_view digits, size_t index) {
    return digits[index] - '0';
}

int weighted_sum(std::string_view digits, const auto& weights) {
    int sum = 0;
    for (size_t i = 0; i < weights.size(); ++i) sum += digit(digits, i) * weights[i];
    return sum;
}

// The check digit that makes the weighted sum divisible by 11; nullopt when it would be 10.
std::optional<int> classic_check_digit(int sum) {
    int check = (11 - sum % 11) % 11;
    if (check == 10) return std::nullopt;
    return check;
}

// The century from the two-digit year and the individual number (digits 7–9).
std::optional<int> full_year(int two_digit_year, int individual) {
    if (individual <= 499) return 1900 + two_digit_year;
    if (individual <= 749 && two_digit_year >= 54) return 1800 + two_digit_year;
    if (two_digit_year <= 39) return 2000 + two_digit_year;
    if (individual >= 900) return 1900 + two_digit_year;
    return std::nullopt; // 500–899 with a year 40–53 is not in use
}

} // namespace

std::string_view to_string(IdentityKind kind) {
    switch (kind) {
    case IdentityKind::fodselsnummer:
        return "fodselsnummer";
    case IdentityKind::d_number:
        return "d_number";
    case IdentityKind::h_number:
        return "h_number";
    }
    return "fodselsnummer";
}

Result<IdentityNumber> parse_identity_number(std::string_view text, std::chrono::year_month_day today,
                                             std::string_view field) {
    using namespace std::chrono;
    auto bad = [&](std::string message) { return invalid(std::string(field), std::move(message)); };
    std::string digits;
    for (char c : text) {
        if (c >= '0' && c <= '9')
            digits.push_back(c);
        else if (c != ' ')
            return bad("Fødselsnummeret kan bare inneholde sifre.");
    }
    if (digits.size() != 11) return bad("Fødselsnummeret må ha 11 sifre.");

    IdentityNumber number;
    number.digits = digits;
    int day_value = digit(digits, 0) * 10 + digit(digits, 1);
    int month_value = digit(digits, 2) * 10 + digit(digits, 3);
    int two_digit_year = digit(digits, 4) * 10 + digit(digits, 5);
    int individual = digit(digits, 6) * 100 + digit(digits, 7) * 10 + digit(digits, 8);

    if (day_value > 40) {
        number.kind = IdentityKind::d_number;
        day_value -= 40;
    }
    if (month_value > 80) {
        number.synthetic = true;
        month_value -= 80;
    } else if (month_value > 40) {
        if (number.kind == IdentityKind::d_number) return bad("Fødselsnummeret er ugyldig.");
        number.kind = IdentityKind::h_number;
        month_value -= 40;
    }

    // Check digits first: a typo is the likeliest fault, and this names it.
    int first_sum = weighted_sum(digits, first_weights);
    int first_check = digit(digits, 9);
    bool extended_series = today >= year_month_day{year{2032}, January, day{1}};
    int remainder = (first_sum + first_check) % 11;
    bool first_ok = extended_series ? remainder <= 3 : classic_check_digit(first_sum) == first_check;
    auto second = classic_check_digit(weighted_sum(digits, second_weights));
    if (!first_ok || !second || *second != digit(digits, 10))
        return bad(
            "Fødselsnummeret er ugyldig (kontrollsifrene stemmer ikke). Sjekk at det er skrevet riktig.");

    auto year_value = full_year(two_digit_year, individual);
    year_month_day birth{year{year_value.value_or(0)}, month{unsigned(month_value)},
                         day{unsigned(day_value)}};
    if (!year_value || !birth.ok()) return bad("Fødselsnummeret har en dato som ikke finnes.");
    if (sys_days{birth} > sys_days{today}) return bad("Fødselsnummeret har en fødselsdato fram i tid.");
    number.birth_date = birth;
    return number;
}

std::optional<std::string> with_check_digits(std::string_view nine_digits) {
    if (nine_digits.size() != 9) return std::nullopt;
    std::string digits(nine_digits);
    auto first = classic_check_digit(weighted_sum(digits, first_weights));
    if (!first) return std::nullopt;
    digits.push_back(static_cast<char>('0' + *first));
    auto second = classic_check_digit(weighted_sum(digits, second_weights));
    if (!second) return std::nullopt;
    digits.push_back(static_cast<char>('0' + *second));
    return digits;
}

std::vector<TextSpan> identity_numbers_in(std::string_view text, std::chrono::year_month_day today) {
    // Runs of digits, each with where it starts and ends.
    struct Run {
        size_t begin, end;
    };
    std::vector<Run> runs;
    for (size_t i = 0; i < text.size();) {
        if (text[i] < '0' || text[i] > '9') {
            ++i;
            continue;
        }
        size_t begin = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
        runs.push_back({begin, i});
    }
    auto joined = [&](size_t a, size_t b) { // run b follows run a after one separator
        return runs[b].begin == runs[a].end + 1 &&
               (text[runs[a].end] == ' ' || text[runs[a].end] == '-' || text[runs[a].end] == '.');
    };
    std::vector<TextSpan> found;
    for (size_t first = 0; first < runs.size(); ++first) {
        std::string digits;
        for (size_t last = first; last < runs.size() && (last == first || joined(last - 1, last)); ++last) {
            digits.append(text.substr(runs[last].begin, runs[last].end - runs[last].begin));
            if (digits.size() > 11) break;
            if (digits.size() == 11 && parse_identity_number(digits, today)) {
                found.push_back({runs[first].begin, runs[last].end - runs[first].begin});
                first = last; // the next candidate starts after this one
                break;
            }
        }
    }
    return found;
}

std::string mask_identity_numbers(std::string_view text, std::chrono::year_month_day today) {
    std::string masked;
    size_t at = 0;
    for (const auto& span : identity_numbers_in(text, today)) {
        masked.append(text.substr(at, span.offset - at));
        masked.append(identity_number_mask);
        at = span.offset + span.length;
    }
    masked.append(text.substr(at));
    return masked;
}

} // namespace husly
