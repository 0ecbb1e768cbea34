#include "domain/accommodation.hpp"

#include "common/clock.hpp"
#include "domain/request_codes.hpp"
#include "domain/text_rules.hpp"

#include <algorithm>
#include <set>

namespace husly {
namespace {

using std::chrono::sys_days;

Status check_date(const std::string& field, const std::string& value) {
    if (!parse_date(value)) return invalid(field, date_error_message(value));
    return {};
}

Status check_codes(const std::string& field, CodeList list, const std::vector<std::string>& values) {
    std::set<std::string> seen;
    for (const auto& value : values) {
        if (!is_known_code(list, value)) return invalid(field, "Ukjent verdi: " + value + ".");
        if (!seen.insert(value).second) return invalid(field, "Samme verdi er valgt to ganger.");
    }
    return {};
}

} // namespace

bool books_on_request(std::string_view provider_kind) {
    return provider_kind == "pensjonat_hotell" || provider_kind == "camping";
}

bool agreement_required(std::string_view provider_kind) {
    return provider_kind != "kommunal";
}

bool has_valid_agreement(const std::vector<QualityAgreement>& agreements, Date day) {
    return std::any_of(agreements.begin(), agreements.end(), [&](const QualityAgreement& agreement) {
        auto starts = parse_date(agreement.starts_on);
        if (!starts || sys_days{*starts} > sys_days{day}) return false;
        if (!agreement.ends_on) return true;
        auto ends = parse_date(*agreement.ends_on);
        return ends && sys_days{*ends} >= sys_days{day};
    });
}

Status check_provider(const Provider& provider) {
    TRY(check_text("name", provider.name, 200, true, "Skriv navnet på tilbyderen."));
    if (!is_known_code(CodeList::provider_kind, provider.kind))
        return invalid("kind", "Velg hva slags tilbyder det er.");
    if (provider.kind == "kommunal") {
        if (!is_known_code(CodeList::offer_type, provider.offer_type))
            return invalid("offerType", "Velg hva slags kommunalt botilbud det er.");
    } else if (!provider.offer_type.empty()) {
        return invalid("offerType", "Type kommunalt botilbud gjelder bare kommunens egne tilbud.");
    }
    if (!provider.organization_number.empty() && !is_digits(provider.organization_number, 9))
        return invalid("organizationNumber", "Organisasjonsnummeret har 9 siffer.");
    TRY(check_text("address", provider.address, 300));
    TRY(check_text("phone", provider.phone, 40));
    TRY(check_text("email", provider.email, 200));
    TRY(check_text("note", provider.note, 4000));
    if (provider.municipality_numbers.empty())
        return invalid("municipalityNumbers", "Velg minst én kommune tilbyderen tar imot folk fra.");
    for (size_t i = 0; i < provider.contacts.size(); ++i) {
        const auto& contact = provider.contacts[i];
        auto prefix = "contacts." + std::to_string(i) + ".";
        TRY(check_text(prefix + "name", contact.name, 200, true, "Skriv navnet på kontaktpersonen."));
        TRY(check_text(prefix + "role", contact.role, 200));
        TRY(check_text(prefix + "phone", contact.phone, 40));
        TRY(check_text(prefix + "email", contact.email, 200));
    }
    return {};
}

Status check_agreement(const QualityAgreement& agreement) {
    TRY(check_date("startsOn", agreement.starts_on));
    if (agreement.ends_on) {
        TRY(check_date("endsOn", *agreement.ends_on));
        if (sys_days{*parse_date(*agreement.ends_on)} < sys_days{*parse_date(agreement.starts_on)})
            return invalid("endsOn", "Avtalen kan ikke slutte før den begynner.");
    }
    TRY(check_text("documentName", agreement.document_name, 200));
    return {};
}

Status check_unit(const Unit& unit, bool on_request) {
    TRY(check_text("name", unit.name, 200, true, "Skriv et navn på enheten, for eksempel romnummeret."));
    if (!is_known_code(CodeList::unit_kind, unit.kind))
        return invalid("kind", "Velg hva slags enhet det er.");
    if (!is_digits(unit.municipality_number, 4))
        return invalid("municipalityNumber", "Velg kommunen enheten ligger i.");
    if (!on_request || unit.rooms > 0 || unit.beds > 0) {
        if (unit.rooms < 1 || unit.rooms > max_unit_rooms)
            return invalid("rooms", "Antall rom må være mellom 1 og " + std::to_string(max_unit_rooms) + ".");
        if (unit.beds < unit.rooms || unit.beds > max_unit_beds)
            return invalid("beds", "Antall senger må være minst antall rom og høyst " +
                                       std::to_string(max_unit_beds) + ".");
    }
    TRY(check_codes("facilities", CodeList::facility, unit.facilities));
    if (!is_known_code(CodeList::staffing, unit.staffing)) return invalid("staffing", "Velg bemanning.");
    TRY(check_codes("suits", CodeList::target_group, unit.suits));
    TRY(check_codes("notSuits", CodeList::target_group, unit.not_suits));
    for (const auto& group : unit.suits)
        if (std::find(unit.not_suits.begin(), unit.not_suits.end(), group) != unit.not_suits.end())
            return invalid("notSuits", "En gruppe kan ikke både passe og ikke passe.");
    TRY(check_text("note", unit.note, 4000));
    return {};
}

Status check_price(const UnitPrice& price) {
    TRY(check_date("fromDate", price.from_date));
    if (price.per_night < 0 || price.per_night > max_price_per_night)
        return invalid("perNight", "Prisen per natt må være mellom 0 og 100 000 kr.");
    return {};
}

std::optional<int64_t> price_on(const std::vector<UnitPrice>& prices, Date night) {
    std::optional<int64_t> found;
    for (const auto& price : prices) {
        auto from = parse_date(price.from_date);
        if (from && sys_days{*from} <= sys_days{night}) found = price.per_night;
    }
    return found;
}

NightsCost cost_of_nights(const std::vector<UnitPrice>& prices, Date from, Date to) {
    NightsCost result;
    auto first = sys_days{from}, end = sys_days{to};
    if (end <= first) return result;
    result.nights = (end - first).count();
    // Walk the price segments: each price holds from its date until the next one's.
    int64_t priced = 0;
    for (size_t i = 0; i < prices.size(); ++i) {
        auto segment_from = parse_date(prices[i].from_date);
        if (!segment_from) continue;
        auto segment_start = std::max(first, sys_days{*segment_from});
        auto segment_end = end;
        if (i + 1 < prices.size())
            if (auto next = parse_date(prices[i + 1].from_date)) segment_end = std::min(end, sys_days{*next});
        if (segment_end <= segment_start) continue;
        auto nights = (segment_end - segment_start).count();
        result.cost += nights * prices[i].per_night;
        priced += nights;
    }
    result.unpriced_nights = result.nights - priced;
    return result;
}

Status check_inspection(const Inspection& inspection, Date today) {
    TRY(check_date("inspectedOn", inspection.inspected_on));
    auto inspected = *parse_date(inspection.inspected_on);
    if (sys_days{inspected} > sys_days{today})
        return invalid("inspectedOn",
                       "Kontrollen registreres når den er gjort; datoen kan ikke være fram i tid.");
    TRY(check_text("inspector", inspection.inspector, 200, true, "Skriv hvem som gjorde kontrollen."));
    std::set<std::string> answered;
    bool any_not_ok = false;
    for (size_t i = 0; i < inspection.items.size(); ++i) {
        const auto& item = inspection.items[i];
        auto prefix = "items." + std::to_string(i) + ".";
        if (!is_known_code(CodeList::quality_item, item.code))
            return invalid(prefix + "code", "Ukjent kravpunkt.");
        if (!answered.insert(item.code).second)
            return invalid(prefix + "code", "Kravpunktet er besvart to ganger.");
        if (!is_known_code(CodeList::inspection_result, item.result))
            return invalid(prefix + "result", "Velg i orden, ikke i orden eller ikke relevant.");
        TRY(check_text(prefix + "note", item.note, 2000, item.result == "ikke_ok",
                       "Skriv hva som ikke er i orden."));
        any_not_ok = any_not_ok || item.result == "ikke_ok";
    }
    for (const auto& entry : codes(CodeList::quality_item))
        if (!answered.contains(std::string(entry.code)))
            return invalid("items", "Alle kravpunktene i rundskriv U-5/2003 må vurderes (mangler: " +
                                        std::string(entry.label) + ").");
    TRY(check_codes("problems", CodeList::quality_problem, inspection.problems));
    bool other_problem = std::find(inspection.problems.begin(), inspection.problems.end(), "andre") !=
                         inspection.problems.end();
    TRY(check_text("problemNote", inspection.problem_note, 2000, other_problem,
                   "Beskriv de andre utfordringene."));
    if (!is_known_code(CodeList::verdict, inspection.verdict))
        return invalid("verdict", "Velg om botilbudet er forsvarlig eller ikke.");
    if (inspection.verdict == "forsvarlig" && any_not_ok)
        return invalid("verdict",
                       "Et botilbud med kravpunkter som ikke er i orden, kan ikke være forsvarlig.");
    TRY(check_date("nextDueOn", inspection.next_due_on));
    if (sys_days{*parse_date(inspection.next_due_on)} <= sys_days{inspected})
        return invalid("nextDueOn", "Neste kontroll må være etter denne.");
    TRY(check_text("note", inspection.note, 4000));
    return {};
}

bool inspection_overdue(const Inspection& inspection, Date today) {
    auto due = parse_date(inspection.next_due_on);
    return !due || sys_days{*due} < sys_days{today};
}

QualityStatus quality_status(const std::optional<Inspection>& latest, bool needs_agreement,
                             bool agreement_valid, Date today) {
    if (latest && latest->verdict == "ikke_forsvarlig") return QualityStatus::not_adequate;
    if (needs_agreement && !agreement_valid) return QualityStatus::no_agreement;
    if (!latest) return QualityStatus::not_inspected;
    if (inspection_overdue(*latest, today)) return QualityStatus::inspection_overdue;
    return QualityStatus::adequate;
}

} // namespace husly
