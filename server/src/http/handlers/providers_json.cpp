#include "http/handlers/providers_json.hpp"

#include "http/app.hpp"
#include "http/handlers/shared_json.hpp"
#include "http/handlers/units_json.hpp"

namespace husly::http {
namespace {

nlohmann::json agreement_json(const QualityAgreement& agreement) {
    return {{"id", agreement.id},
            {"startsOn", agreement.starts_on},
            {"endsOn", optional_json(agreement.ends_on)},
            {"documentName", agreement.document_name},
            {"hasDocument", agreement.has_document}};
}

} // namespace

nlohmann::json provider_json(const accommodation::ProviderView& view) {
    const auto& p = view.provider;
    auto contacts = nlohmann::json::array();
    for (const auto& c : p.contacts)
        contacts.push_back({{"name", c.name}, {"role", c.role}, {"phone", c.phone}, {"email", c.email}});
    auto agreements = nlohmann::json::array();
    for (const auto& a : p.agreements) agreements.push_back(agreement_json(a));
    auto units = nlohmann::json::array();
    for (const auto& unit : view.units) units.push_back(unit_json(unit));
    auto staff = nlohmann::json::array();
    for (const auto& member : view.staff)
        staff.push_back(
            {{"userId", member.user_id}, {"displayName", member.display_name}, {"email", member.email}});
    return {{"id", p.id},
            {"name", p.name},
            {"kind", p.kind},
            {"offerType", p.offer_type},
            {"organizationNumber", p.organization_number},
            {"address", p.address},
            {"phone", p.phone},
            {"email", p.email},
            {"note", p.note},
            {"active", p.active},
            {"municipalityNumbers", p.municipality_numbers},
            {"contacts", contacts},
            {"agreements", agreements},
            {"onRequest", view.on_request},
            {"agreementRequired", view.agreement_required},
            {"agreementValid", view.agreement_valid},
            {"units", units},
            {"staff", staff}};
}

Result<Response> provider_response(const Result<accommodation::ProviderView>& view, int status) {
    if (!view) return std::unexpected(view.error());
    return json_response(status, provider_json(*view));
}

} // namespace husly::http
