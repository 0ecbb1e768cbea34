#pragma once
// Accommodation (docs/domain.md#accommodation-and-quality): providers, their quality agreements,
// units with prices over time, inspections against rundskriv U-5/2003, and a unit's quality
// status derived from them. Pure: no I/O.

#include "common/error.hpp"
#include "domain/statuses.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace husly {

using Date = std::chrono::year_month_day;

struct ProviderContact {
    std::string name;
    std::string role;
    std::string phone;
    std::string email;
};

struct QualityAgreement {
    int64_t id{0};
    int64_t provider_id{0};
    std::string starts_on;
    std::optional<std::string> ends_on; // open-ended when empty
    std::string document_name;          // the signed agreement (PDF), "" when none is attached
    bool has_document{false};
};

struct Provider {
    int64_t id{0};
    int64_t office_id{0}; // the office that keeps the record
    std::string name;
    std::string kind;       // CodeList::provider_kind
    std::string offer_type; // CodeList::offer_type, only for kind "kommunal"
    std::string organization_number;
    std::string address;
    std::string phone;
    std::string email;
    std::string note;
    bool active{true};
    std::vector<std::string> municipality_numbers; // the municipalities it serves
    std::vector<ProviderContact> contacts;
    std::vector<QualityAgreement> agreements;
};

// Hotels, boarding houses and campsites have no fixed allotment: a booking there is a request
// the provider confirms, and Husly records usage instead of counting capacity.
bool books_on_request(std::string_view provider_kind);
// Every provider but the municipality's own needs a quality agreement for its places to count
// as adequate (Fafo: 68 of 84 offices use hotels or boarding houses without one).
bool agreement_required(std::string_view provider_kind);
bool has_valid_agreement(const std::vector<QualityAgreement>& agreements, Date day);

Status check_provider(const Provider& provider);
Status check_agreement(const QualityAgreement& agreement);

struct UnitPrice {
    std::string from_date; // the price applies from this night on
    int64_t per_night{0};  // whole kroner
};

struct Unit {
    int64_t id{0};
    int64_t provider_id{0};
    std::string name;
    std::string kind;                // CodeList::unit_kind
    std::string municipality_number; // where it is
    int rooms{0};                    // capacity; ignored for on-request units
    int beds{0};
    std::vector<std::string> facilities; // CodeList::facility
    std::string staffing;                // CodeList::staffing
    std::vector<std::string> suits;      // CodeList::target_group: who it is meant for
    std::vector<std::string> not_suits;  // CodeList::target_group: who it does not take
    bool requires_self_evacuation{false};
    bool night_shelter{false}; // natthjem: a bed for the night only; reported apart from KOSTRA
    bool active{true};
    std::string note;
    std::vector<UnitPrice> prices; // ascending by from_date
};

inline constexpr int max_unit_rooms = 500;
inline constexpr int max_unit_beds = 1000;
inline constexpr int64_t max_price_per_night = 100'000;

// `on_request`: the unit's provider books on request (capacity is optional there).
Status check_unit(const Unit& unit, bool on_request);
Status check_price(const UnitPrice& price);

// The price of the night beginning on `night`, or none before the first price.
std::optional<int64_t> price_on(const std::vector<UnitPrice>& prices, Date night);
// The sum over the nights [from, to) of the price in force each night; nights before the first
// price cost nothing (and are counted in `unpriced_nights`).
struct NightsCost {
    int64_t nights{0};
    int64_t cost{0};
    int64_t unpriced_nights{0};
};
NightsCost cost_of_nights(const std::vector<UnitPrice>& prices, Date from, Date to);

struct InspectionItem {
    std::string code;   // CodeList::quality_item
    std::string result; // CodeList::inspection_result
    std::string note;   // required when not ok
};

struct Inspection {
    int64_t id{0};
    int64_t unit_id{0};
    std::string inspected_on;
    std::string inspector;
    std::vector<InspectionItem> items; // every U-5/2003 item, once
    std::vector<std::string> problems; // CodeList::quality_problem
    std::string problem_note;          // required with "andre"
    std::string verdict;               // CodeList::verdict
    std::string next_due_on;           // after inspected_on
    std::string note;
    std::string registered_at;
};

// Every item answered once; a "not ok" item needs a note; a verdict of forsvarlig cannot stand
// beside an item not ok; the next inspection after this one; nothing in the future.
Status check_inspection(const Inspection& inspection, Date today);

// Derived, never typed: from the latest inspection (if any), whether an agreement is required
// and whether one is valid on `today`. A verdict of ikke forsvarlig outranks everything; a
// missing agreement outranks an overdue inspection.
QualityStatus quality_status(const std::optional<Inspection>& latest, bool needs_agreement,
                             bool agreement_valid, Date today);
// Overdue: the next inspection's date has passed.
bool inspection_overdue(const Inspection& inspection, Date today);

} // namespace husly
