// Termination of a stay against the person's will (vedtak om stans), and its letter.

#include "http/app.hpp"
#include "http/handlers/stays_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/stay_service.hpp"

namespace husly::http {
namespace {

Result<Response> terminate(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto termination =
        TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<StayTermination> {
            StayTermination t;
            t.effective_on = TRY(reader.optional_string("effectiveOn")).value_or("");
            if (auto ids = reader.raw("breachIds")) {
                if (!ids->get().is_array() || ids->get().size() > 50)
                    return invalid("breachIds", "Feltet må være en liste med tall.");
                for (const auto& value : ids->get()) {
                    if (!value.is_number_integer())
                        return invalid("breachIds", "Feltet må være en liste med tall.");
                    t.breach_ids.push_back(value.get<int64_t>());
                }
            }
            t.facts = TRY(reader.optional_string("facts")).value_or("");
            t.resident_account = TRY(reader.optional_string("residentAccount")).value_or("");
            t.considerations = TRY(reader.optional_string("considerations")).value_or("");
            t.informed_on = TRY(reader.optional_string("informedOn")).value_or("");
            return t;
        }));
    return stay_detail_response(stays::terminate(context.db(), context.actor(), id, termination));
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
    router.add({"GET", "/api/v1/stays/{stayId}/termination/letter", case_roles, termination_letter});
}

} // namespace husly::http
