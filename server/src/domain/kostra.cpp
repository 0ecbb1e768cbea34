#include "domain/kostra.hpp"

#include "domain/household.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace husly {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

Date first_of_year(int year) {
    return Date{std::chrono::year{year}, std::chrono::January, std::chrono::day{1}};
}

struct Household {
    bool with_children{false};
    int64_t nights{0}; // the lengths of its ordinary stays counted in the year
    bool over_3_months{false};
    bool ordinary{false};
    bool night_shelter{false};
};

} // namespace

bool kostra_has_children_on(const KostraStay& stay, Date day) {
    if (stay.child_without_birth_date) return true;
    return stay.youngest_birth_date && age_on(*stay.youngest_birth_date, day) < 18;
}

Date kostra_measured_until(const KostraStay& stay, Date cutoff) {
    if (stay.ended_on && sys_days{*stay.ended_on} < sys_days{cutoff}) return *stay.ended_on;
    return cutoff;
}

Date kostra_cutoff(int year, Date today) {
    auto next_year = sys_days{first_of_year(year + 1)};
    auto tonight_end = sys_days{today} + days{1};
    return Date{std::min(next_year, tonight_end)};
}

int64_t nights_within(const KostraStay& stay, Date from, Date until) {
    auto first = std::max(sys_days{stay.started_on}, sys_days{from});
    auto end = sys_days{kostra_measured_until(stay, until)};
    return std::max<int64_t>(0, (end - first).count());
}

KostraFigures kostra_figures(const std::vector<KostraStay>& stays, int year, Date today) {
    KostraFigures figures;
    figures.year = year;
    auto year_start = first_of_year(year);
    auto cutoff = kostra_cutoff(year, today);
    std::map<int64_t, Household> households;
    for (const auto& stay : stays) {
        auto nights = nights_within(stay, year_start, cutoff);
        if (nights == 0) continue;
        auto& household = households[stay.household_id];
        auto bed_nights = nights * std::max(1, stay.persons);
        if (stay.night_shelter) {
            household.night_shelter = true;
            figures.night_shelter.stays += 1;
            figures.night_shelter.bed_nights += bed_nights;
            continue;
        }
        household.ordinary = true;
        figures.all.stays += 1;
        figures.all.bed_nights += bed_nights;
        auto first_night = Date{std::max(sys_days{stay.started_on}, sys_days{year_start})};
        if (kostra_has_children_on(stay, first_night)) household.with_children = true;
        auto until = kostra_measured_until(stay, cutoff);
        household.nights += days_between(stay.started_on, until);
        if (sys_days{until} > sys_days{three_month_mark(stay.started_on)}) {
            household.over_3_months = true;
            figures.stays_over_3_months += 1;
        }
    }
    for (const auto& [id, household] : households) {
        if (household.night_shelter) figures.night_shelter.households += 1;
        if (!household.ordinary) continue;
        figures.all.households += 1;
        if (household.nights <= 14) figures.households_14_days_or_fewer += 1;
        if (household.with_children) {
            figures.households_with_children += 1;
            if (household.over_3_months) figures.households_with_children_over_3_months += 1;
        }
    }
    return figures;
}

const std::vector<std::string>& kostra_footnotes() {
    // Each note is one long sentence split over lines; the commas between notes are there.
    // NOLINTBEGIN(bugprone-suspicious-missing-comma)
    static const std::vector<std::string> notes{
        "En natt er natten etter en dag: et opphold fra innflytting dag A til utflytting dag B har nettene "
        "A til og med dagen før B. Et opphold telles i året når minst én av nettene er i året.",
        "En husstand er søkeren oppholdet ble innvilget til, med husstanden som er registrert på "
        "henvendelsen. Den telles én gang i året uansett hvor mange opphold den hadde.",
        "Natthjem: et opphold der alle plasseringene var i enheter merket som natthjem, telles ikke med i "
        "KOSTRA-tallene, men vises for seg. Et opphold uten registrert plassering regnes som midlertidig "
        "botilbud.",
        "Husstander med barn: noen i husstanden var under 18 år den første natten som telles i året. Et "
        "barn uten fødselsdato regnes som barn og vises i datakvalitetspanelet.",
        "Lengden på et opphold regnes fra innflytting, også når det var i et tidligere år, til "
        "utflytting. Et opphold som fortsatt var åpent ved årets slutt, måles til årets slutt, slik at "
        "tallene for et avsluttet år ikke endres senere; i inneværende år måles det til i natt. Flytting "
        "mellom enheter er samme opphold. En retur (nytt opphold etter utflytting) er et nytt opphold.",
        "14 dager eller mindre: lengdene av alle husstandens opphold som telles i året, er til sammen "
        "høyst 14 netter.",
        "Over 3 måneder: minst ett av husstandens opphold varte forbi 3-månedersdagen (innflyttingsdagen "
        "+ 3 kalendermåneder). Utflytting på selve dagen er nøyaktig 3 måneder og ikke over.",
        "Bodøgn: oppholdets netter i året × antall personer i husstanden.",
    };
    // NOLINTEND(bugprone-suspicious-missing-comma)
    return notes;
}

std::optional<double> percent_of(int64_t part, int64_t whole) {
    if (whole <= 0) return std::nullopt;
    return std::round(1000.0 * static_cast<double>(part) / static_cast<double>(whole)) / 10.0;
}

} // namespace husly
