#include "demo/demo_service.hpp"

#include "common/clock.hpp"
#include "demo/demo_accommodation.hpp"
#include "demo/demo_distributions.hpp"
#include "domain/identity_number.hpp"
#include "service/admin_service.hpp"
#include "service/cash_assistance_service.hpp"
#include "service/child_assessment_service.hpp"
#include "service/decision_service.hpp"
#include "service/deviation_service.hpp"
#include "service/incident_service.hpp"
#include "service/person_service.hpp"
#include "service/request_service.hpp"
#include "service/stay_service.hpp"
#include "service/storage_service.hpp"
#include "service/survey_service.hpp"
#include "service/waiting_list_service.hpp"
#include "store/child_assessment_repository.hpp"
#include "store/housing_path_repository.hpp"
#include "store/office_repository.hpp"
#include "store/placement_repository.hpp"
#include "store/stay_repository.hpp"
#include "store/user_repository.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <random>
#include <stdexcept>

namespace husly::demo {
namespace {

struct DemoOffice {
    const char* name;
    const char* unit_number;
    std::vector<std::string> municipalities;
    bool decisions_need_approval{false};
    OfficeContact contact; // synthetic: box number = enhetsnummer, numbers no one answers
};

struct DemoUser {
    const char* email;
    const char* name;
    std::vector<std::pair<Role, const char*>> roles; // role, office unit number (or nullptr)
    const char* description;
};

const std::vector<DemoOffice> offices{
    {"Nav Bodø",
     "1804",
     {"1804"},
     false,
     {"Postboks 1804, 8001 Bodø", "00 00 18 04", "bodo@husly.test", "husly.test/kontor/bodo",
      "Statsforvalteren i Nordland"}},
    {"Nav Indre Salten",
     "1841",
     {"1840", "1841", "1845"},
     true,
     {"Postboks 1841, 8201 Fauske", "00 00 18 41", "indre-salten@husly.test",
      "husly.test/kontor/indre-salten", "Statsforvalteren i Nordland"}},
    {"Nav Grünerløkka",
     "0315",
     {"0301"},
     false,
     {"Postboks 315 Sentrum, 0103 Oslo", "00 00 03 15", "grunerlokka@husly.test",
      "husly.test/kontor/grunerlokka", "Statsforvalteren i Oslo og Viken"}},
    {"Nav Tromsø",
     "5501",
     {"5501"},
     false,
     {"Postboks 5501, 9008 Tromsø", "00 00 55 01", "tromso@husly.test", "husly.test/kontor/tromso",
      "Statsforvalteren i Troms og Finnmark"}},
};

const std::vector<DemoUser> users{
    {"veileder@husly.test",
     "Vera Veileder",
     {{Role::veileder, "1804"}, {Role::veileder, "1841"}},
     "veileder ved Nav Bodø og Nav Indre Salten"},
    {"leder@husly.test",
     "Lars Leder",
     {{Role::leder, "1804"}, {Role::leder, "1841"}},
     "leder ved Nav Bodø og Nav Indre Salten (godkjenner vedtak)"},
    {"oslo@husly.test", "Olav Oslo", {{Role::veileder, "0315"}}, "veileder ved Nav Grünerløkka"},
    {"tilbyder@husly.test", "Tina Tilbyder", {{Role::tilbyder, "1804"}}, "ansatt hos tilbyder i Bodø"},
    {"analytiker@husly.test", "Anna Analytiker", {{Role::analytiker, nullptr}}, "analytiker (hele landet)"},
    {"admin@husly.test", "Adam Administrator", {{Role::administrator, nullptr}}, "administrator"},
};

int64_t office_id(Connection& connection, const char* unit_number) {
    auto id = office_repository::find_id_by_unit_number(connection, unit_number);
    if (!id) throw std::logic_error("demo office missing");
    return *id;
}

const std::vector<std::string>& served_by(const std::string& unit_number) {
    for (const auto& office : offices)
        if (office.unit_number == unit_number) return office.municipalities;
    throw std::runtime_error("demo: no office " + unit_number);
}

Actor caseworker_at(Connection& connection, const std::string& unit_number, const std::string& email) {
    Actor caseworker;
    caseworker.user_id = user_repository::find_credentials(connection, email).value().user_id;
    caseworker.memberships = {{Role::veileder, office_id(connection, unit_number.c_str())}};
    caseworker.active_office_id = caseworker.memberships[0].office_id;
    caseworker.address = "demo";
    return caseworker;
}

template <typename T> T must(Result<T> result, const char* what) {
    if (!result) throw std::runtime_error(std::string("demo ") + what + ": " + result.error().message);
    return std::move(*result);
}

Instant at_day(Date day, int hour) {
    return Instant{std::chrono::sys_days{day}} + std::chrono::hours(hour - 1); // Norwegian winter time
}

// Every exit outcome in turn (stans comes through its own decision).
ExitInput next_exit(int& counter, const std::string& ended_on) {
    ExitInput exit{ended_on, std::string(to_string(exit_outcomes[counter++ % exit_outcomes.size()])), "",
                   std::nullopt, ""};
    if (exit.outcome == to_string(ExitOutcome::transit)) {
        exit.transit_kind = transit_kinds[counter % transit_kinds.size()];
        exit.transit_until =
            format_date(std::chrono::sys_days{*parse_date(ended_on)} + std::chrono::days(30));
    }
    if (exit.outcome == to_string(ExitOutcome::ended_by_provider))
        exit.note = "Gjentatte brudd på husordensreglene.";
    if (exit.outcome == to_string(ExitOutcome::other)) exit.note = "Flyttet til kjæreste i annen by.";
    return exit;
}

struct History {
    Connection& connection;
    Actor caseworker;

    // The provider ended the stay on `day`: its incident report (the office's caseworker writes it
    // down as the provider told it), the person heard, a new place assessed that day, and no stans
    // (docs/domain.md#rule-exclusion-by-a-provider). Gives the report's id for the exit.
    int64_t provider_ended(int64_t stay_id, const std::string& day) {
        auto placement = placement_repository::for_stay(connection, stay_id).back();
        IncidentReport report;
        report.occurred_on = day;
        report.facts = "Gjentatte brudd på husordensreglene; bråk om natten etter to advarsler.";
        report.action_taken = "Ba personen forlate stedet og ringte Nav samme morgen.";
        report.ends_stay = true;
        auto filed = must(incidents::report(connection, caseworker, placement.id, report), "incident");
        IncidentFollowUp follow_up;
        follow_up.resident_account = "Sier at det var en vanskelig periode, og ønsker et annet sted å bo.";
        follow_up.new_place_assessment = "Tilbudt rom hos en annen tilbyder fra samme kveld.";
        follow_up.new_place_assessed_on = day;
        follow_up.decision = IncidentDecision::no_stans;
        follow_up.decision_reason = "Personen flytter til et annet tilbud; retten til et sted å bo består.";
        must(incidents::follow_up(connection, caseworker, filed.report.id, follow_up), "incident follow-up");
        return filed.report.id;
    }

    std::mt19937& random;
    Actor approver{};         // the office's leder, where vedtak need approval
    Date real_today{today()}; // now() moves with each step; this does not
    int exit_counter{0};
    bool made_stans{false};
    bool current{false}; // people living in temporary accommodation now: granted, not moved out
    bool child_assessment_left_open{false};

    // A family placed: the best-interests and barnevern assessment, recorded that day for all but the
    // first family still living there (the leder's front page shows it open). No draw: the demo's other
    // draws stay as they were.
    void assess_children(const Request& request, Date started) {
        auto raised = child_assessment_repository::find_by_request(connection, request.id);
        if (!raised || raised->assessed_at) return;
        if (current && !child_assessment_left_open) {
            child_assessment_left_open = true;
            return;
        }
        bool told = request.id % 7 == 0;
        must(child_assessments::record(
                 connection, caseworker, request.id,
                 {"Barna får eget rom og beholder skole- og barnehageplass; stedet er skjermet og uten "
                  "rusmiljø. Familien skal over i egen bolig så snart som mulig.",
                  told ? "meldt" : "ikke_nodvendig", format_date(started),
                  told ? "Foreldrene har vært uten bolig i lang tid og barna har flyttet mye; "
                         "barneverntjenesten "
                         "er varslet etter avtale med familien."
                       : "Foreldrene ivaretar barna godt; ingen tegn til omsorgssvikt ut over "
                         "bostedsløsheten."}),
             "child assessment");
    }

    // Decided some hours after the request came in.
    void decide(const Request& request, Instant received) {
        auto decided = received + std::chrono::hours(2 + random() % 28);
        auto day = norwegian_date(decided);
        ScopedNow decided_at(decided);
        bool granted = current || random() % 4 != 0;
        decisions::DecisionInput input;
        input.outcome = granted ? "INNVILGET" : "AVSLATT";
        if (granted) {
            input.period_from = format_date(day);
            input.period_to = format_date(std::chrono::sys_days{add_months(day, 3)} - std::chrono::days(1));
            // The vedtak says where: the office books the place the same day
            // (docs/domain.md#rule-vedtak-names-the-offer).
            input.offer.kind = OfferKind::office_finds;
            input.offer.find_by = format_date(day);
            // The money is part of the vedtak (docs/domain.md#rule-own-payment): one in three lives on
            // social assistance and pays nothing; the others pay the office's rate, assessed (by the
            // request's number, so the demo's random draws stay as they were).
            if (request.id % 3 == 0) {
                input.conditions = {"husregler"};
                input.own_payment.income_is_social_assistance = true;
            } else {
                input.conditions = {"egenbetaling", "husregler"};
                input.own_payment.rate_per_night = 300;
                input.own_payment.monthly_cap = 9000;
                input.own_payment.assessment = "Du har arbeidsinntekt eller trygd som gjør at du kan betale "
                                               "dette, og har nok igjen til mat "
                                               "og andre faste utgifter.";
            }
        } else {
            // «nettverk» only where the request's check found a place to stay (docs/domain.md
            // #rule-refusal-grounds).
            std::vector<std::string> grounds{"klarer_selv", "har_bosted"};
            if (request.network == "ja") grounds.push_back("nettverk");
            input.refusal_reasons = {grounds[random() % grounds.size()]};
        }
        // The facts agree with the outcome: a refusal's letter must not say the opposite of its reason.
        input.facts = granted ? "Du har ikke et sted å bo i natt og har ikke familie eller venner å bo hos."
                              : "Du har ikke et fast sted å bo nå.";
        input.considerations =
            granted ? "Du klarer ikke å skaffe deg bolig selv, og det haster."
                    : "Vi har sett på hvilke muligheter du har for å bo et sted de nærmeste dagene.";
        must(decisions::save_draft(connection, caseworker, request.id, input), "decision");
        auto view = must(decisions::decide(connection, caseworker, request.id), "decide");
        if (view.decision.status == DecisionStatus::awaiting_approval) // the office's leder approves
            must(decisions::decide(connection, approver, request.id), "approve");
        // Given the day it was decided: handed over, made available digitally or posted (by the
        // request's number, so the demo's random draws stay as they were).
        constexpr std::array delivery{"personlig", "digitalt", "post"};
        must(decisions::record_delivery(connection, caseworker, request.id,
                                        delivery[static_cast<size_t>(request.id) % delivery.size()],
                                        format_date(day)),
             "delivery");
        if (granted) follow_stay(request, day);
    }

    // On the way to a home (docs/domain.md#on-the-way-to-a-home), by the request's number so that the
    // demo's random draws stay as they were: two in three consent on the first day to sharing with the
    // provider, the housing office and Husbanken, and are referred for kommunal bolig (every second of
    // them for bostøtte too); the individuell plan is asked about for two in five.
    void way_to_a_home(const Request& request, int64_t stay_id, Date started) {
        auto day = format_date(started);
        if (request.id % 3 != 0) {
            Consent consent;
            consent.parties = {"tilbyder", "boligkontor", "husbanken"};
            consent.given_on = day;
            must(stays::add_consent(connection, caseworker, stay_id, consent), "consent");
            Referral housing;
            housing.kind = "kommunal_bolig";
            housing.sent_on = day;
            must(stays::add_referral(connection, caseworker, stay_id, housing), "referral");
            if (request.id % 2 == 0) {
                Referral support;
                support.kind = "bostotte";
                support.sent_on = day;
                must(stays::add_referral(connection, caseworker, stay_id, support), "referral");
            }
        }
        if (request.id % 5 == 0)
            must(stays::save_individual_plan(connection, caseworker, stay_id,
                                             {"onsker", day, "Kari Nordmann, boligkonsulent", day, "", 0}),
                 "individual plan");
        else if (request.id % 5 == 1)
            must(stays::save_individual_plan(connection, caseworker, stay_id,
                                             {"onsker_ikke", day, "", std::nullopt, "", 0}),
                 "individual plan");
    }

    void follow_stay(const Request& request, Date started) {
        if (random() % 12 == 0) // no place the first evening: cash for a night, a deviation
            must(deviations::record_turnaway(
                     connection, caseworker,
                     {0, 0, 0, request.id, format_date(started), "ingen_ledig", {"kontanter"}, "", "", 0}),
                 "turnaway");
        auto placed = place(connection, caseworker, request.id, format_date(started), random() % 6 == 0);
        if (!placed) return; // the person already lives somewhere on an earlier vedtak
        assess_children(request, started);
        auto stay = stays::get(connection, caseworker, *placed);
        if (!stay) return;
        auto id = stay->view.stay.id;
        StayAgreement agreement{format_date(started),
                                *stay->view.stay.period_to,
                                "Følge husreglene, møte til samtaler og søke bolig aktivt.",
                                "Samtale hver uke og hjelp til å søke kommunal og privat bolig.",
                                format_date(started),
                                "",
                                0};
        must(stays::save_agreement(connection, caseworker, id, agreement), "agreement");
        must(stays::save_action_plan(
                 connection, caseworker, id,
                 {{"Egen bolig", "Søke kommunal bolig", "Veileder", std::nullopt, "", "i_gang"},
                  {"Orden i økonomien", "Budsjettsamtale", "Beboer", std::nullopt, "", "ikke_startet"}}),
             "action plan");
        must(stays::add_note(connection, caseworker, id, "Innkomstsamtale. Gikk gjennom husreglene.",
                             std::nullopt),
             "note");
        way_to_a_home(request, id, started);
        auto ends = std::chrono::sys_days{started} + std::chrono::days(stay_length(random));
        bool recent =
            std::chrono::sys_days{started} + std::chrono::days(150) > std::chrono::sys_days{real_today};
        if (random() % 5 == 0) {
            StorageRecord record{0,
                                 0,
                                 request.person_id,
                                 request.id,
                                 "Lagerhotell, bod " + std::to_string(random() % 90),
                                 format_date(started),
                                 std::nullopt,
                                 900 + int64_t(random() % 8) * 100,
                                 ""};
            must(storage::add(connection, caseworker, record), "storage");
        }
        if (current || ends >= std::chrono::sys_days{real_today} || (recent && random() % 2 == 0)) {
            // Still living there; some wait for a place in the office's own units.
            if (current && random() % 3 == 0)
                must(waiting_list::add(connection, caseworker,
                                       {request.person_id, request.id, "Venter på egen enhet."}),
                     "waiting list");
            return;
        }
        Date ended{ends};
        ScopedNow on_exit(at_day(ended, 11));
        if (!made_stans && stay_length(random) > 60 && days_between(started, ended) >= 25) {
            made_stans = true;
            // Done properly (docs/domain.md#rule-stans-advance-notice): the breach documented, the
            // person warned in person two days later and heard, the stans decided with its basis and
            // a new place assessed that day, taking effect 18 days after it was decided so that the
            // person has time to ask for postponement (fvl § 42), and the letter handed over.
            auto decided_on = Date{std::chrono::sys_days{ended} - std::chrono::days(18)};
            auto notice_on = Date{std::chrono::sys_days{ended} - std::chrono::days(20)};
            auto breach_on = Date{std::chrono::sys_days{ended} - std::chrono::days(22)};
            {
                ScopedNow on_breach(at_day(breach_on, 11));
                HouseRuleBreach breach{0,
                                       format_date(breach_on),
                                       "Truet en ansatt og ødela inventar på rommet.",
                                       "Sier han var i en vanskelig periode.",
                                       "",
                                       0};
                must(stays::add_breach(connection, caseworker, id, breach), "breach");
            }
            ScopedNow on_decision(at_day(decided_on, 11));
            auto breaches = stay_repository::breaches(connection, id);
            StayTermination termination;
            termination.effective_on = format_date(ended);
            termination.breach_ids = {breaches.back().id};
            termination.notice_given_on = format_date(notice_on);
            termination.notice_method = DeliveryMethod::in_person;
            termination.basis = TerminationBasis::house_rules;
            termination.basis_detail =
                "Husreglene punkt 2 og bo- og oppfølgingsavtalen: ingen vold eller trusler "
                "mot ansatte eller andre beboere.";
            termination.facts = "Beboeren truet en ansatt. Hendelsen er beskrevet av to ansatte.";
            termination.resident_account = "Beboeren sier han var i en vanskelig periode og beklager.";
            termination.considerations = "Ansattes sikkerhet veier tyngst.";
            termination.new_place_assessment = "Tilbudt plass hos annen tilbyder fra stansen gjelder.";
            termination.new_place_assessed_on = format_date(decided_on);
            must(stays::terminate(connection, caseworker, id, termination), "stans");
            must(stays::record_termination_delivery(connection, caseworker, id, "personlig",
                                                    format_date(decided_on)),
                 "stans delivery");
            return;
        }
        auto exit = next_exit(exit_counter, format_date(ended));
        if (exit.outcome == to_string(ExitOutcome::ended_by_provider))
            exit.incident_id = provider_ended(id, format_date(ended));
        must(stays::record_exit(connection, caseworker, id, exit), "exit");
        if (exit.outcome == to_string(ExitOutcome::municipal_housing)) // the housing office said yes
            for (const auto& referral : housing_path_repository::referrals(connection, id))
                if (referral.kind == "kommunal_bolig")
                    must(stays::update_referral(connection, caseworker, id, referral.id, "innvilget",
                                                format_date(ended), ""),
                         "referral outcome");
        if (exit.outcome == to_string(ExitOutcome::municipal_housing) ||
            exit.outcome == to_string(ExitOutcome::private_rental)) {
            AfterCare care{
                format_date(ended), "", {"besok", "telefon"}, "", {}, {"helse_omsorg", "etablering"}};
            care.contacts.push_back({format_date(std::chrono::sys_days{ended} + std::chrono::days(14)),
                                     "besok", std::nullopt, ""});
            must(stays::save_after_care(connection, caseworker, id, care), "after-care");
        }
    }
};

// Two years of requests for one office, through the same services as the web app, each step at
// the time it happened.
// With `current`, the people live in temporary accommodation now (stays of 20–130 days, many of
// them families or young), so the 3-month watch has something to show.
void create_requests(Connection& connection, const std::string& unit_number,
                     const std::string& caseworker_email, int people, std::mt19937& random,
                     bool current = false) {
    History history{connection, caseworker_at(connection, unit_number, caseworker_email), random};
    history.approver = caseworker_at(connection, unit_number, "leder@husly.test");
    history.approver.memberships[0].role = Role::leder;
    history.current = current;
    const auto& caseworker = history.caseworker;

    auto now_instant = now();
    for (int i = 0; i < people; ++i) {
        int birth_year = current && random() % 3 == 0 ? 2002 + int(random() % 5) : 1958 + int(random() % 50);
        persons::PersonInput person{
            synthetic_number(random, birth_year, 1 + int(random() % 12), 1 + int(random() % 28)),
            first_names()[random() % first_names().size()], last_names()[random() % last_names().size()],
            std::nullopt, ""};
        auto registered = must(persons::register_person(connection, caseworker, person), "person");
        const auto& served = served_by(unit_number);
        auto municipality = served[random() % served.size()];
        std::vector<int> visits;
        bool recent = !current && i < 3; // a few wait for an answer today
        if (recent)
            visits.push_back(0); // first time here: nothing earlier to untangle at the desk
        else if (current)
            visits.push_back(20 + int(random() % 110));
        else
            for (int visit = 1 + int(random() % 3); visit > 0; --visit)
                visits.push_back(seasonal_days_ago(random, 730, today()));
        std::sort(visits.rbegin(), visits.rend()); // oldest first
        bool with_child = random() % (current ? 3 : 4) == 0;
        for (int days_ago : visits) {
            auto received = now_instant - std::chrono::days(days_ago) - std::chrono::hours(random() % 8);
            ScopedNow at(received);
            requests::RequestInput input;
            input.person_id = registered.person.id;
            input.municipality_number = municipality;
            input.channel = std::array{"muntlig", "telefon", "skriftlig", "digital"}[random() % 4];
            input.acute = days_ago == 0 || random() % 3 == 0;
            input.reasons = {request_reasons[random() % request_reasons.size()]};
            input.groups = survey_groups(random);
            input.network = std::array{"ja", "nei", "ikke_sjekket"}[random() % 3];
            input.housing_situation = std::array{"ingen", "venner", "familie", "leier"}[random() % 4];
            input.sensitive.substance_use =
                std::any_of(input.groups.begin(), input.groups.end(),
                            [](const auto& g) { return g == "rusproblemer" || g == "rop"; }) ||
                random() % 10 == 0;
            input.sensitive.mental_health =
                std::any_of(input.groups.begin(), input.groups.end(),
                            [](const auto& g) { return g == "rop" || g == "lettere_psykiske_rus"; });
            if (with_child)
                input.members.push_back({"child", first_names()[random() % first_names().size()],
                                         fmt::format("{}-0{}-15", 2012 + random() % 12, 1 + random() % 9)});
            auto request = must(requests::register_request(connection, caseworker, input), "request");
            if (days_ago < 3) continue; // still waiting for an outcome
            auto roll = random() % 20;
            if (current || roll < 9) {
                history.decide(request, received);
                continue;
            }
            // Without a vedtak only when the person withdrew or did not ask for a place
            // (docs/domain.md#rule-a-request-for-a-place-ends-in-a-vedtak). The draws are the ones the
            // demo always made here, so the rest of it stays as it was.
            requests::OutcomeInput outcome;
            outcome.kind = roll < 17 ? "ikke_sokt" : "trukket";
            if (outcome.kind == "trukket") {
                outcome.note = "Ringte og sa at hen kan bo hos familie likevel.";
            } else if (auto given = random() % 3; given != 1) {
                outcome.guidance = {given == 0 ? "rad" : "henvisning"};
                outcome.note = "Spurte om råd om bolig, ikke om et sted å bo nå.";
            } else {
                // No place found that night: money for it is a § 18 decision of its own
                // (docs/domain.md#rule-cash-is-section-18-support), and the person then withdrew the
                // request for a place.
                auto day = format_date(norwegian_date(received));
                CashAssistance money;
                money.granted = true;
                money.amount_kroner = 900;
                money.nights = 1;
                money.decided_on = day;
                money.reasons =
                    "Ingen ledig plass i natt og ingen penger til overnatting; stønad til én natt på hotell.";
                must(cash_assistance::record(connection, caseworker, request.id, money), "cash assistance");
                must(deviations::record_turnaway(
                         connection, caseworker,
                         {0,
                          0,
                          0,
                          request.id,
                          day,
                          std::array{"ingen_ledig", "ingen_egnet", "utestengt"}[random() % 3],
                          {"kontanter"},
                          "",
                          "",
                          0}),
                     "turnaway");
                outcome.kind = "trukket";
                outcome.note = "Fikk penger til én natt (§ 18) og sa dagen etter at hen kan bo hos en venn.";
            }
            must(requests::record_outcome(connection, caseworker, request.id, outcome), "outcome");
        }
    }
}

} // namespace

bool database_is_empty(Connection& connection) {
    int count = 0;
    connection.sql() << "SELECT COUNT(*) FROM users", soci::into(count);
    return count == 0;
}

std::vector<DemoLogin> create_accounts(Connection& connection) {
    Actor system;
    system.display_name = "husly demo";
    system.memberships = {{Role::administrator, std::nullopt}};
    system.address = "cli";
    for (const auto& office : offices) {
        if (office_repository::find_id_by_unit_number(connection, office.unit_number)) continue;
        auto created = admin::create_office(connection, system,
                                            {office.name, office.unit_number, office.municipalities,
                                             office.decisions_need_approval, office.contact});
        if (!created) throw std::runtime_error("demo office: " + created.error().message);
    }
    std::vector<DemoLogin> logins;
    for (const auto& user : users) {
        logins.push_back({user.email, user.description});
        if (user_repository::email_taken(connection, user.email)) continue;
        admin::NewUser input{user.email, user.name, demo_password, {}};
        for (const auto& [role, unit] : user.roles)
            input.memberships.push_back(
                {role, unit ? std::optional<int64_t>(office_id(connection, unit)) : std::nullopt});
        auto created = admin::create_user(connection, nullptr, input);
        if (!created) throw std::runtime_error("demo user: " + created.error().message);
    }
    return logins;
}

// A round of Fafo's survey open for every demo office, three weeks to answer.
void open_survey_round(Connection& connection) {
    int rounds = 0;
    connection.sql() << "SELECT COUNT(*) FROM survey_rounds", soci::into(rounds);
    if (rounds > 0) return;
    Actor administrator;
    administrator.user_id = user_repository::find_credentials(connection, "admin@husly.test").value().user_id;
    administrator.memberships = {{Role::administrator, std::nullopt}};
    administrator.address = "cli";
    auto deadline = format_date(std::chrono::sys_days{today()} + std::chrono::days{21});
    auto opened =
        surveys::open_round(connection, administrator,
                            {"fafo-2024",
                             fmt::format("Midlertidig botilbud høsten {}", static_cast<int>(today().year())),
                             deadline,
                             {}});
    if (!opened) throw std::runtime_error("demo survey round: " + opened.error().message);
}

std::vector<DemoLogin> create(Connection& connection) {
    auto logins = create_accounts(connection);
    int persons_count = 0;
    connection.sql() << "SELECT COUNT(*) FROM persons", soci::into(persons_count);
    if (persons_count == 0) {
        std::mt19937 random(2026); // the same synthetic history every time
        create_accommodation(connection, caseworker_at(connection, "1804", "veileder@husly.test"), "1804");
        create_accommodation(connection, caseworker_at(connection, "1841", "veileder@husly.test"), "1841");
        create_accommodation(connection, caseworker_at(connection, "0315", "oslo@husly.test"), "0315");
        create_requests(connection, "1804", "veileder@husly.test", 40, random);
        create_requests(connection, "1841", "veileder@husly.test", 8, random);
        create_requests(connection, "0315", "oslo@husly.test", 28, random);
        create_requests(connection, "1804", "veileder@husly.test", 12, random, true);
        create_requests(connection, "1841", "veileder@husly.test", 3, random, true);
        create_requests(connection, "0315", "oslo@husly.test", 8, random, true);
        auto leader = caseworker_at(connection, "1804", "leder@husly.test");
        leader.memberships[0].role = Role::leder;
        follow_up_accommodation(connection, leader);
        open_survey_round(connection);
    }
    return logins;
}

} // namespace husly::demo
