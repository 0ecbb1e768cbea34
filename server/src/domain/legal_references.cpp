#include "domain/legal_references.hpp"

#include "common/clock.hpp"

#include <algorithm>
#include <stdexcept>

namespace husly::legal {
namespace {

// Forvaltningsloven of 10 February 1967 (in force 1 January 1970); sosialtjenesteloven of
// 18 December 2009 (in force 1 January 2010); Grunnloven § 104 as amended 13 May 2014.
// The new forvaltningsloven (Prop. 79 L (2024–2025)) is added as rows with its own valid_from
// once its date of entry into force is decided; nothing else changes.
const std::vector<Reference>& built_in() {
    static const std::vector<Reference> table{
        {"fvl_fullmektig", "forvaltningsloven", "fvl.", "12", "Fullmektig", "1970-01-01"},
        {"fvl_forhandsvarsel", "forvaltningsloven", "fvl.", "16", "Forhåndsvarsling", "1970-01-01"},
        {"fvl_forhandsvarsel_unntak", "forvaltningsloven", "fvl.", "16 tredje ledd",
         "Når forhåndsvarsel kan unnlates", "1970-01-01"},
        {"fvl_utredning", "forvaltningsloven", "fvl.", "17", "Utredningsplikt", "1970-01-01"},
        {"fvl_innsyn", "forvaltningsloven", "fvl.", "18", "Partsinnsyn", "1970-01-01"},
        {"fvl_begrunnelse", "forvaltningsloven", "fvl.", "25", "Begrunnelsens innhold", "1970-01-01"},
        {"fvl_underretning", "forvaltningsloven", "fvl.", "27", "Underretning om vedtaket", "1970-01-01"},
        {"fvl_klageinstans", "forvaltningsloven", "fvl.", "28", "Klageinstans", "1970-01-01"},
        {"fvl_klagefrist", "forvaltningsloven", "fvl.", "29", "Klagefrist", "1970-01-01"},
        {"fvl_klage_i_tide", "forvaltningsloven", "fvl.", "30", "Fristavbrudd", "1970-01-01"},
        {"fvl_klage_for_sent", "forvaltningsloven", "fvl.", "31", "Oversitting av klagefrist", "1970-01-01"},
        {"fvl_klagens_innhold", "forvaltningsloven", "fvl.", "32", "Klagens form og innhold", "1970-01-01"},
        {"fvl_omgjoring", "forvaltningsloven", "fvl.", "35", "Omgjøring av vedtak uten klage", "1970-01-01"},
        {"fvl_sakskostnader", "forvaltningsloven", "fvl.", "36", "Sakskostnader", "1970-01-01"},
        {"fvl_utsatt_iverksetting", "forvaltningsloven", "fvl.", "42", "Utsatt iverksetting", "1970-01-01"},
        {"sotjl_virkeomrade", "sosialtjenesteloven", "sotjl.", "2", "Lovens virkeområde", "2010-01-01"},
        {"sotjl_kommunens_ansvar", "sosialtjenesteloven", "sotjl.", "3", "Kommunens ansvar", "2010-01-01"},
        {"sotjl_forsvarlighet", "sosialtjenesteloven", "sotjl.", "4", "Forsvarlighet", "2010-01-01"},
        {"sotjl_livsopphold", "sosialtjenesteloven", "sotjl.", "18", "Stønad til livsopphold", "2010-01-01"},
        {"sotjl_midlertidig_botilbud", "sosialtjenesteloven", "sotjl.", "27", "Midlertidig botilbud",
         "2010-01-01"},
        {"forskrift_uten_bopel",
         "forskrift 16. desember 2011 nr. 1251 om sosiale tjenester for personer uten fast bopel i Norge",
         "forskrift om personer uten fast bopel", "1",
         "Personer som har lovlig opphold, men ikke bopel i riket", "2012-01-01"},
        {"grunnloven_barnets_beste", "Grunnloven", "Grl.", "104", "Barnets beste", "2014-05-13"},
    };
    return table;
}

const std::vector<Reference>* active = nullptr;

const std::vector<Reference>& table() {
    return active ? *active : built_in();
}

std::string_view date_part(std::string_view on_date) {
    return on_date.substr(0, std::min<size_t>(on_date.size(), 10));
}

// "§ 29" or, for several, "§§ 28 og 29" ("§§ 16, 17 og 18").
std::string sections_text(std::initializer_list<std::string_view> keys, std::string_view on_date) {
    std::string text = keys.size() > 1 ? "§§ " : "§ ";
    size_t i = 0;
    for (auto key : keys) {
        if (i > 0) text += i + 1 == keys.size() ? " og " : ", ";
        text += find(key, on_date).section;
        ++i;
    }
    return text;
}

} // namespace

std::span<const Reference> references() {
    return table();
}

const Reference& find(std::string_view key, std::string_view on_date) {
    auto date = date_part(on_date);
    const Reference* found = nullptr;
    for (const auto& reference : table())
        if (reference.key == key && reference.valid_from <= date &&
            (!found || reference.valid_from > found->valid_from))
            found = &reference;
    if (!found) throw std::logic_error("no legal reference " + std::string(key) + " on " + std::string(date));
    return *found;
}

bool exists(std::string_view key) {
    return std::ranges::any_of(table(), [&](const Reference& reference) { return reference.key == key; });
}

std::string cite(std::string_view key, std::string_view on_date) {
    return find(key, on_date).act + " " + sections_text({key}, on_date);
}

std::string cite_short(std::string_view key, std::string_view on_date) {
    return find(key, on_date).act_short + " " + sections_text({key}, on_date);
}

std::string section(std::string_view key, std::string_view on_date) {
    return sections_text({key}, on_date);
}

std::string cite_all(std::initializer_list<std::string_view> keys, std::string_view on_date) {
    return find(*keys.begin(), on_date).act + " " + sections_text(keys, on_date);
}

std::string cite_all_short(std::initializer_list<std::string_view> keys, std::string_view on_date) {
    return find(*keys.begin(), on_date).act_short + " " + sections_text(keys, on_date);
}

std::string expand(std::string_view text, std::string_view on_date) {
    std::string out;
    size_t at = 0;
    while (at < text.size()) {
        auto open = text.find('{', at);
        auto close = open == std::string_view::npos ? open : text.find('}', open);
        if (close == std::string_view::npos) break;
        out += text.substr(at, open - at);
        auto inside = text.substr(open + 1, close - open - 1);
        bool short_form = false;
        if (auto bar = inside.find('|'); bar != std::string_view::npos) {
            short_form = inside.substr(bar + 1) == "kort";
            inside = inside.substr(0, bar);
        }
        std::vector<std::string_view> keys;
        for (size_t from = 0; from <= inside.size();) {
            auto comma = inside.find(',', from);
            keys.push_back(
                inside.substr(from, comma == std::string_view::npos ? std::string_view::npos : comma - from));
            if (comma == std::string_view::npos) break;
            from = comma + 1;
        }
        if (!std::ranges::all_of(keys, [](std::string_view key) { return exists(key); })) {
            out += text.substr(open, close - open + 1); // not a citation: kept as written
        } else {
            const auto& first = find(keys.front(), on_date);
            out += short_form ? first.act_short : first.act;
            out += keys.size() > 1 ? " §§ " : " § ";
            for (size_t i = 0; i < keys.size(); ++i) {
                if (i > 0) out += i + 1 == keys.size() ? " og " : ", ";
                out += find(keys[i], on_date).section;
            }
        }
        at = close + 1;
    }
    out += text.substr(std::min(at, text.size()));
    return out;
}

std::string expand(std::string_view text) {
    return expand(text, today());
}

std::string today() {
    return format_date(husly::today());
}

ScopedReferences::ScopedReferences(std::vector<Reference> table)
    : m_table(std::move(table)), m_previous(active) {
    active = &m_table;
}

ScopedReferences::~ScopedReferences() {
    active = m_previous;
}

} // namespace husly::legal
