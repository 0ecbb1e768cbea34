#include "domain/deadlines.hpp"

namespace husly {

using namespace std::chrono;

year_month_day easter_sunday(year y) {
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    int a = int(y) % 19, b = int(y) / 100, c = int(y) % 100, d = b / 4, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    int month_value = (h + l - 7 * m + 114) / 31, day_value = (h + l - 7 * m + 114) % 31 + 1;
    return year_month_day{y, month{unsigned(month_value)}, day{unsigned(day_value)}};
}

bool is_public_holiday(year_month_day date) {
    auto m = date.month();
    auto d = date.day();
    if ((m == January && d == day{1}) || (m == May && (d == day{1} || d == day{17})) ||
        (m == December && (d == day{25} || d == day{26})))
        return true;
    auto easter = sys_days{easter_sunday(date.year())};
    auto offset = (sys_days{date} - easter).count();
    // Maundy Thursday, Good Friday, Easter Sunday, Easter Monday, Ascension, Whit Sunday, Whit Monday.
    for (int holiday : {-3, -2, 0, 1, 39, 49, 50})
        if (offset == holiday) return true;
    return false;
}

bool is_working_day(year_month_day date) {
    weekday wd{sys_days{date}};
    return wd != Saturday && wd != Sunday && !is_public_holiday(date);
}

year_month_day appeal_deadline(year_month_day informed) {
    auto deadline = sys_days{informed} + days{21};
    while (!is_working_day(year_month_day{deadline})) deadline += days{1};
    return year_month_day{deadline};
}

} // namespace husly
