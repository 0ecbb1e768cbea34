#include "service/accommodation_service.hpp"

#include "common/clock.hpp"
#include "domain/text_rules.hpp"
#include "service/audit_service.hpp"
#include "service/case_access.hpp"
#include "service/case_letter.hpp"
#include "store/office_repository.hpp"
#include "store/user_repository.hpp"

#include <algorithm>

namespace husly::accommodation {
namespace {

namespace repo = accommodation_repository;

constexpr size_t max_document_bytes = size_t{5} * 1024 * 1024;

void audit_accommodation(Connection& connection, const Actor& actor, const char* action, const char* entity,
                         int64_t id) {
    audit::record(connection, &actor, actor.address, {action, entity, std::to_string(id), std::nullopt, {}});
}

Result<Provider> owned_provider(Connection& connection, int64_t office_id, int64_t provider_id) {
    auto provider = repo::find_provider(connection, provider_id);
    if (!provider || provider->office_id != office_id) return not_found("Fant ikke tilbyderen.");
    return *provider;
}

Result<std::pair<Provider, Unit>> owned_unit(Connection& connection, int64_t office_id, int64_t unit_id) {
    auto unit = repo::find_unit(connection, unit_id);
    if (!unit) return not_found("Fant ikke enheten.");
    auto provider = repo::find_provider(connection, unit->provider_id);
    if (!provider || provider->office_id != office_id) return not_found("Fant ikke enheten.");
    return std::pair{*provider, *unit};
}

Status check_municipalities(Connection& connection, const std::vector<std::string>& numbers,
                            const std::string& field) {
    if (!office_repository::unknown_municipalities(connection, numbers).empty())
        return invalid(field, "Ukjent kommunenummer.");
    return {};
}

ProviderView provider_view(Connection& connection, Provider provider, Date day) {
    ProviderView view;
    view.on_request = books_on_request(provider.kind);
    view.agreement_required = agreement_required(provider.kind);
    view.agreement_valid = has_valid_agreement(provider.agreements, day);
    for (const auto& found : repo::units_of_provider(connection, provider.id, day))
        view.units.push_back(view_of(found, day));
    view.staff = repo::staff_of(connection, provider.id);
    view.provider = std::move(provider);
    return view;
}

UnitDetail unit_detail(Connection& connection, int64_t unit_id, Date day) {
    UnitDetail detail;
    detail.view = view_of(repo::units_by_id(connection, {unit_id}, day).front(), day);
    detail.inspections = repo::inspections_of_unit(connection, unit_id);
    return detail;
}

Status check_unit_input(Connection& connection, const Unit& unit, const Provider& provider) {
    TRY(check_unit(unit, books_on_request(provider.kind)));
    return check_municipalities(connection, {unit.municipality_number}, "municipalityNumber");
}

} // namespace

UnitView view_of(const repo::UnitWithProvider& found, Date today) {
    UnitView view;
    view.unit = found.unit;
    view.provider_name = found.provider_name;
    view.provider_kind = found.provider_kind;
    view.on_request = books_on_request(found.provider_kind);
    view.latest_inspection = found.latest_inspection;
    view.quality = quality_status(found.latest_inspection, agreement_required(found.provider_kind),
                                  found.agreement_valid, today);
    view.price_today = price_on(found.unit.prices, today);
    return view;
}

Result<std::vector<ProviderView>> list_providers(Connection& connection, const Actor& actor) {
    auto office_id = TRY(case_office(actor));
    Transaction transaction(connection, Transaction::Mode::read);
    std::vector<ProviderView> views;
    for (auto& provider : repo::providers_of_office(connection, office_id))
        views.push_back(provider_view(connection, std::move(provider), today()));
    return views;
}

Result<ProviderView> get_provider(Connection& connection, const Actor& actor, int64_t provider_id) {
    auto office_id = TRY(case_office(actor));
    Transaction transaction(connection, Transaction::Mode::read);
    return provider_view(connection, TRY(owned_provider(connection, office_id, provider_id)), today());
}

Result<ProviderView> create_provider(Connection& connection, const Actor& actor, Provider provider) {
    auto office_id = TRY(case_office(actor));
    TRY(check_provider(provider));
    return in_transaction(connection, [&](Transaction&) -> Result<ProviderView> {
        TRY(check_municipalities(connection, provider.municipality_numbers, "municipalityNumbers"));
        provider.office_id = office_id;
        provider.agreements.clear();
        provider.id = repo::insert_provider(connection, provider, format_instant(now()), actor.user_id);
        audit_accommodation(connection, actor, "provider.create", "provider", provider.id);
        return provider_view(connection, *repo::find_provider(connection, provider.id), today());
    });
}

Result<ProviderView> update_provider(Connection& connection, const Actor& actor, int64_t provider_id,
                                     Provider provider) {
    auto office_id = TRY(case_office(actor));
    TRY(check_provider(provider));
    return in_transaction(connection, [&](Transaction&) -> Result<ProviderView> {
        auto existing = TRY(owned_provider(connection, office_id, provider_id));
        TRY(check_municipalities(connection, provider.municipality_numbers, "municipalityNumbers"));
        provider.id = existing.id;
        provider.office_id = existing.office_id;
        repo::update_provider(connection, provider);
        audit_accommodation(connection, actor, "provider.update", "provider", provider.id);
        return provider_view(connection, *repo::find_provider(connection, provider.id), today());
    });
}

Result<ProviderView> add_agreement(Connection& connection, const Actor& actor, int64_t provider_id,
                                   QualityAgreement agreement, std::optional<std::string> document_base64) {
    auto office_id = TRY(case_office(actor));
    TRY(check_agreement(agreement));
    if (document_base64) {
        auto bytes = case_letter::from_base64(*document_base64);
        if (bytes.empty() || bytes.size() > max_document_bytes)
            return invalid("document", "Avtalen må være en PDF på høyst 5 MB.");
        if (!bytes.starts_with("%PDF-")) return invalid("document", "Avtalen må lastes opp som PDF.");
        if (agreement.document_name.empty()) agreement.document_name = "kvalitetsavtale.pdf";
    }
    return in_transaction(connection, [&](Transaction&) -> Result<ProviderView> {
        TRY(owned_provider(connection, office_id, provider_id));
        agreement.provider_id = provider_id;
        auto id = repo::insert_agreement(connection, agreement, document_base64, format_instant(now()),
                                         actor.user_id);
        audit_accommodation(connection, actor, "agreement.create", "agreement", id);
        return provider_view(connection, *repo::find_provider(connection, provider_id), today());
    });
}

Result<std::pair<std::string, std::string>> agreement_document(Connection& connection, const Actor& actor,
                                                               int64_t provider_id, int64_t agreement_id) {
    auto office_id = TRY(case_office(actor));
    Transaction transaction(connection, Transaction::Mode::read);
    TRY(owned_provider(connection, office_id, provider_id));
    auto document = repo::agreement_document(connection, agreement_id, provider_id);
    if (!document) return not_found("Avtalen har ikke noe dokument.");
    return std::pair{document->first, case_letter::from_base64(document->second)};
}

Result<ProviderView> add_staff(Connection& connection, const Actor& actor, int64_t provider_id,
                               const std::string& email) {
    auto office_id = TRY(case_office(actor));
    auto normalized = TRY(normalize_email("email", email));
    return in_transaction(connection, [&](Transaction&) -> Result<ProviderView> {
        TRY(owned_provider(connection, office_id, provider_id));
        // One answer whether the address has no account or an account without the role, so the
        // form does not tell a caseworker which addresses have accounts (the outside review's
        // third round).
        auto credentials = user_repository::find_credentials(connection, normalized);
        bool is_provider_staff = false;
        if (credentials) {
            auto memberships = user_repository::memberships(connection, credentials->user_id);
            // The role at this office, where the provider is: staff of another office's provider
            // is not linked here.
            is_provider_staff = std::any_of(memberships.begin(), memberships.end(), [&](const Membership& m) {
                return m.role == Role::tilbyder && m.office_id == office_id;
            });
        }
        if (!is_provider_staff)
            return invalid("email", "Fant ingen ansatt hos tilbyder med denne e-postadressen. Administrator "
                                    "oppretter brukere og gir rollen «Ansatt hos tilbyder».");
        repo::add_staff(connection, provider_id, credentials->user_id);
        audit_accommodation(connection, actor, "provider.staff_add", "provider", provider_id);
        return provider_view(connection, *repo::find_provider(connection, provider_id), today());
    });
}

Result<ProviderView> remove_staff(Connection& connection, const Actor& actor, int64_t provider_id,
                                  int64_t user_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<ProviderView> {
        TRY(owned_provider(connection, office_id, provider_id));
        repo::remove_staff(connection, provider_id, user_id);
        audit_accommodation(connection, actor, "provider.staff_remove", "provider", provider_id);
        return provider_view(connection, *repo::find_provider(connection, provider_id), today());
    });
}

Result<UnitDetail> create_unit(Connection& connection, const Actor& actor, Unit unit,
                               std::optional<UnitPrice> first_price) {
    auto office_id = TRY(case_office(actor));
    if (first_price) TRY(check_price(*first_price));
    return in_transaction(connection, [&](Transaction&) -> Result<UnitDetail> {
        auto provider = TRY(owned_provider(connection, office_id, unit.provider_id));
        TRY(check_unit_input(connection, unit, provider));
        auto at = format_instant(now());
        unit.id = repo::insert_unit(connection, unit, at);
        if (first_price) repo::insert_price(connection, unit.id, *first_price, at, actor.user_id);
        audit_accommodation(connection, actor, "unit.create", "unit", unit.id);
        return unit_detail(connection, unit.id, today());
    });
}

Result<UnitDetail> update_unit(Connection& connection, const Actor& actor, int64_t unit_id, Unit unit) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<UnitDetail> {
        auto [provider, existing] = TRY(owned_unit(connection, office_id, unit_id));
        unit.id = existing.id;
        unit.provider_id = existing.provider_id;
        TRY(check_unit_input(connection, unit, provider));
        repo::update_unit(connection, unit);
        audit_accommodation(connection, actor, "unit.update", "unit", unit.id);
        return unit_detail(connection, unit.id, today());
    });
}

Result<UnitDetail> get_unit(Connection& connection, const Actor& actor, int64_t unit_id) {
    auto office_id = TRY(case_office(actor));
    Transaction transaction(connection, Transaction::Mode::read);
    TRY(owned_unit(connection, office_id, unit_id));
    return unit_detail(connection, unit_id, today());
}

Result<UnitDetail> add_price(Connection& connection, const Actor& actor, int64_t unit_id, UnitPrice price) {
    auto office_id = TRY(case_office(actor));
    TRY(check_price(price));
    return in_transaction(connection, [&](Transaction&) -> Result<UnitDetail> {
        TRY(owned_unit(connection, office_id, unit_id));
        if (repo::has_price_from(connection, unit_id, price.from_date))
            return fail(ErrorKind::conflict, "price_exists", "Enheten har allerede en pris fra denne datoen.",
                        "fromDate");
        repo::insert_price(connection, unit_id, price, format_instant(now()), actor.user_id);
        audit_accommodation(connection, actor, "unit.price_add", "unit", unit_id);
        return unit_detail(connection, unit_id, today());
    });
}

Result<UnitDetail> add_inspection(Connection& connection, const Actor& actor, int64_t unit_id,
                                  Inspection inspection) {
    auto office_id = TRY(case_office(actor));
    TRY(check_inspection(inspection, today()));
    return in_transaction(connection, [&](Transaction&) -> Result<UnitDetail> {
        TRY(owned_unit(connection, office_id, unit_id));
        inspection.unit_id = unit_id;
        inspection.registered_at = format_instant(now());
        inspection.id = repo::insert_inspection(connection, inspection, actor.user_id);
        audit_accommodation(connection, actor, "inspection.create", "inspection", inspection.id);
        return unit_detail(connection, unit_id, today());
    });
}

std::vector<UnitView> units_needing_inspection(Connection& connection, int64_t office_id, Date day) {
    std::vector<UnitView> views;
    for (const auto& found : repo::units_of_office(connection, office_id, day)) {
        if (!found.unit.active) continue;
        auto view = view_of(found, day);
        if (view.quality == QualityStatus::inspection_overdue ||
            view.quality == QualityStatus::not_inspected || view.quality == QualityStatus::not_adequate)
            views.push_back(std::move(view));
    }
    return views;
}

Result<std::vector<UnitView>> units_needing_inspection(Connection& connection, const Actor& actor) {
    auto office_id = TRY(case_office(actor));
    Transaction transaction(connection, Transaction::Mode::read);
    return units_needing_inspection(connection, office_id, today());
}

} // namespace husly::accommodation
