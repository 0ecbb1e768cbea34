#pragma once
// The KOSTRA figures for temporary accommodation (SSB's form 13, docs/domain.md#kostra) for one
// year, from the stays that had at least one night in it. Pure: no I/O. The counting rules, also
// printed as the report's footnotes (kostra_footnotes) and in docs/figures.md:
//
// - A night is the night after a day: a stay from check-in day S to exit day E has the nights
//   S … E−1. A stay is counted in a year when one of its nights falls in that year.
// - A household is the applicant of the stay (the person it was granted to). It is counted once a
//   year however many stays it had.
// - Night shelter (natthjem): a stay whose placements were all in units marked as night shelter is
//   not counted in the KOSTRA figures but reported apart. A stay with no placement recorded counts
//   as ordinary temporary accommodation. A stay counts whatever the request's or the vedtak's
//   outcome code says (a hotel night arranged and paid by the office is a stay like any other).
// - The household living in the place: the request's members who were placed (a booking says who;
//   by default all of them). A member is placed in a stay when one of its lived-in placements
//   placed them; a stay without a lived-in placement has the request's whole household.
// - With children (KOSmidlbobarn): someone placed under 18 on the first night counted in the year
//   (a child registered without a birth date counts as a child, and shows on the data-quality
//   panel). A child named on the request but not placed does not make a household with children.
// - 14 days or fewer (KOSandmidlbo14d): the household's nights within the reporting year, summed
//   over its counted stays, are at most 14. A day is a night spent there (a døgn): a stay from
//   1 December to 5 January has 4 nights in the new year and 31 in the old.
// - More than 3 months (KOSandbarn3m): measured per household over its spell: a stay that begins on
//   the day, or the day after, an earlier ordinary stay of the same household in the same
//   municipality ended (or while it still ran) continues that stay's spell, however many stays
//   (extensions, returns) it takes. The spell's 3-month mark is its first check-in day + 3
//   calendar months (as the 3-month watch). A stay counted in the year is past the mark when its
//   exit — or the end of the measure, for a stay still open — is after that day. Leaving on the
//   mark is exactly 3 months and not more. Earlier stays (with no night in the year) are passed in
//   only to find where a spell began.
// - A stay's end is its exit; a stay still open at the end of the year is measured to the year's
//   end (so a closed year's figures do not change later), and in the current year to tonight.
//   Moving between units is the same stay. A return (a new stay after an exit) is a new stay.
// - Bed-nights: the stay's nights within the year × the persons placed.

#include "domain/stay.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace husly {

struct KostraMember {
    bool child{false}; // registered as a child (the role), whatever the birth date says
    std::optional<Date> birth_date;
    bool placed{true}; // lived in the place (see above)
};

struct KostraStay {
    int64_t stay_id{0};
    int64_t household_id{0}; // the applicant's person id
    int64_t office_id{0};
    std::string municipality_number;
    Date started_on;
    std::optional<Date> ended_on;
    std::vector<KostraMember> members; // the request's household, each marked placed or not
    bool night_shelter{false};         // every placement of the stay was in a night-shelter unit
    bool under_25{false};              // the applicant was under 25 when the stay began
};

// Someone placed under 18 on `day` (a child without a birth date counts as one).
bool kostra_has_children_on(const KostraStay& stay, Date day);

// The persons placed (at least 1: the applicant, also when no members were read).
int kostra_persons(const KostraStay& stay);

// The first check-in day of the spell each ordinary stay belongs to (by stay id; rules above),
// the stays measured to `cutoff`.
std::map<int64_t, Date> kostra_spell_starts(const std::vector<KostraStay>& stays, Date cutoff);

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
