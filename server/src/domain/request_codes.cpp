#include "domain/request_codes.hpp"

#include "domain/statuses.hpp"

#include <algorithm>
#include <array>

namespace husly {
namespace {

constexpr std::array<CodeEntry, 4> channels{{
    {"skriftlig", "Skriftlig søknad", 0},
    {"muntlig", "Muntlig i skranken", 0},
    {"telefon", "Telefon", 0},
    {"digital", "Digital søknad", 0},
}};

constexpr std::array<CodeEntry, 11> reasons{{
    {"utkastelse", "Utkastelse eller tvangsfravikelse", 0},
    {"leieforhold_slutt", "Leieforholdet er avsluttet", 0},
    {"samlivsbrudd", "Samlivsbrudd", 0},
    {"vold_trusler", "Vold eller trusler", 0},
    {"konflikt_familie", "Konflikt i familien, kastet ut hjemmefra", 0},
    {"loslatt_fengsel", "Løslatt fra fengsel", 0},
    {"utskrevet_institusjon", "Utskrevet fra helseinstitusjon eller behandling", 0},
    {"okonomi", "Økonomiske problemer, husleierestanse", 0},
    {"brann_skade", "Brann eller skade på boligen", 0},
    {"tilreisende", "Tilreisende uten bolig", 0},
    {"annet", "Annet", 0},
}};

// Survey Label19. The questionnaire gives code 8 to both "Studenter" and "ROP"; Husly keeps its
// own unique codes and maps "Studenter" to 8 and ROP to 8 as the seed does (the survey summary
// adds them up under 8, as Fafo's data would have).
constexpr std::array<CodeEntry, 13> groups{{
    {"barnefamilier", "Barnefamilier", 2},
    {"okonomiske_utfordringer", "Husholdninger med primært økonomiske utfordringer", 4},
    {"unge_under_25", "Unge under 25 år", 6},
    {"studenter", "Studenter", 8},
    {"eldre", "Eldre / pensjonister", 9},
    {"rusproblemer", "Personer med rusproblemer", 10},
    {"lettere_psykiske_rus", "Personer med lettere psykiske helse- og rusproblemer", 7},
    {"rop", "Personer med rus- og psykiske lidelser (ROP)", 8},
    {"akutt_krise", "Personer i akutt krise (samlivsproblemer eller annet)", 11},
    {"fattige_tilreisende", "Fattige tilreisende", 12},
    {"arbeidsmigranter_eos", "Arbeidsmigranter fra EØS-området", 13},
    {"utskrevet_institusjon", "Personer som skrives ut fra helseinstitusjoner / behandling", 14},
    {"loslatt_fengsel", "Personer som løslates fra fengsel", 15},
}};

constexpr std::array<CodeEntry, 3> network{{
    {"ja", "Ja, kan bo hos familie eller venner", 0},
    {"nei", "Nei", 0},
    {"ikke_sjekket", "Ikke undersøkt", 0},
}};

// Digisos `botype`, with the same codes.
constexpr std::array<CodeEntry, 11> housing_situations{{
    {"ingen", "Ingen bolig", 0},
    {"venner", "Bor midlertidig hos venner", 0},
    {"familie", "Bor midlertidig hos familie", 0},
    {"foreldre", "Bor hos foreldre", 0},
    {"leier", "Leier", 0},
    {"eier", "Eier", 0},
    {"kommunal", "Kommunal bolig", 0},
    {"institusjon", "Institusjon", 0},
    {"krisesenter", "Krisesenter", 0},
    {"fengsel", "Fengsel", 0},
    {"annet", "Annet", 0},
}};

constexpr std::array<CodeEntry, 8> service_needs{{
    {"boveiledning", "Boveiledning", 0},
    {"okonomisk_radgivning", "Økonomisk rådgivning", 0},
    {"rusoppfolging", "Oppfølging for rus", 0},
    {"psykisk_helse", "Psykisk helsehjelp", 0},
    {"helsehjelp", "Annen helsehjelp", 0},
    {"tolk", "Tolk", 0},
    {"tilrettelagt", "Tilrettelagt bolig (rullestol o.l.)", 0},
    {"husdyr", "Har med husdyr", 0},
}};

// What a person who did not ask for a place got. Money for a night is a § 18 decision of its own
// (domain/cash_assistance.hpp), no longer a kind of guidance.
constexpr std::array<CodeEntry, 3> guidance{{
    {"rad", "Råd og veiledning", 0},
    {"henvisning", "Henvist til annen tjeneste", 0},
    {"penger_natt", "Penger til å betale for en natt selv (registrert før § 18-vedtak)", 0, true},
}};

// How a request ended (docs/domain.md#rule-a-request-for-a-place-ends-in-a-vedtak). «Kun råd og
// veiledning» closed a request for a place without a vedtak; it is kept for rows stored before the
// rule, never recorded again.
constexpr std::array<CodeEntry, 4> outcomes{{
    {"vedtak", "Vedtak", 0},
    {"trukket", "Trukket av personen", 0},
    {"ikke_sokt", "Ba ikke om plass", 0},
    {"veiledning", "Kun råd og veiledning (avsluttet uten vedtak før regelen)", 0, true},
}};

constexpr std::array<CodeEntry, 4> decision_outcomes{{
    {"INNVILGET", "Innvilget", 0},
    {"DELVIS_INNVILGET", "Delvis innvilget", 0},
    {"AVSLATT", "Avslått", 0},
    {"AVVIST", "Avvist", 0},
}};

constexpr std::array<CodeEntry, 7> refusal_reasons{{
    {"har_bosted", "Har et sted å bo", 0},
    {"nettverk", "Kan bo hos familie eller venner", 0},
    {"klarer_selv", "Kan skaffe seg et sted å bo selv", 0},
    {"annen_kommune", "Oppholdskommunen er en annen", 0},
    {"ikke_midlertidig_behov", "Behovet er ikke midlertidig botilbud", 0},
    {"hjelp_fra_hjemlandet", "Kan få hjelp fra hjemlandet (uten fast bopel i Norge)", 0},
    {"annet", "Annet", 0},
}};

// The conditions the law allows on a § 27 place, each stated in the letter with its basis
// (docs/domain.md#rule-conditions-must-be-lawful). Attending follow-up meetings («oppfolging») is not
// one: vedtak_terms.cpp says why when it is sent.
constexpr std::array<CodeEntry, 2> conditions{{
    {"egenbetaling", "Egenbetaling", 0},
    {"husregler", "Husreglene i botilbudet må følges", 0},
}};

constexpr std::array<CodeEntry, 5> transit_kinds{{
    {"annen_kommune", "Annen kommune", 0},
    {"institusjon", "Institusjon", 0},
    {"krisesenter", "Krisesenter", 0},
    {"reise", "På reise", 0},
    {"annet", "Annet", 0},
}};

constexpr std::array<CodeEntry, 3> after_care_forms{{
    {"besok", "Besøk", 0},
    {"telefon", "Telefon", 0},
    {"mote", "Møte", 0},
}};

constexpr std::array<CodeEntry, 3> individual_plan_wishes{{
    {"ikke_spurt", "Ikke spurt ennå", 0},
    {"onsker", "Ønsker individuell plan", 0},
    {"onsker_ikke", "Ønsker ikke individuell plan", 0},
}};

constexpr std::array<CodeEntry, 4> referral_kinds{{
    {"kommunal_bolig", "Søknad om kommunal bolig (boligkontoret)", 0},
    {"startlan", "Startlån (Husbanken)", 0},
    {"bostotte", "Bostøtte (Husbanken)", 0},
    {"depositumsgaranti", "Depositumsgaranti", 0},
}};

constexpr std::array<CodeEntry, 4> referral_outcomes{{
    {"venter", "Venter på svar", 0},
    {"innvilget", "Innvilget", 0},
    {"avslatt", "Avslått", 0},
    {"trukket", "Trukket", 0},
}};

constexpr std::array<CodeEntry, 5> consent_parties{{
    {"tilbyder", "Tilbyderen av botilbudet", 0},
    {"boligkontor", "Kommunens boligkontor", 0},
    {"husbanken", "Husbanken", 0},
    {"utleier", "Utleier (depositumsgaranti)", 0},
    {"helse_omsorg", "Kommunens helse- og omsorgstjenester", 0},
}};

constexpr std::array<CodeEntry, 4> after_care_offers{{
    {"helse_omsorg", "Formidling av helse- og omsorgstjenester", 0},
    {"etablering", "Hjelp til å etablere seg (hva som trengs, søknad om etablering og depositum)", 0},
    {"flyttehjelp", "Flyttehjelp", 0},
    {"okonomisk_radgivning", "Økonomisk rådgivning", 0},
}};

constexpr std::array<CodeEntry, 4> action_statuses{{
    {"ikke_startet", "Ikke startet", 0},
    {"i_gang", "I gang", 0},
    {"fullfort", "Fullført", 0},
    {"avbrutt", "Avbrutt", 0},
}};

constexpr std::array<CodeEntry, 4> appointment_statuses{{
    {"planlagt", "Planlagt", 0},
    {"gjennomfort", "Gjennomført", 0},
    {"ikke_mott", "Ikke møtt", 0},
    {"avlyst", "Avlyst", 0},
}};

constexpr std::array<CodeEntry, 4> waiting_list_outcomes{{
    {"plassert", "Har fått plass", 0},
    {"ordnet_selv", "Har ordnet bolig selv", 0},
    {"trukket", "Trukket", 0},
    {"ikke_aktuell", "Fyller ikke lenger vilkårene", 0},
}};

// Survey Label24. Code 8 (cash for a night) is not a provider: it is what a turnaway records.
constexpr std::array<CodeEntry, 8> provider_kinds{{
    {"kommunal", "Egne kommunale midlertidige botilbud", 1},
    {"ideell_avtale", "Ideell aktør med kvalitetsavtale", 2},
    {"privat_avtale", "Privat aktør med kvalitetsavtale", 3},
    {"lavterskel", "Lavterskeltilbud for personer med rus- og/eller psykiske helseproblemer", 4},
    {"pensjonat_hotell", "Pensjonat eller hotell uten kvalitetsavtale", 5},
    {"uten_avtale", "Ideelt eller privat botilbud uten kvalitetsavtale", 6},
    {"camping", "Campingplass / campinghytter", 7},
    {"annet", "Annet", 9},
}};

// Survey Label7.
constexpr std::array<CodeEntry, 5> offer_types{{
    {"ordinaer_bolig", "Ordinær kommunal bolig til midlertidig bruk", 1},
    {"uten_personale", "Kommunalt botilbud uten personalbase", 2},
    {"dognbemanning", "Kommunalt botilbud med personalbase / døgnbemanning", 3},
    {"dagbemanning", "Kommunalt botilbud med personalbase / bemanning dagtid", 4},
    {"annet", "Annet", 6},
}};

constexpr std::array<CodeEntry, 4> unit_kinds{{
    {"rom", "Rom", 0},
    {"leilighet", "Leilighet", 0},
    {"hytte", "Hytte", 0},
    {"seng", "Seng", 0},
}};

constexpr std::array<CodeEntry, 5> facilities{{
    {"eget_bad", "Eget bad og toalett", 0},
    {"kjokken", "Kjøkken eller mulighet for matlaging", 0},
    {"vaskeri", "Mulighet for å vaske klær", 0},
    {"laasbart_rom", "Eget rom som kan låses", 0},
    {"tilgang_dagtid", "Tilgang til rommet på dagtid", 0},
}};

constexpr std::array<CodeEntry, 3> staffings{{
    {"ingen", "Ingen bemanning", 0},
    {"dagtid", "Bemanning på dagtid", 0},
    {"dogn", "Døgnbemanning", 0},
}};

constexpr std::array<CodeEntry, 5> target_groups{{
    {"barnefamilier", "Barnefamilier", 0},
    {"unge_under_25", "Unge under 25 år", 0},
    {"kun_kvinner", "Bare kvinner", 0},
    {"rusbrukere", "Personer som bruker rusmidler", 0},
    {"rullestol", "Rullestolbrukere", 0},
}};

// Rundskriv U-5/2003, the quality requirements as items of an inspection.
constexpr std::array<CodeEntry, 11> quality_items{{
    {"moblert", "Tilstrekkelig møblert ut fra formålet", 1},
    {"matlaging", "Beboerne kan lage mat", 2},
    {"bad_toalett", "God tilgang til bad og toalett", 3},
    {"klesvask", "Beboerne kan vaske klær", 4},
    {"sengetoy", "Rent sengetøy og håndklær til nye beboere, og ukentlig ved lengre opphold", 5},
    {"rengjoring_rom", "Rommene rengjøres så ofte som god hygiene krever", 6},
    {"rengjoring_felles", "Sanitær- og fellesrom rengjøres av personalet ved behov", 7},
    {"privatliv", "Beboerne har rett til privatliv", 8},
    {"besok", "Beboerne kan ta imot besøk", 9},
    {"husregler", "Husreglene er gjort kjent for beboeren og godtatt av sosialtjenesten", 10},
    {"barn_rus", "Barn og barnefamilier bor ikke der personer med rusproblemer bor", 11},
}};

// Survey Label33.
constexpr std::array<CodeEntry, 8> quality_problems{{
    {"inneklima", "Fukt, mugg, råte, dårlig inneklima, trekk, tett luft", 1},
    {"bomiljo", "Utfordrende bomiljø", 3},
    {"bad_toalett", "Begrenset eller manglende tilgang til eget bad og toalett", 5},
    {"matlaging", "Begrenset mulighet for matlaging", 6},
    {"klesvask", "Begrenset mulighet for vask av tøy", 7},
    {"privatliv", "Begrenset mulighet for privatliv", 8},
    {"utestengt", "Beboeren er utestengt fra egen enhet store deler av døgnet", 9},
    {"andre", "Andre utfordringer", 10},
}};

constexpr std::array<CodeEntry, 3> inspection_results{{
    {"ok", "I orden", 0},
    {"ikke_ok", "Ikke i orden", 0},
    {"ikke_relevant", "Ikke relevant", 0},
}};

constexpr std::array<CodeEntry, 2> verdicts{{
    {"forsvarlig", "Forsvarlig", 0},
    {"ikke_forsvarlig", "Ikke forsvarlig", 0},
}};

constexpr std::array<CodeEntry, 3> turnaway_reasons{{
    {"ingen_ledig", "Ingen ledig plass", 0},
    {"ingen_egnet", "Ingen egnet plass", 0},
    {"utestengt", "Personen er utestengt av tilbyderne (helse, historikk)", 0},
}};

constexpr std::array<CodeEntry, 6> turnaway_insteads{{
    {"kontanter", "Kontanter til å betale for en natt selv", 8},
    {"hotell_natthjem", "Hotell eller natthjem", 0},
    {"eget_nettverk", "Eget nettverk (familie, venner)", 0},
    {"nabokommune", "Plass i nabokommune", 0},
    {"andre_tjenester", "Andre tjenester", 0},
    {"ingenting", "Ingenting ble gjort", 0},
}};

constexpr std::array<CodeEntry, 7> deviation_kinds{{
    {"uten_kvalitetskontroll", "Plassert uten gyldig forsvarlig kvalitetskontroll", 0},
    {"uten_avtale", "Plassert uten påkrevd kvalitetsavtale", 0},
    {"barnefamilie_over_3_mnd", "Barnefamilie i midlertidig botilbud over 3 måneder", 0},
    {"ung_over_3_mnd", "Ung under 25 i midlertidig botilbud over 3 måneder", 0},
    {"barn_uegnet_enhet", "Barn plassert i enhet som ikke er egnet for barn", 0},
    {"vedtak_uten_plass", "Innvilget vedtak uten at plass ble funnet", 0},
    {"manuelt", "Annet avvik", 0},
}};

struct ListInfo {
    CodeList list;
    std::string_view name;
    std::span<const CodeEntry> entries;
};

// One row per list: its name in the API and its entries. The statuses' entries come from their
// enums' tables (statuses.cpp); a function-local static, so it is built on first use, after them.
const std::array<ListInfo, 39>& list_table() {
    static const std::array<ListInfo, 39> table{{
        {CodeList::channel, "channel", channels},
        {CodeList::reason, "reason", reasons},
        {CodeList::group, "group", groups},
        {CodeList::network, "network", network},
        {CodeList::housing_situation, "housingSituation", housing_situations},
        {CodeList::service_need, "serviceNeed", service_needs},
        {CodeList::guidance, "guidance", guidance},
        {CodeList::outcome, "outcome", outcomes},
        {CodeList::decision_outcome, "decisionOutcome", decision_outcomes},
        {CodeList::refusal_reason, "refusalReason", refusal_reasons},
        {CodeList::condition, "condition", conditions},
        {CodeList::exit_outcome, "exitOutcome", exit_outcome_codes()},
        {CodeList::transit_kind, "transitKind", transit_kinds},
        {CodeList::after_care_form, "afterCareForm", after_care_forms},
        {CodeList::action_status, "actionStatus", action_statuses},
        {CodeList::appointment_status, "appointmentStatus", appointment_statuses},
        {CodeList::appeal_result, "appealResult", appeal_result_codes()},
        {CodeList::waiting_list_outcome, "waitingListOutcome", waiting_list_outcomes},
        {CodeList::provider_kind, "providerKind", provider_kinds},
        {CodeList::offer_type, "offerType", offer_types},
        {CodeList::unit_kind, "unitKind", unit_kinds},
        {CodeList::facility, "facility", facilities},
        {CodeList::staffing, "staffing", staffings},
        {CodeList::target_group, "targetGroup", target_groups},
        {CodeList::quality_item, "qualityItem", quality_items},
        {CodeList::quality_problem, "qualityProblem", quality_problems},
        {CodeList::inspection_result, "inspectionResult", inspection_results},
        {CodeList::verdict, "verdict", verdicts},
        {CodeList::quality_status, "qualityStatus", quality_status_codes()},
        {CodeList::placement_status, "placementStatus", placement_status_codes()},
        {CodeList::turnaway_reason, "turnawayReason", turnaway_reasons},
        {CodeList::turnaway_instead, "turnawayInstead", turnaway_insteads},
        {CodeList::deviation_kind, "deviationKind", deviation_kinds},
        {CodeList::deviation_status, "deviationStatus", deviation_status_codes()},
        {CodeList::individual_plan_wish, "individualPlanWish", individual_plan_wishes},
        {CodeList::referral_kind, "referralKind", referral_kinds},
        {CodeList::referral_outcome, "referralOutcome", referral_outcomes},
        {CodeList::consent_party, "consentParty", consent_parties},
        {CodeList::after_care_offer, "afterCareOffer", after_care_offers},
    }};
    return table;
}

const ListInfo& info(CodeList list) {
    return list_table()[static_cast<size_t>(list)];
}

} // namespace

std::span<const CodeEntry> codes(CodeList list) {
    return info(list).entries;
}

std::string_view list_name(CodeList list) {
    return info(list).name;
}

const CodeEntry* find_code(CodeList list, std::string_view code) {
    auto entries = codes(list);
    auto it =
        std::find_if(entries.begin(), entries.end(), [&](const CodeEntry& e) { return e.code == code; });
    return it == entries.end() ? nullptr : &*it;
}

bool is_known_code(CodeList list, std::string_view code) {
    return find_code(list, code) != nullptr;
}

bool is_offered_code(CodeList list, std::string_view code) {
    const auto* entry = find_code(list, code);
    return entry != nullptr && !entry->retired;
}

} // namespace husly
