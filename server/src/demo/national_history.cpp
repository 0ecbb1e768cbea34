// The national generator's history: people asking, vedtak, stays with their places and notes,
// turnaways and deviations — in the demo's proportions, each step at the time it happened.

#include "demo/demo_distributions.hpp"
#include "demo/national_plan.hpp"
#include "domain/deadlines.hpp"
#include "domain/person.hpp"
#include "domain/stay.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace husly::demo::national {
namespace {

using std::chrono::days;

const Day open_end = Day{std::chrono::year{2200} / 1 / 1}; // a bed held by a stay still going on

const std::vector<const char*> note_texts{
    "Samtale om boligsøknad. Sendt søknad om kommunal bolig.",
    "Beboeren møtte ikke til avtalt samtale. Ringt, ny avtale satt opp.",
    "Budsjettsamtale. Gjennomgått inntekter og faste utgifter.",
    "Fulgt opp med visning av privat leilighet sammen med beboeren.",
    "Tilbyderen melder at beboeren følger husreglene.",
    "Samtale om helse og behov for oppfølging fra kommunen.",
    "Søknad om depositumsgaranti behandlet.",
    "Møte med boligkontoret. Beboeren står på venteliste for kommunal bolig.",
};

struct PersonPlan {
    int64_t id{0};
    Day birth{}; // day of month at most 28, as in the identity number
    std::string first_name;
    std::string municipality;
    std::vector<Day> children; // birth dates
    Day busy_until{};          // no new request before the last stay has ended
    std::optional<int64_t> last_stay;
    int64_t caseworker{0};
};

struct StayPlan {
    int64_t id{0};
    int64_t request{0};
    Day start{};
    Day end{}; // check-out day (the one planned, while the stay goes on)
    bool ended{false};
    bool family{false};
    bool young{false};
};

class OfficeHistory {
public:
    OfficeHistory(Context& context, OfficePlan& office)
        : m_context(context), m_office(office), m_tables(context.tables) {}

    void run(int64_t wanted_requests) {
        while (m_requests < wanted_requests) person();
    }

private:
    Context& m_context;
    OfficePlan& m_office;
    Tables& m_tables;
    int64_t m_requests{0};
    int m_exit_counter{0};
    int m_waiting_position{0};

    int64_t caseworker() {
        return m_office.caseworkers[static_cast<size_t>(m_context.pick(int(m_office.caseworkers.size())))];
    }

    void person() {
        auto& random = m_context.random;
        PersonPlan person;
        person.id = m_tables.next_id("persons");
        person.caseworker = caseworker();
        person.municipality =
            m_office.municipalities[static_cast<size_t>(m_context.pick(int(m_office.municipalities.size())))];
        std::vector<Day> visits;
        int count = 1 + (m_context.chance(40) ? 1 + (m_context.chance(25) ? 1 : 0) : 0);
        visits.reserve(static_cast<size_t>(count));
        for (int i = 0; i < count; ++i)
            visits.push_back(
                m_context.today -
                days(demo::seasonal_days_ago(random, 3650, std::chrono::year_month_day{m_context.today})));
        std::sort(visits.begin(), visits.end());
        bool young = m_context.chance(15);
        int age = young ? 18 + m_context.pick(7) : 25 + m_context.pick(45);
        std::chrono::year_month_day born{visits.front() - days(age * 365 + m_context.pick(365))};
        person.birth = Day{born.year() / born.month() / std::min(born.day(), std::chrono::day{28})};
        if (m_context.chance(25)) // a household with children
            for (int n = 1 + (m_context.chance(35) ? 1 : 0); n > 0; --n)
                person.children.push_back(visits.front() - days(365 + m_context.pick(15 * 365)));
        std::string number;
        for (int tries = 1;; ++tries) {
            // A birth date has about 400 synthetic numbers; at ten times the country the busiest
            // dates (the 28th takes the 29th to the 31st) run out, and the person is born a day
            // earlier.
            if (tries % 200 == 0) person.birth -= days(1);
            std::chrono::year_month_day birth{person.birth};
            number = demo::synthetic_number(random, int(birth.year()), int(unsigned(birth.month())),
                                            int(unsigned(birth.day())));
            if (m_context.identity_numbers.insert(number).second) break;
        }
        person.first_name = demo::first_names()[random() % demo::first_names().size()];
        std::string last = demo::last_names()[random() % demo::last_names().size()];
        auto registered = at_hour(visits.front(), 9 + m_context.pick(6), m_context.pick(60));
        m_tables.persons.add_row({{"id", person.id},
                                  {"identity_number", number},
                                  {"first_name", person.first_name},
                                  {"last_name", last},
                                  {"name_key", name_search_key(person.first_name + " " + last)},
                                  {"birth_date", text_of(person.birth)},
                                  {"phone", ""},
                                  {"registered_office_id", m_office.id},
                                  {"created_at", format_instant(registered)}});
        m_tables.person_offices.add_row({{"person_id", person.id},
                                         {"office_id", m_office.id},
                                         {"linked_at", format_instant(registered)}});
        m_context.record(registered, person.caseworker, m_office.id, "person.create", person.id, person.id);
        for (auto day : visits) {
            if (day < person.busy_until) day = person.busy_until + days(1 + m_context.pick(60));
            if (day > m_context.today) break;
            request(person, day);
        }
    }

    void request(PersonPlan& person, Day day) {
        auto id = m_tables.next_id("requests");
        ++m_requests;
        auto received = at_hour(day, 8 + m_context.pick(8), m_context.pick(60));
        auto received_text = format_instant(received);
        bool family = !person.children.empty();
        bool young = day - person.birth < days(25 * 365);
        auto groups = demo::survey_groups(m_context.random);
        bool substance = std::any_of(groups.begin(), groups.end(),
                                     [](const auto& g) { return g == "rusproblemer" || g == "rop"; }) ||
                         m_context.chance(10);
        bool mental = std::any_of(groups.begin(), groups.end(),
                                  [](const auto& g) { return g == "rop" || g == "lettere_psykiske_rus"; });
        for (const auto& group : groups)
            m_tables.request_codes.add_row({{"request_id", id}, {"list", "group"}, {"code", group}});
        m_tables.request_codes.add_row(
            {{"request_id", id},
             {"list", "reason"},
             {"code", demo::request_reasons[m_context.random() % demo::request_reasons.size()]}});
        // The household: the applicant, and the children born by then.
        m_tables.request_members.add_row({{"id", m_tables.next_id("request_members")},
                                          {"request_id", id},
                                          {"role", "applicant"},
                                          {"first_name", person.first_name},
                                          {"birth_date", text_of(person.birth)},
                                          {"person_id", person.id}});
        for (const auto& child : person.children)
            if (child <= day)
                m_tables.request_members.add_row(
                    {{"id", m_tables.next_id("request_members")},
                     {"request_id", id},
                     {"role", "child"},
                     {"first_name", demo::first_names()[m_context.random() % demo::first_names().size()]},
                     {"birth_date", text_of(child)},
                     {"person_id", std::nullopt}});
        m_tables.request_sensitive.add_row(
            {{"request_id", id}, {"substance_use", substance}, {"mental_health", mental}});
        m_context.record(received, person.caseworker, m_office.id, "request.create", id, person.id);
        m_context.record(received + std::chrono::minutes(5), person.caseworker, m_office.id, "request.read",
                         id, person.id);

        // What came of it: some still wait (the last days), about half a vedtak (some after money
        // for the first night), the rest withdrawn or no request for a place.
        std::optional<std::string> outcome;
        std::optional<std::string> outcome_at;
        std::optional<int64_t> outcome_by;
        // Nothing is decided later than now: a request whose answer would come after that waits.
        auto decided = received + std::chrono::hours(2 + m_context.pick(28));
        std::string network = std::array{"ja", "nei", "ikke_sjekket"}[m_context.random() % 3];
        auto answered = received + std::chrono::minutes(30 + m_context.pick(180));
        int roll = m_context.pick(100);
        // Money for tonight (survey Label24 code 8) is a § 18 decision of its own; the request for a
        // place is still decided under § 27 (docs/domain.md#rule-cash-is-section-18-support).
        bool cash = roll >= 45 && roll < 92 && m_context.chance(10);
        bool by_vedtak = roll < 45 || cash;
        bool waiting = (m_context.today - day < days(3) && m_context.chance(60)) ||
                       (by_vedtak ? decided : answered) > now();
        std::string outcome_note;
        if (!waiting && by_vedtak) {
            outcome = "vedtak";
            outcome_at = format_instant(decided);
            outcome_by = m_office.needs_approval ? m_office.leader : person.caseworker;
            decide(person, id, day, decided, family, young, network);
            if (cash) {
                cash_assistance(person, id, day, answered);
                turnaway(person, id, day, answered);
            }
        } else if (!waiting) {
            // Without a vedtak only when the person withdrew or did not ask for a place
            // (docs/domain.md#rule-a-request-for-a-place-ends-in-a-vedtak).
            bool asked_for_advice = roll < 92;
            outcome = asked_for_advice ? "ikke_sokt" : "trukket";
            outcome_note = asked_for_advice ? "Spurte om råd om bolig, ikke om et sted å bo nå."
                                            : "Sa fra at hen har fått et sted å bo hos familie.";
            auto at = answered;
            outcome_at = format_instant(at);
            outcome_by = person.caseworker;
            if (asked_for_advice)
                m_tables.request_codes.add_row(
                    {{"request_id", id},
                     {"list", "guidance"},
                     {"code", std::array{"rad", "henvisning"}[m_context.random() % 2]}});
            m_context.record(at, person.caseworker, m_office.id, "request.outcome", id, person.id);
        }
        m_tables.requests.add_row(
            {{"id", id},
             {"office_id", m_office.id},
             {"person_id", person.id},
             {"municipality_number", person.municipality},
             {"channel", std::array{"muntlig", "telefon", "skriftlig", "digital"}[m_context.random() % 4]},
             {"received_at", received_text},
             {"acute", m_context.chance(33)},
             {"network", network},
             {"housing_situation", std::array{"ingen", "venner", "familie", "leier"}[m_context.random() % 4]},
             {"family_with_children", family},
             {"under_25", young},
             {"outcome", outcome},
             {"outcome_at", outcome_at},
             {"outcome_by", outcome_by},
             {"outcome_note", outcome_note},
             {"created_by", person.caseworker},
             {"created_at", received_text}});
    }

    void cash_assistance(const PersonPlan& person, int64_t request, Day day, Instant at) {
        auto id = m_tables.next_id("cash_assistance_decisions");
        m_tables.cash_assistance.add_row(
            {{"id", id},
             {"request_id", request},
             {"office_id", m_office.id},
             {"person_id", person.id},
             {"granted", 1},
             {"amount_kroner", 700 + 100 * m_context.pick(9)},
             {"nights", 1},
             {"decided_on", text_of(day)},
             {"reasons", "Ingen ledig plass i natt og ingen penger til overnatting; stønad til én natt."},
             {"decided_at", format_instant(at)},
             {"decided_by", person.caseworker}});
        m_context.record(at, person.caseworker, m_office.id, "cash_assistance.record", request, person.id);
    }

    void turnaway(const PersonPlan& person, int64_t request, Day day, Instant at) {
        m_tables.turnaways.add_row(
            {{"id", m_tables.next_id("turnaways")},
             {"office_id", m_office.id},
             {"person_id", person.id},
             {"request_id", request},
             {"occurred_on", text_of(day)},
             {"reason", std::array{"ingen_ledig", "ingen_egnet", "utestengt"}[m_context.random() % 3]},
             {"instead", "kontanter"},
             {"note", ""},
             {"registered_at", format_instant(at)},
             {"registered_by", person.caseworker}});
        m_context.record(at, person.caseworker, m_office.id, "turnaway.create", request, person.id);
    }

    std::string refusal_ground(const std::string& network) {
        auto pick = m_context.random() % 3;
        if (pick == 0 && network != "ja") pick = 1 + m_context.random() % 2;
        return std::array{"nettverk", "klarer_selv", "har_bosted"}[pick];
    }

    void decide(PersonPlan& person, int64_t request, Day day, Instant decided, bool family, bool young,
                const std::string& network) {
        auto id = m_tables.next_id("decisions");
        auto decided_day = Day{norwegian_date(decided)};
        bool granted = m_context.chance(75);
        std::optional<std::string> from, to, submitted_at;
        std::optional<int64_t> submitted_by;
        if (granted) {
            from = text_of(decided_day);
            to = text_of(Day{add_months(std::chrono::year_month_day{decided_day}, 3)} - days(1));
        }
        if (m_office.needs_approval) {
            submitted_at = format_instant(decided - std::chrono::hours(1));
            submitted_by = person.caseworker;
        }
        auto decider = m_office.needs_approval ? m_office.leader : person.caseworker;
        auto created = format_instant(decided - std::chrono::hours(2));
        m_tables.decisions.add_row(
            {{"id", id},
             {"request_id", request},
             {"office_id", m_office.id},
             {"person_id", person.id},
             {"status", std::string(to_string(DecisionStatus::decided))},
             {"outcome", granted ? "INNVILGET" : "AVSLATT"},
             {"period_from", from},
             {"period_to", to},
             {"conditions", granted ? "egenbetaling,husregler" : ""},
             // The vedtak says where (the office books the place the day it decides) and what the
             // person pays (docs/domain.md#rule-vedtak-names-the-offer, #rule-own-payment).
             {"offer_kind", granted ? std::optional<std::string>("skaffes") : std::nullopt},
             {"offer_find_by", granted ? std::optional<std::string>(text_of(decided_day)) : std::nullopt},
             {"own_payment_rate", granted ? std::optional<int64_t>(300) : std::nullopt},
             {"own_payment_monthly_cap", granted ? std::optional<int64_t>(9000) : std::nullopt},
             {"own_payment_assessment",
              granted
                  ? "Har inntekt som gjør at egenbetalingen kan betales, med nok igjen til faste utgifter."
                  : ""},
             // «nettverk» only where the request's check found a place to stay (docs/domain.md
             // #rule-refusal-grounds).
             {"refusal_reasons", granted ? "" : refusal_ground(network)},
             {"facts", granted ? "Du har ikke et sted å bo i natt og har ikke familie eller venner å bo hos."
                               : "Du har ikke et fast sted å bo nå."},
             {"considerations",
              granted ? "Du klarer ikke å skaffe deg bolig selv, og det haster."
                      : "Vi har sett på hvilke muligheter du har for å bo et sted de nærmeste dagene."},
             {"delivery_method", "personlig"}, // handed over the day it was decided
             {"delivered_on", text_of(decided_day)},
             {"informed_on", text_of(decided_day)},
             {"appeal_deadline", text_of(Day{appeal_deadline(std::chrono::year_month_day{decided_day})})},
             {"created_at", created},
             {"created_by", person.caseworker},
             {"decided_at", format_instant(decided)},
             {"decided_by", decider},
             {"processing_hours", static_cast<int64_t>((decided - at_hour(day, 8)).count() / 3'600'000)},
             {"submitted_at", submitted_at},
             {"submitted_by", submitted_by}});
        m_context.record(decided, decider, m_office.id, "decision.decide", id, person.id);
        if (granted) stay(person, request, id, decided_day, decided, family, young);
    }

    // A unit of the office with room for the household from `start`, its beds then held until
    // `end`. Approved units first, and for families units that suit them, when one is free.
    UnitPlan* book(Day start, Day end, bool family) {
        auto& units = m_office.units;
        if (units.empty()) return nullptr;
        auto offset = static_cast<size_t>(m_context.pick(int(units.size())));
        // One in five takes the first free place, whatever its quality (as Fafo found offices do).
        for (int pass = m_context.chance(20) ? 2 : 0; pass < 3; ++pass)
            for (size_t i = 0; i < units.size(); ++i) {
                auto& unit = units[(offset + i) % units.size()];
                // A family only where families may live: a unit for them, and never one found not
                // adequate (docs/domain.md#rule-children-not-with-substance-use: their units are flats
                // and cabins, never a low-threshold offer's beds).
                if (family &&
                    (!unit.suits_families || unit.quality_status == to_string(QualityStatus::not_adequate)))
                    continue;
                if (pass < 2 && unit.quality_status != to_string(QualityStatus::adequate)) continue;
                size_t wanted = family ? static_cast<size_t>((unit.beds + unit.rooms - 1) / unit.rooms) : 1;
                std::vector<size_t> free;
                for (size_t bed = 0; bed < unit.bed_free_from.size() && free.size() < wanted; ++bed)
                    if (unit.bed_free_from[bed] <= start) free.push_back(bed);
                if (free.size() < wanted) continue;
                for (auto bed : free) unit.bed_free_from[bed] = end;
                return &unit;
            }
        return nullptr;
    }

    void stay(PersonPlan& person, int64_t request, int64_t decision, Day start, Instant decided, bool family,
              bool young) {
        StayPlan stay{m_tables.next_id("stays"),
                      request,
                      start,
                      start + days(demo::stay_length(m_context.random)),
                      false,
                      family,
                      young};
        stay.ended = stay.end <= m_context.today;
        auto caseworker = person.caseworker;
        auto persons = 1 + static_cast<int>(std::count_if(person.children.begin(), person.children.end(),
                                                          [&](Day child) { return child <= start; }));
        // The first evening: sometimes no place (cash for a night), then one place, sometimes a move.
        if (m_context.pick(12) == 0) turnaway(person, request, start, decided + std::chrono::hours(1));
        auto move_day = stay.start + (stay.end - stay.start) / 2;
        bool moves = stay.end - stay.start > days(20) && move_day <= m_context.today && m_context.chance(15);
        auto first_end = moves ? move_day : stay.end;
        bool first_ended = stay.ended || moves;
        auto* first = book(stay.start, first_ended ? first_end : open_end, family);
        if (!first) { // the office is full: the vedtak stands, the night was a turnaway
            turnaway(person, request, start, decided + std::chrono::hours(1));
            return;
        }
        auto first_placement =
            placement(person, stay, *first, {stay.start, first_end, first_ended}, std::nullopt, persons);
        if (family) child_assessment(person, stay, first_placement, stay.start);
        if (moves)
            if (auto* second = book(move_day, stay.ended ? stay.end : open_end, family))
                placement(person, stay, *second, {move_day, stay.end, stay.ended}, first_placement, persons);

        std::optional<std::string> ended_on, exit_outcome, transit_until;
        std::string transit_kind;
        if (stay.ended) {
            ended_on = text_of(stay.end);
            auto outcome =
                demo::exit_outcomes[static_cast<size_t>(m_exit_counter++) % demo::exit_outcomes.size()];
            exit_outcome = std::string(to_string(outcome));
            if (outcome == ExitOutcome::transit) {
                transit_kind =
                    demo::transit_kinds[static_cast<size_t>(m_exit_counter) % demo::transit_kinds.size()];
                transit_until = text_of(stay.end + days(30));
            }
            m_context.record(at_hour(stay.end, 11), caseworker, m_office.id, "stay.exit", stay.id, person.id);
        }
        // The stay's period: the vedtak's three months, prolonged by three months at a time.
        auto period_to = Day{add_months(std::chrono::year_month_day{start}, 3)} - days(1);
        auto covered = stay.ended ? stay.end : m_context.today;
        while (period_to < covered) period_to = Day{add_months(std::chrono::year_month_day{period_to}, 3)};
        auto created = format_instant(decided + std::chrono::hours(1));
        m_tables.stays.add_row({{"id", stay.id},
                                {"office_id", m_office.id},
                                {"person_id", person.id},
                                {"request_id", request},
                                {"decision_id", decision},
                                {"started_on", text_of(start)},
                                {"period_to", text_of(period_to)},
                                {"ended_on", ended_on},
                                {"exit_outcome", exit_outcome},
                                {"exit_transit_kind", transit_kind},
                                {"exit_transit_until", transit_until},
                                {"family_with_children", family},
                                {"under_25", young},
                                {"previous_stay_id", person.last_stay},
                                {"created_at", created},
                                {"created_by", caseworker}});
        m_context.record(decided + std::chrono::hours(1), caseworker, m_office.id, "stay.create", stay.id,
                         person.id);
        m_tables.stay_agreements.add_row(
            {{"stay_id", stay.id},
             {"period_from", text_of(start)},
             {"period_to", text_of(period_to)},
             {"resident_commitments", "Følge husreglene, møte til samtaler og søke bolig aktivt."},
             {"office_commitments", "Samtale hver uke og hjelp til å søke kommunal og privat bolig."},
             {"signed_on", text_of(start)},
             {"updated_at", created},
             {"updated_by", caseworker}});
        m_tables.action_plan_items.add_row({{"id", m_tables.next_id("action_plan_items")},
                                            {"stay_id", stay.id},
                                            {"position", 1},
                                            {"goal", "Egen bolig"},
                                            {"action", "Søke kommunal bolig"},
                                            {"responsible", "Veileder"},
                                            {"other", ""},
                                            {"status", "i_gang"}});
        m_tables.action_plan_items.add_row({{"id", m_tables.next_id("action_plan_items")},
                                            {"stay_id", stay.id},
                                            {"position", 2},
                                            {"goal", "Orden i økonomien"},
                                            {"action", "Budsjettsamtale"},
                                            {"responsible", "Beboer"},
                                            {"other", ""},
                                            {"status", "ikke_startet"}});
        notes(stay, caseworker, person.id);
        follow_up(person, stay, exit_outcome, caseworker);
        person.busy_until = stay.ended ? stay.end : open_end;
        person.last_stay = stay.id;
    }

    struct Period {
        Day from{};
        Day to{};
        bool ended{false}; // checked out on `to`; otherwise still living there
    };

    int64_t placement(const PersonPlan& person, const StayPlan& stay, const UnitPlan& unit, Period period,
                      std::optional<int64_t> moved_from, int persons) {
        auto id = m_tables.next_id("placements");
        auto [from, to, ended] = period;
        std::optional<std::string> ends_on;
        if (ended) ends_on = text_of(to);
        auto booked = format_instant(at_hour(from, 16));
        bool approved = unit.quality_status == to_string(QualityStatus::adequate);
        m_tables.placements.add_row(
            {{"id", id},
             {"office_id", m_office.id},
             {"request_id", stay.request},
             {"person_id", person.id},
             {"stay_id", stay.id},
             {"unit_id", unit.id},
             {"starts_on", text_of(from)},
             {"ends_on", ends_on},
             {"persons", persons},
             {"uses_room", stay.family},
             {"status",
              std::string(to_string(ended ? PlacementStatus::checked_out : PlacementStatus::checked_in))},
             {"quality_status", unit.quality_status},
             {"quality_reason", approved ? "" : "Ingen godkjent plass var ledig."},
             {"moved_from_id", moved_from},
             {"booked_at", booked},
             {"booked_by", person.caseworker},
             {"status_changed_at", format_instant(at_hour(ended ? to : from, ended ? 11 : 18))},
             {"status_changed_by", person.caseworker}});
        m_context.record(at_hour(from, 16), person.caseworker, m_office.id, "placement.create", id,
                         person.id);
        if (!approved) {
            auto kind = unit.quality_status == "mangler_avtale" ? "uten_avtale" : "uten_kvalitetskontroll";
            deviation(kind, fmt::format("placement:{}:{}", id, kind), person, stay, id, unit.id, from,
                      "Plassert i en enhet uten godkjent kvalitet.");
        }
        return id;
    }

    // The best-interests and barnevern assessment the family's placement raised
    // (docs/domain.md#rule-childs-best-interests): recorded the next day, barnevern not needed for most
    // and told for one in eight; one in ten of those still living there is left open (no draw, so the
    // generator's other figures stay as they were).
    void child_assessment(const PersonPlan& person, const StayPlan& stay, int64_t placement, Day start) {
        auto raised = format_instant(at_hour(start, 16));
        bool open = !stay.ended && placement % 10 == 0;
        bool told = placement % 8 == 0;
        auto assessed_on = std::min(start + days(1), m_context.today); // never in the future
        auto assessed = at_hour(assessed_on, 10);
        auto id = m_tables.next_id("child_assessments");
        m_tables.child_assessments.add_row(
            {{"id", id},
             {"office_id", m_office.id},
             {"request_id", stay.request},
             {"person_id", person.id},
             {"placement_id", placement},
             {"raised_at", raised},
             {"assessed_at", open ? std::nullopt : std::optional(format_instant(assessed))},
             {"assessed_by", open ? std::nullopt : std::optional(person.caseworker)},
             {"best_interests", open ? "" : "Barna har eget rom og beholder skoleplassen; kort opphold."},
             {"barnevern",
              open ? std::nullopt : std::optional<std::string>(told ? "meldt" : "ikke_nodvendig")},
             {"barnevern_on", open ? std::nullopt : std::optional(text_of(assessed_on))},
             {"barnevern_reason", open   ? ""
                                  : told ? "Bekymring for omsorgen; barneverntjenesten er varslet."
                                         : "Ingen tegn til omsorgssvikt; foreldrene ivaretar barna."}});
        m_context.record(at_hour(start, 16), person.caseworker, m_office.id, "child_assessment.raise",
                         stay.request, person.id);
        if (!open)
            m_context.record(assessed, person.caseworker, m_office.id, "child_assessment.record",
                             stay.request, person.id);
    }

    void deviation(const char* kind, const std::string& key, const PersonPlan& person, const StayPlan& stay,
                   std::optional<int64_t> placement, std::optional<int64_t> unit, Day opened,
                   const std::string& description) {
        bool closed = m_context.today - opened > days(60);
        auto opened_at = at_hour(opened, 17);
        std::optional<std::string> reported_at, closed_at;
        std::optional<int64_t> reported_by, closed_by;
        if (closed) {
            reported_at = format_instant(opened_at + std::chrono::hours(48));
            reported_by = m_office.leader;
            closed_at = format_instant(opened_at + std::chrono::hours(24 * 40));
            closed_by = m_office.leader;
        }
        auto id = m_tables.next_id("deviations");
        m_tables.deviations.add_row(
            {{"id", id},
             {"office_id", m_office.id},
             {"kind", kind},
             {"source_key", key},
             {"person_id", person.id},
             {"request_id", stay.request},
             {"stay_id", stay.id},
             {"placement_id", placement},
             {"unit_id", unit},
             {"description", description},
             {"status", std::string(to_string(closed ? DeviationStatus::closed : DeviationStatus::open))},
             {"opened_on", text_of(opened)},
             {"opened_at", format_instant(opened_at)},
             {"opened_by", person.caseworker},
             {"reported_at", reported_at},
             {"reported_by", reported_by},
             {"closed_at", closed_at},
             {"closed_by", closed_by},
             {"note", closed ? "Fulgt opp med kommunen." : ""}});
        m_context.record(opened_at, person.caseworker, m_office.id, "deviation.raise", id, person.id);
    }

    // Notes through the stay, about one a week; each written after reading the case.
    void notes(const StayPlan& stay, int64_t caseworker, int64_t person) {
        auto last = std::min(stay.end, m_context.today);
        auto span = std::max<int64_t>(1, (last - stay.start).count());
        auto count = 2 + span / 6;
        for (int64_t n = 0; n < count; ++n) {
            auto day = stay.start + days(span * n / count);
            auto written = at_hour(day, 9 + m_context.pick(7), m_context.pick(60));
            if (written > now()) break;
            m_tables.journal_notes.add_row({{"id", m_tables.next_id("journal_notes")},
                                            {"stay_id", stay.id},
                                            {"written_at", format_instant(written)},
                                            {"written_by", caseworker},
                                            {"text", note_texts[m_context.random() % note_texts.size()]}});
            if (n % 2 == 0)
                m_context.record(written - std::chrono::minutes(2), caseworker, m_office.id, "stay.read",
                                 stay.id, person);
            m_context.record(written, caseworker, m_office.id, "stay.note", stay.id, person);
        }
    }

    void follow_up(const PersonPlan& person, const StayPlan& stay,
                   const std::optional<std::string>& exit_outcome, int64_t caseworker) {
        // Families and under-25s past 3 months: the 3-month rule's deviation.
        auto mark = Day{three_month_mark(std::chrono::year_month_day{stay.start})};
        bool past_mark = (stay.ended ? stay.end : m_context.today) > mark;
        if ((stay.family || stay.young) && past_mark) {
            auto kind = stay.family ? "barnefamilie_over_3_mnd" : "ung_over_3_mnd";
            deviation(kind, fmt::format("stay:{}:{}", stay.id, kind), person, stay, std::nullopt,
                      std::nullopt, mark,
                      fmt::format("Oppholdet begynte {} og passerte 3 måneder {}.", text_of(stay.start),
                                  text_of(mark)));
        }
        auto created = format_instant(at_hour(stay.start, 12));
        if (!stay.ended && m_context.chance(33))
            m_tables.waiting_list.add_row({{"id", m_tables.next_id("waiting_list")},
                                           {"office_id", m_office.id},
                                           {"person_id", person.id},
                                           {"request_id", stay.request},
                                           {"added_on", text_of(stay.start)},
                                           {"position", ++m_waiting_position},
                                           {"note", "Venter på egen enhet."},
                                           {"created_at", created},
                                           {"created_by", caseworker}});
        if (m_context.chance(20)) {
            std::optional<std::string> stored_to;
            if (stay.ended) stored_to = text_of(stay.end + days(30));
            m_tables.storage.add_row({{"id", m_tables.next_id("storage")},
                                      {"office_id", m_office.id},
                                      {"person_id", person.id},
                                      {"request_id", stay.request},
                                      {"location", fmt::format("Lagerhotell, bod {}", m_context.pick(90))},
                                      {"stored_from", text_of(stay.start)},
                                      {"stored_to", stored_to},
                                      {"monthly_cost", 900 + m_context.pick(8) * 100},
                                      {"note", ""},
                                      {"created_at", created},
                                      {"created_by", caseworker}});
        }
        if (exit_outcome && (*exit_outcome == to_string(ExitOutcome::municipal_housing) ||
                             *exit_outcome == to_string(ExitOutcome::private_rental)))
            m_tables.after_care.add_row({{"stay_id", stay.id},
                                         {"agreed_on", text_of(stay.end)},
                                         {"until_on", text_of(stay.end + days(90))},
                                         {"forms", "besok,telefon"},
                                         {"offers", "helse_omsorg,etablering"},
                                         {"note", ""},
                                         {"updated_at", format_instant(at_hour(stay.end, 12))},
                                         {"updated_by", caseworker}});
    }
};

} // namespace

void create_history(Context& context, OfficePlan& office, int64_t requests) {
    OfficeHistory(context, office).run(requests);
}

} // namespace husly::demo::national
