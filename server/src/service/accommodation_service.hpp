#pragma once
// The office's accommodation: providers with their agreements, contacts and staff; units with their
// price history; inspections; and each unit's quality status, derived on the day asked.

#include "common/error.hpp"
#include "domain/accommodation.hpp"
#include "domain/account.hpp"
#include "store/accommodation_repository.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly::accommodation {

struct UnitView {
    Unit unit;
    std::string provider_name;
    std::string provider_kind;
    bool on_request{false};
    QualityStatus quality{QualityStatus::not_inspected};
    std::optional<Inspection> latest_inspection;
    std::optional<int64_t> price_today;
};

struct ProviderView {
    Provider provider;
    bool on_request{false};
    bool agreement_required{false};
    bool agreement_valid{false};
    std::vector<UnitView> units;
    std::vector<accommodation_repository::StaffMember> staff;
};

struct UnitDetail {
    UnitView view;
    std::vector<Inspection> inspections; // newest first
};

UnitView view_of(const accommodation_repository::UnitWithProvider& found, Date today);

Result<std::vector<ProviderView>> list_providers(Connection& connection, const Actor& actor);
Result<ProviderView> get_provider(Connection& connection, const Actor& actor, int64_t provider_id);
Result<ProviderView> create_provider(Connection& connection, const Actor& actor, Provider provider);
Result<ProviderView> update_provider(Connection& connection, const Actor& actor, int64_t provider_id,
                                     Provider provider);
// `document_base64`: the signed agreement as a PDF, base64-encoded.
Result<ProviderView> add_agreement(Connection& connection, const Actor& actor, int64_t provider_id,
                                   QualityAgreement agreement, std::optional<std::string> document_base64);
Result<std::pair<std::string, std::string>> agreement_document(Connection& connection, const Actor& actor,
                                                               int64_t provider_id, int64_t agreement_id);
// Gives a user with the role tilbyder access to the provider's bookings.
Result<ProviderView> add_staff(Connection& connection, const Actor& actor, int64_t provider_id,
                               const std::string& email);
Result<ProviderView> remove_staff(Connection& connection, const Actor& actor, int64_t provider_id,
                                  int64_t user_id);

Result<UnitDetail> create_unit(Connection& connection, const Actor& actor, Unit unit,
                               std::optional<UnitPrice> first_price);
Result<UnitDetail> update_unit(Connection& connection, const Actor& actor, int64_t unit_id, Unit unit);
Result<UnitDetail> get_unit(Connection& connection, const Actor& actor, int64_t unit_id);
// A new price from a date; earlier nights keep the price they had.
Result<UnitDetail> add_price(Connection& connection, const Actor& actor, int64_t unit_id, UnitPrice price);
Result<UnitDetail> add_inspection(Connection& connection, const Actor& actor, int64_t unit_id,
                                  Inspection inspection);

// The office's units whose inspection is overdue or missing, or whose verdict is ikke
// forsvarlig: the work list.
Result<std::vector<UnitView>> units_needing_inspection(Connection& connection, const Actor& actor);
// The same for an office, without access checks (the caller has made them), inside the caller's
// transaction.
std::vector<UnitView> units_needing_inspection(Connection& connection, int64_t office_id, Date today);

} // namespace husly::accommodation
