#include "domain/request_codes.hpp"

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

constexpr std::array<CodeEntry, 3> guidance{{
    {"rad", "Råd og veiledning", 0},
    {"penger_natt", "Penger til å betale for en natt selv", 0},
    {"henvisning", "Henvist til annen tjeneste", 0},
}};

constexpr std::array<CodeEntry, 3> outcomes{{
    {"veiledning", "Kun råd og veiledning", 0},
    {"trukket", "Trukket", 0},
    {"vedtak", "Vedtak", 0},
}};

constexpr std::array<CodeEntry, 4> decision_outcomes{{
    {"INNVILGET", "Innvilget", 0},
    {"DELVIS_INNVILGET", "Delvis innvilget", 0},
    {"AVSLATT", "Avslått", 0},
    {"AVVIST", "Avvist", 0},
}};

constexpr std::array<CodeEntry, 6> refusal_reasons{{
    {"har_bosted", "Har et sted å bo", 0},
    {"nettverk", "Kan bo hos familie eller venner", 0},
    {"klarer_selv", "Kan skaffe seg et sted å bo selv", 0},
    {"annen_kommune", "Oppholdskommunen er en annen", 0},
    {"ikke_midlertidig_behov", "Behovet er ikke midlertidig botilbud", 0},
    {"annet", "Annet", 0},
}};

constexpr std::array<CodeEntry, 3> conditions{{
    {"egenbetaling", "Egenbetaling", 0},
    {"husregler", "Husreglene i botilbudet må følges", 0},
    {"oppfolging", "Møte til oppfølging med Nav-kontoret", 0},
}};

// DOMAIN.md "Exit" and Bolig Nu's outcome statistics.
constexpr std::array<CodeEntry, 9> exit_outcomes{{
    {"kommunal_bolig", "Kommunal utleiebolig", 0},
    {"privat_leie", "Privat leid bolig", 0},
    {"egen_bolig", "Egen bolig", 0},
    {"overgang", "Overgangsløsning", 0},
    {"takket_nei", "Takket nei til tilbud", 0},
    {"avsluttet_av_tilbyder", "Avsluttet av tilbyder", 0},
    {"stans", "Avsluttet ved vedtak om stans", 0},
    {"forlot_uten_beskjed", "Flyttet ut uten beskjed", 0},
    {"annet", "Annet", 0},
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

// The office reviews an appeal first (forvaltningsloven § 33): it changes the decision or sends
// the appeal to Statsforvalteren, who upholds, changes or quashes it.
constexpr std::array<CodeEntry, 6> appeal_results{{
    {"omgjort_av_kontoret", "Omgjort av Nav-kontoret", 0},
    {"sendt_statsforvalteren", "Sendt til Statsforvalteren", 0},
    {"stadfestet", "Stadfestet av Statsforvalteren", 0},
    {"omgjort_av_statsforvalteren", "Omgjort av Statsforvalteren", 0},
    {"opphevet", "Opphevet av Statsforvalteren", 0},
    {"trukket", "Klagen er trukket", 0},
}};

constexpr std::array<CodeEntry, 4> waiting_list_outcomes{{
    {"plassert", "Har fått plass", 0},
    {"ordnet_selv", "Har ordnet bolig selv", 0},
    {"trukket", "Trukket", 0},
    {"ikke_aktuell", "Fyller ikke lenger vilkårene", 0},
}};

struct ListInfo {
    CodeList list;
    std::string_view name;
    std::span<const CodeEntry> entries;
};

// One row per list: its name in the API and its entries.
const std::array<ListInfo, 18> list_table{{
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
    {CodeList::exit_outcome, "exitOutcome", exit_outcomes},
    {CodeList::transit_kind, "transitKind", transit_kinds},
    {CodeList::after_care_form, "afterCareForm", after_care_forms},
    {CodeList::action_status, "actionStatus", action_statuses},
    {CodeList::appointment_status, "appointmentStatus", appointment_statuses},
    {CodeList::appeal_result, "appealResult", appeal_results},
    {CodeList::waiting_list_outcome, "waitingListOutcome", waiting_list_outcomes},
}};

const ListInfo& info(CodeList list) {
    return list_table[static_cast<size_t>(list)];
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

} // namespace husly
