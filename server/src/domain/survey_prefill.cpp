#include "domain/survey_prefill.hpp"

#include "domain/decision.hpp"
#include "domain/request_codes.hpp"
#include "domain/statuses.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <set>

namespace husly::survey {
namespace {

using std::chrono::sys_days;

bool within(Date day, Date from, Date until) {
    return sys_days{day} >= sys_days{from} && sys_days{day} <= sys_days{until};
}

// A span (first day, last day or open) that touches the period.
bool overlaps(Date starts, std::optional<Date> ends, Date from, Date until) {
    return sys_days{starts} <= sys_days{until} && (!ends || sys_days{*ends} >= sys_days{from});
}

std::string day_text(Date day) {
    return fmt::format("{}.{}.{}", static_cast<unsigned>(day.day()), static_cast<unsigned>(day.month()),
                       static_cast<int>(day.year()));
}

std::string percent(int64_t part, int64_t whole) {
    return fmt::format("{} %", rounded_percent(part, whole));
}

int survey_code(CodeList list, std::string_view code) {
    const auto* entry = find_code(list, code);
    return entry == nullptr ? 0 : entry->survey_code;
}

Answer one(int code) {
    return Answer{{code}, {}, {}};
}

// How many requests of the period, or of the same days last year, a group had.
int64_t in_group(const std::vector<const RequestFact*>& requests, std::string_view group) {
    return std::count_if(requests.begin(), requests.end(), [&](const RequestFact* request) {
        return std::find(request->groups.begin(), request->groups.end(), group) != request->groups.end();
    });
}

// More, about the same, or fewer: a change of at least 10 % and at least 2 counts as one.
int change_code(int64_t now, int64_t before, int more, int same, int fewer) {
    auto difference = now - before;
    if (std::llabs(difference) < 2 || std::llabs(difference) * 10 < std::max<int64_t>(before, 1)) return same;
    return difference > 0 ? more : fewer;
}

// "Ofte / noen ganger / sjelden / aldri" from a share: at least 20 % often, at least 5 %
// sometimes, above 0 rarely.
int frequency_code(int64_t part, int64_t whole, int often, int sometimes, int rarely, int never) {
    if (part == 0) return never;
    if (part * 100 >= 20 * whole) return often;
    if (part * 100 >= 5 * whole) return sometimes;
    return rarely;
}

// What the rules share — the period's requests (and the same days last year's), vedtak,
// placements and turnaways — and the answers so far. One member function per rule (docs/survey.md),
// each adding the labels it answers; prefill() runs them in the questionnaire's order.
struct Prefill {
    const Definition& definition;
    const OfficeFacts& facts;
    const Period& period;
    std::string last_period;
    bool has_last_year{false};
    std::vector<const RequestFact*> requests, last_requests;
    int64_t count{0}, last_count{0};
    int64_t decided{0}, refused{0}, granted{0}; // vedtak made in the period
    std::vector<const PlacementFact*> placements;
    std::vector<const TurnawayFact*> turnaways;
    std::vector<Prefilled> out;

    // An answer, kept only when the questionnaire has the label.
    void add(std::string label, Answer answer, std::string figure, std::string rule) {
        if (definition.find(label) != nullptr)
            out.push_back({std::move(label), std::move(answer), std::move(figure), std::move(rule)});
    }

    void request_count();        // Label10
    void request_change();       // Label11
    void groups_asking();        // Label19, Label21
    void refusals();             // Label16
    void own_places();           // Label6, Label7
    void quality_agreements();   // Label8, Label9
    void kinds_of_place();       // Label24
    void places_below_quality(); // Label9b, Label45
    void no_place_found();       // Label27
    void inspection_problems();  // Label33
    void long_stays();           // Label37–39
};

Prefill gather(const Definition& definition, const OfficeFacts& facts, const Period& period) {
    Prefill p{definition, facts, period};
    p.last_period = day_text(period.last_from) + "–" + day_text(period.last_until);
    p.has_last_year = facts.first_request && sys_days{*facts.first_request} <= sys_days{period.last_from};
    for (const auto& request : facts.requests) {
        if (within(request.received, period.from, period.until)) p.requests.push_back(&request);
        if (within(request.received, period.last_from, period.last_until))
            p.last_requests.push_back(&request);
    }
    p.count = static_cast<int64_t>(p.requests.size());
    p.last_count = static_cast<int64_t>(p.last_requests.size());
    for (const auto& request : facts.requests) {
        if (!request.decided || !within(*request.decided, period.from, period.until)) continue;
        ++p.decided;
        if (request.decision == "AVSLATT") ++p.refused;
        if (grants_place(request.decision)) ++p.granted;
    }
    for (const auto& placement : facts.placements)
        if (overlaps(placement.starts, placement.ends, period.from, period.until))
            p.placements.push_back(&placement);
    for (const auto& turnaway : facts.turnaways)
        if (within(turnaway.occurred, period.from, period.until)) p.turnaways.push_back(&turnaway);
    return p;
}

void Prefill::request_count() {
    // Label10: the number of requests so far this year, in the questionnaire's ranges.
    if (const auto* question = definition.find("Label10")) {
        for (const auto& option : question->options)
            if (count >= option.min.value_or(0) && (!option.max || count <= *option.max))
                add("Label10", one(option.code), fmt::format("{} søknader registrert", count),
                    "Antallet henvendelser registrert i perioden, plassert i skjemaets intervaller.");
    }
}

void Prefill::request_change() {
    // Label11: more or fewer than the same days last year.
    if (has_last_year)
        add("Label11", one(change_code(count, last_count, 1, 2, 3)),
            fmt::format("{} søknader, mot {} i {}", count, last_count, last_period),
            "«Flere» eller «Færre» når endringen er minst 10 % og minst 2 søknader, ellers «Omtrent like "
            "mange».");
    else
        add("Label11", one(4), fmt::format("{} søknader; Husly har ikke data fra samme tid i fjor", count),
            "«Ikke sikker» når kontorets data ikke går tilbake til samme tid i fjor.");
}

void Prefill::groups_asking() {
    // Label19 and Label21: which groups ask, and whether more or fewer than last year.
    if (const auto* question = definition.find("Label19"); question != nullptr && count > 0) {
        Answer answer;
        for (const auto& row : question->rows)
            answer.rows[row.code] = frequency_code(in_group(requests, row.group), count, 1, 2, 3, 4);
        add("Label19", answer, fmt::format("{} søknader fordelt på gruppene som er registrert på dem", count),
            "Andelen av søknadene i gruppen: minst 20 % «Ofte», minst 5 % «Noen ganger», under 5 % "
            "«Sjelden», "
            "ingen «Aldri».");
    }
    if (const auto* question = definition.find("Label21"); question != nullptr && has_last_year) {
        Answer answer;
        for (const auto& row : question->rows)
            answer.rows[row.code] =
                change_code(in_group(requests, row.group), in_group(last_requests, row.group), 1, 2, 3);
        add("Label21", answer, fmt::format("Søknader per gruppe i perioden mot {}", last_period),
            "Per gruppe: «Flere» eller «Færre» når endringen er minst 10 % og minst 2 søknader, ellers "
            "«Omtrent det samme».");
    }
}

void Prefill::refusals() {
    // Label16: refusals among the vedtak made in the period.
    if (decided > 0)
        add("Label16", one(frequency_code(refused, decided, 1, 2, 3, 4)),
            fmt::format("{} avslag av {} vedtak ({})", refused, decided, percent(refused, decided)),
            "Andelen avslag: minst 20 % «Ja, ofte», minst 5 % «Ja, noen ganger», under 5 % «Ja, sjelden», "
            "ingen «Nei, aldri».");
}

void Prefill::own_places() {
    // Label6 and Label7: the municipality's own temporary places.
    std::set<int> offer_codes;
    for (const auto& offer : facts.own_offer_types)
        if (auto code = survey_code(CodeList::offer_type, offer); code != 0 && code != 6)
            offer_codes.insert(code);
    add("Label6", one(facts.own_offer_types.empty() ? 2 : 1),
        fmt::format("{} aktive kommunale botilbud registrert", facts.own_offer_types.size()),
        "«Ja» når kontoret har minst ett aktivt kommunalt botilbud registrert i Husly.");
    if (!offer_codes.empty())
        add("Label7", Answer{{offer_codes.begin(), offer_codes.end()}, {}, {}},
            "Typene av de kommunale botilbudene som er registrert",
            "Hver type kommunalt botilbud som er registrert (typen «Annet» må utdypes av den som svarer).");
}

void Prefill::quality_agreements() {
    // Label8 and Label9: quality agreements, and with whom.
    add("Label8", one(facts.valid_agreements.empty() ? 2 : 1),
        fmt::format("{} tilbydere med gyldig kvalitetsavtale per {}", facts.valid_agreements.size(),
                    day_text(period.until)),
        "«Ja» når minst én tilbyder har en gyldig kvalitetsavtale med kontoret.");
    if (!facts.valid_agreements.empty()) {
        std::map<int, std::vector<std::string>> names;
        for (const auto& agreement : facts.valid_agreements) {
            int code = agreement.provider_kind == "ideell_avtale"   ? 1
                       : agreement.provider_kind == "privat_avtale" ? 2
                                                                    : 3;
            names[code].push_back(agreement.provider_name);
        }
        Answer answer;
        for (auto& [code, list] : names) {
            std::sort(list.begin(), list.end());
            answer.codes.push_back(code);
            answer.texts[code] = fmt::format("{}", fmt::join(list, ", "));
        }
        add("Label9", answer, "Tilbyderne med gyldig kvalitetsavtale",
            "Navnene på tilbyderne med gyldig avtale, etter om de er ideelle, private eller andre.");
    }
}

void Prefill::kinds_of_place() {
    // Label24: the kinds of place used in the period (cash from what a turnaway gave instead).
    std::set<int> kinds;
    for (const auto* placement : placements)
        if (auto code = survey_code(CodeList::provider_kind, placement->provider_kind);
            code != 0 && code != 9)
            kinds.insert(code);
    for (const auto* turnaway : turnaways)
        for (const auto& instead : turnaway->instead)
            if (survey_code(CodeList::turnaway_instead, instead) == 8) kinds.insert(8);
    if (!kinds.empty())
        add("Label24", Answer{{kinds.begin(), kinds.end()}, {}, {}},
            fmt::format("{} plasseringer og {} avvisninger i perioden", placements.size(), turnaways.size()),
            "Hver type tilbyder kontoret har plassert hos, og «kontanter» når en avvisning ga penger til en "
            "natt i stedet.");
}

void Prefill::places_below_quality() {
    // Label9b and Label45: places without the required quality, and whether it was reported.
    if (!placements.empty()) {
        auto below = std::count_if(placements.begin(), placements.end(), [](const PlacementFact* p) {
            return p->quality_status != to_string(QualityStatus::adequate);
        });
        add("Label9b", one(below > 0 ? 1 : 2),
            fmt::format("{} av {} plasseringer i botilbud uten godkjent kvalitet", below, placements.size()),
            "«Ja» når minst én plassering i perioden var i et botilbud som ikke var vurdert forsvarlig "
            "(eller "
            "manglet kontroll eller avtale) da den ble booket.");
        if (below > 0) {
            int64_t quality_deviations = 0, reported = 0;
            for (const auto& deviation : facts.deviations)
                if ((deviation.kind == "uten_kvalitetskontroll" || deviation.kind == "uten_avtale") &&
                    within(deviation.opened, period.from, period.until)) {
                    ++quality_deviations;
                    if (deviation.reported) ++reported;
                }
            add("Label45", one(reported > 0 ? 1 : 2),
                fmt::format("{} av {} slike avvik meldt til kommunen", reported, quality_deviations),
                "«Ja» når minst ett avvik om plassering uten kvalitetskontroll eller avtale er meldt til "
                "kommunen.");
        }
    }
}

void Prefill::no_place_found() {
    // Label27: granted vedtak where no place was found.
    add("Label27",
        one(frequency_code(static_cast<int64_t>(turnaways.size()), std::max<int64_t>(granted, 1), 1, 2, 3,
                           4)),
        fmt::format("{} ganger uten plass, {} innvilgede vedtak", turnaways.size(), granted),
        "Avvisninger (ingen plass funnet) mot innvilgede vedtak: minst 20 % «Ja, ofte», minst 5 % «Ja, noen "
        "ganger», under 5 % «Ja, men svært sjelden», ingen «Nei».");
}

void Prefill::inspection_problems() {
    // Label33: problems registered in the period's inspections.
    int64_t inspections = 0;
    std::set<int> problems;
    for (const auto& inspection : facts.inspections) {
        if (!within(inspection.inspected, period.from, period.until)) continue;
        ++inspections;
        for (const auto& problem : inspection.problems)
            if (auto code = survey_code(CodeList::quality_problem, problem); code != 0 && code != 10)
                problems.insert(code);
    }
    if (inspections > 0)
        add("Label33", problems.empty() ? one(11) : Answer{{problems.begin(), problems.end()}, {}, {}},
            fmt::format("{} kvalitetskontroller, {} ulike utfordringer registrert", inspections,
                        problems.size()),
            "Utfordringene som er krysset av i periodens kvalitetskontroller; «Ingen utfordringer» når ingen "
            "er "
            "registrert («Andre utfordringer» må utdypes av den som svarer).");
}

void Prefill::long_stays() {
    // Label37–39: stays over 3 months, and whether families and under-25s were among them.
    int64_t stays = 0, long_stays = 0, long_families = 0, long_young = 0;
    for (const auto& stay : facts.stays) {
        if (!overlaps(stay.started, stay.ended, period.from, period.until)) continue;
        ++stays;
        if (stay_days(stay, period.until) <= 90) continue;
        ++long_stays;
        if (stay.family_with_children) ++long_families;
        if (stay.under_25) ++long_young;
    }
    if (stays > 0) {
        int code = long_stays == 0 ? 3 : long_stays * 100 >= 20 * stays ? 1 : 2;
        add("Label37", one(code),
            fmt::format("{} av {} opphold varte mer enn 3 måneder ({})", long_stays, stays,
                        percent(long_stays, stays)),
            "Opphold i perioden som har vart mer enn 90 dager: minst 20 % «Ja, ofte», færre «Ja, noen "
            "ganger», "
            "ingen «Nei».");
        if (long_stays > 0) {
            add("Label38", one(long_families > 0 ? 1 : 2),
                fmt::format("{} av dem barnefamilier", long_families),
                "«Ja» når minst ett av de lange oppholdene var en barnefamilie.");
            add("Label39", one(long_young > 0 ? 1 : 2), fmt::format("{} av dem unge under 25 år", long_young),
                "«Ja» når minst ett av de lange oppholdene var en ung under 25 år.");
        }
    }
}

} // namespace

nlohmann::json prefilled_json(const Prefilled& item) {
    return {{"label", item.label},
            {"answer", answers_json({{item.label, item.answer}}).at(item.label)},
            {"figure", item.figure},
            {"rule", item.rule}};
}

Period period_until(Date until) {
    auto year = until.year();
    auto last_year = year - std::chrono::years{1};
    Date last_until{last_year, until.month(), until.day()};
    if (!last_until.ok()) last_until = last_year / until.month() / std::chrono::last; // 29 February
    return {Date{year, std::chrono::January, std::chrono::day{1}}, until,
            Date{last_year, std::chrono::January, std::chrono::day{1}}, last_until};
}

std::string describe(const Period& period) {
    return day_text(period.from) + "–" + day_text(period.until);
}

int64_t stay_days(const StayFact& stay, Date until) {
    auto end = stay.ended && sys_days{*stay.ended} < sys_days{until} ? *stay.ended : until;
    return std::max<int64_t>(0, (sys_days{end} - sys_days{stay.started}).count());
}

std::vector<Prefilled> prefill(const Definition& definition, const OfficeFacts& facts, const Period& period) {
    auto p = gather(definition, facts, period);
    p.request_count();
    p.request_change();
    p.groups_asking();
    p.refusals();
    p.own_places();
    p.quality_agreements();
    p.kinds_of_place();
    p.places_below_quality();
    p.no_place_found();
    p.inspection_problems();
    p.long_stays();
    return std::move(p.out);
}

} // namespace husly::survey
