#include "domain/follow_up.hpp"

#include "common/clock.hpp"
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

std::vector<Error> termination_problems(const Stay& stay, const StayTermination& termination,
                                        const std::vector<HouseRuleBreach>& breaches, Date today) {
    std::vector<Error> problems;
    auto add = [&](std::string field, std::string message) {
        problems.push_back(Error{ErrorKind::validation, "incomplete", std::move(message), std::move(field)});
    };
    if (stay.exit) add("effectiveOn", "Oppholdet er allerede avsluttet.");
    auto effective = parse_date(termination.effective_on);
    if (!effective)
        add("effectiveOn", "Skriv datoen botilbudet opphører.");
    else if (days_between(*parse_date(stay.started_on), *effective) < 0)
        add("effectiveOn", "Stansen kan ikke gjelde fra før innflyttingen.");
    else if (days_between(today, *effective) < 0)
        add("effectiveOn", "Stans kan ikke gis tilbakevirkende kraft.");
    for (auto id : termination.breach_ids)
        if (std::none_of(breaches.begin(), breaches.end(), [&](const auto& b) { return b.id == id; }))
            add("breachIds", "Bruddet hører ikke til dette oppholdet.");
    if (trimmed(termination.facts).size() < 10)
        add("facts", "Beskriv de faktiske forholdene vedtaket bygger på (fvl. § 25).");
    if (trimmed(termination.resident_account).size() < 10)
        add("residentAccount",
            "Personen skal ha fått uttale seg før vedtaket. Skriv ned hva personen sa (fvl. §§ 16–17).");
    if (trimmed(termination.considerations).size() < 10)
        add("considerations",
            "Skriv hvilke hensyn som har vært avgjørende, og hvor personen kan bo i stedet.");
    if (!parse_date(termination.informed_on))
        add("informedOn", "Skriv datoen personen får vite om vedtaket; klagefristen regnes fra den.");
    return problems;
}

} // namespace husly
