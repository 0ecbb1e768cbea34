#include "domain/vedtak_terms.hpp"

#include "common/clock.hpp"
#include "domain/legal_references.hpp"
#include "domain/stay.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace husly {
namespace {

void add(std::vector<Error>& problems, std::string field, std::string message) {
    problems.push_back(Error{ErrorKind::validation, "incomplete", std::move(message), std::move(field)});
}

// Whether the text has something in it besides spaces, and at least `minimum` bytes.
bool written(std::string_view text, size_t minimum) {
    auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return false;
    auto last = text.find_last_not_of(" \t\r\n");
    return last - first + 1 >= minimum;
}

bool has_condition(const Decision& decision, std::string_view code) {
    return std::find(decision.conditions.begin(), decision.conditions.end(), code) !=
           decision.conditions.end();
}

// Whether `date` lies inside the vedtak's period (both ends included); true when the period is not
// complete (completeness_problems names that).
bool inside_period(const Decision& decision, std::chrono::year_month_day date) {
    auto from = decision.period_from ? parse_date(*decision.period_from) : std::nullopt;
    auto to = decision.period_to ? parse_date(*decision.period_to) : std::nullopt;
    if (from && days_between(*from, date) < 0) return false;
    if (to && days_between(date, *to) < 0) return false;
    return true;
}

} // namespace

std::vector<Error> offer_problems(const Decision& decision) {
    std::vector<Error> problems;
    const auto& offer = decision.offer;
    if (!is_granted(decision)) {
        if (offer.kind || !offer.provider.empty() || !offer.address.empty() || offer.from || offer.find_by)
            add(problems, "offerKind", "Et avslag eller en avvisning tilbyr ikke noe sted.");
        return problems;
    }
    if (!offer.kind) {
        add(problems, "offerKind",
            "Skriv hvilket sted personen får, eller at Nav-kontoret skaffer et sted og innen hvilken dato.");
        return problems;
    }
    switch (*offer.kind) {
    case OfferKind::named_place: {
        if (!written(offer.provider, 2)) add(problems, "offerProvider", "Skriv hvem som driver stedet.");
        if (!written(offer.address, 3)) add(problems, "offerAddress", "Skriv adressen til stedet.");
        auto from = offer.from ? parse_date(*offer.from) : std::nullopt;
        if (!from)
            add(problems, "offerFrom", "Skriv fra hvilken dato personen kan bo på stedet.");
        else if (!inside_period(decision, *from))
            add(problems, "offerFrom", "Datoen må være innenfor perioden vedtaket gjelder.");
        if (offer.find_by)
            add(problems, "offerFindBy",
                "Når stedet er navngitt, skal det ikke stå en frist for å skaffe det.");
        break;
    }
    case OfferKind::office_finds: {
        auto by = offer.find_by ? parse_date(*offer.find_by) : std::nullopt;
        if (!by)
            add(problems, "offerFindBy", "Skriv innen hvilken dato Nav-kontoret skaffer stedet.");
        else if (!inside_period(decision, *by))
            add(problems, "offerFindBy", "Datoen må være innenfor perioden vedtaket gjelder.");
        if (!offer.provider.empty() || !offer.address.empty() || offer.from)
            add(problems, "offerProvider",
                "Når Nav-kontoret skal skaffe stedet, skal vedtaket ikke navngi et sted. Velg «stedet er "
                "navngitt» hvis det er kjent.");
        break;
    }
    }
    return problems;
}

std::optional<std::string> unlawful_condition(std::string_view code) {
    if (code == "oppfolging")
        return "Oppmøte på oppfølgingsmøter kan ikke være et vilkår for retten til midlertidig botilbud. "
               "Avtal oppfølgingen i oppholdsavtalen eller tiltaksplanen i stedet.";
    return std::nullopt;
}

std::string condition_basis(std::string_view code, std::string_view on_date) {
    if (code == "egenbetaling")
        return fmt::format("Alle skal så langt de kan forsørge seg selv (jf. {}). Beløpet er vurdert ut fra "
                           "hva du har å leve av, og du betaler aldri mer enn du kan.",
                           legal::cite("sotjl_livsopphold", on_date));
    if (code == "husregler")
        return fmt::format(
            "Stedet skal være trygt og forsvarlig for alle som bor der ({}). Husreglene gjelder "
            "alle som bor på stedet.",
            legal::cite_all({"sotjl_forsvarlighet", "sotjl_midlertidig_botilbud"}, on_date));
    return "";
}

std::vector<Error> money_and_condition_problems(const Decision& decision) {
    std::vector<Error> problems;
    const auto& pay = decision.own_payment;
    bool any_amount = pay.rate_per_night || pay.monthly_cap || pay.can_pay_per_month;
    if (!is_granted(decision)) {
        if (!decision.conditions.empty() || !decision.conditions_text.empty())
            add(problems, "conditions", "Et avslag eller en avvisning har ingen vilkår.");
        if (any_amount || !pay.assessment.empty())
            add(problems, "ownPaymentRate", "Et avslag eller en avvisning har ingen egenbetaling.");
        return problems;
    }
    for (const auto& code : decision.conditions)
        if (auto why = unlawful_condition(code)) {
            add(problems, "conditions", *why);
            break;
        }
    if (!has_condition(decision, "egenbetaling")) {
        if (any_amount)
            add(problems, "ownPaymentRate",
                "Beløpene gjelder bare når vedtaket setter egenbetaling som vilkår. Velg vilkåret, eller ta "
                "bort beløpene.");
        return problems;
    }
    if (pay.income_is_social_assistance)
        add(problems, "ownPaymentSocialAssistance",
            "Den som har økonomisk sosialhjelp som inntekt, betaler ingen egenbetaling. Ta bort vilkåret "
            "om egenbetaling.");
    if (!pay.rate_per_night) add(problems, "ownPaymentRate", "Skriv hvor mye personen betaler per natt.");
    if (!pay.monthly_cap)
        add(problems, "ownPaymentMonthlyCap", "Skriv hvor mye personen høyst betaler i måneden.");
    if (!written(pay.assessment, 10))
        add(problems, "ownPaymentAssessment",
            "Skriv hvordan egenbetalingen er vurdert mot det personen har å leve av.");
    return problems;
}

OwnPaymentTerms own_payment_terms_of(const Decision& decision) {
    OwnPaymentTerms terms;
    const auto& pay = decision.own_payment;
    if (!is_granted(decision) || !has_condition(decision, "egenbetaling") || !pay.rate_per_night) {
        terms.rate_per_night = 0;
        terms.monthly_cap = 0;
        return terms;
    }
    terms.rate_per_night = *pay.rate_per_night;
    terms.monthly_cap = pay.monthly_cap.value_or(0);
    terms.can_pay_per_month = pay.can_pay_per_month;
    terms.income_is_social_assistance = pay.income_is_social_assistance;
    return terms;
}

Status check_place_change_allowed(const Decision& decision) {
    if (decision.status != DecisionStatus::decided || !is_granted(decision))
        return fail(ErrorKind::conflict, "not_granted",
                    "Stedet kan bare endres på et innvilget vedtak som er fattet.", "fromDate");
    return {};
}

std::vector<Error> place_change_problems(const PlaceChange& change, const Decision& decision,
                                         std::chrono::year_month_day today) {
    std::vector<Error> problems;
    if (!written(change.provider, 2)) add(problems, "provider", "Skriv hvem som driver det nye stedet.");
    if (!written(change.address, 3)) add(problems, "address", "Skriv adressen til det nye stedet.");
    auto from = parse_date(change.from);
    if (!from) {
        add(problems, "fromDate", "Skriv fra hvilken dato personen skal bo på det nye stedet.");
    } else if (!inside_period(decision, *from)) {
        add(problems, "fromDate", "Datoen må være innenfor perioden vedtaket gjelder.");
    } else if (decision.decided_at &&
               days_between(*parse_date(norwegian_date_of(*decision.decided_at)), *from) < 0) {
        add(problems, "fromDate", "Datoen kan ikke være før vedtaket ble fattet.");
    } else if (days_between(today, *from) > 30) {
        add(problems, "fromDate", "Datoen kan ikke være mer enn 30 dager fram i tid.");
    }
    if (!written(change.reason, 10))
        add(problems, "reason", "Skriv hvorfor personen skal flytte til et annet sted.");
    return problems;
}

} // namespace husly
