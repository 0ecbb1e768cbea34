#include "domain/person.hpp"

#include <array>
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

} // namespace husly
