#pragma once
// The KOSTRA figures for temporary accommodation (SSB's form 13, docs/domain.md#kostra) for one
// year, from the stays that had at least one night in it. Pure: no I/O. The counting rules, also
// printed as the report's footnotes (kostra_footnotes) and in docs/figures.md:
//
// - A night is the night after a day: a stay from check-in day S to exit day E has the nights
//   S … E−1. A stay is counted in a year when one of its nights falls in that year.
// - A household is the applicant of the stay (the person it was granted to) with the household
//   registered on the request. It is counted once a year however many stays it had.
// - Night shelter (natthjem): a stay whose placements were all in units marked as night shelter is
//   not counted in the KOSTRA figures but reported apart. A stay with no placement recorded counts
//   as ordinary temporary accommodation.
// - With children: someone in the household under 18 on the first night counted in the year (a
//   child registered without a birth date counts as a child, and shows on the data-quality panel).
// - A stay's length runs from its check-in — also when that was in an earlier year — to its exit;
//   a stay still open at the end of the year is measured to the year's end (so a closed year's
//   figures do not change later), and in the current year to tonight. Moving between units is the
//   same stay. A return (a new stay after an exit) is a new stay.
// - 14 days or fewer: the lengths of all the household's stays counted in the year add up to at
//   most 14 nights.
// - More than 3 months: one of the stays went past its 3-month mark (check-in day + 3 calendar
//   months): the exit, or the end of the measure, is after that day. Leaving on the mark is
//   exactly 3 months and not more.
// - Bed-nights: the stay's nights within the year × the persons in the household.

#include "domain/stay.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace husly {

struct KostraStay {
    int64_t stay_id{0};
    int64_t household_id{0}; // the applicant's person id
    int64_t office_id{0};
    std::string municipality_number;
    Date started_on;
    std::optional<Date> ended_on;
    int persons{1};                          // the household's size on the request
    std::optional<Date> youngest_birth_date; // among all members with a birth date
    bool child_without_birth_date{false};
    bool night_shelter{false}; // every placement of the stay was in a night-shelter unit
    bool under_25{false};      // the applicant was under 25 when the stay began
};

// Someone in the household under 18 on `day` (a child without a birth date counts as one).
bool kostra_has_children_on(const KostraStay& stay, Date day);

// How long a stay had lasted by the cutoff (its exit, or the cutoff if it was open then).
Date kostra_measured_until(const KostraStay& stay, Date cutoff);

struct KostraCount {
    int64_t households{0};
    int64_t stays{0};
    int64_t bed_nights{0};
};

struct KostraFigures {
    int year{0};
    KostraCount all;
    int64_t households_with_children{0};
    int64_t households_14_days_or_fewer{0};
    int64_t households_with_children_over_3_months{0};
    int64_t stays_over_3_months{0}; // ordinary stays past their 3-month mark
    KostraCount night_shelter;      // apart from the figures above
};

// The day the year's measures stop: 1 January of the next year, or tonight's end in the current one.
Date kostra_cutoff(int year, Date today);

// The nights of a stay that fall in [from, until).
int64_t nights_within(const KostraStay& stay, Date from, Date until);

KostraFigures kostra_figures(const std::vector<KostraStay>& stays, int year, Date today);

// The counting rules above as the report prints them, in Norwegian.
const std::vector<std::string>& kostra_footnotes();

// Share in per cent with one decimal, or nullopt when there is nothing to divide by.
std::optional<double> percent_of(int64_t part, int64_t whole);

} // namespace husly
