// Identity-number validation. Oracles: no crash; an accepted number has 11 digits, a real
// birth date not after today, check digits that validate again, and its own digits parse to the
// same number.

#include "domain/identity_number.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>

using namespace husly;
using namespace std::chrono;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 64) return -1;
    const year_month_day today{year{2026}, month{11}, day{24}};
    std::string text(reinterpret_cast<const char*>(data), size);
    auto parsed = parse_identity_number(text, today);
    if (!parsed) {
        if (parsed.error().field != "identityNumber" || parsed.error().message.empty()) std::abort();
        return 0;
    }
    if (parsed->digits.size() != 11) std::abort();
    for (char c : parsed->digits)
        if (c < '0' || c > '9') std::abort();
    if (!parsed->birth_date.ok() || sys_days(parsed->birth_date) > sys_days(today)) std::abort();
    auto again = parse_identity_number(parsed->digits, today);
    if (!again || again->digits != parsed->digits || again->kind != parsed->kind ||
        again->synthetic != parsed->synthetic || again->birth_date != parsed->birth_date)
        std::abort();
    return 0;
}
