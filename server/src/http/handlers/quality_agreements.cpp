// A provider's quality agreements (kvalitetsavtaler) with the signed PDF. They answer with the
// provider.

#include "http/app.hpp"
#include "http/handlers/providers_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/accommodation_service.hpp"

namespace husly::http {
namespace {

Result<Response> add_agreement(RequestContext& context) {
    auto id = TRY(context.path_id("providerId"));
    std::optional<std::string> document;
    auto agreement =
        TRY(read_json_body(context.request.body, [&](JsonReader& reader) -> Result<QualityAgreement> {
            QualityAgreement a;
            a.starts_on = TRY(reader.required_string("startsOn"));
            a.ends_on = TRY(reader.optional_string("endsOn"));
            a.document_name = TRY(reader.optional_string("documentName")).value_or("");
            document = TRY(reader.optional_string("documentBase64"));
            return a;
        }));
    return provider_response(
        accommodation::add_agreement(context.db(), context.actor(), id, agreement, document), 201);
}

Result<Response> agreement_document(RequestContext& context) {
    auto provider_id = TRY(context.path_id("providerId"));
    auto agreement_id = TRY(context.path_id("agreementId"));
    auto [name, pdf] =
        TRY(accommodation::agreement_document(context.db(), context.actor(), provider_id, agreement_id));
    return pdf_response(std::move(pdf), "kvalitetsavtale-" + std::to_string(agreement_id) + ".pdf");
}

} // namespace

void register_quality_agreement_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"POST", "/api/v1/providers/{providerId}/agreements", case_roles, add_agreement});
    router.add({"GET", "/api/v1/providers/{providerId}/agreements/{agreementId}/document", case_roles,
                agreement_document});
}

} // namespace husly::http
