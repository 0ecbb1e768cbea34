#include "domain/follow_up.hpp"

#include "common/clock.hpp"
#include "domain/decision.hpp"
#include "domain/legal_references.hpp"
#include "domain/request_codes.hpp"
#include "domain/text_rules.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace husly {
namespace {

std::string indexed(std::string_view list, size_t index, std::string_view field) {
    return fmt::format("{}[{}].{}", list, index, field);
}

Status check_date(const std::string& field, const std::string& value) {
    if (!parse_date(value)) return invalid(field, date_error_message(value));
    return {};
}

std::string trimmed(std::string_view text) {
    auto start = text.find_first_not_of(" \t\n");
    if (start == std::string_view::npos) return "";
    auto end = text.find_last_not_of(" \t\n");
    return std::string(text.substr(start, end - start + 1));
}

} // namespace

bool is_local_minute(std::string_view text) {
    if (text.size() != 16 || text[10] != 'T' || text[13] != ':') return false;
    if (!parse_date(text.substr(0, 10))) return false;
    auto digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
    if (!digit(11) || !digit(12) || !digit(14) || !digit(15)) return false;
    int hour = (text[11] - '0') * 10 + (text[12] - '0');
    int minute = (text[14] - '0') * 10 + (text[15] - '0');
    return hour < 24 && minute < 60;
}

Status check_agreement(const Stay& stay, const StayAgreement& agreement, Date today) {
    TRY(check_date("periodFrom", agreement.period_from));
    TRY(check_date("periodTo", agreement.period_to));
    auto from = *parse_date(agreement.period_from);
    auto to = *parse_date(agreement.period_to);
    if (days_between(from, to) < 0) return invalid("periodTo", "Sluttdatoen kan ikke være før startdatoen.");
    if (days_between(*parse_date(stay.started_on), from) < 0)
        return invalid("periodFrom", "Avtalen kan ikke begynne før innflyttingen.");
    TRY(check_text("residentCommitments", agreement.resident_commitments, 4000, true,
                   "Skriv hva beboeren forplikter seg til."));
    TRY(check_text("officeCommitments", agreement.office_commitments, 4000, true,
                   "Skriv hva Nav-kontoret og botilbudet forplikter seg til."));
    if (agreement.signed_on) {
        TRY(check_date("signedOn", *agreement.signed_on));
        if (days_between(today, *parse_date(*agreement.signed_on)) > 0)
            return invalid("signedOn", "Signeringsdatoen kan ikke være fram i tid.");
    }
    return {};
}

Status check_action_plan(const std::vector<ActionItem>& items) {
    if (items.size() > 50) return invalid("items", "En tiltaksplan kan ha høyst 50 rader.");
    for (size_t i = 0; i < items.size(); ++i) {
        const auto& item = items[i];
        TRY(check_text(indexed("items", i, "goal"), item.goal, 500, true, "Skriv målet."));
        TRY(check_text(indexed("items", i, "action"), item.action, 1000, true, "Skriv tiltaket."));
        TRY(check_text(indexed("items", i, "responsible"), item.responsible, 200, true,
                       "Skriv hvem som har ansvaret."));
        TRY(check_text(indexed("items", i, "other"), item.other, 1000));
        if (item.due_on) TRY(check_date(indexed("items", i, "dueOn"), *item.due_on));
        if (!is_known_code(CodeList::action_status, item.status))
            return invalid(indexed("items", i, "status"), "Ukjent status.", "unknown_code");
    }
    return {};
}

Status check_note(const std::string& text) {
    return check_text("text", text, 8000, true, "Skriv notatet.");
}

Status check_appointments(const std::vector<Appointment>& appointments) {
    if (appointments.size() > 100) return invalid("appointments", "Høyst 100 avtaler.");
    for (size_t i = 0; i < appointments.size(); ++i) {
        const auto& appointment = appointments[i];
        if (!is_local_minute(appointment.starts_at))
            return invalid(indexed("appointments", i, "startsAt"),
                           appointment.starts_at.empty() || appointment.starts_at == "T"
                               ? "Skriv dato og klokkeslett."
                               : "Datoen eller klokkeslettet finnes ikke. Skriv datoen som dd.mm.åååå og "
                                 "klokkeslettet som tt:mm, for eksempel 14.12.2026 og 13:30.");
        TRY(check_text(indexed("appointments", i, "purpose"), appointment.purpose, 300, true,
                       "Skriv hva avtalen gjelder."));
        TRY(check_text(indexed("appointments", i, "place"), appointment.place, 200));
        TRY(check_text(indexed("appointments", i, "note"), appointment.note, 2000));
        if (!is_known_code(CodeList::appointment_status, appointment.status))
            return invalid(indexed("appointments", i, "status"), "Ukjent status.", "unknown_code");
    }
    return {};
}

Status check_breach(const Stay& stay, const HouseRuleBreach& breach, Date today) {
    TRY(check_date("occurredOn", breach.occurred_on));
    auto occurred = *parse_date(breach.occurred_on);
    if (days_between(*parse_date(stay.started_on), occurred) < 0)
        return invalid("occurredOn", "Bruddet kan ikke ha skjedd før innflyttingen.");
    if (days_between(today, occurred) > 0) return invalid("occurredOn", "Datoen kan ikke være fram i tid.");
    TRY(check_text("description", breach.description, 4000, true, "Beskriv hva som skjedde."));
    TRY(check_text("residentAccount", breach.resident_account, 4000));
    return {};
}

Status check_after_care(const Stay& stay, AfterCare& after_care) {
    if (!stay.exit)
        return invalid("agreedOn", "Oppfølging etter utflytting avtales når oppholdet er avsluttet.");
    TRY(check_date("agreedOn", after_care.agreed_on));
    auto agreed = *parse_date(after_care.agreed_on);
    if (days_between(*parse_date(stay.started_on), agreed) < 0)
        return invalid("agreedOn", "Avtalen kan ikke være inngått før innflyttingen.");
    after_care.until_on = format_date(three_month_mark(agreed));
    if (after_care.forms.empty()) return invalid("forms", "Velg minst én form for oppfølging.");
    for (const auto& form : after_care.forms)
        if (!is_known_code(CodeList::after_care_form, form))
            return invalid("forms", "Ukjent form for oppfølging.", "unknown_code");
    for (size_t i = 0; i < after_care.offers.size(); ++i) {
        const auto& offer = after_care.offers[i];
        if (!is_offered_code(CodeList::after_care_offer, offer))
            return invalid("offers", "Ukjent tilbud om oppfølging.", "unknown_code");
        if (std::find(after_care.offers.begin(), after_care.offers.begin() + static_cast<std::ptrdiff_t>(i),
                      offer) != after_care.offers.begin() + static_cast<std::ptrdiff_t>(i))
            return invalid("offers", "Hvert tilbud skal bare velges én gang.");
    }
    TRY(check_text("note", after_care.note, 2000));
    if (after_care.contacts.size() > 50) return invalid("contacts", "Høyst 50 oppfølgingsdatoer.");
    for (size_t i = 0; i < after_care.contacts.size(); ++i) {
        const auto& contact = after_care.contacts[i];
        TRY(check_date(indexed("contacts", i, "plannedOn"), contact.planned_on));
        auto planned = *parse_date(contact.planned_on);
        if (days_between(agreed, planned) < 0 || days_between(planned, three_month_mark(agreed)) < 0)
            return invalid(indexed("contacts", i, "plannedOn"),
                           "Oppfølgingen skal skje innenfor de tre månedene avtalen gjelder.");
        if (!is_known_code(CodeList::after_care_form, contact.form))
            return invalid(indexed("contacts", i, "form"), "Ukjent form for oppfølging.", "unknown_code");
        if (contact.done_on) TRY(check_date(indexed("contacts", i, "doneOn"), *contact.done_on));
        TRY(check_text(indexed("contacts", i, "note"), contact.note, 1000));
    }
    return {};
}

namespace {

struct BasisRow {
    TerminationBasis basis;
    std::string_view code;
    std::string_view label;
};
constexpr std::array<BasisRow, 3> basis_rows{{
    {TerminationBasis::condition, "vilkar", "Brudd på vilkår i vedtaket om midlertidig botilbud"},
    {TerminationBasis::house_rules, "husordensregler",
     "Brudd på husordensreglene eller bo- og oppfølgingsavtalen som botilbudet ble gitt på"},
    {TerminationBasis::reversal, "omgjoring",
     "Vedtaket om midlertidig botilbud omgjøres fordi forholdene er endret ({fvl_omgjoring})"},
}};
static_assert(basis_rows.size() == all_termination_bases.size());

const BasisRow& row_of(TerminationBasis basis) {
    return basis_rows[static_cast<size_t>(basis)];
}

} // namespace

std::string_view to_string(TerminationBasis basis) {
    return row_of(basis).code;
}
std::string label(TerminationBasis basis) {
    return legal::expand(row_of(basis).label);
}
std::optional<TerminationBasis> parse_termination_basis(std::string_view code) {
    for (const auto& row : basis_rows)
        if (row.code == code) return row.basis;
    return std::nullopt;
}

Date earliest_effective_without_danger(Date decided_on) {
    return Date{std::chrono::sys_days{reached_on(DeliveryMethod::post, decided_on)} +
                std::chrono::days{postponement_request_days}};
}

std::vector<Error> termination_problems(const Stay& stay, const StayTermination& termination,
                                        const std::vector<HouseRuleBreach>& breaches,
                                        const std::vector<int64_t>& incidents_of_stay, Date today) {
    std::vector<Error> problems;
    auto add = [&](std::string field, std::string message) {
        problems.push_back(Error{ErrorKind::validation, "incomplete", std::move(message), std::move(field)});
    };
    auto started = *parse_date(stay.started_on);
    if (stay.exit) add("effectiveOn", "Oppholdet er allerede avsluttet.");
    // What it rests on: at least one documented breach or incident report of this stay.
    for (auto id : termination.breach_ids)
        if (std::none_of(breaches.begin(), breaches.end(), [&](const auto& b) { return b.id == id; }))
            add("breachIds", "Bruddet hører ikke til dette oppholdet.");
    for (auto id : termination.incident_ids)
        if (std::find(incidents_of_stay.begin(), incidents_of_stay.end(), id) == incidents_of_stay.end())
            add("incidentIds", "Hendelsesrapporten hører ikke til dette oppholdet.");
    if (termination.breach_ids.empty() && termination.incident_ids.empty())
        add("breachIds", "Velg minst ett registrert brudd eller én hendelsesrapport som vedtaket bygger på. "
                         "Registrer bruddet først hvis det ikke er registrert.");
    // The basis beyond § 27.
    if (!termination.basis)
        add("basis",
            legal::expand(
                "Velg hjemmelen for å stanse botilbudet; {sotjl_midlertidig_botilbud} alene er ikke nok."));
    if (trimmed(termination.basis_detail).size() < 10)
        add("basisDetail", "Skriv hvilket vilkår eller hvilken regel som er brutt, og hvordan.");
    if (trimmed(termination.facts).size() < 10)
        add("facts",
            legal::expand("Beskriv de faktiske forholdene vedtaket bygger på ({fvl_begrunnelse|kort})."));
    // Advance notice (fvl. § 16): when and how, or why none was given.
    bool exception = trimmed(termination.notice_exception).size() >= 10;
    if (termination.notice_given_on) {
        auto notice = parse_date(*termination.notice_given_on);
        if (!notice)
            add("noticeGivenOn", date_error_message(*termination.notice_given_on));
        else if (days_between(today, *notice) > 0)
            add("noticeGivenOn", "Forhåndsvarselet kan ikke være gitt fram i tid.");
        else if (days_between(started, *notice) < 0)
            add("noticeGivenOn", "Forhåndsvarselet kan ikke være gitt før innflyttingen.");
        if (!termination.notice_method) add("noticeMethod", "Velg hvordan forhåndsvarselet ble gitt.");
    } else if (termination.notice_method) {
        add("noticeGivenOn", "Skriv datoen forhåndsvarselet ble gitt.");
    } else if (!exception) {
        add("noticeGivenOn",
            legal::expand("Personen skal varsles før vedtaket ({fvl_forhandsvarsel}). Skriv når og hvordan "
                          "varselet ble gitt, eller hvorfor det ikke ble gitt."));
    }
    if (!termination.notice_exception.empty() && !exception)
        add("noticeException", "Skriv hvorfor forhåndsvarsel ikke ble gitt (minst 10 tegn).");
    if (trimmed(termination.resident_account).size() < 10)
        add("residentAccount", legal::expand("Personen skal ha fått uttale seg før vedtaket. Skriv ned hva "
                                             "personen sa ({fvl_forhandsvarsel,fvl_utredning|kort})."));
    if (trimmed(termination.considerations).size() < 10)
        add("considerations",
            legal::expand("Skriv hvilke hensyn som har vært avgjørende ({fvl_begrunnelse|kort})."));
    // The effective date: not backdated, and time to ask for postponement unless there is danger.
    auto effective = parse_date(termination.effective_on);
    if (!effective)
        add("effectiveOn", "Skriv datoen botilbudet opphører.");
    else if (days_between(started, *effective) < 0)
        add("effectiveOn", "Stansen kan ikke gjelde fra før innflyttingen.");
    else if (days_between(today, *effective) < 0)
        add("effectiveOn", "Stans kan ikke gis tilbakevirkende kraft.");
    else if (auto earliest = earliest_effective_without_danger(today);
             days_between(*effective, earliest) > 0 && trimmed(termination.danger_reason).size() < 10)
        add("dangerReason",
            fmt::format(
                "Uten fare ved å vente kan stansen tidligst gjelde fra {}, slik at personen rekker å be "
                "om utsatt iverksetting ({}). Skal den gjelde før, skriv hvilken "
                "fare det er ved å vente.",
                display_date(format_date(earliest)), legal::cite("fvl_utsatt_iverksetting", legal::today())));
    // A stans after the vedtak period stops nothing: the place ends with the period. (Where the
    // period has already run out and the household still lives there, the stans is what ends it.)
    if (auto last = stay.period_to ? parse_date(*stay.period_to) : std::nullopt;
        effective && last && days_between(today, *last) >= 0 && days_between(*last, *effective) > 0)
        add("effectiveOn",
            fmt::format(
                "Vedtaket om botilbud gjelder bare til og med {}, og da tar botilbudet slutt uten stans. "
                "Velg en dato innen perioden.",
                display_date(*stay.period_to)));
    // The duty continues: where the person can live now.
    if (trimmed(termination.new_place_assessment).size() < 10)
        add("newPlaceAssessment", legal::expand("Skriv vurderingen av hvor personen kan bo når botilbudet "
                                                "stanses ({sotjl_midlertidig_botilbud})."));
    if (!termination.new_place_assessed_on)
        add("newPlaceAssessedOn", "Skriv datoen et nytt botilbud ble vurdert.");
    else if (auto assessed = parse_date(*termination.new_place_assessed_on); !assessed)
        add("newPlaceAssessedOn", date_error_message(*termination.new_place_assessed_on));
    else if (days_between(today, *assessed) > 0)
        add("newPlaceAssessedOn", "Vurderingen kan ikke være gjort fram i tid.");
    else if (days_between(started, *assessed) < 0)
        add("newPlaceAssessedOn", "Vurderingen kan ikke være gjort før innflyttingen.");
    return problems;
}

Status record_termination_delivery(StayTermination& termination, const std::string& method,
                                   const std::string& on, Date today) {
    if (termination.delivered_on)
        return fail(ErrorKind::conflict, "already_delivered",
                    "Det er allerede registrert hvordan vedtaket om stans ble gitt.", "deliveryMethod");
    auto decided = *parse_date(norwegian_date_of(termination.decided_at));
    auto delivery = TRY(delivery_of(method, on, decided, today));
    termination.delivery_method = delivery.method;
    termination.delivered_on = delivery.delivered_on;
    termination.informed_on = delivery.informed_on;
    termination.appeal_deadline = delivery.appeal_deadline;
    return {};
}

bool leaves_time_for_postponement(const StayTermination& termination) {
    if (!termination.informed_on || !termination.danger_reason.empty()) return true;
    auto informed = parse_date(*termination.informed_on);
    auto effective = parse_date(termination.effective_on);
    if (!informed || !effective) return true;
    return days_between(*informed, *effective) >= postponement_request_days;
}

} // namespace husly
