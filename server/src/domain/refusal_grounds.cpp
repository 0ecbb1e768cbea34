#include "domain/refusal_grounds.hpp"

#include "common/clock.hpp"
#include "domain/text_rules.hpp"

#include <algorithm>

namespace husly {
namespace {

bool has_reason(const Decision& decision, std::string_view code) {
    const auto& reasons = decision.refusal_reasons;
    return std::find(reasons.begin(), reasons.end(), code) != reasons.end();
}

void network_problems(const Decision& decision, std::string_view network, std::vector<Error>& problems) {
    if (!has_reason(decision, "nettverk") || network == "ja") return;
    problems.push_back(Error{ErrorKind::validation, "network_not_found",
                             network == "nei"
                                 ? "Henvendelsen sier at personen ikke kan bo hos familie eller venner. Velg "
                                   "en annen grunn, eller rett opplysningene om nettverk på henvendelsen."
                                 : "Det er ikke undersøkt om personen kan bo hos familie eller venner. "
                                   "Undersøk det og registrer svaret på henvendelsen før du avslår av den "
                                   "grunnen.",
                             "refusalReasons"});
}

// «Oppholdskommunen er en annen»: the request is sent on to that municipality, which is another
// than the office's own, on a day between the request and today (fvl § 11; sotjl § 3).
void forwarding_problems(const Decision& decision, const RefusalContext& context,
                         std::vector<Error>& problems) {
    const auto& forwarding = decision.responsibility;
    auto add = [&](const char* field, const char* code, const char* message) {
        problems.push_back(Error{ErrorKind::validation, code, message, field});
    };
    if (!has_reason(decision, "annen_kommune")) {
        if (!forwarding.forwarded_to.empty())
            add("forwardedTo", "forwarding_without_ground",
                "Videresending til en annen kommune hører bare til avslag fordi oppholdskommunen er en "
                "annen.");
        return;
    }
    const auto& to = forwarding.forwarded_to;
    if (to.empty())
        add("forwardedTo", "forwarding_required",
            "Skriv hvilken kommune henvendelsen er sendt videre til. Et avslag fordi en annen kommune har "
            "ansvaret krever at henvendelsen sendes dit.");
    else if (to.size() != 4 ||
             !std::all_of(to.begin(), to.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
             !context.forwarded_to_known)
        add("forwardedTo", "unknown_municipality",
            "Skriv et kommunenummer med fire sifre, for eksempel 0301.");
    else if (std::find(context.office_municipalities.begin(), context.office_municipalities.end(), to) !=
             context.office_municipalities.end())
        add("forwardedTo", "own_municipality",
            "Det er en kommune dette Nav-kontoret selv har ansvaret for. Velg kommunen der personen "
            "oppholder "
            "seg.");
    if (!forwarding.forwarded_on) {
        add("forwardedOn", "forwarding_required", "Skriv når henvendelsen ble sendt videre.");
        return;
    }
    auto on = parse_date(*forwarding.forwarded_on);
    if (!on)
        add("forwardedOn", "invalid_date", "Skriv datoen som dd.mm.åååå.");
    else if (std::chrono::sys_days{*on} < std::chrono::sys_days{context.received_on})
        add("forwardedOn", "before_request", "Henvendelsen kan ikke være sendt videre før den kom inn.");
    else if (std::chrono::sys_days{*on} > std::chrono::sys_days{context.today})
        add("forwardedOn", "in_future", "Datoen kan ikke være fram i tid.");
}

// A person who is not a Norwegian citizen and has no fixed home in Norway has help to find a
// temporary place until they can be expected to get help from their home country (forskrift
// 16. desember 2011 nr. 1251 § 1). The vedtak says until when, and whether an agreement gives more.
void limited_right_problems(const Decision& decision, std::vector<Error>& problems) {
    const auto& responsibility = decision.responsibility;
    if (has_reason(decision, "hjelp_fra_hjemlandet") && !responsibility.without_fixed_home)
        problems.push_back(
            Error{ErrorKind::validation, "not_without_fixed_home",
                  "Denne grunnen gjelder bare personer som ikke er norske statsborgere og ikke "
                  "har fast bopel i Norge. Kryss av for det, eller velg en annen grunn.",
                  "refusalReasons"});
    if (responsibility.without_fixed_home && count_letters(responsibility.limited_right_assessment) < 10)
        problems.push_back(Error{ErrorKind::validation, "limited_right_assessment_required",
                                 "Skriv hvor lenge hjelpen gis (til personen kan ventes å få hjelp fra "
                                 "hjemlandet), og om EØS-avtalen eller den nordiske konvensjonen gir mer.",
                                 "limitedRightAssessment"});
}

} // namespace

std::vector<Error> refusal_ground_problems(const Decision& decision, const RefusalContext& context) {
    std::vector<Error> problems;
    network_problems(decision, context.network, problems);
    forwarding_problems(decision, context, problems);
    limited_right_problems(decision, problems);
    return problems;
}

void drop_unused_responsibility(Decision& decision) {
    auto& responsibility = decision.responsibility;
    if (!has_reason(decision, "annen_kommune") && responsibility.forwarded_to.empty())
        responsibility.forwarded_on.reset();
    if (!responsibility.without_fixed_home) responsibility.limited_right_assessment.clear();
}

} // namespace husly
