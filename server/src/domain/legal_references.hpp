#pragma once
// The sections of the acts Husly cites, as data (docs/domain.md#rule-legal-references-as-data):
// letters, API messages and the web look a citation up here by key and never write a section
// number themselves. Each key may have several versions, each valid from a date; the one in force
// on the decision's date is chosen, so an amended act (the new forvaltningsloven, Prop. 79 L
// (2024–2025)) is a new row with its date, not a change of code.

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace husly::legal {

struct Reference {
    std::string key;        // "fvl_klagefrist"
    std::string act;        // "forvaltningsloven"
    std::string act_short;  // "fvl."
    std::string section;    // "29" (a paragraph may follow: "16 tredje ledd")
    std::string title;      // "Klagefrist"
    std::string valid_from; // "YYYY-MM-DD": in force from this date (until the next version's)
};

// Every version of every reference, in force and to come.
std::span<const Reference> references();

// The version of `key` in force on `on_date` ("YYYY-MM-DD", or an instant: its first ten
// characters count). An unknown key, or a date before its first version, throws std::logic_error
// (a programming error; a unit test proves every key the code uses exists).
const Reference& find(std::string_view key, std::string_view on_date);
bool exists(std::string_view key);

// "forvaltningsloven § 29"
std::string cite(std::string_view key, std::string_view on_date);
// "fvl. § 29"
std::string cite_short(std::string_view key, std::string_view on_date);
// "§ 29" without the act, when the sentence has named it already
std::string section(std::string_view key, std::string_view on_date);
// Several sections of one act: "forvaltningsloven §§ 28 og 29" (the act of the first key).
std::string cite_all(std::initializer_list<std::string_view> keys, std::string_view on_date);
std::string cite_all_short(std::initializer_list<std::string_view> keys, std::string_view on_date);

// A text with its citations as keys in braces, expanded: "{fvl_begrunnelse}" gives
// "forvaltningsloven § 25", "{fvl_begrunnelse|kort}" gives "fvl. § 25", and
// "{fvl_forhandsvarsel,fvl_utredning|kort}" gives "fvl. §§ 16 og 17". For messages in the API,
// which keep their wording in one literal; a brace that does not hold a known key stays as it is.
std::string expand(std::string_view text, std::string_view on_date);
std::string expand(std::string_view text); // on today's date

// The date a rule or message in the API is checked on: today in Norway.
std::string today();

// Replaces the table while it lives (tests only: a future version of an act added alongside).
class ScopedReferences {
public:
    explicit ScopedReferences(std::vector<Reference> table);
    ~ScopedReferences();
    ScopedReferences(const ScopedReferences&) = delete;
    ScopedReferences& operator=(const ScopedReferences&) = delete;

private:
    std::vector<Reference> m_table;
    const std::vector<Reference>* m_previous;
};

} // namespace husly::legal
