#include "service/person_copy_service.hpp"

#include "common/clock.hpp"
#include "domain/request_codes.hpp"
#include "letters/letter_pdf.hpp"
#include "service/audit_service.hpp"
#include "service/case_access.hpp"
#include "service/case_letter.hpp"
#include "store/audit_repository.hpp"
#include "store/decision_repository.hpp"
#include "store/office_repository.hpp"
#include "store/person_repository.hpp"
#include "store/request_repository.hpp"
#include "store/stay_repository.hpp"
#include "store/storage_repository.hpp"
#include "store/user_repository.hpp"
#include "store/waiting_list_repository.hpp"

#include <fmt/format.h>
#include <map>

namespace husly::person_copy {
namespace {

using case_letter::norwegian_date;

constexpr int max_access_lines = 2000;

std::string label(CodeList list, const std::string& code) {
    const auto* entry = find_code(list, code);
    return entry ? std::string(entry->label) : code;
}

std::string labels(CodeList list, const std::vector<std::string>& codes) {
    std::string text;
    for (const auto& code : codes) text += (text.empty() ? "" : ", ") + label(list, code);
    return text.empty() ? "—" : text;
}

// "overlevert personlig" from the label "Overlevert personlig" (labels start with an ASCII capital).
std::string lower_label(std::string_view label) {
    std::string text(label);
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

std::string date_or_dash(const std::optional<std::string>& date) {
    return date ? norwegian_date(*date) : "—";
}

// "23. november 2026 kl. 14.05" in Norwegian time.
std::string norwegian_time(const std::string& instant) {
    auto parsed = parse_instant(instant);
    if (!parsed) return instant;
    auto local = norwegian_local_time(*parsed);
    auto day = std::chrono::floor<std::chrono::days>(local);
    std::chrono::hh_mm_ss time{local - day};
    return fmt::format("{} kl. {:02}.{:02}", norwegian_date(format_date(std::chrono::year_month_day{day})),
                       time.hours().count(), time.minutes().count());
}

std::string request_text(const Request& r, const std::optional<decisions::DecisionView>& decision) {
    std::string text =
        fmt::format("Mottatt {} ({}){}.\nHvorfor uten bolig: {}{}\nGrupper: {}\nKan bo hos "
                    "familie/venner: {}{}\nBosituasjon: {}\nBehov for tjenester: {}",
                    norwegian_time(r.received_at), label(CodeList::channel, r.channel),
                    r.acute ? ", akutt" : "", labels(CodeList::reason, r.reasons),
                    r.reason_text.empty() ? "" : " – " + r.reason_text, labels(CodeList::group, r.groups),
                    label(CodeList::network, r.network), r.network_note.empty() ? "" : " – " + r.network_note,
                    r.housing_situation ? label(CodeList::housing_situation, *r.housing_situation) : "—",
                    labels(CodeList::service_need, r.service_needs));
    for (const auto& member : r.members) {
        if (member.role == MemberRole::applicant) continue;
        text +=
            fmt::format("\nI husstanden: {}{}{}", member.role == MemberRole::child ? "barn" : "voksen",
                        member.first_name.empty() ? "" : " " + member.first_name,
                        member.birth_date ? ", født " + norwegian_date(format_date(*member.birth_date)) : "");
    }
    if (r.sensitive.substance_use || r.sensitive.mental_health)
        text += fmt::format("\nSærlige kategorier: {}{}", r.sensitive.substance_use ? "rusproblemer " : "",
                            r.sensitive.mental_health ? "psykiske helseproblemer" : "");
    if (r.outcome)
        text += fmt::format(
            "\nUtfall: {} ({}){}", label(CodeList::outcome, r.outcome->kind),
            norwegian_time(r.outcome->decided_at),
            r.outcome->guidance.empty() ? "" : " – " + labels(CodeList::guidance, r.outcome->guidance));
    if (decision) {
        const auto& d = decision->decision;
        text += fmt::format("\nVedtak: {}{}{}",
                            d.outcome.empty() ? "utkast" : label(CodeList::decision_outcome, d.outcome),
                            d.period_from ? fmt::format(" fra {} til {}", norwegian_date(*d.period_from),
                                                        date_or_dash(d.period_to))
                                          : "",
                            d.decided_at ? ", fattet " + norwegian_time(*d.decided_at) : " (ikke fattet)");
        if (!d.facts.empty()) text += "\nFaktiske forhold: " + d.facts;
        if (!d.considerations.empty()) text += "\nVurdering: " + d.considerations;
        if (!d.refusal_reasons.empty())
            text += "\nAvslagsgrunn: " + labels(CodeList::refusal_reason, d.refusal_reasons);
        if (d.offer.kind == OfferKind::named_place)
            text += fmt::format("\nStedet: {}, {}, fra {}", d.offer.provider, d.offer.address,
                                date_or_dash(d.offer.from));
        else if (d.offer.kind == OfferKind::office_finds)
            text += "\nStedet: Nav-kontoret skaffer et sted senest " + date_or_dash(d.offer.find_by);
        if (d.own_payment.rate_per_night)
            text += fmt::format("\nEgenbetaling: {} kr per natt, høyst {} kr i måneden. {}",
                                *d.own_payment.rate_per_night, d.own_payment.monthly_cap.value_or(0),
                                d.own_payment.assessment);
        for (const auto& c : decision->place_changes)
            text += fmt::format("\nEndret sted fra {}: {}, {}. {}", norwegian_date(c.from), c.provider,
                                c.address, c.reason);
        if (d.delivery_method && d.delivered_on)
            text += fmt::format("\nVedtaket ble {} {}", lower_label(husly::label(*d.delivery_method)),
                                norwegian_date(*d.delivered_on));
        if (d.appeal_deadline) text += "\nKlagefrist: " + norwegian_date(*d.appeal_deadline);
        for (const auto& a : decision->appeals)
            text += fmt::format(
                "\nKlage sendt {}, mottatt {}: {}{}{}{}", norwegian_date(a.sent_on),
                norwegian_date(a.received_on), a.summary,
                a.late_assessment
                    ? ". " + std::string(husly::label(*a.late_assessment)) + ": " + a.late_reason
                    : "",
                a.forwarded_on ? ". Sendt Statsforvalteren " + norwegian_date(*a.forwarded_on) : "",
                a.result ? ". Utfall: " + std::string(husly::label(*a.result)) : "");
    }
    return text;
}

std::string stay_text(const stays::StayDetail& detail) {
    const auto& s = detail.view.stay;
    std::string text =
        fmt::format("Innflyttet {}. {} døgn.", norwegian_date(s.started_on), detail.view.length_days);
    if (s.exit)
        text += fmt::format(" Flyttet ut {}: {}{}.", norwegian_date(s.exit->ended_on),
                            s.exit->outcome ? std::string(husly::label(*s.exit->outcome)) : "",
                            s.exit->note.empty() ? "" : " – " + s.exit->note);
    if (const auto& a = detail.agreement)
        text += fmt::format("\nBo- og oppfølgingsavtale {}–{}, signert {}.\nDu: {}\nNav-kontoret: {}",
                            norwegian_date(a->period_from), norwegian_date(a->period_to),
                            date_or_dash(a->signed_on), a->resident_commitments, a->office_commitments);
    for (const auto& item : detail.action_plan)
        text += fmt::format("\nTiltak: {} – {} (ansvar: {}, frist: {}, {})", item.goal, item.action,
                            item.responsible, date_or_dash(item.due_on),
                            label(CodeList::action_status, item.status));
    for (const auto& a : detail.appointments)
        text += fmt::format("\nMøte {}: {} ({})", a.starts_at, a.purpose,
                            label(CodeList::appointment_status, a.status));
    for (const auto& note : detail.notes)
        text += fmt::format("\nNotat {} ({}): {}", norwegian_time(note.written_at), note.written_by_name,
                            note.text);
    for (const auto& b : detail.breaches)
        text += fmt::format("\nBrudd på husreglene {}: {} Din forklaring: {}", norwegian_date(b.occurred_on),
                            b.description, b.resident_account.empty() ? "—" : b.resident_account);
    if (const auto& t = detail.termination)
        text += fmt::format("\nVedtak om stans fra {}: {} Klagefrist {}.", norwegian_date(t->effective_on),
                            t->considerations,
                            t->appeal_deadline ? norwegian_date(*t->appeal_deadline)
                                               : std::string("regnes fra når vedtaket kom fram til deg"));
    if (const auto& care = detail.after_care)
        text += fmt::format("\nOppfølging etter utflytting {}–{}: {}", norwegian_date(care->agreed_on),
                            norwegian_date(care->until_on), labels(CodeList::after_care_form, care->forms));
    if (const auto& care = detail.after_care; care && !care->offers.empty())
        text += fmt::format("\nTilbud ved utflytting: {}", labels(CodeList::after_care_offer, care->offers));
    if (const auto& plan = detail.individual_plan) {
        text += fmt::format("\nIndividuell plan: {}", label(CodeList::individual_plan_wish, plan->wish));
        if (!plan->coordinator.empty()) text += fmt::format(" (koordinator: {})", plan->coordinator);
        if (plan->started_on) text += fmt::format(", startet {}", norwegian_date(*plan->started_on));
    }
    for (const auto& c : detail.consents)
        text += fmt::format("\nSamtykke {} til å dele opplysninger med: {}{}{}", norwegian_date(c.given_on),
                            labels(CodeList::consent_party, c.parties),
                            c.valid_until ? ", gjelder til " + norwegian_date(*c.valid_until) : std::string(),
                            c.withdrawn_on ? ", trukket tilbake " + norwegian_date(*c.withdrawn_on)
                                           : std::string());
    for (const auto& r : detail.referrals)
        text += fmt::format("\n{} sendt {}: {}{}", label(CodeList::referral_kind, r.kind),
                            norwegian_date(r.sent_on), label(CodeList::referral_outcome, r.outcome),
                            r.outcome_on ? " " + norwegian_date(*r.outcome_on) : std::string());
    return text;
}

} // namespace

std::string describe_action(const std::string& action) {
    static const std::map<std::string, std::string, std::less<>> entities{{"person", "personopplysningene"},
                                                                          {"request", "henvendelse"},
                                                                          {"decision", "vedtak"},
                                                                          {"stay", "opphold"},
                                                                          {"waiting_list", "ventelisten"},
                                                                          {"storage", "lagring av innbo"}};
    auto dot = action.find('.');
    auto entity = action.substr(0, dot);
    auto verb = dot == std::string::npos ? "" : action.substr(dot + 1);
    auto it = entities.find(entity);
    std::string noun = it == entities.end() ? entity : it->second;
    if (verb == "read" || verb == "letter" || verb == "letter_draft" || verb == "termination_letter")
        return "Leste " + noun;
    if (verb == "list") return "Så deg i en liste (" + noun + ")";
    if (verb == "copy") return "Laget kopi av alle opplysningene";
    if (entity == "waiting_list")
        return verb == "add" ? "Satte deg på ventelisten" : "Endret plassen din på ventelisten";
    if (verb == "decide") return "Fattet vedtak";
    if (verb == "submit") return "Sendte vedtaket til godkjenning";
    if (verb == "note") return "Skrev journalnotat";
    if (verb == "exit") return "Registrerte utflytting";
    if (verb == "create" || verb == "add") return "Registrerte " + noun;
    return "Endret " + noun;
}

Result<PersonCopy> collect(Connection& connection, const Actor& actor, int64_t person_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<PersonCopy> {
        if (!person_repository::is_linked(connection, person_id, office_id))
            return not_found("Fant ikke personen.");
        audit::record(connection, &actor, actor.address,
                      {"person.copy", "person", std::to_string(person_id), person_id, {}});
        PersonCopy copy;
        copy.produced_at = format_instant(now());
        copy.person = person_repository::find(connection, person_id).value();
        copy.office_name = office_repository::find(connection, office_id)->name;
        for (const auto& summary : request_repository::list_for_person(connection, person_id, office_id)) {
            auto request = request_repository::find(connection, summary.id).value();
            auto decision = decision_repository::find_by_request(connection, request.id);
            copy.decisions.push_back(decision ? std::optional(decisions::view_of(connection, *decision))
                                              : std::nullopt);
            copy.requests.push_back(std::move(request));
        }
        for (const auto& stay : stay_repository::for_person(connection, office_id, person_id))
            copy.stays.push_back(stays::load_detail(connection, stay));
        copy.waiting_list = waiting_list_repository::for_person(connection, office_id, person_id);
        copy.storage = storage_repository::for_person(connection, office_id, person_id);

        std::map<int64_t, std::string> users;
        const auto& office_name = copy.office_name;
        for (const auto& entry : audit_repository::office_entries_for_person(connection, person_id, office_id,
                                                                             max_access_lines)) {
            // Provider staff on the office's bookings may belong elsewhere: no office named then.
            AccessLine line{entry.occurred_at, "Husly", entry.office_id == office_id ? office_name : "",
                            entry.action};
            if (entry.actor_user_id) {
                auto it = users.find(*entry.actor_user_id);
                if (it == users.end()) {
                    auto user = user_repository::find(connection, *entry.actor_user_id);
                    it = users.emplace(*entry.actor_user_id, user ? user->display_name : "ukjent bruker")
                             .first;
                }
                line.who = it->second;
            }
            copy.access_log.push_back(std::move(line));
        }
        for (auto other : person_repository::linked_offices(connection, person_id))
            if (other != office_id) copy.registered_elsewhere = true;
        return copy;
    });
}

std::string render_pdf(const PersonCopy& copy) {
    Letter letter;
    letter.letterhead = copy.office_name;
    letter.letterhead_detail = "Husly – midlertidig botilbud";
    letter.date = norwegian_date(norwegian_date_of(copy.produced_at));
    letter.date_line = letter.date;
    const auto& p = copy.person;
    letter.recipient = fmt::format("Til: {} {}", p.first_name, p.last_name);
    letter.title = "Kopi av opplysningene vi har om deg";
    letter.created_at = copy.produced_at;
    std::string about = fmt::format(
        "Dette er alle opplysningene {} har registrert om deg i Husly, og hvem som har sett eller endret dem "
        "(personvernforordningen artikkel 15).",
        copy.office_name);
    if (copy.registered_elsewhere)
        about += "\n\nDu er også registrert ved et annet Nav-kontor, som svarer for det det har registrert. "
                 "Nav hjelper deg å be om innsyn der.";
    letter.sections.push_back({"", about});
    letter.sections.push_back(
        {"Personopplysninger",
         fmt::format("Navn: {} {}\n{}\nFødselsdato: {}\nTelefon: {}", p.first_name, p.last_name,
                     p.identity_number ? "Fødselsnummer: " + *p.identity_number
                                       : "Husly-referanse: " + p.husly_reference.value_or(""),
                     p.birth_date ? norwegian_date(format_date(*p.birth_date)) : "—",
                     p.phone.empty() ? "—" : p.phone)});
    for (size_t i = 0; i < copy.requests.size(); ++i)
        letter.sections.push_back(
            {fmt::format("Henvendelse {}", i + 1), request_text(copy.requests[i], copy.decisions[i])});
    for (size_t i = 0; i < copy.stays.size(); ++i)
        letter.sections.push_back({fmt::format("Opphold {}", i + 1), stay_text(copy.stays[i])});
    for (const auto& entry : copy.waiting_list)
        letter.sections.push_back(
            {"Venteliste",
             fmt::format("Satt på ventelisten {}{}{}", norwegian_date(entry.added_on),
                         entry.offered_on ? ", tilbudt plass " + norwegian_date(*entry.offered_on) : "",
                         entry.removal_outcome
                             ? ", gikk av listen " + date_or_dash(entry.removed_on) + ": " +
                                   label(CodeList::waiting_list_outcome, *entry.removal_outcome)
                             : "")});
    for (const auto& record : copy.storage)
        letter.sections.push_back(
            {"Lagring av innbo", fmt::format("{}, fra {} til {}, {} kr i måneden.", record.location,
                                             norwegian_date(record.stored_from),
                                             date_or_dash(record.stored_to), record.monthly_cost)});
    std::string log;
    for (const auto& line : copy.access_log)
        log += fmt::format("{}{} – {}{}: {}", log.empty() ? "" : "\n", norwegian_time(line.occurred_at),
                           line.who, line.office.empty() ? "" : " (" + line.office + ")",
                           describe_action(line.action));
    letter.sections.push_back({"Hvem har sett eller endret opplysningene", log.empty() ? "Ingen." : log});
    letter.signature = fmt::format("Med vennlig hilsen\n{}", copy.office_name);
    return render_letter_pdf(letter);
}

} // namespace husly::person_copy
