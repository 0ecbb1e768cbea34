#include "service/stay_service.hpp"

#include "common/clock.hpp"
#include "domain/deadlines.hpp"
#include "domain/decision.hpp"
#include "domain/legal_references.hpp"
#include "domain/text_rules.hpp"
#include "letters/letter_pdf.hpp"
#include "service/audit_service.hpp"
#include "service/case_access.hpp"
#include "service/case_letter.hpp"
#include "service/placement_service.hpp"
#include "store/child_assessment_repository.hpp"
#include "store/decision_repository.hpp"
#include "store/housing_path_repository.hpp"
#include "store/incident_repository.hpp"
#include "store/person_repository.hpp"
#include "store/placement_repository.hpp"
#include "store/request_repository.hpp"
#include "store/stay_extension_repository.hpp"
#include "store/stay_repository.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace husly::stays {
namespace {

using case_letter::norwegian_date;

StayView view_of(Stay stay, std::string person_name, Date today) {
    StayView view;
    view.length_days = length_in_days(stay, today);
    view.three_month_mark = format_date(three_month_mark(*parse_date(stay.started_on)));
    view.watch = watch_level(stay, today);
    view.escalated = is_escalated(stay, today);
    view.period_expired = period_expired(stay, today);
    view.stay = std::move(stay);
    view.person_name = std::move(person_name);
    return view;
}

std::string person_name(Connection& connection, int64_t person_id) {
    auto person = person_repository::find(connection, person_id);
    return person ? person->first_name + " " + person->last_name : "";
}

Result<Stay> owned_stay(Connection& connection, int64_t office_id, int64_t stay_id) {
    auto stay = stay_repository::find(connection, stay_id);
    if (!stay || stay->office_id != office_id) return not_found("Fant ikke oppholdet.");
    return *stay;
}

// Until a stans takes effect the household still lives there: the stay can still be followed.
Status require_open(const Stay& stay) {
    if (stay.exit && stay.exit->ended_on <= format_date(today()))
        return fail(ErrorKind::conflict, "stay_ended", "Oppholdet er avsluttet og kan ikke endres.");
    return {};
}

} // namespace

StayDetail load_detail(Connection& connection, const Stay& stay) {
    StayDetail detail;
    detail.view = view_of(stay, person_name(connection, stay.person_id), today());
    detail.agreement = stay_repository::agreement(connection, stay.id);
    detail.action_plan = stay_repository::action_plan(connection, stay.id);
    detail.notes = stay_repository::notes(connection, stay.id);
    detail.appointments = stay_repository::appointments(connection, stay.id);
    detail.breaches = stay_repository::breaches(connection, stay.id);
    detail.after_care = stay_repository::after_care(connection, stay.id);
    detail.termination = stay_repository::termination(connection, stay.id);
    detail.extensions = stay_extension_repository::for_stay(connection, stay.id);
    detail.individual_plan = housing_path_repository::individual_plan(connection, stay.id);
    detail.individual_plan_reminder = individual_plan_reminder(stay, detail.individual_plan, today());
    detail.consents = housing_path_repository::consents(connection, stay.person_id, stay.office_id);
    detail.referrals = housing_path_repository::referrals(connection, stay.id);
    return detail;
}

namespace {

void audit_stay(Connection& connection, const Actor& actor, const char* action, const Stay& stay,
                nlohmann::json detail = nlohmann::json::object()) {
    audit::record(connection, &actor, actor.address,
                  {action, "stay", std::to_string(stay.id), stay.person_id, std::move(detail)});
}

// The common shape of a change to a stay: owned by the office, then `change`, audited, and the
// stay read back as it now is.
template <typename Change>
Result<StayDetail> change_stay(Connection& connection, const Actor& actor, int64_t stay_id,
                               const char* action, Change&& change) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<StayDetail> {
        auto stay = TRY(owned_stay(connection, office_id, stay_id));
        TRY(change(stay));
        audit_stay(connection, actor, action, stay);
        auto updated = stay_repository::find(connection, stay_id).value();
        return load_detail(connection, updated);
    });
}

std::string_view way_given(DeliveryMethod method) {
    switch (method) {
    case DeliveryMethod::in_person:
        return "personlig";
    case DeliveryMethod::digital:
        return "digitalt";
    case DeliveryMethod::post:
        return "i posten";
    }
    return "";
}

// Whether the stans takes effect before the days to ask for postponement (fvl. § 42) have passed,
// counted from the day it was decided: only then is the danger reason used.
bool takes_effect_early(const StayTermination& termination) {
    auto effective = parse_date(termination.effective_on);
    auto decided = parse_date(norwegian_date_of(termination.decided_at));
    return effective && decided && days_between(*effective, earliest_effective_without_danger(*decided)) > 0;
}

Letter compose_termination_letter(Connection& connection, const Stay& stay,
                                  const StayTermination& termination,
                                  const std::vector<HouseRuleBreach>& breaches,
                                  const std::vector<IncidentReport>& incidents) {
    auto letter = case_letter::begin(connection, stay.office_id, stay.person_id, termination.decided_by,
                                     termination.decided_at, "Vedtak om stans av midlertidig botilbud");
    const auto on = norwegian_date_of(letter.created_at); // the law in force on the decision's date
    letter.reference = std::to_string(stay.request_id);   // the case's reference, as on the vedtak
    letter.sections.push_back(
        {"", fmt::format("Du har bodd i midlertidig botilbud fra {}. Nav-kontoret har vedtatt at botilbudet "
                         "ditt stanses fra og med {}.",
                         norwegian_date(stay.started_on), norwegian_date(termination.effective_on))});
    std::string facts = termination.facts;
    for (const auto& breach : breaches)
        if (std::find(termination.breach_ids.begin(), termination.breach_ids.end(), breach.id) !=
            termination.breach_ids.end())
            facts += fmt::format("\n\n{}: {}", norwegian_date(breach.occurred_on), breach.description);
    for (const auto& incident : incidents)
        if (std::find(termination.incident_ids.begin(), termination.incident_ids.end(), incident.id) !=
            termination.incident_ids.end())
            facts += fmt::format("\n\n{}, meldt av botilbudet: {}", norwegian_date(incident.occurred_on),
                                 incident.facts);
    letter.sections.push_back({"Hva som har skjedd", facts});
    if (termination.notice_given_on && termination.notice_method)
        letter.sections.push_back(
            {"Forhåndsvarsel",
             fmt::format(
                 "Vi varslet deg {} {} om at vi vurderte å stanse botilbudet, og ga deg anledning til å "
                 "uttale deg før vi avgjorde saken ({}).",
                 way_given(*termination.notice_method), norwegian_date(*termination.notice_given_on),
                 legal::cite("fvl_forhandsvarsel", on))});
    else
        letter.sections.push_back(
            {"Forhåndsvarsel",
             fmt::format("Vi ga deg ikke forhåndsvarsel før vedtaket ({}). Grunnen er: {}",
                         legal::cite("fvl_forhandsvarsel_unntak", on), termination.notice_exception)});
    letter.sections.push_back({"Det du har sagt", termination.resident_account});
    std::string basis = termination.basis ? fmt::format("Vedtaket er gjort etter {}. Grunnlaget for å stanse "
                                                        "botilbudet er: {}.\n\n{}",
                                                        legal::cite("sotjl_midlertidig_botilbud", on),
                                                        label(*termination.basis), termination.basis_detail)
                                          : fmt::format("Vedtaket er gjort etter {}.",
                                                        legal::cite("sotjl_midlertidig_botilbud", on));
    letter.sections.push_back(
        {"Begrunnelse", fmt::format("{}\n\nVår vurdering: {}", basis, termination.considerations)});
    if (takes_effect_early(termination))
        letter.sections.push_back(
            {"Hvorfor stansen gjelder så raskt",
             fmt::format("Stansen gjelder fra {}, før du vanligvis ville rukket å be om utsatt iverksetting. "
                         "Grunnen er faren ved å vente: {}\n\nDu kan likevel be om at vedtaket ikke "
                         "gjennomføres før klagen din er avgjort ({}).",
                         norwegian_date(termination.effective_on), termination.danger_reason,
                         legal::cite("fvl_utsatt_iverksetting", on))});
    else
        letter.sections.push_back(
            {"Du kan be om utsatt iverksetting",
             fmt::format(
                 "Du kan be om at stansen ikke gjennomføres før klagefristen har gått ut eller klagen din "
                 "er avgjort ({}). Ta kontakt med oss før {}, så vurderer vi det "
                 "før stansen gjennomføres.",
                 legal::cite("fvl_utsatt_iverksetting", on), norwegian_date(termination.effective_on))});
    letter.sections.push_back(
        {"Hvor du kan bo",
         fmt::format("{}\n\nVi vurderte dette {}. Nav-kontoret skal fortsatt hjelpe deg med et midlertidig "
                     "botilbud hvis du ikke klarer å finne et selv ({}).",
                     termination.new_place_assessment,
                     norwegian_date(termination.new_place_assessed_on.value_or("")),
                     legal::cite("sotjl_midlertidig_botilbud", on))});
    case_letter::add_appeal_and_access_from_delivery(connection, letter, stay.office_id,
                                                     post_arrival_working_days, true);
    return letter;
}

} // namespace

Result<Stay> open_stay(Connection& connection, int64_t office_id, int64_t user_id, int64_t request_id,
                       const std::string& started_on) {
    auto started = parse_date(started_on);
    if (!started) return invalid("startedOn", date_error_message(started_on));
    if (days_between(today(), *started) > 0)
        return invalid("startedOn",
                       "Innflyttingen registreres når den har skjedd; datoen kan ikke være fram i tid.");
    auto request = request_repository::find(connection, request_id);
    if (!request || request->office_id != office_id) return not_found("Fant ikke henvendelsen.");
    auto decision = decision_repository::find_by_request(connection, request_id);
    // An acute request's stay may begin before the leder has approved the grant (place_basis).
    auto basis = place_basis(decision, request->acute);
    if (!basis) return invalid("requestId", "Et opphold krever et innvilget vedtak.", basis.error().code);
    if (stay_repository::find_by_request(connection, request_id))
        return fail(ErrorKind::conflict, "stay_exists", "Det er allerede registrert et opphold på vedtaket.",
                    "requestId");
    if (stay_repository::open_for_person(connection, office_id, request->person_id))
        return fail(ErrorKind::conflict, "stay_open",
                    "Personen bor allerede i et opphold som ikke er avsluttet. Et nytt vedtak forlenger det "
                    "(«Forleng oppholdet»); ellers registrer utflytting først.",
                    "requestId");
    if (days_between(*parse_date(*decision->period_from), *started) < 0)
        return invalid("startedOn", "Innflyttingen kan ikke være før vedtaksperioden begynner.");
    Stay stay;
    stay.office_id = office_id;
    stay.person_id = request->person_id;
    stay.request_id = request_id;
    stay.decision_id = decision->id;
    stay.started_on = started_on;
    stay.period_to = decision->period_to;
    stay.family_with_children = request->facts.family_with_children;
    stay.under_25 = request->facts.under_25;
    if (auto previous = stay_repository::last_ended_for_person(connection, office_id, request->person_id))
        if (is_return(*parse_date(previous->exit->ended_on), *started)) stay.previous_stay_id = previous->id;
    stay.created_at = format_instant(now());
    stay.created_by = user_id;
    stay.id = stay_repository::insert(connection, stay);
    placement_repository::attach_to_stay(connection, request_id, stay.id);
    return stay;
}

Result<StayDetail> start(Connection& connection, const Actor& actor, int64_t request_id,
                         const std::string& started_on) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<StayDetail> {
        auto stay = TRY(open_stay(connection, office_id, actor.user_id, request_id, started_on));
        audit_stay(connection, actor, "stay.create", stay, {{"return", stay.previous_stay_id.has_value()}});
        // A family that moved in without a booking in Husly gets the best-interests and barnevern
        // assessment all the same (docs/domain.md#rule-childs-best-interests); a booking raised it already.
        if (stay.family_with_children &&
            child_assessment_repository::raise(connection, ChildAssessment{.office_id = office_id,
                                                                           .request_id = request_id,
                                                                           .person_id = stay.person_id,
                                                                           .raised_at = stay.created_at}))
            audit::record(connection, &actor, actor.address,
                          {"child_assessment.raise",
                           "request",
                           std::to_string(request_id),
                           stay.person_id,
                           {{"stay", stay.id}}});
        return load_detail(connection, stay);
    });
}

Result<StayDetail> extend(Connection& connection, const Actor& actor, int64_t stay_id, int64_t request_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<StayDetail> {
        // Two caseworkers extending the same stay at once: the second waits and then sees the first.
        stay_extension_repository::lock_stay(connection, stay_id);
        auto stay = TRY(owned_stay(connection, office_id, stay_id));
        auto request = request_repository::find(connection, request_id);
        if (!request || request->office_id != office_id)
            return invalid("requestId", "Fant ikke henvendelsen.", "not_found");
        auto decision = decision_repository::find_by_request(connection, request_id);
        if (!decision) return invalid("requestId", "Henvendelsen har ikke noe vedtak ennå.", "not_granted");
        if (request_id != stay.request_id && (stay_repository::find_by_request(connection, request_id) ||
                                              stay_extension_repository::for_request(connection, request_id)))
            return fail(ErrorKind::conflict, "already_used", "Vedtaket er allerede knyttet til et opphold.",
                        "requestId");
        auto extension = TRY(check_extension(stay, *decision));
        extension.created_at = format_instant(now());
        extension.created_by = actor.user_id;
        extension.id = stay_extension_repository::insert(connection, extension);
        // The household keeps its place for the new period where the unit has room on those nights.
        auto check_out =
            format_date(Date{std::chrono::sys_days{*parse_date(extension.period_to)} + std::chrono::days{1}});
        bool place_kept = true;
        for (const auto& placement : placement_repository::for_stay(connection, stay.id))
            if (is_active(placement.status) && placement.ends_on && *placement.ends_on < check_out)
                place_kept =
                    placements::set_check_out_day(connection, placement, check_out).has_value() && place_kept;
        audit_stay(connection, actor, "stay.extend", stay,
                   {{"requestId", request_id}, {"decisionId", decision->id}, {"placeKept", place_kept}});
        return load_detail(connection, stay_repository::find(connection, stay.id).value());
    });
}

Result<StayDetail> get(Connection& connection, const Actor& actor, int64_t stay_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, Transaction::Mode::read, [&](Transaction&) -> Result<StayDetail> {
        auto stay = TRY(owned_stay(connection, office_id, stay_id));
        audit_stay(connection, actor, "stay.read", stay);
        return load_detail(connection, stay);
    });
}

Result<std::vector<StayView>> list(Connection& connection, const Actor& actor, StayList which) {
    auto office_id = TRY(case_office(actor));
    auto day = today();
    return in_transaction(
        connection, Transaction::Mode::read, [&](Transaction&) -> Result<std::vector<StayView>> {
            auto rows = which == StayList::ended ? stay_repository::ended_stays(connection, office_id, 200)
                                                 : stay_repository::open_stays(connection, office_id);
            if (which == StayList::watch) {
                std::erase_if(rows, [&](const auto& row) {
                    return watch_level(row.stay, day) == WatchLevel::none && !period_expired(row.stay, day);
                });
                std::stable_sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
                    return comes_first_on_watch(a.stay, b.stay, day);
                });
            }
            std::vector<StayView> views;
            for (auto& row : rows) {
                // A list shows names: one audit entry per person shown.
                audit_stay(connection, actor, "stay.list", row.stay);
                views.push_back(view_of(std::move(row.stay), std::move(row.person_name), day));
            }
            return views;
        });
}

Result<std::vector<StayView>> for_person(Connection& connection, const Actor& actor, int64_t person_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(
        connection, Transaction::Mode::read, [&](Transaction&) -> Result<std::vector<StayView>> {
            if (!person_repository::is_linked(connection, person_id, office_id))
                return not_found("Fant ikke personen.");
            std::vector<StayView> views;
            auto name = person_name(connection, person_id);
            for (auto& stay : stay_repository::for_person(connection, office_id, person_id))
                views.push_back(view_of(std::move(stay), name, today()));
            audit::record(
                connection, &actor, actor.address,
                {"stay.list", "person", std::to_string(person_id), person_id, {{"count", views.size()}}});
            return views;
        });
}

Result<StayDetail> save_agreement(Connection& connection, const Actor& actor, int64_t stay_id,
                                  StayAgreement agreement) {
    return change_stay(connection, actor, stay_id, "stay.agreement", [&](const Stay& stay) -> Status {
        TRY(require_open(stay));
        TRY(check_agreement(stay, agreement, today()));
        agreement.updated_at = format_instant(now());
        agreement.updated_by = actor.user_id;
        stay_repository::save_agreement(connection, stay.id, agreement);
        return {};
    });
}

Result<StayDetail> save_action_plan(Connection& connection, const Actor& actor, int64_t stay_id,
                                    const std::vector<ActionItem>& items) {
    return change_stay(connection, actor, stay_id, "stay.action_plan", [&](const Stay& stay) -> Status {
        TRY(check_action_plan(items));
        stay_repository::replace_action_plan(connection, stay.id, items);
        return {};
    });
}

Result<StayDetail> add_note(Connection& connection, const Actor& actor, int64_t stay_id,
                            const std::string& text, std::optional<int64_t> corrects_note_id) {
    return change_stay(connection, actor, stay_id, "stay.note", [&](const Stay& stay) -> Status {
        TRY(check_note(text));
        if (corrects_note_id) {
            auto notes = stay_repository::notes(connection, stay.id);
            if (std::none_of(notes.begin(), notes.end(),
                             [&](const auto& n) { return n.id == *corrects_note_id; }))
                return invalid("correctsNoteId", "Notatet som skal rettes, hører ikke til dette oppholdet.");
        }
        JournalNote note;
        note.written_at = format_instant(now());
        note.written_by = actor.user_id;
        note.text = text;
        note.corrects_note_id = corrects_note_id;
        stay_repository::insert_note(connection, stay.id, note);
        return {};
    });
}

Result<StayDetail> save_appointments(Connection& connection, const Actor& actor, int64_t stay_id,
                                     const std::vector<Appointment>& appointments) {
    return change_stay(connection, actor, stay_id, "stay.appointments", [&](const Stay& stay) -> Status {
        TRY(check_appointments(appointments));
        stay_repository::replace_appointments(connection, stay.id, appointments);
        return {};
    });
}

Result<StayDetail> add_breach(Connection& connection, const Actor& actor, int64_t stay_id,
                              HouseRuleBreach breach) {
    return change_stay(connection, actor, stay_id, "stay.breach", [&](const Stay& stay) -> Status {
        TRY(require_open(stay));
        TRY(check_breach(stay, breach, today()));
        breach.registered_at = format_instant(now());
        breach.registered_by = actor.user_id;
        stay_repository::insert_breach(connection, stay.id, breach);
        return {};
    });
}

Result<StayDetail> record_exit(Connection& connection, const Actor& actor, int64_t stay_id,
                               const ExitInput& input) {
    return change_stay(connection, actor, stay_id, "stay.exit", [&](const Stay& stay) -> Status {
        if (stay.exit)
            return fail(ErrorKind::conflict, "stay_ended",
                        "Utflyttingen er allerede satt: oppholdet avsluttes ved vedtaket om stans.");
        auto exit = TRY(check_exit(stay, input, today()));
        // Ended by the provider: only on its incident report, with the person's account and the
        // assessment of a new place (docs/domain.md#rule-exclusion-by-a-provider).
        if (exit.outcome == ExitOutcome::ended_by_provider) {
            auto incident = TRY(provider_ending_report(incident_repository::for_stay(connection, stay.id),
                                                       input.incident_id));
            audit::record(
                connection, &actor, actor.address,
                {"incident.exit", "incident", std::to_string(incident), stay.person_id, {{"stay", stay.id}}});
        }
        stay_repository::record_exit(connection, stay.id, exit);
        placement_repository::apply_changes(
            connection,
            changes_at_stay_end(placement_repository::for_stay(connection, stay.id), exit.ended_on),
            format_instant(now()), actor.user_id);
        return {};
    });
}

Result<StayDetail> save_after_care(Connection& connection, const Actor& actor, int64_t stay_id,
                                   AfterCare after_care) {
    return change_stay(connection, actor, stay_id, "stay.after_care", [&](const Stay& stay) -> Status {
        TRY(check_after_care(stay, after_care));
        stay_repository::save_after_care(connection, stay.id, after_care, format_instant(now()),
                                         actor.user_id);
        return {};
    });
}

Result<StayDetail> save_individual_plan(Connection& connection, const Actor& actor, int64_t stay_id,
                                        IndividualPlan plan) {
    auto problems = individual_plan_problems(plan, today());
    if (!problems.empty()) return invalid_all(problems);
    plan.updated_at = format_instant(now());
    plan.updated_by = actor.user_id;
    return change_stay(connection, actor, stay_id, "stay.individual_plan", [&](const Stay& stay) -> Status {
        housing_path_repository::save_individual_plan(connection, stay.id, plan);
        return {};
    });
}

Result<StayDetail> add_consent(Connection& connection, const Actor& actor, int64_t stay_id, Consent consent) {
    auto problems = consent_problems(consent, today());
    if (!problems.empty()) return invalid_all(problems);
    return change_stay(connection, actor, stay_id, "consent.add", [&](const Stay& stay) -> Status {
        consent.person_id = stay.person_id;
        consent.office_id = stay.office_id;
        consent.registered_at = format_instant(now());
        consent.registered_by = actor.user_id;
        housing_path_repository::insert_consent(connection, consent);
        return {};
    });
}

Result<StayDetail> withdraw_consent(Connection& connection, const Actor& actor, int64_t stay_id,
                                    int64_t consent_id, const std::string& withdrawn_on) {
    return change_stay(connection, actor, stay_id, "consent.withdraw", [&](const Stay& stay) -> Status {
        auto consent = housing_path_repository::find_consent(connection, consent_id);
        if (!consent || consent->person_id != stay.person_id || consent->office_id != stay.office_id)
            return not_found("Fant ikke samtykket.");
        TRY(husly::withdraw_consent(*consent, withdrawn_on, today()));
        housing_path_repository::set_withdrawn(connection, consent->id, withdrawn_on);
        return {};
    });
}

Result<StayDetail> add_referral(Connection& connection, const Actor& actor, int64_t stay_id,
                                Referral referral) {
    auto problems = referral_problems(referral, today());
    if (!problems.empty()) return invalid_all(problems);
    return change_stay(connection, actor, stay_id, "referral.add", [&](const Stay& stay) -> Status {
        TRY(check_referral_consent(
            referral, housing_path_repository::consents(connection, stay.person_id, stay.office_id)));
        referral.stay_id = stay.id;
        referral.registered_at = format_instant(now());
        referral.registered_by = actor.user_id;
        housing_path_repository::insert_referral(connection, referral);
        return {};
    });
}

Result<StayDetail> update_referral(Connection& connection, const Actor& actor, int64_t stay_id,
                                   int64_t referral_id, const std::string& outcome,
                                   const std::optional<std::string>& outcome_on, const std::string& note) {
    return change_stay(connection, actor, stay_id, "referral.update", [&](const Stay& stay) -> Status {
        auto referral = housing_path_repository::find_referral(connection, referral_id);
        if (!referral || referral->stay_id != stay.id) return not_found("Fant ikke henvisningen.");
        referral->outcome = outcome;
        referral->outcome_on = outcome_on;
        referral->note = note;
        auto problems = referral_problems(*referral, today());
        if (!problems.empty()) return invalid_all(problems);
        housing_path_repository::update_outcome(connection, *referral);
        return {};
    });
}

Result<StayDetail> terminate(Connection& connection, const Actor& actor, int64_t stay_id,
                             StayTermination termination) {
    TRY(check_text("facts", termination.facts, 8000));
    TRY(check_text("residentAccount", termination.resident_account, 8000));
    TRY(check_text("considerations", termination.considerations, 8000));
    TRY(check_text("noticeException", termination.notice_exception, 4000));
    TRY(check_text("basisDetail", termination.basis_detail, 4000));
    TRY(check_text("dangerReason", termination.danger_reason, 4000));
    TRY(check_text("newPlaceAssessment", termination.new_place_assessment, 4000));
    return change_stay(connection, actor, stay_id, "stay.terminate", [&](const Stay& stay) -> Status {
        auto breaches = stay_repository::breaches(connection, stay.id);
        auto incidents = incident_repository::for_stay(connection, stay.id);
        std::vector<int64_t> incident_ids;
        incident_ids.reserve(incidents.size());
        for (const auto& incident : incidents) incident_ids.push_back(incident.id);
        auto problems = termination_problems(stay, termination, breaches, incident_ids, today());
        if (!problems.empty()) return invalid_all(problems);
        termination.decided_at = format_instant(now());
        termination.decided_by = actor.user_id;
        // The deadline waits for the delivery (record_termination_delivery); a danger reason is kept
        // only where it is what allows the early date; a stated exception only without a notice.
        if (!takes_effect_early(termination)) termination.danger_reason.clear();
        if (termination.notice_given_on) termination.notice_exception.clear();
        auto pdf =
            render_letter_pdf(compose_termination_letter(connection, stay, termination, breaches, incidents));
        stay_repository::insert_termination(connection, stay.id, termination, case_letter::to_base64(pdf));
        stay_repository::record_exit(connection, stay.id,
                                     StayExit{termination.effective_on, ExitOutcome::terminated, "", {}, ""});
        placement_repository::apply_changes(
            connection,
            changes_at_stay_end(placement_repository::for_stay(connection, stay.id),
                                termination.effective_on),
            termination.decided_at, actor.user_id);
        return {};
    });
}

Result<StayDetail> record_termination_delivery(Connection& connection, const Actor& actor, int64_t stay_id,
                                               const std::string& method, const std::string& on) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<StayDetail> {
        auto stay = TRY(owned_stay(connection, office_id, stay_id));
        auto termination = stay_repository::termination(connection, stay_id);
        if (!termination)
            return fail(ErrorKind::conflict, "not_decided", "Det er ikke fattet vedtak om stans.",
                        "deliveryMethod");
        TRY(husly::record_termination_delivery(*termination, method, on, today()));
        stay_repository::mark_termination_delivered(connection, termination->id, *termination);
        audit_stay(connection, actor, "stay.termination_delivery", stay,
                   {{"deliveryMethod", method}, {"appealDeadline", termination->appeal_deadline.value()}});
        return load_detail(connection, stay_repository::find(connection, stay_id).value());
    });
}

Result<std::string> termination_letter(Connection& connection, const Actor& actor, int64_t stay_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<std::string> {
        auto stay = TRY(owned_stay(connection, office_id, stay_id));
        auto stored = stay_repository::termination_letter(connection, stay_id);
        if (!stored) return not_found("Det er ikke fattet vedtak om stans.");
        audit_stay(connection, actor, "stay.termination_letter", stay);
        return case_letter::from_base64(*stored);
    });
}

} // namespace husly::stays
