#include "domain/placement.hpp"

#include "common/clock.hpp"
#include "domain/request_codes.hpp"
#include "domain/text_rules.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace husly {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

bool has(const std::vector<std::string>& codes, std::string_view code) {
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

int beds_per_room(int rooms, int beds) {
    return rooms <= 0 ? 1 : (beds + rooms - 1) / rooms;
}

bool covers(const Booking& booking, sys_days night) {
    auto from = parse_date(booking.from);
    if (!from || sys_days{*from} > night) return false;
    if (!booking.to) return true;
    auto to = parse_date(*booking.to);
    return to && night < sys_days{*to};
}

bool is_full_for(int rooms, int beds, NightUse use, bool wants_room) {
    return wants_room ? free_rooms(rooms, beds, use) <= 0 : free_beds(rooms, beds, use) <= 0;
}

std::string day_and_month(Date date) {
    static constexpr std::array<const char*, 12> months{"januar",    "februar", "mars",     "april",
                                                        "mai",       "juni",    "juli",     "august",
                                                        "september", "oktober", "november", "desember"};
    return fmt::format("{}. {}", static_cast<unsigned>(date.day()),
                       months[static_cast<unsigned>(date.month()) - 1]);
}

} // namespace

std::vector<std::string> unsuitability(const Unit& unit, bool on_request, const HouseholdNeed& need) {
    std::vector<std::string> reasons;
    if (need.family_with_children && has(unit.not_suits, "barnefamilier"))
        reasons.emplace_back("ikke egnet for barnefamilier");
    if (need.family_with_children && has(unit.suits, "rusbrukere"))
        reasons.emplace_back("barn skal ikke bo der personer med rusproblemer bor (U-5/2003)");
    if (need.under_25 && has(unit.not_suits, "unge_under_25"))
        reasons.emplace_back("ikke egnet for unge under 25");
    if (has(unit.suits, "kun_kvinner") && !need.women_only) reasons.emplace_back("bare for kvinner");
    if (need.substance_use && has(unit.not_suits, "rusbrukere"))
        reasons.emplace_back("tar ikke imot personer som bruker rusmidler");
    if (need.wheelchair && !has(unit.suits, "rullestol"))
        reasons.emplace_back("ikke tilgjengelig med rullestol");
    if (need.cannot_self_evacuate && unit.requires_self_evacuation)
        reasons.emplace_back("beboerne må kunne evakuere seg selv ved brann");
    if ((!on_request || unit.beds > 0) &&
        need.persons > (need.needs_room() ? beds_per_room(unit.rooms, unit.beds) : unit.beds))
        reasons.emplace_back(fmt::format("for liten for husstanden ({} personer)", need.persons));
    return reasons;
}

std::vector<std::string> child_safety(const Unit& unit, QualityStatus quality, const SiteResidents& site,
                                      const HouseholdNeed& need) {
    std::vector<std::string> reasons;
    if (!need.family_with_children) return reasons;
    const std::string rule = "barn skal ikke bo der personer med rusproblemer bor (U-5/2003): ";
    if (site.provider_kind == "lavterskel" && !has(unit.suits, "rusbrukere"))
        reasons.push_back(rule + "lavterskeltilbud");
    bool neighbour_targets = false, neighbour_residents = false;
    for (const auto& neighbour : site.neighbours) {
        neighbour_targets = neighbour_targets || neighbour.provider_kind == "lavterskel" ||
                            has(neighbour.suits, "rusbrukere");
        neighbour_residents = neighbour_residents || neighbour.residents_substance_use;
    }
    if (neighbour_targets)
        reasons.push_back(rule + "et tilbud på samme adresse er for personer som bruker rusmidler");
    // One reason for residents, in the unit or at the address: it does not tell which.
    if (site.residents_substance_use || neighbour_residents)
        reasons.push_back(rule + "det bor personer med rusproblemer på adressen i perioden");
    if (quality == QualityStatus::not_adequate)
        reasons.emplace_back("vurdert som ikke forsvarlig: kan ikke brukes for barnefamilier");
    return reasons;
}

NightUse use_on(int rooms, int beds, const std::vector<Booking>& taken, Date night) {
    (void)rooms;
    (void)beds;
    NightUse use;
    for (const auto& booking : taken) {
        if (!covers(booking, sys_days{night})) continue;
        if (booking.uses_room)
            ++use.rooms_used;
        else
            ++use.beds_used;
    }
    return use;
}

int free_beds(int rooms, int beds, NightUse use) {
    return beds - use.rooms_used * beds_per_room(rooms, beds) - use.beds_used;
}

int free_rooms(int rooms, int beds, NightUse use) {
    auto per_room = beds_per_room(rooms, beds);
    return std::min(rooms - use.rooms_used, std::max(0, free_beds(rooms, beds, use)) / per_room);
}

std::optional<FullNights> first_full_nights(int rooms, int beds, const std::vector<Booking>& taken,
                                            const Booking& wanted) {
    auto from = parse_date(wanted.from);
    if (!from) return std::nullopt;
    auto start = sys_days{*from};
    std::optional<sys_days> end;
    if (wanted.to)
        if (auto to = parse_date(*wanted.to)) end = sys_days{*to};
    // Use changes only where a booking begins or ends: check the segment starting at each.
    std::vector<sys_days> boundaries{start};
    for (const auto& booking : taken) {
        for (const auto* text : {&booking.from, booking.to ? &*booking.to : nullptr}) {
            if (!text) continue;
            auto date = parse_date(*text);
            if (date && sys_days{*date} > start && (!end || sys_days{*date} < *end))
                boundaries.push_back(sys_days{*date});
        }
    }
    std::sort(boundaries.begin(), boundaries.end());
    boundaries.erase(std::unique(boundaries.begin(), boundaries.end()), boundaries.end());
    std::optional<FullNights> full;
    for (size_t i = 0; i < boundaries.size(); ++i) {
        auto use = use_on(rooms, beds, taken, Date{boundaries[i]});
        bool segment_full = is_full_for(rooms, beds, use, wanted.uses_room);
        std::optional<sys_days> segment_end =
            i + 1 < boundaries.size() ? std::optional(boundaries[i + 1]) : end;
        if (segment_full) {
            if (!full) full = FullNights{format_date(Date{boundaries[i]}), std::nullopt};
            full->last =
                segment_end ? std::optional(format_date(Date{*segment_end - days{1}})) : std::nullopt;
        } else if (full) {
            break;
        }
    }
    return full;
}

std::string describe_full(const FullNights& full) {
    auto first = *parse_date(full.first);
    if (!full.last) return "full fra " + day_and_month(first);
    auto last = *parse_date(*full.last);
    if (first == last) return "full " + day_and_month(first);
    if (first.month() == last.month() && first.year() == last.year())
        return fmt::format("full {}.–{}", static_cast<unsigned>(first.day()), day_and_month(last));
    return fmt::format("full {}–{}", day_and_month(first), day_and_month(last));
}

bool holds_capacity(PlacementStatus status) {
    switch (status) {
    case PlacementStatus::awaiting_confirmation:
    case PlacementStatus::booked:
    case PlacementStatus::checked_in:
    case PlacementStatus::checked_out:
        return true;
    case PlacementStatus::cancelled:
    case PlacementStatus::declined:
        return false;
    }
    return false;
}

bool is_active(PlacementStatus status) {
    switch (status) {
    case PlacementStatus::awaiting_confirmation:
    case PlacementStatus::booked:
    case PlacementStatus::checked_in:
        return true;
    case PlacementStatus::checked_out:
    case PlacementStatus::cancelled:
    case PlacementStatus::declined:
        return false;
    }
    return false;
}

bool was_lived_in(PlacementStatus status) {
    switch (status) {
    case PlacementStatus::checked_in:
    case PlacementStatus::checked_out:
        return true;
    case PlacementStatus::awaiting_confirmation:
    case PlacementStatus::booked:
    case PlacementStatus::cancelled:
    case PlacementStatus::declined:
        return false;
    }
    return false;
}

std::vector<PlacementStatus> placement_statuses_where(bool (*rule)(PlacementStatus)) {
    std::vector<PlacementStatus> statuses;
    for (auto status : all_placement_statuses)
        if (rule(status)) statuses.push_back(status);
    return statuses;
}

Status check_transition(PlacementStatus from, PlacementStatus to) {
    using enum PlacementStatus;
    bool allowed = false;
    switch (from) {
    case awaiting_confirmation:
        allowed = to == booked || to == declined || to == cancelled;
        break;
    case booked:
        allowed = to == checked_in || to == cancelled;
        break;
    case checked_in:
        allowed = to == checked_out;
        break;
    case checked_out:
    case cancelled:
    case declined:
        break;
    }
    if (allowed) return {};
    return fail(ErrorKind::conflict, "placement_status",
                from == to
                    ? fmt::format("Plasseringen er allerede «{}».", label(to))
                    : fmt::format("Plasseringen er «{}» og kan ikke bli «{}».", label(from), label(to)),
                "status");
}

PlacementStatus status_after(PlacementStep step) {
    switch (step) {
    case PlacementStep::confirm:
        return PlacementStatus::booked;
    case PlacementStep::decline:
        return PlacementStatus::declined;
    case PlacementStep::cancel:
        return PlacementStatus::cancelled;
    case PlacementStep::check_in:
        return PlacementStatus::checked_in;
    case PlacementStep::check_out:
        return PlacementStatus::checked_out;
    }
    return PlacementStatus::booked;
}

Status check_move(const Placement& current) {
    if (current.status != PlacementStatus::checked_in)
        return fail(ErrorKind::conflict, "placement_status",
                    "Bare en plassering med innsjekket beboer kan flyttes.", "status");
    return {};
}

std::vector<PlacementChange> changes_at_stay_end(const std::vector<Placement>& placements,
                                                 const std::string& ended_on) {
    std::vector<PlacementChange> changes;
    for (const auto& placement : placements) {
        switch (placement.status) {
        case PlacementStatus::checked_in: {
            PlacementChange change{placement.id, PlacementStatus::checked_out, std::nullopt};
            if (!placement.ends_on || *placement.ends_on > ended_on) change.ends_on = ended_on;
            changes.push_back(std::move(change));
            break;
        }
        case PlacementStatus::booked:
        case PlacementStatus::awaiting_confirmation:
            changes.push_back({placement.id, PlacementStatus::cancelled, std::nullopt});
            break;
        case PlacementStatus::checked_out:
        case PlacementStatus::cancelled:
        case PlacementStatus::declined:
            break;
        }
    }
    return changes;
}

Status check_booking_dates(const std::string& from, const std::optional<std::string>& to) {
    auto first = parse_date(from);
    if (!first) return invalid("from", date_error_message(from));
    if (to) {
        auto checkout = parse_date(*to);
        if (!checkout) return invalid("to", date_error_message(*to));
        if (sys_days{*checkout} <= sys_days{*first})
            return invalid("to", "Utsjekkingen må være minst én natt etter innsjekkingen.");
    }
    return {};
}

Result<std::vector<int>> absent_members(size_t household_size,
                                        const std::optional<std::vector<int64_t>>& placed) {
    std::vector<int> absent;
    if (!placed) return absent;
    std::vector<bool> chosen(household_size, false);
    for (auto index : *placed) {
        if (index < 0 || static_cast<size_t>(index) >= household_size)
            return invalid("placedMembers", "Velg blant husstandens medlemmer på henvendelsen.");
        if (chosen[static_cast<size_t>(index)])
            return invalid("placedMembers", "Hvert husstandsmedlem kan bare velges én gang.");
        chosen[static_cast<size_t>(index)] = true;
    }
    if (household_size > 0 && !chosen[0])
        return invalid("placedMembers", "Søkeren må være med i plasseringen.");
    for (size_t i = 0; i < household_size; ++i)
        if (!chosen[i]) absent.push_back(static_cast<int>(i));
    return absent;
}

std::vector<HouseholdMember> placed_members(const std::vector<HouseholdMember>& members,
                                            const std::vector<int>& absent) {
    std::vector<HouseholdMember> placed;
    for (size_t i = 0; i < members.size(); ++i)
        if (std::ranges::find(absent, static_cast<int>(i)) == absent.end()) placed.push_back(members[i]);
    return placed;
}

Status check_turnaway(const Turnaway& turnaway, Date today, Date received_on) {
    auto occurred = parse_date(turnaway.occurred_on);
    if (!occurred) return invalid("occurredOn", date_error_message(turnaway.occurred_on));
    if (sys_days{*occurred} > sys_days{today})
        return invalid("occurredOn", "Datoen kan ikke være fram i tid.");
    if (sys_days{*occurred} < sys_days{received_on})
        return invalid("occurredOn", "Datoen kan ikke være før henvendelsen kom inn (" +
                                         display_date(format_date(received_on)) + ").");
    if (!is_known_code(CodeList::turnaway_reason, turnaway.reason))
        return invalid("reason", "Velg hvorfor det ikke ble funnet plass.");
    if (turnaway.instead.empty()) return invalid("instead", "Velg hva som ble gjort i stedet.");
    for (size_t i = 0; i < turnaway.instead.size(); ++i) {
        const auto& code = turnaway.instead[i];
        if (!is_known_code(CodeList::turnaway_instead, code))
            return invalid("instead", "Ukjent verdi: " + code + ".");
        if (std::find(turnaway.instead.begin(), turnaway.instead.begin() + static_cast<std::ptrdiff_t>(i),
                      code) != turnaway.instead.begin() + static_cast<std::ptrdiff_t>(i))
            return invalid("instead", "Hvert svar kan bare velges én gang.");
    }
    if (turnaway.instead.size() > 1 &&
        std::find(turnaway.instead.begin(), turnaway.instead.end(), "ingenting") != turnaway.instead.end())
        return invalid("instead", "«Ingenting ble gjort» kan ikke kombineres med andre svar.");
    return check_text("note", turnaway.note, 4000);
}

int64_t own_payment_for_month(const OwnPaymentTerms& terms, int64_t nights_in_month) {
    if (terms.income_is_social_assistance || nights_in_month <= 0) return 0;
    auto amount = std::min(nights_in_month * terms.rate_per_night, terms.monthly_cap);
    if (terms.can_pay_per_month) amount = std::min(amount, std::max<int64_t>(0, *terms.can_pay_per_month));
    return amount;
}

Status check_own_payment(const OwnPaymentTerms& terms) {
    if (terms.rate_per_night < 0 || terms.rate_per_night > 10'000)
        return invalid("ratePerNight", "Satsen per natt må være mellom 0 og 10 000 kr.");
    if (terms.monthly_cap < 0 || terms.monthly_cap > 100'000)
        return invalid("monthlyCap", "Taket per måned må være mellom 0 og 100 000 kr.");
    if (terms.can_pay_per_month && (*terms.can_pay_per_month < 0 || *terms.can_pay_per_month > 100'000))
        return invalid("canPayPerMonth", "Beløpet personen kan betale må være mellom 0 og 100 000 kr.");
    return {};
}

std::vector<std::string> placement_deviations(QualityStatus quality, const Unit& unit,
                                              const HouseholdNeed& need) {
    std::vector<std::string> kinds;
    if (quality == QualityStatus::no_agreement)
        kinds.emplace_back("uten_avtale");
    else if (quality != QualityStatus::adequate)
        kinds.emplace_back("uten_kvalitetskontroll");
    if (need.family_with_children && (has(unit.not_suits, "barnefamilier") || has(unit.suits, "rusbrukere")))
        kinds.emplace_back("barn_uegnet_enhet");
    return kinds;
}

Status check_deviation_step(DeviationStatus from, DeviationStatus to, const std::string& note) {
    TRY(check_text("note", note, 4000));
    using enum DeviationStatus;
    bool allowed = false;
    switch (from) {
    case open:
        allowed = to == reported || to == closed;
        if (to == closed && note.empty())
            return invalid("note", "Skriv hvorfor avviket lukkes uten å meldes til kommunen.");
        break;
    case reported:
        allowed = to == closed;
        break;
    case closed:
        break;
    }
    if (allowed) return {};
    return fail(ErrorKind::conflict, "deviation_status",
                from == to ? fmt::format("Avviket er allerede «{}».", label(to))
                           : fmt::format("Avviket er «{}» og kan ikke bli «{}».", label(from), label(to)),
                "status");
}

Status check_turnaway_fits(const std::optional<Decision>& decision, bool withdrawn, bool moved_in) {
    if (withdrawn)
        return fail(ErrorKind::conflict, "withdrawn", "Henvendelsen er trukket. Det søkes ikke lenger plass.",
                    "requestId");
    if (decision && decision->status == DecisionStatus::decided && !is_granted(*decision))
        return fail(ErrorKind::conflict, "refused",
                    "Vedtaket avslo eller avviste botilbud. «Plass ikke funnet» gjelder bare når det skulle "
                    "vært funnet plass.",
                    "requestId");
    if (moved_in)
        return fail(ErrorKind::conflict, "moved_in",
                    "Husstanden har flyttet inn på dette vedtaket. Plass ble funnet.", "requestId");
    return {};
}

} // namespace husly
