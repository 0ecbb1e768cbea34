#include "domain/decision.hpp"

#include "common/clock.hpp"
#include "domain/request_codes.hpp"

namespace husly {

bool is_granted(const Decision& decision) {
    return decision.outcome == "INNVILGET" || decision.outcome == "DELVIS_INNVILGET";
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
    if (decision.facts.size() < 10)
        add("facts", "Beskriv de faktiske forholdene vedtaket bygger på (fvl. § 25).");
    if (decision.considerations.size() < 10)
        add("considerations", "Skriv hvilke hensyn som har vært avgjørende (fvl. § 25).");
    if (!decision.informed_on)
        add("informedOn", "Skriv datoen personen får vite om vedtaket; klagefristen regnes fra den.");
    return problems;
}

} // namespace husly
