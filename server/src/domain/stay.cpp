#include "domain/stay.hpp"

#include "common/clock.hpp"
#include "domain/request_codes.hpp"

#include <algorithm>

namespace husly {
namespace {

Date date_of(const std::string& text) {
    return parse_date(text).value();
}

} // namespace

Date add_months(Date date, int months) {
    auto shifted = date.year() / date.month() + std::chrono::months(months);
    auto last =
        std::chrono::year_month_day_last(shifted.year(), std::chrono::month_day_last(shifted.month()));
    auto day = std::min(date.day(), last.day());
    return shifted.year() / shifted.month() / day;
}

int64_t days_between(Date from, Date to) {
    return (std::chrono::sys_days{to} - std::chrono::sys_days{from}).count();
}

Date three_month_mark(Date started) {
    return add_months(started, 3);
}

std::string_view to_string(WatchLevel level) {
    switch (level) {
    case WatchLevel::approaching:
        return "approaching";
    case WatchLevel::past:
        return "past";
    case WatchLevel::none:
        break;
    }
    return "none";
}

WatchLevel watch_level(const Stay& stay, Date today) {
    if (stay.exit) return WatchLevel::none;
    auto left = days_between(today, three_month_mark(date_of(stay.started_on)));
    if (left <= 0) return WatchLevel::past;
    if (left <= watch_warning_days) return WatchLevel::approaching;
    return WatchLevel::none;
}

bool is_escalated(const Stay& stay, Date today) {
    return watch_level(stay, today) == WatchLevel::past && (stay.family_with_children || stay.under_25);
}

bool period_expired(const Stay& stay, Date today) {
    if (stay.exit || !stay.period_to) return false;
    return days_between(date_of(*stay.period_to), today) > 0;
}

int64_t length_in_days(const Stay& stay, Date today) {
    auto end = stay.exit ? date_of(stay.exit->ended_on) : today;
    return std::max<int64_t>(0, days_between(date_of(stay.started_on), end));
}

bool is_return(Date previous_exit, Date started) {
    return days_between(previous_exit, started) >= 0 && started <= add_months(previous_exit, 12);
}

Result<StayExit> check_exit(const Stay& stay, const ExitInput& exit, Date today) {
    auto ended = parse_date(exit.ended_on);
    if (!ended) return invalid("endedOn", date_error_message(exit.ended_on));
    if (days_between(date_of(stay.started_on), *ended) < 0)
        return invalid("endedOn", "Utflyttingsdatoen kan ikke være før innflyttingen.");
    if (days_between(today, *ended) > 0)
        return invalid("endedOn",
                       "Utflyttingen registreres når den har skjedd; datoen kan ikke være fram i tid.");
    auto outcome = parse_exit_outcome(exit.outcome);
    if (!outcome) return invalid("outcome", "Velg hvor personen flyttet.", "unknown_code");
    bool transit = false, needs_note = false;
    switch (*outcome) {
    case ExitOutcome::terminated:
        return invalid("outcome", "Stans av botilbudet er et vedtak: bruk «Vedtak om stans».",
                       "needs_decision");
    case ExitOutcome::transit:
        transit = true;
        break;
    case ExitOutcome::ended_by_provider:
    case ExitOutcome::other:
        needs_note = true;
        break;
    case ExitOutcome::municipal_housing:
    case ExitOutcome::private_rental:
    case ExitOutcome::own_home:
    case ExitOutcome::declined_offer:
    case ExitOutcome::left_without_notice:
        break;
    }
    if (transit) {
        if (!is_known_code(CodeList::transit_kind, exit.transit_kind))
            return invalid("transitKind", "Velg hva overgangsløsningen er.", "unknown_code");
        if (!exit.transit_until) return invalid("transitUntil", "Skriv hvor lenge overgangsløsningen varer.");
        auto until = parse_date(*exit.transit_until);
        if (!until) return invalid("transitUntil", date_error_message(*exit.transit_until));
        if (days_between(*ended, *until) < 0)
            return invalid("transitUntil", "Overgangsløsningen kan ikke slutte før utflyttingen.");
    } else if (!exit.transit_kind.empty() || exit.transit_until) {
        return invalid("transitKind", "Bare en overgangsløsning har type og sluttdato.");
    }
    if (needs_note && exit.note.empty())
        return invalid("note", *outcome == ExitOutcome::other
                                   ? "Beskriv hvor personen flyttet."
                                   : "Skriv hvorfor tilbyderen avsluttet oppholdet.");
    return StayExit{exit.ended_on, outcome, exit.transit_kind, exit.transit_until, exit.note};
}

bool comes_first_on_watch(const Stay& a, const Stay& b, Date today) {
    auto priority = [](const Stay& s) { return s.family_with_children || s.under_25; };
    if (priority(a) != priority(b)) return priority(a);
    auto rank = [&](const Stay& s) {
        auto level = watch_level(s, today);
        return level == WatchLevel::past ? 0 : level == WatchLevel::approaching ? 1 : 2;
    };
    if (rank(a) != rank(b)) return rank(a) < rank(b);
    return length_in_days(a, today) > length_in_days(b, today);
}

void sort_for_watch(std::vector<Stay>& stays, Date today) {
    std::stable_sort(stays.begin(), stays.end(),
                     [&](const Stay& a, const Stay& b) { return comes_first_on_watch(a, b, today); });
}

} // namespace husly
