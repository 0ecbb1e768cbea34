#pragma once
// Norwegian identity numbers (fødselsnummer, D-nummer, H-nummer, synthetic test numbers): 11
// digits, a birth date, an individual number and two mod-11 check digits. Pure: no I/O.

#include "common/error.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace husly {

enum class IdentityKind { fodselsnummer, d_number, h_number };

struct IdentityNumber {
    std::string digits;
    IdentityKind kind{IdentityKind::fodselsnummer};
    bool synthetic{false}; // Skatteetaten's synthetic test population (month + 80)
    std::chrono::year_month_day birth_date;
};

// Validates an identity number as of `today`:
// - 11 digits (spaces allowed between groups, e.g. "010190 12345");
// - D-number: first digit + 4; H-number: third digit + 4; synthetic: third digit + 8;
// - a real birth date, not after today, with the century from the individual number;
// - the first check digit: remainder 0 of the weighted sum, or from 2032 any of 0–3 (the
//   extended series); the second check digit computed from the actual first.
// Fails with a Norwegian message naming `field`.
Result<IdentityNumber> parse_identity_number(std::string_view text, std::chrono::year_month_day today,
                                             std::string_view field = "identityNumber");

// Makes the two check digits for nine digits (tests and synthetic demo data); fails if no
// valid first check digit exists for them under the classic rule.
std::optional<std::string> with_check_digits(std::string_view nine_digits);

std::string_view to_string(IdentityKind kind);

// Where a valid identity number (as of `today`) is written in free text: 11 digits in a row, or
// split by single spaces, hyphens or dots ("070190 12345"). Byte offsets into the text.
struct TextSpan {
    size_t offset{0};
    size_t length{0};
};
std::vector<TextSpan> identity_numbers_in(std::string_view text, std::chrono::year_month_day today);
// The text with each of them replaced by `identity_number_mask`.
inline constexpr std::string_view identity_number_mask = "[fødselsnummer fjernet]";
std::string mask_identity_numbers(std::string_view text, std::chrono::year_month_day today);

} // namespace husly
