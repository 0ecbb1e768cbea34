#pragma once
// Rules for free text and identifiers that come from users. Pure: no I/O.

#include "common/error.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace husly {

// True when text is well-formed UTF-8 without control characters (tab and newline allowed when
// multiline is set), Unicode line or paragraph separators (U+2028, U+2029) or bidirectional
// controls (U+202A–U+202E, U+2066–U+2069).
bool is_clean_text(std::string_view text, bool multiline = false);
// Number of Unicode code points (text must be valid UTF-8).
size_t utf8_length(std::string_view text);
// Number of letters (text must be valid UTF-8): A–Z and a–z, the letters of Latin-1 and Latin
// Extended-A and -B (æ, ø, å, é, the Sámi č, đ, ŋ, š, ŧ, ž …), Greek and Cyrillic. Digits,
// spaces, punctuation and symbols (`%`, `_`, `-`, `'` …) are not letters: what a name search
// must hold enough of to be a search for someone, not for everyone.
size_t count_letters(std::string_view text);
// The Levenshtein distance between two texts, counted in code points (valid UTF-8): how many
// characters must be inserted, deleted or replaced to turn one into the other.
size_t edit_distance(std::string_view a, std::string_view b);

// Free text (multiline allowed): clean, at most `max_length` code points; "" allowed unless
// required, and then blank is "".
Status check_text(const std::string& field, std::string_view value, size_t max_length, bool required = false,
                  const std::string& missing_message = "Fyll ut feltet.");
// A required single-line text: trimmed, 1..max_length code points, clean.
Result<std::string> require_text(std::string_view field, std::string_view value, size_t max_length,
                                 std::string_view label);
// An e-mail address, lower-cased; rejects anything without one '@' and a dot in the domain.
Result<std::string> normalize_email(std::string_view field, std::string_view value);
// A new password: 12..200 characters (NSM's guidance favours length over composition rules) and
// hard enough to guess (domain/password_strength.hpp: zxcvbn score 3 or more, with the user's
// own `personal_words` — e-mail address, name — counted as easy to guess).
Status check_new_password(std::string_view field, std::string_view password,
                          const std::vector<std::string>& personal_words = {});
// Exactly `digits` ASCII digits, e.g. a 4-digit enhetsnummer or kommunenummer.
bool is_digits(std::string_view text, size_t digits);

} // namespace husly
