#include "domain/text_rules.hpp"

#include "domain/password_strength.hpp"

#include <algorithm>
#include <cstdint>
#include <fmt/format.h>

namespace husly {
namespace {

std::string_view trim(std::string_view text) {
    auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

// The code points of valid UTF-8 (is_clean_text); a stray byte counts as itself.
std::vector<uint32_t> code_points(std::string_view text) {
    std::vector<uint32_t> points;
    points.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        size_t length = c < 0x80             ? 1
                        : (c & 0xE0) == 0xC0 ? 2
                        : (c & 0xF0) == 0xE0 ? 3
                        : (c & 0xF8) == 0xF0 ? 4
                                             : 1;
        if (i + length > text.size()) length = 1;
        uint32_t point = length == 1 ? c : length == 2 ? (c & 0x1F) : length == 3 ? (c & 0x0F) : (c & 0x07);
        for (size_t k = 1; k < length; ++k)
            point = (point << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        points.push_back(point);
        i += length;
    }
    return points;
}

bool is_letter(uint32_t point) {
    if ((point >= 'A' && point <= 'Z') || (point >= 'a' && point <= 'z')) return true;
    if (point >= 0xC0 && point <= 0x24F) return point != 0xD7 && point != 0xF7;     // × and ÷
    if (point >= 0x370 && point <= 0x3FF) return point != 0x37E && point != 0x387;  // Greek ; and ·
    return point >= 0x400 && point <= 0x52F && !(point >= 0x482 && point <= 0x489); // Cyrillic signs
}

} // namespace

size_t count_letters(std::string_view text) {
    auto points = code_points(text);
    return static_cast<size_t>(std::count_if(points.begin(), points.end(), is_letter));
}

size_t edit_distance(std::string_view a, std::string_view b) {
    auto from = code_points(a), to = code_points(b);
    // One row of the Wagner–Fischer table at a time.
    std::vector<size_t> row(to.size() + 1);
    for (size_t k = 0; k <= to.size(); ++k) row[k] = k;
    for (size_t i = 1; i <= from.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t k = 1; k <= to.size(); ++k) {
            size_t above = row[k];
            row[k] = std::min({above + 1, row[k - 1] + 1, diagonal + (from[i - 1] == to[k - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[to.size()];
}

bool is_clean_text(std::string_view text, bool multiline) {
    size_t i = 0;
    while (i < text.size()) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            bool allowed_control = multiline && (c == '\n' || c == '\t' || c == '\r');
            if ((c < 0x20 || c == 0x7f) && !allowed_control) return false;
            ++i;
            continue;
        }
        size_t length = 0;
        uint32_t code_point = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            code_point = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            code_point = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            code_point = c & 0x07;
        } else
            return false;
        if (i + length > text.size()) return false;
        for (size_t k = 1; k < length; ++k) {
            auto continuation = static_cast<unsigned char>(text[i + k]);
            if ((continuation & 0xC0) != 0x80) return false;
            code_point = (code_point << 6) | (continuation & 0x3F);
        }
        // Overlong encodings, surrogates and out-of-range code points are not UTF-8.
        if ((length == 2 && code_point < 0x80) || (length == 3 && code_point < 0x800) ||
            (length == 4 && code_point < 0x10000) || code_point > 0x10FFFF ||
            (code_point >= 0xD800 && code_point <= 0xDFFF))
            return false;
        // C1 control characters.
        if (code_point >= 0x80 && code_point < 0xA0) return false;
        // Unicode's own line and paragraph separators (a line break a single-line field would carry
        // into a letter), and the bidirectional embeddings, overrides and isolates (which print the
        // text after them backwards: found by the outside attack on a letter's appeal section).
        if (code_point == 0x2028 || code_point == 0x2029) return false;
        if ((code_point >= 0x202A && code_point <= 0x202E) || (code_point >= 0x2066 && code_point <= 0x2069))
            return false;
        // Noncharacters (U+FDD0–U+FDEF, and the last two of every plane): never text, and the PDF
        // letters stopped at the first one, dropping the appeal section after it (outside attack).
        if ((code_point >= 0xFDD0 && code_point <= 0xFDEF) || (code_point & 0xFFFE) == 0xFFFE) return false;
        i += length;
    }
    return true;
}

size_t utf8_length(std::string_view text) {
    return static_cast<size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

Result<std::string> require_text(std::string_view field, std::string_view value, size_t max_length,
                                 std::string_view label) {
    if (!is_clean_text(value))
        return invalid(std::string(field), fmt::format("{} inneholder ugyldige tegn.", label));
    auto trimmed = trim(value);
    if (trimmed.empty()) return invalid(std::string(field), fmt::format("{} må fylles ut.", label));
    if (utf8_length(trimmed) > max_length)
        return invalid(std::string(field), fmt::format("{} kan ha høyst {} tegn.", label, max_length),
                       "too_long");
    return std::string(trimmed);
}

Result<std::string> normalize_email(std::string_view field, std::string_view value) {
    auto text = TRY(require_text(field, value, 254, "E-postadressen"));
    std::transform(text.begin(), text.end(), text.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    // Plain ASCII only, so that no address can pass for another: an invisible character (U+200B)
    // or a look-alike letter (dotless ı) made a second «veileder@…» that a leder could not tell
    // from the real one when approving its access. Local part: letters, digits and . _ % + - ';
    // domain: labels of letters, digits and -, at least two.
    auto at = text.find('@');
    auto is_alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    auto local_ok = [&](std::string_view local) {
        return !local.empty() && std::all_of(local.begin(), local.end(), [&](char c) {
            return is_alnum(c) || std::string_view("._%+-'").find(c) != std::string_view::npos;
        });
    };
    auto domain_ok = [&](std::string_view domain) {
        int labels = 0;
        while (true) {
            auto dot = domain.find('.');
            auto label = domain.substr(0, dot);
            if (label.empty() || label.front() == '-' || label.back() == '-' ||
                !std::all_of(label.begin(), label.end(), [&](char c) { return is_alnum(c) || c == '-'; }))
                return false;
            ++labels;
            if (dot == std::string_view::npos) return labels >= 2;
            domain.remove_prefix(dot + 1);
        }
    };
    bool valid = at != std::string::npos && local_ok(std::string_view(text).substr(0, at)) &&
                 domain_ok(std::string_view(text).substr(at + 1));
    if (!valid)
        return invalid(std::string(field),
                       "Skriv en gyldig e-postadresse (bare a–z, sifre og . _ % + - ' før @).");
    return text;
}

Status check_new_password(std::string_view field, std::string_view password,
                          const std::vector<std::string>& personal_words) {
    if (!is_clean_text(password)) return invalid(std::string(field), "Passordet inneholder ugyldige tegn.");
    auto length = utf8_length(password);
    if (length < 12) return invalid(std::string(field), "Passordet må ha minst 12 tegn.");
    if (length > 200) return invalid(std::string(field), "Passordet kan ha høyst 200 tegn.");
    auto strength = estimate_password(password, personal_words);
    if (strength.score < minimum_password_score)
        return invalid(std::string(field), strength.weakness, "weak_password");
    return {};
}

bool is_digits(std::string_view text, size_t digits) {
    return text.size() == digits &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Status check_text(const std::string& field, std::string_view value, size_t max_length, bool required,
                  const std::string& missing_message) {
    if (!is_clean_text(value, true)) return invalid(field, "Teksten inneholder ugyldige tegn.");
    if (utf8_length(value) > max_length)
        return invalid(field, fmt::format("Teksten kan ha høyst {} tegn.", max_length), "too_long");
    if (required && value.find_first_not_of(" \t\n") == std::string_view::npos)
        return invalid(field, missing_message, "required");
    return {};
}

} // namespace husly
