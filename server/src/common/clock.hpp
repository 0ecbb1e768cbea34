#pragma once
// Time in Husly: instants are stored as UTC text "YYYY-MM-DDTHH:MM:SS.mmmZ" (sortable, identical
// in SQLite and PostgreSQL); calendar dates as "YYYY-MM-DD".

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace husly {

using Clock = std::chrono::system_clock;
using Instant = std::chrono::time_point<Clock, std::chrono::milliseconds>;

Instant now();

// Makes now() on this thread return `at` while it lives: the demo builds a believable history
// through the real services, each step at the time it would have happened.
class ScopedNow {
public:
    explicit ScopedNow(Instant at);
    ~ScopedNow();
    ScopedNow(const ScopedNow&) = delete;
    ScopedNow& operator=(const ScopedNow&) = delete;

private:
    std::optional<Instant> m_previous;
};
std::string format_instant(Instant instant);
// Parses the exact storage format (also accepts no fraction and a "+00:00" suffix).
std::optional<Instant> parse_instant(std::string_view text);

// Norwegian time (CET, CEST from the last Sunday of March to the last Sunday of October at
// 01:00 UTC) of an instant, and the calendar date there: what "today" means for an office.
std::chrono::sys_seconds norwegian_local_time(Instant instant);
std::chrono::year_month_day norwegian_date(Instant instant);
inline std::chrono::year_month_day today() {
    return norwegian_date(now());
}

// The date in Norway of a stored instant, "YYYY-MM-DD" (an instant just before midnight UTC is
// already the next day in Norway). Text that is not an instant gives its first ten characters.
std::string norwegian_date_of(std::string_view instant_text);

// Parses "YYYY-MM-DD", rejecting impossible dates (2023-02-29) and years outside 1900–2200.
std::optional<std::chrono::year_month_day> parse_date(std::string_view text);
std::string format_date(std::chrono::year_month_day date);
// "06.12.2026", as users read a date in running text; the text itself when it is not a date.
std::string display_date(std::string_view iso_date);
// Why `text` is not a date parse_date accepts, in Norwegian, for the user.
std::string date_error_message(std::string_view text);

} // namespace husly
