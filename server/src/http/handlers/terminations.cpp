// Termination of a stay against the person's will (vedtak om stans), and its letter.

#include "http/app.hpp"
#include "http/handlers/stays_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/stay_service.hpp"

namespace husly::http {
namespace {

Result<std::vector<int64_t>> read_ids(JsonReader& reader, const char* field) {
    std::vector<int64_t> ids;
    if (auto values = reader.raw(field)) {
        if (!values->get().is_array() || values->get().size() > 50)
            return invalid(field, "Feltet må være en liste med tall.");
        for (const auto& value : values->get()) {
            if (!value.is_number_integer()) return invalid(field, "Feltet må være en liste med tall.");
            ids.push_back(value.get<int64_t>());
        }
    }
    return ids;
}

Result<Response> terminate(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto termination =
        TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<StayTermination> {
            StayTermination t;
            t.effective_on = TRY(reader.optional_string("effectiveOn")).value_or("");
            t.breach_ids = TRY(read_ids(reader, "breachIds"));
            t.incident_ids = TRY(read_ids(reader, "incidentIds"));
            t.notice_given_on = TRY(reader.optional_string("noticeGivenOn"));
            if (auto method = TRY(reader.optional_string("noticeMethod"))) {
                t.notice_method = parse_delivery_method(*method);
                if (!t.notice_method)
                    return invalid("noticeMethod",
                                   "Velg om varselet ble gitt personlig, digitalt eller i posten.",
                                   "unknown_code");
            }
            t.notice_exception = TRY(reader.optional_string("noticeException")).value_or("");
            if (auto basis = TRY(reader.optional_string("basis"))) {
                t.basis = parse_termination_basis(*basis);
                if (!t.basis) return invalid("basis", "Ukjent hjemmel for stans.", "unknown_code");
            }
            t.basis_detail = TRY(reader.optional_string("basisDetail")).value_or("");
            t.facts = TRY(reader.optional_string("facts")).value_or("");
            t.resident_account = TRY(reader.optional_string("residentAccount")).value_or("");
            t.considerations = TRY(reader.optional_string("considerations")).value_or("");
            t.danger_reason = TRY(reader.optional_string("dangerReason")).value_or("");
            t.new_place_assessment = TRY(reader.optional_string("newPlaceAssessment")).value_or("");
            t.new_place_assessed_on = TRY(reader.optional_string("newPlaceAssessedOn"));
            return t;
        }));
    return stay_detail_response(stays::terminate(context.db(), context.actor(), id, termination));
}

Result<Response> termination_delivery(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto body = TRY(parse_json_object(context.request.body));
    JsonReader reader(body);
    auto method = TRY(reader.required_string("deliveryMethod"));
    auto on = TRY(reader.required_string("deliveredOn"));
    TRY(reader.finish());
    return stay_detail_response(
        stays::record_termination_delivery(context.db(), context.actor(), id, method, on));
}

Result<Response> termination_letter(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto pdf = TRY(stays::termination_letter(context.db(), context.actor(), id));
    return pdf_response(std::move(pdf), "vedtak-stans-" + std::to_string(id) + ".pdf");
}

} // namespace

void register_termination_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"POST", "/api/v1/stays/{stayId}/termination", case_roles, terminate});
    router.add({"POST", "/api/v1/stays/{stayId}/termination/delivery", case_roles, termination_delivery});
    router.add({"GET", "/api/v1/stays/{stayId}/termination/letter", case_roles, termination_letter});
}

} // namespace husly::http
