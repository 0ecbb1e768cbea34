#pragma once
// Providers (with their municipalities, contacts, agreements and staff), units with their price
// history, and inspections.

#include "domain/accommodation.hpp"
#include "store/database.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace husly::accommodation_repository {

// Providers -----------------------------------------------------------------------------------
std::vector<Provider> providers_of_office(Connection& connection, int64_t office_id);
std::optional<Provider> find_provider(Connection& connection, int64_t provider_id);
int64_t insert_provider(Connection& connection, const Provider& provider, const std::string& at, int64_t by);
void update_provider(Connection& connection, const Provider& provider);

int64_t insert_agreement(Connection& connection, const QualityAgreement& agreement,
                         const std::optional<std::string>& document_base64, const std::string& at,
                         int64_t by);
// The agreement's file name and document (base64), if it has one.
std::optional<std::pair<std::string, std::string>>
agreement_document(Connection& connection, int64_t agreement_id, int64_t provider_id);

struct StaffMember {
    int64_t user_id{0};
    std::string display_name;
    std::string email;
};
std::vector<StaffMember> staff_of(Connection& connection, int64_t provider_id);
void add_staff(Connection& connection, int64_t provider_id, int64_t user_id);
void remove_staff(Connection& connection, int64_t provider_id, int64_t user_id);
bool is_staff(Connection& connection, int64_t provider_id, int64_t user_id);

// Units ---------------------------------------------------------------------------------------
std::optional<Unit> find_unit(Connection& connection, int64_t unit_id);
// The price histories of many units in one query: unit id → prices, ascending.
std::map<int64_t, std::vector<UnitPrice>> prices_of_units(Connection& connection,
                                                          const std::vector<int64_t>& unit_ids);
// What a list shows of a unit: its name and its provider's name and kind, in one query.
struct UnitLabel {
    std::string unit_name;
    std::string provider_name;
    std::string provider_kind;
};
std::optional<UnitLabel> unit_label(Connection& connection, int64_t unit_id);
int64_t insert_unit(Connection& connection, const Unit& unit, const std::string& at);
void update_unit(Connection& connection, const Unit& unit);
bool has_price_from(Connection& connection, int64_t unit_id, const std::string& from_date);
void insert_price(Connection& connection, int64_t unit_id, const UnitPrice& price, const std::string& at,
                  int64_t by);

// Inspections ---------------------------------------------------------------------------------
std::vector<Inspection> inspections_of_unit(Connection& connection, int64_t unit_id); // newest first
int64_t insert_inspection(Connection& connection, const Inspection& inspection, int64_t by);

// The units around an office with their providers' facts, read in a few set-based queries for the search and
// the board.
struct UnitWithProvider {
    Unit unit;
    std::string provider_name;
    std::string provider_kind;
    int64_t provider_office_id{0};
    std::optional<Inspection> latest_inspection; // its date, verdict and next due date only
    bool agreement_valid{false};
};
// Active units of active providers that serve one of the municipalities, or lie in one of them
// or in one of the counties (the neighbours).
std::vector<UnitWithProvider> units_near(Connection& connection,
                                         const std::vector<std::string>& municipality_numbers,
                                         const std::vector<std::string>& county_numbers, Date agreement_day);
// One unit, if it is among those same units (what booking and moving may pick: the search's scope).
std::optional<UnitWithProvider> unit_near(Connection& connection, int64_t unit_id,
                                          const std::vector<std::string>& municipality_numbers,
                                          const std::vector<std::string>& county_numbers, Date agreement_day);
// The units of one provider (all, active or not), by name.
std::vector<UnitWithProvider> units_of_provider(Connection& connection, int64_t provider_id,
                                                Date agreement_day);
// The same for an explicit set of units.
std::vector<UnitWithProvider> units_by_id(Connection& connection, const std::vector<int64_t>& unit_ids,
                                          Date agreement_day);
// The units of the office's own providers (all, active or not), by provider and unit name.
std::vector<UnitWithProvider> units_of_office(Connection& connection, int64_t office_id, Date agreement_day);

} // namespace husly::accommodation_repository
