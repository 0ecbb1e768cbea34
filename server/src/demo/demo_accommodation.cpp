#include "demo/demo_accommodation.hpp"

#include "common/clock.hpp"
#include "domain/request_codes.hpp"
#include "service/accommodation_service.hpp"
#include "service/deviation_service.hpp"
#include "service/economics_service.hpp"
#include "service/placement_service.hpp"
#include "store/accommodation_repository.hpp"
#include "store/request_repository.hpp"
#include "store/stay_repository.hpp"
#include "store/user_repository.hpp"

#include <stdexcept>

namespace husly::demo {
namespace {

template <typename T> T must(Result<T> result, const char* what) {
    if (!result) throw std::runtime_error(std::string("demo ") + what + ": " + result.error().message);
    return std::move(*result);
}

std::string days_from_today(int days) {
    return format_date(std::chrono::sys_days{today()} + std::chrono::days(days));
}

struct DemoUnit {
    const char* name;
    const char* kind;
    int rooms;
    int beds;
    int64_t price;
    std::vector<std::string> facilities;
    const char* staffing;
    std::vector<std::string> suits;
    std::vector<std::string> not_suits;
    // The latest inspection: "ok", "overdue", "bad", or "" for none.
    const char* inspection;
};

struct DemoProvider {
    const char* name;
    const char* kind;
    const char* offer_type;
    const char* agreement; // "valid", "expired" or ""
    std::vector<DemoUnit> units;
};

const std::vector<std::string> all_facilities{"eget_bad", "kjokken", "vaskeri", "laasbart_rom",
                                              "tilgang_dagtid"};

std::vector<DemoProvider> providers_for(const std::string& unit_number) {
    if (unit_number == "1804")
        return {
            {"Bolig Nu",
             "kommunal",
             "dognbemanning",
             "",
             {{"Bolig Nu, rom 1–8", "rom", 8, 8, 520, all_facilities, "dogn", {}, {"barnefamilier"}, "ok"},
              {"Familieleilighet Rønvik",
               "leilighet",
               1,
               4,
               690,
               all_facilities,
               "ingen",
               {"barnefamilier"},
               {},
               "overdue"}}},
            {"Frelsesarmeen Bodø",
             "ideell_avtale",
             "",
             "valid",
             {{"Hybelhus", "rom", 3, 6, 610, {"kjokken", "vaskeri"}, "dagtid", {}, {"barnefamilier"}, "ok"}}},
            {"Natthjemmet",
             "lavterskel",
             "",
             "valid",
             {{"Natthjem", "seng", 6, 6, 650, {}, "dogn", {"rusbrukere"}, {}, "ok"}}},
            {"Hotell Nordlys",
             "pensjonat_hotell",
             "",
             "",
             {{"Hotellrom", "rom", 0, 0, 1150, {"eget_bad", "laasbart_rom"}, "ingen", {}, {}, "ok"}}},
            {"Bodøsjøen Camping",
             "camping",
             "",
             "expired",
             {{"Campinghytter", "hytte", 4, 16, 700, {"kjokken"}, "ingen", {}, {}, "bad"}}},
        };
    if (unit_number == "1841")
        return {{"Saltdal kommune",
                 "kommunal",
                 "ordinaer_bolig",
                 "",
                 {{"Leilighet Rognan",
                   "leilighet",
                   2,
                   6,
                   480,
                   all_facilities,
                   "ingen",
                   {"barnefamilier"},
                   {},
                   "ok"}}},
                {"Fauske Hotell",
                 "pensjonat_hotell",
                 "",
                 "",
                 {{"Hotellrom", "rom", 0, 0, 990, {"eget_bad"}, "ingen", {}, {}, ""}}}};
    if (unit_number == "0315")
        return {
            {"Oslo kommune, Tøyen",
             "kommunal",
             "dagbemanning",
             "",
             {{"Tøyen hybelhus", "rom", 10, 10, 640, all_facilities, "dagtid", {}, {"barnefamilier"}, "ok"},
              {"Familieleiligheter Grünerløkka",
               "leilighet",
               3,
               12,
               820,
               all_facilities,
               "ingen",
               {"barnefamilier"},
               {},
               "ok"}}},
            {"Kirkens Bymisjon",
             "ideell_avtale",
             "",
             "valid",
             {{"Kvinnehuset", "rom", 4, 4, 760, all_facilities, "dogn", {"kun_kvinner"}, {}, "ok"}}},
            {"Cochs Pensjonat",
             "pensjonat_hotell",
             "",
             "",
             {{"Pensjonatsrom", "rom", 0, 0, 890, {"laasbart_rom"}, "ingen", {}, {}, "overdue"}}}};
    return {};
}

Inspection demo_inspection(const std::string& state) {
    Inspection inspection;
    inspection.inspector = "Kvalitetsteamet";
    bool bad = state == "bad";
    for (const auto& entry : codes(CodeList::quality_item)) {
        std::string code(entry.code);
        bool failing = bad && (code == "matlaging" || code == "privatliv");
        inspection.items.push_back(
            {code, failing ? "ikke_ok" : "ok",
             failing ? (code == "matlaging" ? "Kokeplatene virker ikke." : "Tynne vegger.") : ""});
    }
    if (bad) inspection.problems = {"inneklima", "matlaging", "privatliv"};
    inspection.verdict = bad ? "ikke_forsvarlig" : "forsvarlig";
    inspection.inspected_on = days_from_today(state == "overdue" ? -420 : -60);
    inspection.next_due_on = days_from_today(state == "overdue" ? -55 : 305);
    return inspection;
}

} // namespace

void create_accommodation(Connection& connection, const Actor& caseworker, const std::string& unit_number) {
    for (const auto& demo : providers_for(unit_number)) {
        Provider provider;
        provider.name = demo.name;
        provider.kind = demo.kind;
        provider.offer_type = demo.offer_type;
        provider.phone = "75 55 00 00";
        provider.municipality_numbers = {unit_number == "0315"   ? "0301"
                                         : unit_number == "1841" ? "1841"
                                                                 : "1804"};
        provider.contacts = {{"Daglig leder", "Leder", "75 55 00 01", ""}};
        auto created = must(accommodation::create_provider(connection, caseworker, provider), "provider");
        auto id = created.provider.id;
        if (std::string(demo.agreement) == "valid")
            must(accommodation::add_agreement(connection, caseworker, id,
                                              {0, id, days_from_today(-700), std::nullopt, "", false},
                                              std::nullopt),
                 "agreement");
        if (std::string(demo.agreement) == "expired")
            must(accommodation::add_agreement(
                     connection, caseworker, id,
                     {0, id, days_from_today(-1100), days_from_today(-30), "", false}, std::nullopt),
                 "agreement");
        for (const auto& demo_unit : demo.units) {
            Unit unit;
            unit.provider_id = id;
            unit.name = demo_unit.name;
            unit.kind = demo_unit.kind;
            unit.municipality_number = provider.municipality_numbers.front();
            unit.rooms = demo_unit.rooms;
            unit.beds = demo_unit.beds;
            unit.facilities = demo_unit.facilities;
            unit.staffing = demo_unit.staffing;
            unit.suits = demo_unit.suits;
            unit.not_suits = demo_unit.not_suits;
            unit.requires_self_evacuation = std::string(demo.kind) == "kommunal" && demo_unit.rooms > 4;
            unit.night_shelter =
                std::string(demo_unit.kind) == "seng" && std::string(demo.kind) == "lavterskel";
            // Prices over the demo's two years: last year's, then this year's from 1 January.
            auto last_year = static_cast<int>(today().year()) - 1;
            auto detail = must(accommodation::create_unit(connection, caseworker, unit,
                                                          UnitPrice{std::to_string(last_year - 1) + "-01-01",
                                                                    demo_unit.price * 9 / 10}),
                               "unit");
            must(accommodation::add_price(connection, caseworker, detail.view.unit.id,
                                          {std::to_string(last_year + 1) + "-01-01", demo_unit.price}),
                 "price");
            if (*demo_unit.inspection)
                must(accommodation::add_inspection(connection, caseworker, detail.view.unit.id,
                                                   demo_inspection(demo_unit.inspection)),
                     "inspection");
        }
        if (std::string(demo.name) == "Hotell Nordlys")
            if (auto staff = user_repository::find_credentials(connection, "tilbyder@husly.test"))
                accommodation_repository::add_staff(connection, id, staff->user_id);
    }
}

std::optional<int64_t> place(Connection& connection, const Actor& caseworker, int64_t request_id,
                             const std::string& day, bool hotel_first) {
    auto request = request_repository::find(connection, request_id).value();
    if (stay_repository::open_for_person(connection, request.office_id, request.person_id))
        return std::nullopt;
    auto found =
        must(placements::search(connection, caseworker, {request_id, day, std::nullopt, {}}), "search");
    const placements::SearchHit* chosen = found.available.empty() ? nullptr : &found.available.front();
    std::string reason;
    for (const auto& hit : found.left_out)
        if (hit.bookable && (!chosen || (hotel_first && hit.unit.provider_kind == "pensjonat_hotell"))) {
            chosen = &hit;
            reason = "Ingen godkjent plass var ledig.";
            if (!hotel_first || hit.unit.provider_kind == "pensjonat_hotell") break;
        }
    if (!chosen) return std::nullopt;
    auto booked = must(placements::book(connection, caseworker,
                                        {request_id, chosen->unit.unit.id, day, std::nullopt, reason, {}}),
                       "booking");
    if (booked.placement.status == PlacementStatus::awaiting_confirmation)
        must(placements::change(connection, caseworker, booked.placement.id, placements::Step::confirm, day),
             "confirm");
    auto checked_in =
        must(placements::change(connection, caseworker, booked.placement.id, placements::Step::check_in, day),
             "check-in");
    return checked_in.view.placement.stay_id;
}

void follow_up_accommodation(Connection& connection, const Actor& leader) {
    auto open = must(deviations::list(connection, leader, std::string(to_string(DeviationStatus::open))),
                     "deviations");
    for (size_t i = 0; i < open.size() && i < 3; ++i)
        must(deviations::advance(connection, leader, open[i].deviation.id, DeviationStatus::reported,
                                 "Sendt til kommunens kvalitetsteam."),
             "report");
    if (!open.empty())
        must(deviations::advance(connection, leader, open.front().deviation.id, DeviationStatus::closed,
                                 "Kommunen har inngått kvalitetsavtale."),
             "close");
    must(deviations::create_manual(connection, leader, "Fuktskader meldt av beboer på Hybelhus, rom 2.",
                                   std::nullopt),
         "manual deviation");
    must(economics::save_budget(connection, leader, static_cast<int>(today().year()), {2'500'000, 850}),
         "budget");
}

} // namespace husly::demo
