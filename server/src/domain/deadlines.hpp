#pragma once
// Deadlines in calendar days under forvaltningsloven: the 3-week appeal deadline (§ 29) runs
// from the day the person was informed; a deadline falling on a Saturday, Sunday or public
// holiday moves to the next working day (domstolloven § 148, applied by fvl. § 30).

#include <chrono>

namespace husly {

// Norwegian public holidays: New Year's Day, Maundy Thursday, Good Friday, Easter Sunday and
// Monday, 1 May, 17 May, Ascension Day, Whit Sunday and Monday, Christmas Day, Boxing Day.
bool is_public_holiday(std::chrono::year_month_day date);
bool is_working_day(std::chrono::year_month_day date);
std::chrono::year_month_day easter_sunday(std::chrono::year year);

// The last day to appeal: informed + 21 days, moved to the next working day if needed.
std::chrono::year_month_day appeal_deadline(std::chrono::year_month_day informed);

} // namespace husly
