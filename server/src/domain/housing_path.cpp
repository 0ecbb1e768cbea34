#include "domain/housing_path.hpp"

#include "domain/identity_number.hpp"
#include "domain/request_codes.hpp"
#include "domain/text_rules.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace husly {
namespace {

// A date field: a real date, not after today. Adds the problem and answers the date when valid.
std::optional<Date> past_date(std::vector<Error>& problems, const std::string& field,
                              const std::string& value, Date today, std::string_view future_message) {
    auto date = parse_date(value);
    if (!date) {
        problems.push_back(invalid(field, date_error_message(value)).error());
        return std::nullopt;
    }
    if (days_between(today, *date) > 0) {
        problems.push_back(invalid(field, std::string(future_message)).error());
        return std::nullopt;
    }
    return date;
}

void add(std::vector<Error>& problems, const Status& status) {
    if (!status) problems.push_back(status.error());
}

} // namespace

std::vector<Error> individual_plan_problems(const IndividualPlan& plan, Date today) {
    std::vector<Error> problems;
    if (!is_offered_code(CodeList::individual_plan_wish, plan.wish)) {
        problems.push_back(
            invalid("wish", "Velg om personen ønsker individuell plan.", "unknown_code").error());
        return problems;
    }
    bool asked = plan.wish != "ikke_spurt";
    bool wants = plan.wish == "onsker";
    std::optional<Date> asked_on;
    if (asked && !plan.asked_on)
        problems.push_back(invalid("askedOn", "Skriv når personen ble spurt.").error());
    else if (!asked && plan.asked_on)
        problems.push_back(invalid("askedOn", "Personen er ikke spurt ennå, så det er ingen dato.").error());
    else if (plan.asked_on)
        asked_on = past_date(problems, "askedOn", *plan.asked_on, today, "Datoen kan ikke være fram i tid.");
    if (!wants && !plan.coordinator.empty())
        problems.push_back(
            invalid("coordinator", "Koordinator skrives bare når personen ønsker individuell plan.").error());
    else if (!plan.coordinator.empty()) {
        add(problems, check_text("coordinator", plan.coordinator, 200));
        if (!identity_numbers_in(plan.coordinator, today).empty() ||
            std::ranges::any_of(plan.coordinator, [](char c) { return c >= '0' && c <= '9'; }))
            problems.push_back(
                invalid("coordinator",
                        "Skriv koordinatorens navn og rolle, ikke fødselsnummer eller andre tall.")
                    .error());
    }
    if (!wants && plan.started_on)
        problems.push_back(
            invalid("startedOn", "Planen kan bare være startet når personen ønsker individuell plan.")
                .error());
    else if (plan.started_on) {
        auto started =
            past_date(problems, "startedOn", *plan.started_on, today, "Datoen kan ikke være fram i tid.");
        if (started && asked_on && days_between(*asked_on, *started) < 0)
            problems.push_back(
                invalid("startedOn", "Planen kan ikke være startet før personen ble spurt.").error());
    }
    return problems;
}

bool individual_plan_reminder(const Stay& stay, const std::optional<IndividualPlan>& plan, Date today) {
    if (stay.exit) return false;
    if (plan && plan->wish != "ikke_spurt") return false;
    return length_in_days(stay, today) >= individual_plan_reminder_days;
}

std::vector<Error> consent_problems(const Consent& consent, Date today) {
    std::vector<Error> problems;
    if (consent.parties.empty())
        problems.push_back(invalid("parties", "Velg hvem samtykket gjelder.").error());
    for (size_t i = 0; i < consent.parties.size(); ++i) {
        const auto& party = consent.parties[i];
        if (!is_offered_code(CodeList::consent_party, party)) {
            problems.push_back(invalid("parties", "Ukjent part i samtykket.", "unknown_code").error());
            break;
        }
        if (std::find(consent.parties.begin(), consent.parties.begin() + static_cast<std::ptrdiff_t>(i),
                      party) != consent.parties.begin() + static_cast<std::ptrdiff_t>(i)) {
            problems.push_back(invalid("parties", "Hver part skal bare velges én gang.").error());
            break;
        }
    }
    auto given =
        past_date(problems, "givenOn", consent.given_on, today, "Samtykket kan ikke være gitt fram i tid.");
    if (consent.valid_until) {
        auto until = parse_date(*consent.valid_until);
        if (!until)
            problems.push_back(invalid("validUntil", date_error_message(*consent.valid_until)).error());
        else if (given && days_between(*given, *until) < 0)
            problems.push_back(
                invalid("validUntil", "Samtykket kan ikke gjelde til før det ble gitt.").error());
    }
    if (consent.withdrawn_on)
        problems.push_back(invalid("withdrawnOn", "Et nytt samtykke kan ikke være trukket tilbake.").error());
    return problems;
}

Status withdraw_consent(Consent& consent, const std::string& on, Date today) {
    if (consent.withdrawn_on)
        return fail(ErrorKind::conflict, "already_withdrawn", "Samtykket er allerede trukket tilbake.",
                    "withdrawnOn");
    auto date = parse_date(on);
    if (!date) return invalid("withdrawnOn", date_error_message(on));
    if (days_between(today, *date) > 0) return invalid("withdrawnOn", "Datoen kan ikke være fram i tid.");
    if (days_between(*parse_date(consent.given_on), *date) < 0)
        return invalid("withdrawnOn", "Samtykket kan ikke trekkes tilbake før det ble gitt.");
    consent.withdrawn_on = on;
    return {};
}

bool consent_in_force(const Consent& consent, std::string_view party, Date day) {
    if (std::ranges::find(consent.parties, party) == consent.parties.end()) return false;
    auto given = parse_date(consent.given_on);
    if (!given || days_between(*given, day) < 0) return false;
    if (consent.valid_until) {
        auto until = parse_date(*consent.valid_until);
        if (!until || days_between(day, *until) < 0) return false;
    }
    if (consent.withdrawn_on) {
        auto withdrawn = parse_date(*consent.withdrawn_on);
        if (!withdrawn || days_between(*withdrawn, day) >= 0) return false;
    }
    return true;
}

bool any_consent_in_force(const std::vector<Consent>& consents, std::string_view party, Date day) {
    return std::ranges::any_of(consents, [&](const Consent& c) { return consent_in_force(c, party, day); });
}

std::string_view party_of_referral(std::string_view kind) {
    if (kind == "kommunal_bolig") return "boligkontor";
    if (kind == "startlan" || kind == "bostotte") return "husbanken";
    if (kind == "depositumsgaranti") return "utleier";
    return "";
}

std::vector<Error> referral_problems(const Referral& referral, Date today) {
    std::vector<Error> problems;
    if (!is_offered_code(CodeList::referral_kind, referral.kind))
        problems.push_back(invalid("kind", "Velg hva henvisningen gjelder.", "unknown_code").error());
    auto sent = past_date(problems, "sentOn", referral.sent_on, today,
                          "Henvisningen kan ikke være sendt fram i tid.");
    if (!is_offered_code(CodeList::referral_outcome, referral.outcome))
        problems.push_back(invalid("outcome", "Velg utfallet av henvisningen.", "unknown_code").error());
    else if (referral.outcome == "venter") {
        if (referral.outcome_on)
            problems.push_back(
                invalid("outcomeOn", "En henvisning som venter på svar har ingen svardato.").error());
    } else if (!referral.outcome_on)
        problems.push_back(invalid("outcomeOn", "Skriv når svaret kom.").error());
    else {
        auto answered = past_date(problems, "outcomeOn", *referral.outcome_on, today,
                                  "Svardatoen kan ikke være fram i tid.");
        if (answered && sent && days_between(*sent, *answered) < 0)
            problems.push_back(
                invalid("outcomeOn", "Svaret kan ikke ha kommet før henvisningen ble sendt.").error());
    }
    add(problems, check_text("note", referral.note, 1000));
    return problems;
}

Status check_referral_consent(const Referral& referral, const std::vector<Consent>& consents) {
    auto party = party_of_referral(referral.kind);
    auto sent = parse_date(referral.sent_on);
    if (party.empty() || !sent) return {};
    if (any_consent_in_force(consents, party, *sent)) return {};
    const auto* entry = find_code(CodeList::consent_party, party);
    return invalid(
        "kind",
        fmt::format("Personen har ikke gitt samtykke som gjaldt for «{}» den dagen henvisningen ble sendt. "
                    "Registrer samtykket først (sosialtjenesteloven § 44).",
                    entry ? entry->label : party),
        "consent_missing");
}

} // namespace husly
