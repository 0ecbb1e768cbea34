// Date and instant parsing. Oracles: no crash; an accepted date is a real one within the years
// allowed and formats back to the same text; a refused one has a message for the user; an
// accepted instant formats and parses back to itself.

#include "common/clock.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>

using namespace husly;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 64) return -1;
    std::string text(reinterpret_cast<const char*>(data), size);
    if (auto date = parse_date(text)) {
        if (!date->ok() || int(date->year()) < 1900 || int(date->year()) > 2200) std::abort();
        if (format_date(*date) != text) std::abort();
    } else if (date_error_message(text).empty()) {
        std::abort();
    }
    if (auto instant = parse_instant(text)) {
        auto again = parse_instant(format_instant(*instant));
        if (!again || *again != *instant) std::abort();
        (void)norwegian_date_of(text);
    }
    return 0;
}
