#include "domain/person.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace husly {

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

} // namespace husly
