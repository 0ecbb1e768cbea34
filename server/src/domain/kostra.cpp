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
    int64_t nights{0}; // its ordinary stays' nights within the year
    bool over_3_months{false};
    bool ordinary{false};
    bool night_shelter{false};
};

} // namespace

bool kostra_has_children_on(const KostraStay& stay, Date day) {
    return std::ranges::any_of(stay.members, [&](const KostraMember& member) {
        if (!member.placed) return false;
        if (!member.birth_date) return member.child;
        return age_on(*member.birth_date, day) < 18;
    });
}

int kostra_persons(const KostraStay& stay) {
    auto placed =
        std::ranges::count_if(stay.members, [](const KostraMember& member) { return member.placed; });
    return std::max(1, static_cast<int>(placed));
}

std::map<int64_t, Date> kostra_spell_starts(const std::vector<KostraStay>& stays, Date cutoff) {
    // The ordinary stays of each household in each municipality, by check-in.
    std::map<std::pair<int64_t, std::string>, std::vector<const KostraStay*>> by_household;
    for (const auto& stay : stays)
        if (!stay.night_shelter) by_household[{stay.household_id, stay.municipality_number}].push_back(&stay);
    std::map<int64_t, Date> starts;
    for (auto& [key, list] : by_household) {
        std::ranges::sort(list, [](const KostraStay* a, const KostraStay* b) {
            if (a->started_on != b->started_on) return sys_days{a->started_on} < sys_days{b->started_on};
            return a->stay_id < b->stay_id;
        });
        std::optional<Date> spell_start;
        sys_days spell_end{}; // the latest exit (or measure's end) of the spell so far
        for (const auto* stay : list) {
            auto start = sys_days{stay->started_on};
            auto end = sys_days{kostra_measured_until(*stay, cutoff)};
            if (!spell_start || start > spell_end + days{1}) {
                spell_start = stay->started_on;
                spell_end = end;
            } else {
                spell_end = std::max(spell_end, end);
            }
            starts[stay->stay_id] = *spell_start;
        }
    }
    return starts;
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
    auto spell_starts = kostra_spell_starts(stays, cutoff);
    std::map<int64_t, Household> households;
    for (const auto& stay : stays) {
        auto nights = nights_within(stay, year_start, cutoff);
        if (nights == 0) continue; // an earlier stay, passed in for its spell
        auto& household = households[stay.household_id];
        auto bed_nights = nights * kostra_persons(stay);
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
        household.nights += nights;
        if (sys_days{until} > sys_days{three_month_mark(spell_starts.at(stay.stay_id))}) {
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
        "Husstander i midlertidig botilbud (KOStotmidlbo): husstander som har benyttet et midlertidig "
        "botilbud i løpet av året. En husstand er søkeren oppholdet ble innvilget til, og telles én gang "
        "i året uansett hvor mange opphold den hadde.",
        "Et opphold telles uansett hvilket utfall henvendelsen eller vedtaket er registrert med: også "
        "hotell- eller pensjonatnetter som kontoret har skaffet og betalt, er et opphold. Netter som "
        "bare er registrert som «ingen plass funnet» (kontanter, hotell eller natthjem i stedet), har "
        "ingen datoer i Husly og kan ikke telles.",
        "Natthjem: et opphold der alle plasseringene var i enheter merket som natthjem, telles ikke med i "
        "KOSTRA-tallene, men vises for seg. Et opphold uten registrert plassering regnes som midlertidig "
        "botilbud.",
        "Husstanden som bor i botilbudet, er de av henvendelsens husstandsmedlemmer som er plassert "
        "(bookingen sier hvem; som standard alle). Et opphold uten innsjekket plassering har hele "
        "husstanden på henvendelsen.",
        "Husstander med barn (KOSmidlbobarn): husstander med barn under 18 år boende i det midlertidige "
        "botilbudet, det vil si at et plassert barn var under 18 år den første natten som telles i året. "
        "Et barn som står på henvendelsen, men ikke bor der, teller ikke. Et barn uten fødselsdato "
        "regnes som barn og vises i datakvalitetspanelet.",
        "14 dager eller mindre (KOSandmidlbo14d): husstander som ikke har vært i et midlertidig botilbud "
        "i mer enn 14 dager i løpet av rapporteringsåret. Dagene er døgn (netter) i rapporteringsåret, "
        "summert over husstandens opphold: et opphold fra 1. desember til 5. januar har 4 netter i det "
        "nye året og 31 i det gamle.",
        "Barnefamilier over 3 måneder (KOSandbarn3m): husstander med barn boende i det midlertidige "
        "botilbudet i mer enn 3 måneder sammenhengende. Et opphold som begynner samme dag som, eller "
        "dagen etter, at husstandens forrige opphold i kommunen sluttet, fortsetter samme periode "
        "(forlengelser og nye vedtak uten opphold). Perioden er over 3 måneder når et opphold i året "
        "varte forbi 3-månedersdagen (periodens første innflyttingsdag + 3 kalendermåneder); "
        "utflytting på selve dagen er nøyaktig 3 måneder og ikke over. Et opphold som fortsatt var åpent "
        "ved årets slutt, måles til årets slutt; i inneværende år til i natt.",
        "Flytting mellom enheter er samme opphold. En retur (nytt opphold etter utflytting) er et nytt "
        "opphold, men kan fortsette samme 3-månedersperiode.",
        "Bodøgn: oppholdets netter i året × antall personer som er plassert.",
    };
    // NOLINTEND(bugprone-suspicious-missing-comma)
    return notes;
}

std::optional<double> percent_of(int64_t part, int64_t whole) {
    if (whole <= 0) return std::nullopt;
    return std::round(1000.0 * static_cast<double>(part) / static_cast<double>(whole)) / 10.0;
}

} // namespace husly
