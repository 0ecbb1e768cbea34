#include "domain/decision.hpp"

#include "common/clock.hpp"
#include "domain/deadlines.hpp"
#include "domain/legal_references.hpp"
#include "domain/request_codes.hpp"
#include "domain/stay.hpp"

namespace husly {

bool grants_place(std::string_view outcome) {
    return outcome == "INNVILGET" || outcome == "DELVIS_INNVILGET";
}

bool is_granted(const Decision& decision) {
    return grants_place(decision.outcome);
}

Status check_draft_editable(DecisionStatus status) {
    switch (status) {
    case DecisionStatus::draft:
        return {};
    case DecisionStatus::awaiting_approval:
        return fail(ErrorKind::conflict, "awaiting_approval",
                    "Vedtaket venter på godkjenning og kan ikke endres. Leder kan sende det tilbake.");
    case DecisionStatus::decided:
        return fail(ErrorKind::conflict, "already_decided", "Vedtaket er fattet og kan ikke endres.");
    }
    return {};
}

Status check_can_decide(DecisionStatus status, bool by_leder) {
    switch (status) {
    case DecisionStatus::draft:
        return {};
    case DecisionStatus::awaiting_approval:
        if (by_leder) return {};
        return fail(ErrorKind::conflict, "awaiting_approval",
                    "Vedtaket venter allerede på godkjenning fra leder.");
    case DecisionStatus::decided:
        return fail(ErrorKind::conflict, "already_decided", "Vedtaket er allerede fattet.");
    }
    return {};
}

DecisionStatus status_on_deciding(bool by_leder, bool office_needs_approval) {
    return !by_leder && office_needs_approval ? DecisionStatus::awaiting_approval : DecisionStatus::decided;
}

Status check_can_return(DecisionStatus status) {
    switch (status) {
    case DecisionStatus::awaiting_approval:
        return {};
    case DecisionStatus::draft:
    case DecisionStatus::decided:
        break;
    }
    return fail(ErrorKind::conflict, "not_awaiting", "Vedtaket venter ikke på godkjenning.");
}

Result<PlaceBasis> place_basis(const std::optional<Decision>& decision, bool acute_request) {
    if (!decision || !is_granted(*decision))
        return invalid("requestId", "Plass kan bare bookes på et innvilget vedtak.", "not_granted");
    switch (decision->status) {
    case DecisionStatus::decided:
        return PlaceBasis::decided_grant;
    case DecisionStatus::awaiting_approval:
        if (acute_request) return PlaceBasis::grant_awaiting_approval;
        return invalid("requestId",
                       "Vedtaket venter på godkjenning fra leder. Før godkjenning kan plass bare bookes når "
                       "henvendelsen gjelder akutt behov for et sted å bo.",
                       "awaiting_approval");
    case DecisionStatus::draft:
        break;
    }
    return invalid("requestId",
                   "Plass kan bookes når vedtaket er fattet (eller sendt til godkjenning, når det haster).",
                   "not_granted");
}

std::vector<Error> completeness_problems(const Decision& decision) {
    std::vector<Error> problems;
    auto add = [&](std::string field, std::string message) {
        problems.push_back(Error{ErrorKind::validation, "incomplete", std::move(message), std::move(field)});
    };
    if (!is_known_code(CodeList::decision_outcome, decision.outcome))
        add("outcome", "Velg om søknaden innvilges, delvis innvilges, avslås eller avvises.");
    if (is_granted(decision)) {
        auto from = decision.period_from ? parse_date(*decision.period_from) : std::nullopt;
        auto to = decision.period_to ? parse_date(*decision.period_to) : std::nullopt;
        if (!from) add("periodFrom", "Skriv fra hvilken dato botilbudet gjelder.");
        if (!to) add("periodTo", "Skriv til hvilken dato botilbudet gjelder.");
        if (from && to) {
            auto length = (std::chrono::sys_days{*to} - std::chrono::sys_days{*from}).count();
            if (length < 0)
                add("periodTo", "Sluttdatoen kan ikke være før startdatoen.");
            else if (length > 92 && decision.long_period_reason.empty())
                add("longPeriodReason",
                    "Botilbudet gis normalt for høyst 3 måneder. Begrunn en lengre periode.");
        }
    } else if (decision.period_from || decision.period_to) {
        add("periodFrom", "Et avslag eller en avvisning har ingen periode.");
    }
    bool refuses = decision.outcome == "AVSLATT" || decision.outcome == "AVVIST" ||
                   decision.outcome == "DELVIS_INNVILGET";
    if (refuses && decision.refusal_reasons.empty())
        add("refusalReasons", "Velg hvorfor søknaden (helt eller delvis) ikke innvilges.");
    // A partial grant says what was applied for and what is refused (fvl. § 25).
    if (decision.outcome == "DELVIS_INNVILGET") {
        if (decision.applied_for.size() < 10) add("appliedFor", "Skriv hva personen søkte om.");
        if (decision.refused_part.size() < 10) add("refusedPart", "Skriv hva personen ikke får.");
    }
    if (decision.facts.size() < 10)
        add("facts",
            legal::expand("Beskriv de faktiske forholdene vedtaket bygger på ({fvl_begrunnelse|kort})."));
    if (decision.considerations.size() < 10)
        add("considerations",
            legal::expand("Skriv hvilke hensyn som har vært avgjørende ({fvl_begrunnelse|kort})."));
    return problems;
}

std::chrono::year_month_day reached_on(DeliveryMethod method, std::chrono::year_month_day given_on) {
    switch (method) {
    case DeliveryMethod::in_person:
    case DeliveryMethod::digital:
        return given_on;
    case DeliveryMethod::post:
        break;
    }
    auto day = std::chrono::sys_days{given_on};
    for (int working = 0; working < post_arrival_working_days;) {
        day += std::chrono::days{1};
        if (is_working_day(std::chrono::year_month_day{day})) ++working;
    }
    return std::chrono::year_month_day{day};
}

Status record_delivery(Decision& decision, const std::string& method, const std::string& on,
                       std::chrono::year_month_day today) {
    switch (decision.status) {
    case DecisionStatus::draft:
        return fail(ErrorKind::conflict, "not_decided",
                    "Vedtaket er ikke fattet ennå, og kan ikke være gitt til personen.", "deliveredOn");
    case DecisionStatus::awaiting_approval:
        return fail(ErrorKind::conflict, "awaiting_approval",
                    "Vedtaket venter på godkjenning fra leder og er ikke gitt til noen ennå.", "deliveredOn");
    case DecisionStatus::decided:
        break;
    }
    if (decision.delivered_on)
        return fail(ErrorKind::conflict, "already_delivered",
                    "Det er allerede registrert hvordan vedtaket ble gitt.", "deliveryMethod");
    if (!decision.decided_at)
        return fail(ErrorKind::conflict, "not_decided", "Vedtaket er ikke fattet ennå.");
    auto delivery = TRY(delivery_of(method, on, *parse_date(norwegian_date_of(*decision.decided_at)), today));
    decision.delivery_method = delivery.method;
    decision.delivered_on = delivery.delivered_on;
    decision.informed_on = delivery.informed_on;
    decision.appeal_deadline = delivery.appeal_deadline;
    return {};
}

Result<Delivery> delivery_of(const std::string& method, const std::string& on,
                             std::chrono::year_month_day decided_on, std::chrono::year_month_day today) {
    auto parsed = parse_delivery_method(method);
    if (!parsed)
        return invalid("deliveryMethod",
                       "Velg om vedtaket ble overlevert, sendt digitalt eller sendt i posten.",
                       "unknown_code");
    auto given = parse_date(on);
    if (!given) return invalid("deliveredOn", date_error_message(on));
    if (days_between(today, *given) > 0) return invalid("deliveredOn", "Datoen kan ikke være fram i tid.");
    if (days_between(decided_on, *given) < 0)
        return invalid("deliveredOn", "Vedtaket kan ikke være gitt før det ble fattet " +
                                          display_date(format_date(decided_on)) + ".");
    auto reached = reached_on(*parsed, *given);
    return Delivery{*parsed, format_date(*given), format_date(reached),
                    format_date(appeal_deadline(reached))};
}

bool is_late(const Decision& decision, const Appeal& appeal) {
    if (!decision.appeal_deadline) return false;
    auto deadline = parse_date(*decision.appeal_deadline);
    auto sent = parse_date(appeal.sent_on);
    return deadline && sent && days_between(*deadline, *sent) > 0;
}

Status check_new_appeal(const Decision& decision, Appeal& appeal, std::chrono::year_month_day today) {
    if (decision.status != DecisionStatus::decided)
        return fail(ErrorKind::conflict, "not_decided", "Bare et fattet vedtak kan påklages.", "receivedOn");
    auto sent = parse_date(appeal.sent_on);
    if (!sent) return invalid("sentOn", date_error_message(appeal.sent_on));
    auto received = parse_date(appeal.received_on);
    if (!received) return invalid("receivedOn", date_error_message(appeal.received_on));
    if (days_between(today, *sent) > 0) return invalid("sentOn", "Datoen kan ikke være fram i tid.");
    if (days_between(today, *received) > 0) return invalid("receivedOn", "Datoen kan ikke være fram i tid.");
    if (decision.decided_at && days_between(*parse_date(norwegian_date_of(*decision.decided_at)), *sent) < 0)
        return invalid("sentOn", "Klagen kan ikke være sendt før vedtaket ble fattet.");
    if (days_between(*sent, *received) < 0)
        return invalid("receivedOn", "Klagen kan ikke være mottatt før den ble sendt.");
    if (appeal.summary.size() < 5 || appeal.summary.size() > 8000)
        return invalid("summary", "Skriv kort hva personen klager på.");
    appeal.late = is_late(decision, appeal);
    return {};
}

Status assess_late_appeal(Appeal& appeal, const std::string& assessment, const std::string& reason) {
    auto parsed = parse_late_appeal_assessment(assessment);
    if (!parsed)
        return invalid("assessment", "Velg om klagen skal behandles likevel eller avvises.", "unknown_code");
    if (!appeal.late)
        return fail(ErrorKind::conflict, "appeal_in_time",
                    legal::expand("Klagen kom innen fristen og skal behandles; det er ingenting å vurdere "
                                  "etter {fvl_klage_for_sent}."),
                    "assessment");
    if (appeal.late_assessment)
        return fail(ErrorKind::conflict, "already_assessed",
                    "Det er allerede vurdert om klagen skal behandles.", "assessment");
    if (appeal.result || appeal.forwarded_on)
        return fail(ErrorKind::conflict, "appeal_settled", "Klagen er allerede behandlet.", "assessment");
    if (reason.size() < 10)
        return invalid(
            "reason",
            legal::expand(
                *parsed == LateAppealAssessment::heard
                    ? "Skriv hvorfor klagen behandles selv om fristen er ute: personen kan ikke lastes "
                      "for det, eller det er særlige grunner ({fvl_klage_for_sent|kort})."
                    : "Skriv hvorfor klagen avvises: hvorfor personen kan lastes for at den kom for sent, "
                      "og hvorfor det ikke er særlige grunner til å behandle den "
                      "({fvl_klage_for_sent|kort})."));
    if (reason.size() > 4000) return invalid("reason", "Teksten kan ha høyst 4000 tegn.", "too_long");
    appeal.late_assessment = parsed;
    appeal.late_reason = reason;
    return {};
}

Status apply_appeal_result(Appeal& appeal, const std::string& result, const std::string& on,
                           const std::string& note, std::chrono::year_month_day today) {
    auto parsed = parse_appeal_result(result);
    if (!parsed) return invalid("result", "Velg hva som ble resultatet.", "unknown_code");
    auto date = parse_date(on);
    if (!date) return invalid("resultOn", date_error_message(on));
    if (days_between(today, *date) > 0) return invalid("resultOn", "Datoen kan ikke være fram i tid.");
    if (days_between(*parse_date(appeal.received_on), *date) < 0)
        return invalid("resultOn", "Datoen kan ikke være før klagen kom inn.");
    if (appeal.forwarded_on && days_between(*parse_date(*appeal.forwarded_on), *date) < 0)
        return invalid("resultOn", "Datoen kan ikke være før klagen ble sendt til Statsforvalteren.");
    if (note.size() > 4000) return invalid("note", "Teksten kan ha høyst 4000 tegn.", "too_long");
    if (appeal.result)
        return fail(ErrorKind::conflict, "appeal_settled", "Klagen er allerede avgjort.", "result");
    if (appeal.late_assessment == LateAppealAssessment::dismissed && *parsed != AppealResult::withdrawn)
        return fail(ErrorKind::conflict, "appeal_dismissed",
                    "Klagen er avvist fordi den kom for sent, og behandles ikke.", "result");
    if (appeal.late && !appeal.late_assessment && *parsed != AppealResult::withdrawn)
        return fail(ErrorKind::conflict, "late_unassessed",
                    legal::expand("Klagen kom etter fristen. Vurder først om den skal behandles likevel "
                                  "({fvl_klage_for_sent|kort})."),
                    "result");
    // Whose step a result is: the office's, Statsforvalteren's, or either (a withdrawal).
    enum class By { office, statsforvalteren, either };
    auto by = By::either;
    switch (*parsed) {
    case AppealResult::changed_by_office:
    case AppealResult::sent_to_statsforvalteren:
        by = By::office;
        break;
    case AppealResult::upheld:
    case AppealResult::changed_by_statsforvalteren:
    case AppealResult::quashed:
        by = By::statsforvalteren;
        break;
    case AppealResult::withdrawn:
        by = By::either;
        break;
    }
    if (appeal.forwarded_on && by == By::office)
        return invalid("result",
                       "Klagen er sendt til Statsforvalteren; registrer Statsforvalterens avgjørelse.");
    if (!appeal.forwarded_on && by == By::statsforvalteren)
        return invalid("result",
                       "Send klagen til Statsforvalteren før Statsforvalterens avgjørelse registreres.");
    if (*parsed == AppealResult::sent_to_statsforvalteren) {
        appeal.forwarded_on = on;
    } else {
        appeal.result = parsed;
        appeal.result_on = on;
    }
    appeal.result_note = note;
    return {};
}

std::string legal_basis_of(const Decision& decision) {
    auto on = decision.decided_at.value_or(legal::today());
    auto basis = legal::cite("sotjl_midlertidig_botilbud", on);
    if (decision.responsibility.without_fixed_home)
        basis += ", jf. " + legal::section("sotjl_virkeomrade", on) + " og " +
                 legal::cite("forskrift_uten_bopel", on);
    return basis;
}

} // namespace husly
