#include "domain/request_outcome.hpp"

#include "domain/legal_references.hpp"
#include "domain/request_codes.hpp"
#include "domain/text_rules.hpp"

#include <algorithm>

namespace husly {

Status check_outcome(const OutcomeInput& input) {
    if (input.kind == outcome_decision)
        return invalid("kind", "Et vedtak registreres ved å fatte vedtak i saken, ikke som utfall her.");
    if (!is_offered_code(CodeList::outcome, input.kind)) {
        if (is_known_code(CodeList::outcome, input.kind))
            return invalid("kind",
                           "En henvendelse om plass avsluttes med vedtak. Ba personen bare om råd, velg «Ba "
                           "ikke om plass».",
                           "vedtak_required");
        return invalid("kind", "Velg et utfall.", "unknown_code");
    }
    for (const auto& code : input.guidance) {
        if (is_offered_code(CodeList::guidance, code)) continue;
        if (is_known_code(CodeList::guidance, code))
            return invalid(
                "guidance",
                legal::expand(
                    "Penger til en natt er økonomisk stønad etter {sotjl_livsopphold}: registrer det "
                    "som et eget vedtak om stønad til overnatting."),
                "section_18");
        return invalid("guidance", "Ukjent kode i listen.", "unknown_code");
    }
    auto sorted = input.guidance;
    std::ranges::sort(sorted);
    if (std::ranges::adjacent_find(sorted) != sorted.end())
        return invalid("guidance", "Samme verdi er valgt to ganger.");
    if (input.kind == outcome_withdrawn && !input.guidance.empty())
        return invalid("guidance", "Bare «Ba ikke om plass» har noe å krysse av for.");
    const bool withdrawn = input.kind == outcome_withdrawn;
    TRY(check_text("note", input.note, 2000, true,
                   withdrawn ? "Skriv når og hvordan personen trakk henvendelsen."
                             : "Skriv hva personen ba om, når det ikke var et sted å bo."));
    if (count_letters(input.note) < 10)
        return invalid(
            "note",
            withdrawn ? "Skriv litt mer om når og hvordan personen trakk henvendelsen (minst 10 bokstaver)."
                      : "Skriv litt mer om hva personen ba om (minst 10 bokstaver).",
            "too_short");
    return {};
}

} // namespace husly
