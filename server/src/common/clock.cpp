#include "common/clock.hpp"

#include <charconv>
#include <cstdio>
#include <fmt/format.h>

namespace husly {
namespace {

bool parse_int(std::string_view text, int& out) {
    if (text.empty()) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc{} && ptr == text.data() + text.size();
}

} // namespace

namespace {
thread_local std::optional<Instant> fixed_now;
} // namespace

Instant now() {
    if (fixed_now) return *fixed_now;
    return std::chrono::time_point_cast<std::chrono::milliseconds>(Clock::now());
}

ScopedNow::ScopedNow(Instant at) : m_previous(fixed_now) {
    fixed_now = at;
}

ScopedNow::~ScopedNow() {
    fixed_now = m_previous;
}

namespace {

// 01:00 UTC on the last Sunday of `month` in `year`.
std::chrono::sys_seconds last_sunday_0100_utc(std::chrono::year year, std::chrono::month month) {
    std::chrono::sys_days day{
        std::chrono::year_month_weekday_last(year, month, std::chrono::weekday_last(std::chrono::Sunday))};
    return std::chrono::sys_seconds{day} + std::chrono::hours(1);
}

} // namespace

std::chrono::sys_seconds norwegian_local_time(Instant instant) {
    auto utc = std::chrono::floor<std::chrono::seconds>(instant);
    auto year = std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(utc)}.year();
    bool summer = utc >= last_sunday_0100_utc(year, std::chrono::March) &&
                  utc < last_sunday_0100_utc(year, std::chrono::October);
    return utc + std::chrono::hours(summer ? 2 : 1);
}

std::chrono::year_month_day norwegian_date(Instant instant) {
    return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(norwegian_local_time(instant))};
}

std::string norwegian_date_of(std::string_view instant_text) {
    if (auto instant = parse_instant(instant_text)) return format_date(norwegian_date(*instant));
    return std::string(instant_text.substr(0, 10));
}

std::string format_instant(Instant instant) {
    using namespace std::chrono;
    auto day = floor<days>(instant);
    year_month_day ymd{day};
    hh_mm_ss<milliseconds> tod{instant - day};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", int(ymd.year()),
                  unsigned(ymd.month()), unsigned(ymd.day()), int(tod.hours().count()),
                  int(tod.minutes().count()), int(tod.seconds().count()), int(tod.subseconds().count()));
    return buffer;
}

std::optional<Instant> parse_instant(std::string_view text) {
    using namespace std::chrono;
    if (text.size() < 20 || text[10] != 'T') return std::nullopt;
    auto date = parse_date(text.substr(0, 10));
    if (!date) return std::nullopt;
    int hour = 0, minute = 0, second = 0, millis = 0;
    if (text[13] != ':' || text[16] != ':') return std::nullopt;
    if (!parse_int(text.substr(11, 2), hour) || !parse_int(text.substr(14, 2), minute) ||
        !parse_int(text.substr(17, 2), second))
        return std::nullopt;
    if (hour > 23 || minute > 59 || second > 59) return std::nullopt;
    std::string_view rest = text.substr(19);
    if (!rest.empty() && rest.front() == '.') {
        if (rest.size() < 4 || !parse_int(rest.substr(1, 3), millis)) return std::nullopt;
        rest.remove_prefix(4);
    }
    if (rest != "Z" && rest != "+00:00") return std::nullopt;
    return Instant{sys_days{*date}.time_since_epoch() + hours{hour} + minutes{minute} + seconds{second} +
                   milliseconds{millis}};
}

std::optional<std::chrono::year_month_day> parse_date(std::string_view text) {
    using namespace std::chrono;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (!parse_int(text.substr(0, 4), y) || !parse_int(text.substr(5, 2), m) ||
        !parse_int(text.substr(8, 2), d))
        return std::nullopt;
    if (y < 1900 || y > 2200) return std::nullopt;
    year_month_day ymd{year{y}, month{unsigned(m)}, day{unsigned(d)}};
    if (!ymd.ok()) return std::nullopt;
    return ymd;
}

std::string display_date(std::string_view iso_date) {
    auto date = parse_date(iso_date);
    if (!date) return std::string(iso_date);
    return fmt::format("{:02}.{:02}.{}", unsigned(date->day()), unsigned(date->month()), int(date->year()));
}

std::string date_error_message(std::string_view text) {
    using namespace std::chrono;
    int y = 0, m = 0, d = 0;
    bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' && parse_int(text.substr(0, 4), y) &&
                  parse_int(text.substr(5, 2), m) && parse_int(text.substr(8, 2), d);
    if (!shaped) return "Skriv datoen som dd.mm.åååå.";
    if (!year_month_day{year{y}, month{unsigned(m)}, day{unsigned(d)}}.ok()) return "Datoen finnes ikke.";
    if (y < 1900 || y > 2200) return "Året må være mellom 1900 og 2200.";
    return "Skriv datoen som dd.mm.åååå.";
}

std::string format_date(std::chrono::year_month_day date) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(date.year()), unsigned(date.month()),
                  unsigned(date.day()));
    return buffer;
}

} // namespace husly
