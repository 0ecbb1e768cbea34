#include "service/placement_service.hpp"

#include "common/clock.hpp"
#include "domain/decision.hpp"
#include "domain/person.hpp"
#include "domain/request_codes.hpp"
#include "domain/text_rules.hpp"
#include "service/audit_service.hpp"
#include "service/case_access.hpp"
#include "service/deviation_service.hpp"
#include "service/stay_service.hpp"
#include "store/accommodation_repository.hpp"
#include "store/child_assessment_repository.hpp"
#include "store/decision_repository.hpp"
#include "store/housing_path_repository.hpp"
#include "store/incident_repository.hpp"
#include "store/office_repository.hpp"
#include "store/person_repository.hpp"
#include "store/placement_repository.hpp"
#include "store/request_repository.hpp"
#include "store/stay_extension_repository.hpp"
#include "store/stay_repository.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace husly::placements {
namespace {

// Provider staff need the name to receive the person; the phone number only with the person's
// consent in force today for the provider (docs/domain.md#rule-provider-staff-see-only-their-own-bookings).
std::string phone_for_provider(Connection& connection, const Placement& placement, const std::string& phone) {
    auto consents = housing_path_repository::consents(connection, placement.person_id, placement.office_id);
    return any_consent_in_force(consents, "tilbyder", today()) ? phone : std::string();
}

namespace repo = placement_repository;
namespace accommodation_repo = accommodation_repository;
using std::chrono::days;
using std::chrono::sys_days;

constexpr int max_board_days = 62;

const char* audit_action(Step step) {
    switch (step) {
    case Step::confirm:
        return "placement.confirm";
    case Step::decline:
        return "placement.decline";
    case Step::cancel:
        return "placement.cancel";
    case Step::check_in:
        return "placement.check_in";
    case Step::check_out:
        return "placement.check_out";
    }
    return "placement.change";
}

void audit_placement(Connection& connection, const Actor& actor, const char* action,
                     const Placement& placement, nlohmann::json detail = nlohmann::json::object()) {
    audit::record(
        connection, &actor, actor.address,
        {action, "placement", std::to_string(placement.id), placement.person_id, std::move(detail)});
}

// The request at the office whose vedtak allows a place (domain: place_basis), and what it rests on.
struct BookableRequest {
    Request request;
    PlaceBasis basis{PlaceBasis::decided_grant};
};
Result<BookableRequest> bookable_request(Connection& connection, int64_t office_id, int64_t request_id) {
    auto request = request_repository::find(connection, request_id);
    if (!request || request->office_id != office_id) return not_found("Fant ikke henvendelsen.");
    auto basis =
        TRY(place_basis(decision_repository::find_by_request(connection, request_id), request->acute));
    return BookableRequest{std::move(*request), basis};
}

// The household's needs; `absent` the members the placement leaves out (their persons do not count,
// and a household whose children are all left out is no family with children in the place).
HouseholdNeed need_of(const Request& request, const NeedInput& input, const std::vector<int>& absent) {
    HouseholdNeed need;
    auto placed = placed_members(request.members, absent);
    need.persons = std::max<int>(1, static_cast<int>(placed.size()));
    need.family_with_children = absent.empty() ? request.facts.family_with_children
                                               : derive_facts(placed, today()).family_with_children;
    need.under_25 = request.facts.under_25;
    need.substance_use = request.sensitive.substance_use;
    need.women_only = input.women_only;
    need.wheelchair = input.wheelchair;
    need.cannot_self_evacuate = input.cannot_self_evacuate;
    return need;
}

std::vector<std::string> counties_of(const std::vector<std::string>& municipalities) {
    std::set<std::string> counties;
    for (const auto& number : municipalities)
        if (number.size() == 4) counties.insert(number.substr(0, 2));
    return {counties.begin(), counties.end()};
}

std::string quality_reason_label(QualityStatus status) {
    std::string text(label(status));
    if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    return text;
}

int64_t rank_price(const SearchHit& hit) {
    return hit.unit.price_today.value_or(max_price_per_night + 1);
}

bool ranks_before(const SearchHit& a, const SearchHit& b) {
    if (a.own_municipality != b.own_municipality) return a.own_municipality;
    if (rank_price(a) != rank_price(b)) return rank_price(a) < rank_price(b);
    return a.unit.unit.name < b.unit.unit.name;
}

// Capacity of the unit over the booking's range, checked under the unit's lock. On-request
// units record usage and are never full.
Status check_capacity(Connection& connection, const Unit& unit, bool on_request, const Booking& wanted,
                      std::optional<int64_t> excluding) {
    if (on_request && unit.beds == 0) return {};
    placement_repository::lock_unit(connection, unit.id);
    auto taken = repo::taken(connection, unit.id, wanted.from, wanted.to, excluding);
    if (auto full = first_full_nights(unit.rooms, unit.beds, taken, wanted))
        return fail(ErrorKind::conflict, "unit_full",
                    "Plassen er ikke lenger ledig (" + describe_full(*full) +
                        "). Noen andre kan nettopp ha booket den. Søk på nytt.",
                    "unitId");
    return {};
}

PlacementView view_of(Connection& connection, Placement placement, std::vector<std::string> raised = {}) {
    PlacementView view;
    if (auto label = accommodation_repo::unit_label(connection, placement.unit_id)) {
        view.unit_name = std::move(label->unit_name);
        view.provider_name = std::move(label->provider_name);
        view.provider_kind = std::move(label->provider_kind);
    }
    view.placement = std::move(placement);
    view.deviations_raised = std::move(raised);
    return view;
}

// The unit of a placement already made, with its quality today (extending it).
Result<accommodation::UnitView> unit_of_placement(Connection& connection, int64_t unit_id) {
    auto found = accommodation_repo::units_by_id(connection, {unit_id}, today());
    if (found.empty() || !found.front().unit.active) return invalid("unitId", "Fant ikke enheten.");
    return accommodation::view_of(found.front(), today());
}

// A unit the office may book (or move someone to): one its place search can show, i.e. among the
// units of its municipalities and county; any other unit does not exist for it (404).
Result<accommodation::UnitView> unit_for_booking(Connection& connection, const Office& office,
                                                 int64_t unit_id) {
    auto day = today();
    auto found = accommodation_repo::unit_near(connection, unit_id, office.municipality_numbers,
                                               counties_of(office.municipality_numbers), day);
    if (!found) return not_found("Fant ikke enheten.");
    return accommodation::view_of(*found, day);
}

// What the office knows of who lives at each unit's site over [from, to)
// (docs/domain.md#rule-children-not-with-substance-use); the household's own request is left out.
std::map<int64_t, SiteResidents> sites_of(Connection& connection,
                                          const std::vector<accommodation::UnitView>& units,
                                          const std::string& from, const std::optional<std::string>& to,
                                          int64_t request_id) {
    std::map<int64_t, SiteResidents> sites;
    for (const auto& unit : units) sites[unit.unit.id].provider_kind = unit.provider_kind;
    auto flagged_list = repo::units_with_substance_use(connection, from, to, request_id);
    std::set<int64_t> flagged(flagged_list.begin(), flagged_list.end());
    for (auto& [id, site] : sites) site.residents_substance_use = flagged.contains(id);
    // The building: units whose providers have the same address, case folded (name_search_key).
    std::set<std::string> municipalities;
    for (const auto& unit : units) municipalities.insert(unit.unit.municipality_number);
    auto addressed = repo::addressed_units(connection, {municipalities.begin(), municipalities.end()});
    std::map<std::string, std::vector<const placement_repository::AddressedUnit*>> by_address;
    std::map<int64_t, std::string> address_of;
    for (const auto& row : addressed) {
        auto key = name_search_key(row.address);
        if (key.empty()) continue;
        by_address[key].push_back(&row);
        address_of[row.unit_id] = key;
    }
    for (auto& [id, site] : sites) {
        auto found = address_of.find(id);
        if (found == address_of.end()) continue;
        for (const auto* mate : by_address[found->second])
            if (mate->unit_id != id)
                site.neighbours.push_back(
                    SiteNeighbour{mate->provider_kind, mate->suits, flagged.contains(mate->unit_id)});
    }
    return sites;
}

// Why the household may not live in the unit: its needs, and for a family with children who lives
// at the site and the unit's quality.
std::vector<std::string> reasons_against(const accommodation::UnitView& unit, const SiteResidents& site,
                                         const HouseholdNeed& need) {
    auto reasons = unsuitability(unit.unit, unit.on_request, need);
    for (auto& reason : child_safety(unit.unit, unit.quality, site, need))
        reasons.push_back(std::move(reason));
    return reasons;
}

// Checks suitability, capacity and quality for a new placement in `unit`, inserts it and raises
// the deviations it causes.
Result<PlacementView> place(Connection& connection, const Actor& actor, const Request& request,
                            const accommodation::UnitView& unit, Placement placement,
                            const HouseholdNeed& need, const std::string& quality_reason,
                            std::optional<int64_t> excluding, const std::vector<int>& absent,
                            const std::vector<AbsentChild>& absent_children) {
    // Who lives at the site is read in the booking's transaction: the booking is the authority,
    // whatever the search showed.
    auto site =
        sites_of(connection, {unit}, placement.starts_on, placement.ends_on, request.id)[unit.unit.id];
    auto unsuitable = reasons_against(unit, site, need);
    if (!unsuitable.empty())
        return invalid("unitId", "Enheten passer ikke for husstanden: " + unsuitable.front() + ".");
    TRY(check_text("qualityReason", quality_reason, 2000));
    bool adequate = unit.quality == QualityStatus::adequate;
    if (!adequate && quality_reason.empty())
        return invalid("qualityReason", "Enheten har status «" + quality_reason_label(unit.quality) +
                                            "». Skriv hvorfor den likevel brukes; det blir meldt som avvik.");
    TRY(check_capacity(connection, unit.unit, unit.on_request,
                       Booking{placement.starts_on, placement.ends_on, need.needs_room()}, excluding));
    placement.office_id = request.office_id;
    placement.request_id = request.id;
    placement.person_id = request.person_id;
    placement.unit_id = unit.unit.id;
    placement.persons = need.persons;
    placement.uses_room = need.needs_room();
    placement.quality_status = std::string(to_string(unit.quality));
    placement.quality_reason = adequate ? "" : quality_reason;
    placement.booked_at = placement.status_changed_at = format_instant(now());
    placement.booked_by = placement.status_changed_by = actor.user_id;
    placement.id = repo::insert(connection, placement);
    repo::insert_absent_members(connection, placement.id, absent);
    repo::insert_absent_children(connection, placement.id, absent_children);
    // A family with children (in the place, or a child left out of it): the best-interests and
    // barnevern assessment is raised (once per request), and the leder sees it until it is recorded.
    if ((need.family_with_children || !absent_children.empty() || request.facts.family_with_children) &&
        child_assessment_repository::raise(connection, ChildAssessment{.office_id = request.office_id,
                                                                       .request_id = request.id,
                                                                       .person_id = request.person_id,
                                                                       .placement_id = placement.id,
                                                                       .raised_at = placement.booked_at}))
        audit::record(connection, &actor, actor.address,
                      {"child_assessment.raise",
                       "request",
                       std::to_string(request.id),
                       request.person_id,
                       {{"placement", placement.id}}});
    auto raised = placement_deviations(unit.quality, unit.unit, need);
    for (const auto& kind : raised)
        deviations::raise_for_placement(connection, actor, placement, kind,
                                        unit.provider_name + ", " + unit.unit.name +
                                            (kind == "barn_uegnet_enhet" ? "" : ": " + quality_reason));
    audit_placement(connection, actor, "placement.create", placement,
                    {{"unit", unit.unit.id}, {"deviations", raised.size()}});
    return view_of(connection, placement, raised);
}

// Caseworkers of the placement's office, or provider staff at the unit's provider.
Result<bool> may_handle(Connection& connection, const Actor& actor, const Placement& placement, Step step) {
    if (actor.active_office_id && *actor.active_office_id == placement.office_id &&
        actor.has_any_role_here({Role::veileder, Role::leder}))
        return false;
    if (actor.has_role(Role::tilbyder) && step != Step::cancel) {
        // Staff of the unit's provider, with the role in force at the provider's office.
        auto unit = accommodation_repo::find_unit(connection, placement.unit_id);
        auto provider =
            unit ? accommodation_repo::find_provider(connection, unit->provider_id) : std::nullopt;
        if (provider && actor.has_role_in_office(Role::tilbyder, provider->office_id) &&
            accommodation_repo::is_staff(connection, provider->id, actor.user_id))
            return true;
    }
    return not_found("Fant ikke plasseringen.");
}

// A step's date; empty means today.
Result<Date> step_date(const std::string& given, const Placement& placement) {
    auto text = given.empty() ? format_date(today()) : given;
    auto date = parse_date(text);
    if (!date) return invalid("date", date_error_message(text));
    if (sys_days{*date} > sys_days{today()}) return invalid("date", "Datoen kan ikke være fram i tid.");
    if (sys_days{*date} < sys_days{*parse_date(placement.starts_on)})
        return invalid("date", "Datoen kan ikke være før plasseringen begynner.");
    return *date;
}

// Check-in on `day` (step_date refuses one before the booked first night, which would need the
// capacity checked again): a late arrival frees the nights before it, and the stay starts unless
// the request has one.
Status check_in(Connection& connection, const Actor& actor, const Placement& placement, Date day) {
    auto first_night = format_date(day);
    if (placement.ends_on && first_night >= *placement.ends_on)
        return invalid("date", "Innsjekkingen må være før utsjekkingsdagen.");
    if (first_night != placement.starts_on) repo::set_starts_on(connection, placement.id, first_night);
    auto stay = stay_repository::find_by_request(connection, placement.request_id);
    if (stay && stay->exit)
        return fail(ErrorKind::conflict, "stay_ended", "Oppholdet på vedtaket er avsluttet.");
    if (stay) {
        repo::attach_to_stay(connection, placement.request_id, stay->id);
        return {};
    }
    auto opened = TRY(
        stays::open_stay(connection, placement.office_id, actor.user_id, placement.request_id, first_night));
    audit::record(connection, &actor, actor.address,
                  {"stay.create", "stay", std::to_string(opened.id), opened.person_id, {}});
    return {};
}

} // namespace

Result<SearchResult> search(Connection& connection, const Actor& actor, const SearchInput& input) {
    auto office_id = TRY(case_office(actor));
    TRY(check_booking_dates(input.from, input.to));
    Transaction transaction(connection, Transaction::Mode::read);
    auto request = TRY(bookable_request(connection, office_id, input.request_id)).request;
    auto absent = TRY(absent_members(request.members.size(), input.placed_members));
    // The search reads the household's needs: a read of the person's case.
    audit::record(connection, &actor, actor.address,
                  {"request.place_search", "request", std::to_string(request.id), request.person_id,
                   nlohmann::json{{"from", input.from}, {"to", input.to.value_or("")}}});
    auto office = office_repository::find(connection, office_id).value();
    SearchResult result;
    result.need = need_of(request, input.need, absent);
    auto day = today();
    auto nearby = accommodation_repo::units_near(connection, office.municipality_numbers,
                                                 counties_of(office.municipality_numbers), day);
    std::vector<int64_t> ids;
    ids.reserve(nearby.size());
    for (const auto& item : nearby) ids.push_back(item.unit.id);
    std::map<int64_t, std::vector<Booking>> taken;
    for (auto& [unit_id, booking] : repo::taken_in_units(connection, ids, input.from, input.to))
        taken[unit_id].push_back(std::move(booking));
    std::vector<accommodation::UnitView> views;
    views.reserve(nearby.size());
    for (const auto& item : nearby) views.push_back(accommodation::view_of(item, day));
    // Only a family with children needs to know who lives at the sites.
    auto sites = result.need.family_with_children
                     ? sites_of(connection, views, input.from, input.to, request.id)
                     : std::map<int64_t, SiteResidents>{};
    Booking wanted{input.from, input.to, result.need.needs_room()};
    auto first_night = *parse_date(input.from);
    for (size_t i = 0; i < nearby.size(); ++i) {
        const auto& item = nearby[i];
        SearchHit hit;
        hit.unit = std::move(views[i]);
        hit.own_municipality =
            std::find(office.municipality_numbers.begin(), office.municipality_numbers.end(),
                      item.unit.municipality_number) != office.municipality_numbers.end();
        hit.reasons = reasons_against(hit.unit, sites[item.unit.id], result.need);
        const auto& unit_taken = taken[item.unit.id];
        bool counts_capacity = !hit.unit.on_request || item.unit.beds > 0;
        if (counts_capacity) {
            auto use = use_on(item.unit.rooms, item.unit.beds, unit_taken, first_night);
            hit.free_rooms = free_rooms(item.unit.rooms, item.unit.beds, use);
            hit.free_beds = free_beds(item.unit.rooms, item.unit.beds, use);
            if (auto full = first_full_nights(item.unit.rooms, item.unit.beds, unit_taken, wanted))
                hit.reasons.push_back(describe_full(*full));
        }
        // Reasons say why a unit does not suit or is not free; its quality is its own field (shown
        // once). A unit that is not adequate is left out of the offered list all the same, and
        // booking it needs a written reason.
        hit.bookable = hit.reasons.empty();
        bool adequate = hit.unit.quality == QualityStatus::adequate;
        hit.needs_reason = hit.bookable && !adequate;
        (hit.bookable && adequate ? result.available : result.left_out).push_back(std::move(hit));
    }
    // The best `limit` of each list, in order; the rest only counted (the caseworker asks for more).
    auto keep_best = [&](std::vector<SearchHit>& hits, auto before) {
        auto keep = std::min(hits.size(), std::max<size_t>(input.limit, 1));
        std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(keep), hits.end(), before);
        hits.erase(hits.begin() + static_cast<std::ptrdiff_t>(keep), hits.end());
    };
    result.available_total = result.available.size();
    result.left_out_total = result.left_out.size();
    keep_best(result.available, ranks_before);
    // Left out: those that can still be booked (with a reason) first, then by the same order.
    keep_best(result.left_out, [](const SearchHit& a, const SearchHit& b) {
        if (a.bookable != b.bookable) return a.bookable;
        return ranks_before(a, b);
    });
    transaction.commit();
    return result;
}

Result<PlacementView> book(Connection& connection, const Actor& actor, const BookingInput& input) {
    auto office_id = TRY(case_office(actor));
    TRY(check_booking_dates(input.from, input.to));
    return in_transaction(connection, [&](Transaction&) -> Result<PlacementView> {
        auto [request, basis] = TRY(bookable_request(connection, office_id, input.request_id));
        if (stay_extension_repository::for_request(connection, request.id))
            return fail(ErrorKind::conflict, "stay_extended",
                        "Vedtaket forlenger et opphold personen allerede bor i. Skal husstanden bytte plass, "
                        "bruk «Flytt» på plassen i oppholdet.",
                        "requestId");
        auto stay = stay_repository::find_by_request(connection, request.id);
        if (stay && stay->exit)
            return fail(ErrorKind::conflict, "stay_ended", "Oppholdet på vedtaket er avsluttet.");
        for (const auto& existing : repo::for_request(connection, request.id))
            if (is_active(existing.status))
                return fail(
                    ErrorKind::conflict, "placement_exists",
                    "Husstanden har allerede en plass på dette vedtaket. Bruk «Flytt» eller avbestill den "
                    "først.",
                    "unitId");
        auto office = office_repository::find(connection, office_id).value();
        auto unit = TRY(unit_for_booking(connection, office, input.unit_id));
        Placement placement;
        placement.starts_on = input.from;
        placement.ends_on = input.to;
        placement.status = unit.on_request ? PlacementStatus::awaiting_confirmation : PlacementStatus::booked;
        placement.before_approval = basis == PlaceBasis::grant_awaiting_approval;
        if (stay) placement.stay_id = stay->id;
        auto absent = TRY(absent_members(request.members.size(), input.placed_members));
        auto children = TRY(check_absent_children(request.members, absent, input.absent_children, today()));
        return place(connection, actor, request, unit, placement, need_of(request, input.need, absent),
                     input.quality_reason, std::nullopt, absent, children);
    });
}

Result<std::vector<PlacementView>> for_request(Connection& connection, const Actor& actor,
                                               int64_t request_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(
        connection, Transaction::Mode::read, [&](Transaction&) -> Result<std::vector<PlacementView>> {
            auto request = request_repository::find(connection, request_id);
            if (!request || request->office_id != office_id) return not_found("Fant ikke henvendelsen.");
            std::vector<PlacementView> views;
            for (auto& placement : repo::for_request(connection, request_id))
                views.push_back(view_of(connection, std::move(placement)));
            audit::record(connection, &actor, actor.address,
                          {"placement.list", "request", std::to_string(request_id), request->person_id, {}});
            return views;
        });
}

Result<StepResult> change(Connection& connection, const Actor& actor, int64_t placement_id, Step step,
                          const std::string& date) {
    auto to_status = status_after(step);
    const char* action = audit_action(step);
    return in_transaction(connection, [&](Transaction&) -> Result<StepResult> {
        auto placement = repo::find(connection, placement_id);
        if (!placement) return not_found("Fant ikke plasseringen.");
        bool by_provider_staff = TRY(may_handle(connection, actor, *placement, step));
        TRY(check_transition(placement->status, to_status));
        // A provider that ends a stay files the incident first (docs/domain.md#rule-exclusion-by-a-provider).
        if (by_provider_staff && step == Step::check_out)
            TRY(check_provider_ending(incident_repository::for_placement(connection, placement->id)));
        if (step == Step::check_in)
            TRY(check_in(connection, actor, *placement, TRY(step_date(date, *placement))));
        if (step == Step::check_out)
            repo::set_ends_on(connection, placement->id, format_date(TRY(step_date(date, *placement))));
        repo::set_status(connection, placement->id, to_status, format_instant(now()), actor.user_id);
        auto updated = repo::find(connection, placement_id).value();
        if (step == Step::check_in && updated.stay_id)
            incident_repository::attach_to_stay(connection, updated.id, *updated.stay_id);
        audit_placement(connection, actor, action, updated);
        StepResult result{view_of(connection, updated), std::nullopt};
        if (by_provider_staff) {
            // Provider staff get what their bookings list shows them, never the case's ids or
            // Nav's reason for using a unit that is not adequate.
            auto person = person_repository::find(connection, updated.person_id);
            result.provider_view = ProviderBookingView{
                updated, result.view.unit_name, result.view.provider_name,
                person ? person->first_name + " " + person->last_name : std::string(),
                person ? phone_for_provider(connection, updated, person->phone) : std::string()};
        }
        return result;
    });
}

Result<bool> handled_by_provider_staff(Connection& connection, const Actor& actor,
                                       const Placement& placement) {
    return may_handle(connection, actor, placement, Step::check_out);
}

Result<PlacementView> move(Connection& connection, const Actor& actor, int64_t placement_id, int64_t unit_id,
                           const std::string& date, const std::string& quality_reason,
                           const NeedInput& need) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<PlacementView> {
        auto current = repo::find(connection, placement_id);
        if (!current || current->office_id != office_id) return not_found("Fant ikke plasseringen.");
        TRY(check_move(*current));
        auto day = TRY(step_date(date, *current));
        if (current->unit_id == unit_id) return invalid("unitId", "Velg en annen enhet enn den nåværende.");
        auto [request, basis] = TRY(bookable_request(connection, office_id, current->request_id));
        auto office = office_repository::find(connection, office_id).value();
        auto unit = TRY(unit_for_booking(connection, office, unit_id));
        auto at = format_instant(now());
        Placement next;
        next.stay_id = current->stay_id;
        next.starts_on = format_date(day);
        next.ends_on = current->ends_on;
        if (next.ends_on && *next.ends_on <= next.starts_on) next.ends_on.reset();
        next.status = PlacementStatus::checked_in;
        next.moved_from_id = current->id;
        next.before_approval = basis == PlaceBasis::grant_awaiting_approval;
        repo::set_ends_on(connection, current->id, format_date(day));
        repo::set_status(connection, current->id, PlacementStatus::checked_out, at, actor.user_id);
        audit_placement(connection, actor, "placement.move_out", *current);
        // The same members move: who was left out stays left out.
        auto absent = repo::absent_members(connection, current->id);
        return place(connection, actor, request, unit, next, need_of(request, need, absent), quality_reason,
                     std::nullopt, absent, repo::absent_children(connection, current->id));
    });
}

Status set_check_out_day(Connection& connection, const Placement& placement,
                         const std::optional<std::string>& to) {
    bool longer = !to || (placement.ends_on && *to > *placement.ends_on);
    if (longer && placement.ends_on) {
        auto unit = TRY(unit_of_placement(connection, placement.unit_id));
        TRY(check_capacity(connection, unit.unit, unit.on_request,
                           Booking{*placement.ends_on, to, placement.uses_room}, placement.id));
    }
    repo::set_ends_on(connection, placement.id, to);
    return {};
}

Result<PlacementView> extend(Connection& connection, const Actor& actor, int64_t placement_id,
                             const std::optional<std::string>& to) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<PlacementView> {
        auto placement = repo::find(connection, placement_id);
        if (!placement || placement->office_id != office_id) return not_found("Fant ikke plasseringen.");
        if (!is_active(placement->status))
            return fail(ErrorKind::conflict, "placement_status",
                        "Plasseringen er avsluttet og kan ikke forlenges.", "status");
        auto checked = check_booking_dates(placement->starts_on, to);
        if (!checked) return invalid("to", checked.error().message);
        TRY(set_check_out_day(connection, *placement, to));
        auto updated = repo::find(connection, placement_id).value();
        audit_placement(connection, actor, "placement.extend", updated);
        return view_of(connection, updated);
    });
}

Result<std::vector<ProviderBookingView>> provider_bookings(Connection& connection, const Actor& actor) {
    if (!actor.has_role(Role::tilbyder))
        return forbidden("Bare ansatte hos en tilbyder ser tilbyderens bookinger.");
    return in_transaction(connection, [&](Transaction&) -> Result<std::vector<ProviderBookingView>> {
        std::vector<ProviderBookingView> views;
        auto since = format_date(Date{sys_days{today()} - days{7}});
        std::vector<int64_t> role_offices;
        for (const auto& membership : actor.memberships)
            if (membership.role == Role::tilbyder && membership.office_id)
                role_offices.push_back(*membership.office_id);
        for (auto& row : repo::for_provider_staff(connection, actor.user_id, role_offices, since)) {
            audit::record(connection, &actor, actor.address,
                          {"placement.provider_list",
                           "placement",
                           std::to_string(row.placement.id),
                           row.placement.person_id,
                           {}});
            auto phone = phone_for_provider(connection, row.placement, row.phone);
            views.push_back({std::move(row.placement), std::move(row.unit_name), std::move(row.provider_name),
                             row.first_name + " " + row.last_name, std::move(phone)});
        }
        return views;
    });
}

Result<Board> board(Connection& connection, const Actor& actor, const std::string& from, int day_count) {
    auto office_id = TRY(case_office(actor));
    auto start = parse_date(from);
    if (!start) return invalid("from", date_error_message(from));
    if (day_count < 1 || day_count > max_board_days) return invalid("days", "Velg mellom 1 og 62 dager.");
    Transaction transaction(connection, Transaction::Mode::read);
    auto day = today();
    auto until = format_date(Date{sys_days{*start} + days{day_count}});
    std::map<int64_t, std::vector<Booking>> taken;
    std::map<int64_t, int> tonight;
    auto tonight_date = sys_days{day};
    for (const auto& placement :
         repo::at_office_units(connection, office_id, std::min(from, format_date(day)),
                               std::max(until, format_date(Date{tonight_date + days{1}})))) {
        Booking booking{placement.starts_on, placement.ends_on, placement.uses_room};
        taken[placement.unit_id].push_back(booking);
    }
    Board result;
    result.from = from;
    result.days = day_count;
    for (const auto& found : accommodation_repo::units_of_office(connection, office_id, day)) {
        if (!found.unit.active) continue;
        BoardUnit row;
        row.unit = accommodation::view_of(found, day);
        const auto& unit_taken = taken[found.unit.id];
        const auto& unit = found.unit;
        bool counts = !row.unit.on_request || unit.beds > 0;
        row.counts_capacity = counts;
        for (int i = 0; i < day_count; ++i) {
            auto use = use_on(unit.rooms, unit.beds, unit_taken, Date{sys_days{*start} + days{i}});
            row.nights.push_back(use);
        }
        auto today_use = use_on(unit.rooms, unit.beds, unit_taken, day);
        row.in_use_today = today_use.rooms_used + today_use.beds_used;
        if (counts) {
            result.free_rooms_today += std::max(0, free_rooms(unit.rooms, unit.beds, today_use));
            result.free_beds_today += std::max(0, free_beds(unit.rooms, unit.beds, today_use));
        }
        if (row.unit.quality != QualityStatus::adequate) result.in_use_not_adequate += row.in_use_today;
        result.units.push_back(std::move(row));
    }
    return result;
}

} // namespace husly::placements
