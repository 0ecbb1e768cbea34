#include "domain/password_strength.hpp"

#include <algorithm>
#include <cmath>
#include <zxcvbn.h>

namespace husly {
namespace {

// Common Norwegian passwords and their parts, which zxcvbn's English lists do not hold.
const std::vector<std::string>& norwegian_common_words() {
    static const std::vector<std::string> words{
        "passord",       "passordet", "hemmelig",     "hemmelighet", "velkommen", "sommer",     "vinter",
        "høst",          "hosten",    "våren",        "sommerferie", "julaften",  "jul",        "påske",
        "syttendemai",   "januar",    "februar",      "mars",        "april",     "mai",        "juni",
        "juli",          "august",    "september",    "oktober",     "november",  "desember",   "mandag",
        "tirsdag",       "onsdag",    "torsdag",      "fredag",      "lørdag",    "søndag",     "norge",
        "noreg",         "oslo",      "bergen",       "trondheim",   "stavanger", "tromsø",     "bodø",
        "kristiansand",  "drammen",   "fredrikstad",  "rosenborg",   "brann",     "vålerenga",  "molde",
        "lillestrøm",    "fotball",   "jegelskerdeg", "elskerdeg",   "kjæreste",  "kjærlighet", "familie",
        "hjemme",        "hallo",     "heisann",      "hei",         "takk",      "tusentakk",  "bamse",
        "katten",        "hunden",    "mamma",        "pappa",       "nordmann",  "ola",        "kari",
        "nav",           "husly",     "bruker",       "brukernavn",  "veileder",  "leder",      "admin",
        "administrator", "kontor",    "fjell",        "fjord",       "snø",       "sol",        "qwerty",
        "asdfgh",        "zxcvbn",    "abc123",       "qwertyuiopå", "æøå"};
    return words;
}

enum class Weakness { none, common, repeated, sequence, keyboard, date, personal, guessable };

const char* message(Weakness weakness) {
    switch (weakness) {
    case Weakness::common:
        return "Passordet er for lett å gjette: det består av ord eller passord som er svært vanlige.";
    case Weakness::repeated:
        return "Passordet er for lett å gjette: det gjentar de samme tegnene eller ordene.";
    case Weakness::sequence:
        return "Passordet er for lett å gjette: det inneholder en rekkefølge som «1234» eller «abcd».";
    case Weakness::keyboard:
        return "Passordet er for lett å gjette: det følger tastene på tastaturet (som «qwerty»).";
    case Weakness::date:
        return "Passordet er for lett å gjette: det inneholder en dato eller et årstall.";
    case Weakness::personal:
        return "Passordet er for lett å gjette: det inneholder navnet ditt eller e-postadressen din.";
    case Weakness::guessable:
    case Weakness::none:
        break;
    }
    return "Passordet er for lett å gjette.";
}

std::string lower_ascii(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    return result;
}

// The parts of the user's own words worth matching: the whole, and pieces split at separators.
std::vector<std::string> personal_pieces(const std::vector<std::string>& personal_words) {
    std::vector<std::string> pieces;
    for (const auto& word : personal_words) {
        auto lower = lower_ascii(word);
        if (lower.size() >= 3) pieces.push_back(lower);
        std::string piece;
        for (char c : lower + " ") {
            if (c == ' ' || c == '.' || c == '@' || c == '-' || c == '_' || c == '+') {
                if (piece.size() >= 3) pieces.push_back(piece);
                piece.clear();
            } else {
                piece.push_back(c);
            }
        }
    }
    return pieces;
}

Weakness weakness_of(const ZxcMatch_t* match, std::string_view password,
                     const std::vector<std::string>& personal) {
    int type = match->Type;
    if (type & MULTIPLE_MATCH) return Weakness::repeated;
    switch (type) {
    case REPEATS_MATCH:
        return Weakness::repeated;
    case SEQUENCE_MATCH:
        return Weakness::sequence;
    case SPATIAL_MATCH:
        return Weakness::keyboard;
    case DATE_MATCH:
    case YEAR_MATCH:
        return Weakness::date;
    case DICTIONARY_MATCH:
    case DICT_LEET_MATCH:
        return Weakness::common;
    case USER_MATCH:
    case USER_LEET_MATCH: {
        auto part = lower_ascii(
            password.substr(static_cast<size_t>(match->Begin), static_cast<size_t>(match->Length)));
        for (const auto& piece : personal)
            if (piece == part) return Weakness::personal;
        return Weakness::common;
    }
    default:
        return Weakness::guessable;
    }
}

} // namespace

PasswordStrength estimate_password(std::string_view password,
                                   const std::vector<std::string>& personal_words) {
    auto personal = personal_pieces(personal_words);
    const auto& common = norwegian_common_words();
    std::vector<const char*> dictionary;
    dictionary.reserve(personal.size() + common.size() + 1);
    for (const auto& word : personal) dictionary.push_back(word.c_str());
    for (const auto& word : common) dictionary.push_back(word.c_str());
    dictionary.push_back(nullptr);

    std::string text(password); // NUL-terminated
    ZxcMatch_t* info = nullptr;
    double bits = ZxcvbnMatch(text.c_str(), dictionary.data(), &info);
    PasswordStrength strength;
    strength.guesses_log10 = bits * std::log10(2.0);
    // zxcvbn's thresholds: 10^3, 10^6, 10^8, 10^10 guesses.
    const double thresholds[] = {3, 6, 8, 10};
    strength.score = static_cast<int>(std::count_if(std::begin(thresholds), std::end(thresholds),
                                                    [&](double t) { return strength.guesses_log10 >= t; }));
    if (strength.score < minimum_password_score) {
        // The reason: the pattern that covers most of the password.
        Weakness weakness = Weakness::guessable;
        int longest = 0;
        for (const ZxcMatch_t* match = info; match; match = match->Next) {
            auto kind = weakness_of(match, text, personal);
            if (kind == Weakness::guessable) continue;
            if (match->Length > longest) {
                longest = match->Length;
                weakness = kind;
            }
        }
        strength.weakness =
            std::string(message(weakness)) + " Bruk gjerne flere tilfeldige ord etter hverandre.";
    }
    ZxcvbnFreeInfo(info);
    return strength;
}

} // namespace husly
