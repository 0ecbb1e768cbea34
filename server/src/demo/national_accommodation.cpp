// The national generator's offices, staff and accommodation.

#include "demo/demo_service.hpp"
#include "demo/national_plan.hpp"
#include "domain/accommodation.hpp"
#include "domain/request_codes.hpp"
#include "service/passwords.hpp"
#include "store/reference_data.hpp"
#include "store/rows.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace husly::demo::national {
namespace {

constexpr int offices_in_norway = 260;

// The largest municipalities first: they get the most requests (a Zipf-like spread).
const std::vector<std::string> largest_first{"0301", "4601", "5001", "1103", "3301", "4204", "3107",
                                             "3205", "1108", "5501", "3201", "3203", "1804", "3403"};

std::vector<OfficePlan> existing_offices(Connection& connection) {
    std::map<int64_t, OfficePlan> plans;
    soci::rowset<soci::row> rows =
        connection.sql().prepare
        << "SELECT o.id, o.name, o.unit_number, o.decisions_need_approval, om.municipality_number "
           "FROM offices o JOIN office_municipalities om ON om.office_id = o.id "
           "ORDER BY o.id, om.municipality_number";
    for (const auto& row : rows) {
        auto& plan = plans[rows::integer(row, "id")];
        plan.id = rows::integer(row, "id");
        plan.name = rows::text(row, "name");
        plan.unit_number = rows::text(row, "unit_number");
        plan.needs_approval = rows::flag(row, "decisions_need_approval");
        plan.municipalities.push_back(rows::text(row, "municipality_number"));
    }
    soci::rowset<soci::row> staff =
        connection.sql().prepare
        << "SELECT user_id, role, office_id FROM user_roles WHERE office_id IS NOT NULL "
           "ORDER BY user_id";
    for (const auto& row : staff) {
        auto found = plans.find(rows::integer(row, "office_id"));
        if (found == plans.end()) continue;
        auto role = rows::text(row, "role");
        if (role == "veileder") found->second.caseworkers.push_back(rows::integer(row, "user_id"));
        if (role == "leder" && !found->second.leader) found->second.leader = rows::integer(row, "user_id");
    }
    std::vector<OfficePlan> result;
    result.reserve(plans.size());
    for (auto& [id, plan] : plans) result.push_back(std::move(plan));
    return result;
}

// Groups the municipalities nobody serves into new offices: neighbours in the same county share
// an office until the country has about 260.
std::vector<std::vector<Municipality>> group_unserved(Context& context, const std::set<std::string>& served,
                                                      size_t existing) {
    std::vector<Municipality> unserved;
    for (const auto& municipality : municipalities_2026())
        if (!served.contains(municipality.number)) unserved.push_back(municipality);
    std::sort(unserved.begin(), unserved.end(),
              [](const auto& a, const auto& b) { return a.number < b.number; });
    auto wanted = static_cast<size_t>(std::max<long>(1, offices_in_norway - static_cast<long>(existing)));
    size_t merges = unserved.size() > wanted ? unserved.size() - wanted : 0;
    std::vector<std::vector<Municipality>> groups;
    for (size_t i = 0; i < unserved.size(); ++i) {
        groups.push_back({unserved[i]});
        size_t left = unserved.size() - i;
        auto is_large = [](const Municipality& m) {
            return std::find(largest_first.begin(), largest_first.end(), m.number) != largest_first.end();
        };
        bool same_county = i + 1 < unserved.size() &&
                           unserved[i + 1].county_number == unserved[i].county_number &&
                           !is_large(unserved[i]) && !is_large(unserved[i + 1]);
        if (merges > 0 && same_county && (merges * 2 >= left || context.chance(45))) {
            groups.back().push_back(unserved[++i]);
            --merges;
        }
    }
    return groups;
}

void assign_weights(Context& context, std::vector<OfficePlan>& offices) {
    std::vector<size_t> order(offices.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::shuffle(order.begin(), order.end(), context.random);
    auto rank_of_largest = [&](const OfficePlan& office) {
        size_t best = largest_first.size();
        for (const auto& number : office.municipalities) {
            auto found = std::find(largest_first.begin(), largest_first.end(), number);
            best = std::min(best, static_cast<size_t>(found - largest_first.begin()));
        }
        return best;
    };
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return rank_of_largest(offices[a]) < rank_of_largest(offices[b]);
    });
    double total = 0;
    for (size_t rank = 0; rank < order.size(); ++rank) {
        offices[order[rank]].weight = 1.0 / std::pow(static_cast<double>(rank + 1), 0.9);
        total += offices[order[rank]].weight;
    }
    for (auto& office : offices) office.weight /= total;
}

void add_staff(Context& context, OfficePlan& office, const std::string& password_hash,
               const std::string& created_at) {
    auto add_user = [&](const std::string& email, const std::string& name, const char* role) {
        auto id = context.tables.next_id("users");
        context.tables.users.add_row({{"id", id},
                                      {"email", email},
                                      {"display_name", name},
                                      {"password_hash", password_hash},
                                      {"active", 1},
                                      {"failed_logins", 0},
                                      {"created_at", created_at}});
        context.tables.user_roles.add_row({{"id", context.tables.next_id("user_roles")},
                                           {"user_id", id},
                                           {"role", role},
                                           {"office_id", office.id}});
        return id;
    };
    if (!office.leader)
        office.leader =
            add_user(fmt::format("leder.{}@husly.test", office.unit_number), "Leder " + office.name, "leder");
    int wanted = std::clamp(static_cast<int>(std::lround(office.weight * 400)), 2, 40);
    // Numbered from 1 at every office (veileder1.0315@husly.test), besides any it already had.
    int existing = static_cast<int>(office.caseworkers.size());
    for (int n = 1; existing + n <= wanted; ++n)
        office.caseworkers.push_back(add_user(fmt::format("veileder{}.{}@husly.test", n, office.unit_number),
                                              fmt::format("Veileder {} {}", n, office.name), "veileder"));
}

struct KindShare {
    const char* kind;
    int weight;
    const char* unit_kind;
    int price; // per night, this year
};
const std::vector<KindShare> provider_kinds{
    {"kommunal", 25, "leilighet", 560},    {"ideell_avtale", 12, "rom", 640},
    {"privat_avtale", 10, "rom", 720},     {"lavterskel", 6, "seng", 650},
    {"pensjonat_hotell", 27, "rom", 1050}, {"camping", 12, "hytte", 700},
    {"uten_avtale", 5, "rom", 900},        {"annet", 3, "rom", 800}};

const KindShare& pick_kind(Context& context) {
    int roll = context.pick(100);
    for (const auto& share : provider_kinds) {
        roll -= share.weight;
        if (roll < 0) return share;
    }
    return provider_kinds.front();
}

std::string inspection_items(bool failing) {
    auto items = nlohmann::json::array();
    for (const auto& entry : codes(CodeList::quality_item)) {
        std::string code(entry.code);
        bool bad = failing && (code == "matlaging" || code == "privatliv");
        items.push_back(
            {{"code", code},
             {"result", bad ? "ikke_ok" : "ok"},
             {"note", bad ? (code == "matlaging" ? "Kokeplatene virker ikke." : "Tynne vegger.") : ""}});
    }
    return items.dump();
}

// A unit's inspections (none, or one to three a year apart, the last 1–16 months ago); returns
// the latest.
std::optional<Inspection> add_inspections(Context& context, int64_t unit_id, int64_t inspector,
                                          const std::string& ok_items, const std::string& bad_items) {
    if (context.chance(12)) return std::nullopt;
    auto latest_day = context.today - std::chrono::days(30 + context.pick(450));
    int count = 1 + context.pick(3);
    Inspection latest;
    for (int n = count - 1; n >= 0; --n) {
        auto day = latest_day - std::chrono::days(365 * n);
        bool bad = n == 0 && context.chance(6);
        Inspection inspection;
        inspection.inspected_on = text_of(day);
        inspection.verdict = bad ? "ikke_forsvarlig" : "forsvarlig";
        inspection.next_due_on = text_of(day + std::chrono::days(365));
        context.tables.inspections.add_row({{"id", context.tables.next_id("inspections")},
                                            {"unit_id", unit_id},
                                            {"inspected_on", inspection.inspected_on},
                                            {"inspector", "Kvalitetsteamet"},
                                            {"items", bad ? bad_items : ok_items},
                                            {"problems", bad ? "matlaging,privatliv" : ""},
                                            {"problem_note", ""},
                                            {"verdict", inspection.verdict},
                                            {"next_due_on", inspection.next_due_on},
                                            {"note", ""},
                                            {"registered_at", format_instant(at_hour(day, 15))},
                                            {"registered_by", inspector}});
        latest = inspection;
    }
    return latest;
}

void add_units(Context& context, OfficePlan& office, int64_t provider_id, const KindShare& kind,
               bool agreement_valid, const std::string& created_at, const std::string& ok_items,
               const std::string& bad_items) {
    static const std::vector<std::string> facilities{"eget_bad", "kjokken", "vaskeri", "laasbart_rom",
                                                     "tilgang_dagtid"};
    int count = 1 + context.pick(9);
    std::string kind_name = kind.kind;
    for (int n = 1; n <= count; ++n) {
        UnitPlan unit;
        unit.id = context.tables.next_id("units");
        auto municipality =
            office.municipalities[static_cast<size_t>(context.pick(int(office.municipalities.size())))];
        std::string unit_kind = kind.unit_kind;
        if (kind_name == "kommunal" && context.chance(50)) unit_kind = "rom";
        unit.rooms = unit_kind == "leilighet" ? 1 + context.pick(3)
                     : unit_kind == "seng"    ? 4 + context.pick(16)
                                              : 1 + context.pick(10);
        unit.beds = unit_kind == "seng" ? unit.rooms : unit.rooms + context.pick(unit.rooms + 1);
        unit.suits_families = unit_kind == "leilighet" || unit_kind == "hytte";
        std::vector<std::string> has;
        for (const auto& facility : facilities)
            if (context.chance(unit_kind == "seng" ? 20 : 60)) has.push_back(facility);
        bool night_shelter = unit_kind == "seng" && kind_name == "lavterskel" && context.chance(60);
        context.tables.units.add_row(
            {{"id", unit.id},
             {"provider_id", provider_id},
             {"name", fmt::format("{} {}", unit_kind == "leilighet" ? "Leilighet" : "Enhet", n)},
             {"kind", unit_kind},
             {"municipality_number", municipality},
             {"rooms", unit.rooms},
             {"beds", unit.beds},
             {"facilities", rows::join_codes(has)},
             {"staffing", std::string(kind_name == "lavterskel" ? "dogn"
                                      : context.chance(30)      ? "dagtid"
                                                                : "ingen")},
             {"suits",
              unit.suits_families ? "barnefamilier" : (kind_name == "lavterskel" ? "rusbrukere" : "")},
             {"not_suits", unit.suits_families ? "" : "barnefamilier"},
             {"requires_self_evacuation", kind_name == "kommunal" && unit.rooms > 4},
             {"active", context.chance(95)},
             {"note", ""},
             {"created_at", created_at},
             {"night_shelter", night_shelter}});
        // Prices: one from the start, a rise three years ago.
        int price = kind.price * (80 + context.pick(40)) / 100;
        context.tables.unit_prices.add_row({{"unit_id", unit.id},
                                            {"from_date", text_of(context.first_day)},
                                            {"per_night", price * 85 / 100},
                                            {"registered_at", created_at},
                                            {"registered_by", office.leader}});
        context.tables.unit_prices.add_row(
            {{"unit_id", unit.id},
             {"from_date", text_of(context.today - std::chrono::days(3 * 365))},
             {"per_night", price},
             {"registered_at", created_at},
             {"registered_by", office.leader}});
        auto latest = add_inspections(context, unit.id, office.leader, ok_items, bad_items);
        auto today_date = std::chrono::year_month_day{context.today};
        unit.quality_status = std::string(
            to_string(quality_status(latest, agreement_required(kind_name), agreement_valid, today_date)));
        unit.bed_free_from.assign(static_cast<size_t>(unit.beds), context.first_day);
        office.units.push_back(std::move(unit));
    }
}

} // namespace

std::vector<OfficePlan> plan_offices(Context& context) {
    auto offices = existing_offices(context.connection);
    std::set<std::string> served, unit_numbers;
    for (const auto& office : offices)
        served.insert(office.municipalities.begin(), office.municipalities.end());
    {
        soci::rowset<std::string> numbers = context.connection.sql().prepare
                                            << "SELECT unit_number FROM offices";
        for (const auto& number : numbers) unit_numbers.insert(number);
    }
    auto created_at = format_instant(at_hour(context.first_day - std::chrono::days(30), 9));
    for (const auto& group : group_unserved(context, served, offices.size())) {
        OfficePlan office;
        office.id = context.tables.next_id("offices");
        office.name = "Nav " + group.front().name;
        office.unit_number = group.front().number;
        while (unit_numbers.contains(office.unit_number))
            office.unit_number = "9" + office.unit_number.substr(1);
        unit_numbers.insert(office.unit_number);
        office.needs_approval = context.chance(10);
        for (const auto& municipality : group) office.municipalities.push_back(municipality.number);
        context.tables.offices.add_row({{"id", office.id},
                                        {"name", office.name},
                                        {"unit_number", office.unit_number},
                                        {"created_at", created_at},
                                        {"decisions_need_approval", office.needs_approval}});
        for (const auto& number : office.municipalities)
            context.tables.office_municipalities.add_row(
                {{"office_id", office.id}, {"municipality_number", number}});
        offices.push_back(std::move(office));
    }
    assign_weights(context, offices);
    auto password_hash = passwords::hash(demo::demo_password);
    for (auto& office : offices) add_staff(context, office, password_hash, created_at);
    return offices;
}

void create_accommodation(Context& context, std::vector<OfficePlan>& offices) {
    auto created_at = format_instant(at_hour(context.first_day - std::chrono::days(20), 10));
    auto ok_items = inspection_items(false), bad_items = inspection_items(true);
    for (auto& office : offices) {
        int providers = std::max(2, static_cast<int>(std::lround(2000 * context.scale * office.weight)));
        for (int n = 1; n <= providers; ++n) {
            const auto& kind = pick_kind(context);
            auto id = context.tables.next_id("providers");
            context.tables.providers.add_row(
                {{"id", id},
                 {"office_id", office.id},
                 {"name", fmt::format("Tilbyder {} {}", n, office.name)},
                 {"kind", kind.kind},
                 {"offer_type", std::string(std::string_view(kind.kind) == "kommunal" ? "dagbemanning" : "")},
                 {"organization_number", fmt::format("9{:08}", id)},
                 // Each its own address: providers at one address are one building to the rule that
                 // children never live where people with substance-use problems do.
                 {"address", fmt::format("Storgata {}", id)},
                 {"phone", "22 00 00 00"},
                 {"email", ""},
                 {"note", ""},
                 {"active", 1},
                 {"created_at", created_at},
                 {"created_by", office.leader}});
            context.tables.provider_municipalities.add_row(
                {{"provider_id", id}, {"municipality_number", office.municipalities.front()}});
            context.tables.provider_contacts.add_row({{"id", context.tables.next_id("provider_contacts")},
                                                      {"provider_id", id},
                                                      {"position", 1},
                                                      {"name", "Daglig leder"},
                                                      {"role", "Leder"},
                                                      {"phone", "22 00 00 01"},
                                                      {"email", ""}});
            bool agreement_valid = false;
            if (agreement_required(kind.kind) && context.chance(75)) {
                agreement_valid = context.chance(85);
                auto starts = context.today - std::chrono::days(400 + context.pick(2000));
                std::optional<std::string> ends;
                if (!agreement_valid)
                    ends = text_of(context.today - std::chrono::days(1 + context.pick(300)));
                context.tables.quality_agreements.add_row(
                    {{"id", context.tables.next_id("quality_agreements")},
                     {"provider_id", id},
                     {"starts_on", text_of(starts)},
                     {"ends_on", ends},
                     {"document_name", "kvalitetsavtale.pdf"},
                     {"registered_at", created_at},
                     {"registered_by", office.leader}});
            }
            add_units(context, office, id, kind, agreement_valid, created_at, ok_items, bad_items);
        }
        // Budgets for each of the ten years, after the office's size.
        auto first_year = static_cast<int>(std::chrono::year_month_day{context.first_day}.year());
        auto last_year = static_cast<int>(std::chrono::year_month_day{context.today}.year());
        for (int year = first_year; year <= last_year; ++year)
            context.tables.office_budgets.add_row(
                {{"office_id", office.id},
                 {"year", year},
                 {"amount", static_cast<int64_t>(std::max(200'000.0, 4.4e8 * context.scale * office.weight))},
                 {"alternative_price", 850}});
    }
}

} // namespace husly::demo::national
