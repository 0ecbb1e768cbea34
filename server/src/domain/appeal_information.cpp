#include "domain/appeal_information.hpp"

#include "domain/legal_references.hpp"

#include <fmt/format.h>

namespace husly {

std::string statsforvalter_for_municipality(std::string_view municipality_number) {
    if (municipality_number.size() != 4) return "";
    auto county = municipality_number.substr(0, 2);
    // The Statsforvalter offices and the counties they cover (from 1 January 2024).
    if (county == "03" || county == "31" || county == "32" || county == "33")
        return "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus";
    if (county == "34") return "Statsforvalteren i Innlandet";
    if (county == "39" || county == "40") return "Statsforvalteren i Vestfold og Telemark";
    if (county == "42") return "Statsforvalteren i Agder";
    if (county == "11") return "Statsforvalteren i Rogaland";
    if (county == "46") return "Statsforvalteren i Vestland";
    if (county == "15") return "Statsforvalteren i Møre og Romsdal";
    if (county == "50") return "Statsforvalteren i Trøndelag";
    if (county == "18") return "Statsforvalteren i Nordland";
    if (county == "55" || county == "56") return "Statsforvalteren i Troms og Finnmark";
    return "";
}

std::string appeal_authority(const AppealInformation& info) {
    if (!info.appeal_authority.empty()) return info.appeal_authority;
    if (!info.municipality_numbers.empty())
        if (auto name = statsforvalter_for_municipality(info.municipality_numbers.front()); !name.empty())
            return name;
    return "Statsforvalteren";
}

std::vector<TextSection> appeal_information_sections(const AppealInformation& info) {
    const auto& on = info.decided_on;
    using legal::cite;
    std::string send_to = info.office_name;
    if (!info.postal_address.empty()) send_to += ", " + info.postal_address;
    std::string digital = "Du kan også levere klagen på Nav-kontoret, eller sende den digitalt når du er "
                          "logget inn på nav.no.";
    if (!info.email.empty())
        digital += fmt::format(" Send ikke personopplysninger med vanlig e-post til {}.", info.email);
    std::vector<TextSection> sections;
    sections.push_back(
        {"Du kan klage",
         fmt::format("Du kan klage på vedtaket. {}\n\nSend klagen til {}. {} Vi vurderer saken på nytt. Hvis "
                     "vi ikke gir deg medhold, sender vi klagen til {}, som avgjør den ({}).",
                     info.deadline, send_to, digital, appeal_authority(info),
                     legal::cite_all({"fvl_klageinstans", "fvl_klagefrist"}, on))});
    sections.push_back(
        {"Hva klagen skal inneholde",
         fmt::format(
             "Klagen skal være skriftlig og underskrevet av deg eller fullmektigen din. Skriv hvilket "
             "vedtak du klager på, hva du vil ha endret, og hvorfor ({}). Vi hjelper deg gjerne med "
             "å skrive klagen.\n\nKlagen er kommet tidsnok hvis den er postlagt eller levert innen "
             "fristen ({}). Kommer den for sent, kan den likevel bli behandlet hvis det er grunn til "
             "det ({}).",
             cite("fvl_klagens_innhold", on), cite("fvl_klage_i_tide", on), cite("fvl_klage_for_sent", on))});
    if (!info.postponement_stated)
        sections.push_back(
            {"Du kan be om at vedtaket ikke gjennomføres ennå",
             fmt::format("Du kan be om at vedtaket ikke gjennomføres før klagen er avgjort ({}).",
                         cite("fvl_utsatt_iverksetting", on))});
    sections.push_back(
        {"Du kan få dekket sakskostnader",
         fmt::format(
             "Får du medhold i klagen, kan du få dekket vesentlige kostnader du har hatt med saken ({}).",
             cite("fvl_sakskostnader", on))});
    std::string representative = fmt::format(
        "Du kan la en advokat eller en annen person du velger, hjelpe deg eller føre saken for deg "
        "({}). Fullmektigen må ha skriftlig fullmakt fra deg.",
        cite("fvl_fullmektig", on));
    if (info.has_representative) representative += " Fullmektigen din får kopi av dette brevet.";
    sections.push_back({"Du kan ha fullmektig", representative});
    sections.push_back(
        {"Du har rett til innsyn",
         fmt::format("Du har rett til å se dokumentene i saken din ({}). Ta kontakt med oss hvis du vil se "
                     "dem, eller hvis du har spørsmål om vedtaket.",
                     cite("fvl_innsyn", on))});
    return sections;
}

} // namespace husly
