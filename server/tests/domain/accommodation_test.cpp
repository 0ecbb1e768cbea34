// The accommodation rules without HTTP or SQL: suitability (each rule and its counter-case), capacity
// over date ranges (touching ranges, open-ended stays, moves, rooms against beds), price
// history, own payment caps, quality status, inspections, deviations and the year's costs.

#include "common/clock.hpp"
#include "domain/accommodation.hpp"
#include "domain/economics.hpp"
#include "domain/placement.hpp"
#include "domain/request_codes.hpp"

#include <gtest/gtest.h>

using namespace husly;

namespace {

Date d(const char* text) {
    return parse_date(text).value();
}

Unit plain_unit() {
    Unit unit;
    unit.name = "Rom 1";
    unit.kind = "rom";
    unit.municipality_number = "1804";
    unit.rooms = 1;
    unit.beds = 2;
    unit.staffing = "dogn";
    return unit;
}

HouseholdNeed single_adult() {
    return HouseholdNeed{};
}

HouseholdNeed family(int persons) {
    HouseholdNeed need;
    need.persons = persons;
    need.family_with_children = true;
    return need;
}

Booking room(const char* from, std::optional<std::string> to) {
    return Booking{from, std::move(to), true};
}
Booking bed(const char* from, std::optional<std::string> to) {
    return Booking{from, std::move(to), false};
}

Inspection inspection(const char* on, const char* verdict, const char* next) {
    Inspection i;
    i.inspected_on = on;
    i.inspector = "Kari Kontroll";
    for (const auto& entry : codes(CodeList::quality_item))
        i.items.push_back({std::string(entry.code), "ok", ""});
    i.verdict = verdict;
    i.next_due_on = next;
    return i;
}

} // namespace

TEST(Suitability, EachRuleExcludesAndItsCounterCaseDoesNot) {
    auto unit = plain_unit();
    EXPECT_TRUE(unsuitability(unit, false, family(2)).empty());

    unit.not_suits = {"barnefamilier"};
    EXPECT_EQ(unsuitability(unit, false, family(2)),
              std::vector<std::string>{"ikke egnet for barnefamilier"});
    EXPECT_TRUE(unsuitability(unit, false, single_adult()).empty());

    unit = plain_unit();
    unit.suits = {"rusbrukere"}; // people using drugs stay here: never children (U-5/2003 item 11)
    EXPECT_EQ(unsuitability(unit, false, family(2)).size(), 1u);
    EXPECT_TRUE(unsuitability(unit, false, single_adult()).empty());

    unit = plain_unit();
    unit.not_suits = {"unge_under_25"};
    auto young = single_adult();
    young.under_25 = true;
    EXPECT_EQ(unsuitability(unit, false, young), std::vector<std::string>{"ikke egnet for unge under 25"});
    EXPECT_TRUE(unsuitability(unit, false, single_adult()).empty());

    unit = plain_unit();
    unit.suits = {"kun_kvinner"};
    EXPECT_EQ(unsuitability(unit, false, single_adult()), std::vector<std::string>{"bare for kvinner"});
    auto woman = single_adult();
    woman.women_only = true;
    EXPECT_TRUE(unsuitability(unit, false, woman).empty());

    unit = plain_unit();
    unit.not_suits = {"rusbrukere"};
    auto using_drugs = single_adult();
    using_drugs.substance_use = true;
    EXPECT_EQ(unsuitability(unit, false, using_drugs).size(), 1u);
    EXPECT_TRUE(unsuitability(unit, false, single_adult()).empty());

    unit = plain_unit();
    auto wheelchair = single_adult();
    wheelchair.wheelchair = true;
    EXPECT_EQ(unsuitability(unit, false, wheelchair),
              std::vector<std::string>{"ikke tilgjengelig med rullestol"});
    unit.suits = {"rullestol"};
    EXPECT_TRUE(unsuitability(unit, false, wheelchair).empty());

    unit = plain_unit();
    unit.requires_self_evacuation = true;
    auto frail = single_adult();
    frail.cannot_self_evacuate = true;
    EXPECT_EQ(unsuitability(unit, false, frail).size(), 1u);
    EXPECT_TRUE(unsuitability(unit, false, single_adult()).empty());

    // A family of three needs a room with three beds.
    unit = plain_unit();
    EXPECT_EQ(unsuitability(unit, false, family(3)),
              std::vector<std::string>{"for liten for husstanden (3 personer)"});
    unit.beds = 3;
    EXPECT_TRUE(unsuitability(unit, false, family(3)).empty());
    // An on-request unit without stated capacity is not measured.
    Unit hotel = plain_unit();
    hotel.rooms = hotel.beds = 0;
    EXPECT_TRUE(unsuitability(hotel, true, family(5)).empty());
}

// Children never where people with substance-use problems live (U-5/2003): who lives there, not
// only the unit's tag. Each finding excludes a family and its counter-case does not; none of them
// excludes a household without children.
TEST(ChildSafety, WhoLivesAtTheSiteExcludesAFamilyAndItsCounterCaseDoesNot) {
    auto unit = plain_unit();
    SiteResidents site{"ideell_avtale", false, {}};
    EXPECT_TRUE(child_safety(unit, QualityStatus::adequate, site, family(2)).empty());

    // A low-threshold provider: no family, even in a unit without the «rusbrukere» tag.
    site.provider_kind = "lavterskel";
    EXPECT_EQ(child_safety(unit, QualityStatus::adequate, site, family(2)).size(), 1u);
    EXPECT_TRUE(child_safety(unit, QualityStatus::adequate, site, single_adult()).empty());
    site.provider_kind = "ideell_avtale";

    // Another household in the unit on those nights has substance use in its needs mapping.
    site.residents_substance_use = true;
    auto reasons = child_safety(unit, QualityStatus::adequate, site, family(2));
    ASSERT_EQ(reasons.size(), 1u);
    EXPECT_NE(reasons.front().find("på adressen"), std::string::npos);
    EXPECT_TRUE(child_safety(unit, QualityStatus::adequate, site, single_adult()).empty());
    site.residents_substance_use = false;

    // The same building: another unit at the same address with such residents, or meant for them.
    site.neighbours = {SiteNeighbour{"ideell_avtale", {}, true}};
    EXPECT_EQ(child_safety(unit, QualityStatus::adequate, site, family(2)).size(), 1u);
    site.neighbours = {SiteNeighbour{"ideell_avtale", {"rusbrukere"}, false}};
    EXPECT_EQ(child_safety(unit, QualityStatus::adequate, site, family(2)).size(), 1u);
    site.neighbours = {SiteNeighbour{"lavterskel", {}, false}};
    EXPECT_EQ(child_safety(unit, QualityStatus::adequate, site, family(2)).size(), 1u);
    // Counter-case: a neighbour for families, with no such residents.
    site.neighbours = {SiteNeighbour{"ideell_avtale", {"barnefamilier"}, false}};
    EXPECT_TRUE(child_safety(unit, QualityStatus::adequate, site, family(2)).empty());
    site.neighbours = {SiteNeighbour{"lavterskel", {"rusbrukere"}, true}};
    EXPECT_TRUE(child_safety(unit, QualityStatus::adequate, site, single_adult()).empty());
    site.neighbours.clear();

    // A unit found «ikke forsvarlig» is never used for children (with or without a reason); other
    // statuses that are not adequate can still be used with a written reason.
    EXPECT_EQ(child_safety(unit, QualityStatus::not_adequate, site, family(2)),
              std::vector<std::string>{"vurdert som ikke forsvarlig: kan ikke brukes for barnefamilier"});
    EXPECT_TRUE(child_safety(unit, QualityStatus::not_adequate, site, single_adult()).empty());
    EXPECT_TRUE(child_safety(unit, QualityStatus::not_inspected, site, family(2)).empty());
    EXPECT_TRUE(child_safety(unit, QualityStatus::no_agreement, site, family(2)).empty());
}

TEST(Capacity, TouchingRangesDoNotOverlapAndOpenEndedOnesLastForGood) {
    // One room with one bed.
    std::vector<Booking> taken{room("2026-03-10", "2026-03-12")};
    // Check-out on the 12th frees the night of the 12th.
    EXPECT_FALSE(first_full_nights(1, 1, taken, room("2026-03-12", "2026-03-15")));
    EXPECT_FALSE(first_full_nights(1, 1, taken, room("2026-03-05", "2026-03-10")));
    auto full = first_full_nights(1, 1, taken, room("2026-03-11", "2026-03-20"));
    ASSERT_TRUE(full);
    EXPECT_EQ(full->first, "2026-03-11");
    EXPECT_EQ(full->last, "2026-03-11");
    EXPECT_EQ(describe_full(*full), "full 11. mars");

    std::vector<Booking> open{room("2026-03-12", std::nullopt)};
    full = first_full_nights(1, 1, open, room("2026-03-01", std::nullopt));
    ASSERT_TRUE(full);
    EXPECT_EQ(full->first, "2026-03-12");
    EXPECT_FALSE(full->last);
    EXPECT_EQ(describe_full(*full), "full fra 12. mars");
    EXPECT_FALSE(first_full_nights(1, 1, open, room("2026-03-01", "2026-03-12")));
}

TEST(Capacity, AMoveFreesTheOldUnitFromTheDayOfTheMove) {
    // Moved out of this unit on the 14th (the placement ends that day); someone else can come in.
    std::vector<Booking> taken{room("2026-03-01", "2026-03-14")};
    EXPECT_FALSE(first_full_nights(1, 1, taken, room("2026-03-14", std::nullopt)));
    auto full = first_full_nights(1, 1, taken, room("2026-03-12", "2026-03-16"));
    ASSERT_TRUE(full);
    EXPECT_EQ(describe_full(*full), "full 12.–13. mars");
}

TEST(Capacity, FamiliesTakeWholeRoomsAndSinglesTakeBeds) {
    // Two rooms of two beds. One single adult takes a bed: one whole room is still free.
    std::vector<Booking> taken{bed("2026-03-01", "2026-03-31")};
    auto use = use_on(2, 4, taken, d("2026-03-10"));
    EXPECT_EQ(free_beds(2, 4, use), 3);
    EXPECT_EQ(free_rooms(2, 4, use), 1);
    taken.push_back(room("2026-03-01", "2026-03-31"));
    use = use_on(2, 4, taken, d("2026-03-10"));
    EXPECT_EQ(free_rooms(2, 4, use), 0);
    EXPECT_EQ(free_beds(2, 4, use), 1);
    EXPECT_TRUE(first_full_nights(2, 4, taken, room("2026-03-10", "2026-03-11")));
    EXPECT_FALSE(first_full_nights(2, 4, taken, bed("2026-03-10", "2026-03-11")));
    // Across months: full 30. mars–2. april.
    std::vector<Booking> spring{room("2026-03-30", "2026-04-03"), room("2026-03-30", "2026-04-03")};
    auto full = first_full_nights(2, 4, spring, room("2026-03-28", "2026-04-10"));
    ASSERT_TRUE(full);
    EXPECT_EQ(describe_full(*full), "full 30. mars–2. april");
}

TEST(Prices, ANewPriceAppliesFromItsDateAndEarlierNightsKeepTheirs) {
    std::vector<UnitPrice> prices{{"2026-01-01", 800}, {"2026-03-01", 900}};
    EXPECT_FALSE(price_on(prices, d("2025-12-31")));
    EXPECT_EQ(price_on(prices, d("2026-02-28")), 800);
    EXPECT_EQ(price_on(prices, d("2026-03-01")), 900);
    // 26–28 February at 800, 1–3 March at 900.
    auto cost = cost_of_nights(prices, d("2026-02-26"), d("2026-03-04"));
    EXPECT_EQ(cost.nights, 6);
    EXPECT_EQ(cost.cost, 3 * 800 + 3 * 900);
    // Nights before the first price are counted, not costed.
    cost = cost_of_nights(prices, d("2025-12-30"), d("2026-01-02"));
    EXPECT_EQ(cost.nights, 3);
    EXPECT_EQ(cost.unpriced_nights, 2);
    EXPECT_EQ(cost.cost, 800);
}

TEST(OwnPayment, RatePerNightUpToTheCapAndNeverMoreThanThePersonCanPay) {
    OwnPaymentTerms terms; // 300 kr a night, at most 9 000 kr a month
    EXPECT_EQ(own_payment_for_month(terms, 10), 3000);
    EXPECT_EQ(own_payment_for_month(terms, 30), 9000);
    EXPECT_EQ(own_payment_for_month(terms, 31), 9000);
    terms.can_pay_per_month = 2000;
    EXPECT_EQ(own_payment_for_month(terms, 10), 2000);
    terms.income_is_social_assistance = true;
    EXPECT_EQ(own_payment_for_month(terms, 31), 0);
    // By calendar month: 25 January to 3 March 2026.
    auto months = own_payment_by_month(OwnPaymentTerms{}, d("2026-01-25"), d("2026-03-03"));
    ASSERT_EQ(months.size(), 3u);
    EXPECT_EQ(months[0].month, "2026-01");
    EXPECT_EQ(months[0].nights, 7);
    EXPECT_EQ(months[0].amount, 2100);
    EXPECT_EQ(months[1].nights, 28);
    EXPECT_EQ(months[1].amount, 8400);
    EXPECT_EQ(months[2].nights, 2);
    EXPECT_FALSE(check_own_payment(OwnPaymentTerms{-1, 9000, false, {}}));
}

TEST(Quality, StatusIsDerivedFromTheLatestInspectionAndTheAgreement) {
    auto today = d("2026-11-23");
    auto good = inspection("2026-06-01", "forsvarlig", "2027-06-01");
    EXPECT_EQ(quality_status(good, false, false, today), QualityStatus::adequate);
    EXPECT_EQ(quality_status(good, true, true, today), QualityStatus::adequate);
    EXPECT_EQ(quality_status(good, true, false, today), QualityStatus::no_agreement);
    EXPECT_EQ(quality_status(std::nullopt, false, false, today), QualityStatus::not_inspected);
    auto overdue = inspection("2025-06-01", "forsvarlig", "2026-06-01");
    EXPECT_EQ(quality_status(overdue, false, false, today), QualityStatus::inspection_overdue);
    auto bad = inspection("2026-06-01", "ikke_forsvarlig", "2026-12-01");
    EXPECT_EQ(quality_status(bad, true, true, today), QualityStatus::not_adequate);

    EXPECT_TRUE(agreement_required("pensjonat_hotell"));
    EXPECT_FALSE(agreement_required("kommunal"));
    EXPECT_TRUE(books_on_request("camping"));
    EXPECT_FALSE(books_on_request("ideell_avtale"));
    std::vector<QualityAgreement> agreements{{1, 1, "2026-01-01", "2026-12-31", "", false}};
    EXPECT_TRUE(has_valid_agreement(agreements, d("2026-12-31")));
    EXPECT_FALSE(has_valid_agreement(agreements, d("2027-01-01")));
    EXPECT_FALSE(has_valid_agreement(agreements, d("2025-12-31")));
}

TEST(Quality, AnInspectionAnswersEveryItemAndItsVerdictFollowsTheItems) {
    auto today = d("2026-11-23");
    auto good = inspection("2026-11-01", "forsvarlig", "2027-11-01");
    EXPECT_TRUE(check_inspection(good, today));

    auto missing = good;
    missing.items.pop_back();
    EXPECT_EQ(check_inspection(missing, today).error().field, "items");

    auto not_ok = good;
    not_ok.items[1].result = "ikke_ok";
    EXPECT_EQ(check_inspection(not_ok, today).error().field, "items.1.note");
    not_ok.items[1].note = "Ingen kokemulighet";
    EXPECT_EQ(check_inspection(not_ok, today).error().field, "verdict");
    not_ok.verdict = "ikke_forsvarlig";
    EXPECT_TRUE(check_inspection(not_ok, today));

    auto future = good;
    future.inspected_on = "2026-11-24";
    EXPECT_EQ(check_inspection(future, today).error().field, "inspectedOn");
    auto next_before = good;
    next_before.next_due_on = "2026-11-01";
    EXPECT_EQ(check_inspection(next_before, today).error().field, "nextDueOn");
    auto other = good;
    other.problems = {"andre"};
    EXPECT_EQ(check_inspection(other, today).error().field, "problemNote");
}

TEST(Deviations, PlacementsRaiseTheRightKindsAndTheLifeGoesForward) {
    auto unit = plain_unit();
    EXPECT_TRUE(placement_deviations(QualityStatus::adequate, unit, single_adult()).empty());
    EXPECT_EQ(placement_deviations(QualityStatus::no_agreement, unit, single_adult()),
              std::vector<std::string>{"uten_avtale"});
    EXPECT_EQ(placement_deviations(QualityStatus::inspection_overdue, unit, single_adult()),
              std::vector<std::string>{"uten_kvalitetskontroll"});
    unit.not_suits = {"barnefamilier"};
    EXPECT_EQ(placement_deviations(QualityStatus::adequate, unit, family(2)),
              std::vector<std::string>{"barn_uegnet_enhet"});
    EXPECT_TRUE(placement_deviations(QualityStatus::adequate, unit, single_adult()).empty());

    using enum DeviationStatus;
    EXPECT_TRUE(check_deviation_step(open, reported, ""));
    EXPECT_TRUE(check_deviation_step(reported, closed, ""));
    EXPECT_FALSE(check_deviation_step(open, closed, "")); // needs a note
    EXPECT_TRUE(check_deviation_step(open, closed, "Registrert ved en feil."));
    EXPECT_FALSE(check_deviation_step(closed, reported, ""));
}

TEST(Placements, TheBookingLifeOnlyGoesForward) {
    using enum PlacementStatus;
    EXPECT_TRUE(check_transition(awaiting_confirmation, booked));
    EXPECT_TRUE(check_transition(booked, checked_in));
    EXPECT_TRUE(check_transition(checked_in, checked_out));
    EXPECT_FALSE(check_transition(awaiting_confirmation, checked_in)); // confirm first
    EXPECT_FALSE(check_transition(checked_out, checked_in));
    EXPECT_FALSE(check_transition(checked_in, cancelled));
    EXPECT_TRUE(holds_capacity(checked_out)); // its nights were used
    EXPECT_FALSE(holds_capacity(cancelled));
    EXPECT_FALSE(check_booking_dates("2026-03-10", "2026-03-10"));
    EXPECT_TRUE(check_booking_dates("2026-03-10", std::nullopt));
}

TEST(Placements, EachStepLeadsToItsStatusAndOnlyACheckedInPlacementMoves) {
    EXPECT_EQ(status_after(PlacementStep::confirm), PlacementStatus::booked);
    EXPECT_EQ(status_after(PlacementStep::decline), PlacementStatus::declined);
    EXPECT_EQ(status_after(PlacementStep::cancel), PlacementStatus::cancelled);
    EXPECT_EQ(status_after(PlacementStep::check_in), PlacementStatus::checked_in);
    EXPECT_EQ(status_after(PlacementStep::check_out), PlacementStatus::checked_out);
    Placement placement;
    placement.status = PlacementStatus::checked_in;
    EXPECT_TRUE(check_move(placement));
    for (auto status :
         {PlacementStatus::awaiting_confirmation, PlacementStatus::booked, PlacementStatus::checked_out,
          PlacementStatus::cancelled, PlacementStatus::declined}) {
        placement.status = status;
        auto moved = check_move(placement);
        ASSERT_FALSE(moved) << to_string(status);
        EXPECT_EQ(moved.error().code, "placement_status");
    }
}

TEST(Placements, ActiveLivedInAndHoldingCapacityAreDifferentSets) {
    using enum PlacementStatus;
    EXPECT_EQ(placement_statuses_where(is_active),
              (std::vector<PlacementStatus>{awaiting_confirmation, booked, checked_in}));
    EXPECT_EQ(placement_statuses_where(was_lived_in),
              (std::vector<PlacementStatus>{checked_in, checked_out}));
    EXPECT_EQ(placement_statuses_where(holds_capacity),
              (std::vector<PlacementStatus>{awaiting_confirmation, booked, checked_in, checked_out}));
}

TEST(Placements, EndingAStayChecksOutTheOneLivedInAndCancelsThoseNotBegun) {
    auto placement = [](int64_t id, PlacementStatus status, std::optional<std::string> ends_on) {
        Placement p;
        p.id = id;
        p.status = status;
        p.starts_on = "2026-10-01";
        p.ends_on = std::move(ends_on);
        return p;
    };
    using enum PlacementStatus;
    EXPECT_TRUE(changes_at_stay_end({}, "2026-11-20").empty());
    // Checked in, booked to a later day: checked out, its check-out day brought forward.
    EXPECT_EQ(changes_at_stay_end({placement(1, checked_in, "2026-12-01")}, "2026-11-20"),
              (std::vector<PlacementChange>{{1, checked_out, "2026-11-20"}}));
    // Open-ended: gets the end as its check-out day.
    EXPECT_EQ(changes_at_stay_end({placement(2, checked_in, std::nullopt)}, "2026-11-20"),
              (std::vector<PlacementChange>{{2, checked_out, "2026-11-20"}}));
    // Booked to the same or an earlier day: keeps its day.
    EXPECT_EQ(changes_at_stay_end({placement(3, checked_in, "2026-11-20")}, "2026-11-20"),
              (std::vector<PlacementChange>{{3, checked_out, std::nullopt}}));
    EXPECT_EQ(changes_at_stay_end({placement(4, checked_in, "2026-11-10")}, "2026-11-20"),
              (std::vector<PlacementChange>{{4, checked_out, std::nullopt}}));
    // Not yet begun: cancelled, whatever their dates.
    EXPECT_EQ(
        changes_at_stay_end({placement(5, booked, "2026-12-01"), placement(6, awaiting_confirmation, {})},
                            "2026-11-20"),
        (std::vector<PlacementChange>{{5, cancelled, std::nullopt}, {6, cancelled, std::nullopt}}));
    // Already over: left as they are.
    EXPECT_TRUE(changes_at_stay_end({placement(7, checked_out, "2026-11-01"), placement(8, cancelled, {}),
                                     placement(9, declined, "2026-12-01")},
                                    "2026-11-20")
                    .empty());
    // A move: the old placement is over, the new one is checked in; only the new one changes.
    EXPECT_EQ(changes_at_stay_end({placement(10, checked_out, "2026-11-05"), placement(11, checked_in, {})},
                                  "2026-11-20"),
              (std::vector<PlacementChange>{{11, checked_out, "2026-11-20"}}));
}

TEST(Turnaways, NeedAReasonAndWhatWasDoneInstead) {
    auto today = d("2026-11-23");
    auto received = d("2026-11-20");
    Turnaway t;
    t.occurred_on = "2026-11-23";
    t.reason = "ingen_ledig";
    t.instead = {"kontanter"};
    EXPECT_TRUE(check_turnaway(t, today, received));
    t.instead = {"kontanter", "ingenting"};
    EXPECT_EQ(check_turnaway(t, today, received).error().field, "instead");
    t.instead = {};
    EXPECT_EQ(check_turnaway(t, today, received).error().field, "instead");
    t.instead = {"kontanter", "nabokommune", "kontanter"};
    EXPECT_EQ(check_turnaway(t, today, received).error().message, "Hvert svar kan bare velges én gang.");
    t.instead = {"nabokommune"};
    t.reason = "ukjent";
    EXPECT_EQ(check_turnaway(t, today, received).error().field, "reason");
    t.reason = "ingen_ledig";
    // The day the request came in is the first day a place can have been sought for it.
    t.occurred_on = "2026-11-20";
    EXPECT_TRUE(check_turnaway(t, today, received));
    t.occurred_on = "2026-11-19";
    auto early = check_turnaway(t, today, received);
    ASSERT_FALSE(early);
    EXPECT_EQ(early.error().field, "occurredOn");
    EXPECT_EQ(early.error().message, "Datoen kan ikke være før henvendelsen kom inn (20.11.2026).");
}

TEST(Economics, TheYearCountsNightsInsideItAtTheirPricesAndForecastsTheRest) {
    std::vector<UnitPrice> own{{"2025-01-01", 500}};
    std::vector<UnitPrice> hotel{{"2025-01-01", 1000}};
    std::vector<PricedPlacement> placements{
        // Across new year: only the nights in 2026 count (1–10 January).
        {"2025-12-20", "2026-01-11", 2, own, "kommunal", true},
        // Open, from 1 March: counted to tonight (1 July) included: 123 nights.
        {"2026-03-01", std::nullopt, 1, hotel, "pensjonat_hotell", false},
    };
    auto year = year_economics(placements, 2026, d("2026-07-01"), 200'000, 850);
    EXPECT_EQ(year.by_kind["kommunal"].nights, 10);
    EXPECT_EQ(year.by_kind["kommunal"].bed_nights, 20);
    EXPECT_EQ(year.by_kind["kommunal"].cost, 5000);
    EXPECT_EQ(year.by_kind["pensjonat_hotell"].nights, 123);
    EXPECT_EQ(year.total.cost, 5000 + 123'000);
    EXPECT_EQ(year.total.bed_nights, 143);
    EXPECT_EQ(year.cost_per_bed_night, 895); // 128 000 / 143 = 895.1
    // 182 nights of 365 begun: forecast = spend × 365 / 182.
    EXPECT_EQ(year.forecast, 128'000LL * 365 / 182);
    EXPECT_EQ(year.own_bed_nights, 20);
    EXPECT_EQ(year.own_cost, 5000);
    EXPECT_EQ(year.alternative_cost, 20 * 850);
}

TEST(Economics, AnotherMunicipalitysUnitIsMunicipalButNotTheOfficesOwn) {
    std::vector<UnitPrice> price{{"2025-01-01", 400}};
    std::vector<PricedPlacement> placements{
        {"2026-02-01", "2026-02-06", 2, price, "kommunal", true},  // the office's own: 5 nights, 2 persons
        {"2026-03-01", "2026-03-04", 1, price, "kommunal", false}, // a neighbour's municipal unit: 3 nights
    };
    auto year = year_economics(placements, 2026, d("2026-07-01"), std::nullopt, 850);
    EXPECT_EQ(year.by_kind["kommunal"].nights, 8);
    EXPECT_EQ(year.by_kind["kommunal"].bed_nights, 13);
    EXPECT_EQ(year.own_nights, 5);
    EXPECT_EQ(year.own_bed_nights, 10);
    EXPECT_EQ(year.own_cost, 2000);
    EXPECT_EQ(year.alternative_cost, 10 * 850);
    EXPECT_EQ(year.alternative_price, 850);
}
