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

} // namespace

std::span<const CodeEntry> codes(CodeList list) {
    switch (list) {
    case CodeList::channel:
        return channels;
    case CodeList::reason:
        return reasons;
    case CodeList::group:
        return groups;
    case CodeList::network:
        return network;
    case CodeList::housing_situation:
        return housing_situations;
    case CodeList::service_need:
        return service_needs;
    case CodeList::guidance:
        return guidance;
    case CodeList::outcome:
        return outcomes;
    }
    return {};
}

std::string_view list_name(CodeList list) {
    switch (list) {
    case CodeList::channel:
        return "channel";
    case CodeList::reason:
        return "reason";
    case CodeList::group:
        return "group";
    case CodeList::network:
        return "network";
    case CodeList::housing_situation:
        return "housingSituation";
    case CodeList::service_need:
        return "serviceNeed";
    case CodeList::guidance:
        return "guidance";
    case CodeList::outcome:
        return "outcome";
    }
    return "";
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
