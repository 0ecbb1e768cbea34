// The person's own copy of everything the office holds on them (GDPR art. 15), as JSON or PDF.
// It shows each part with that resource's own JSON, exactly as the API does elsewhere.

#include "http/app.hpp"
#include "http/handlers/decisions_json.hpp"
#include "http/handlers/persons_json.hpp"
#include "http/handlers/requests_json.hpp"
#include "http/handlers/stays_json.hpp"
#include "http/handlers/storage_json.hpp"
#include "http/handlers/waiting_list_json.hpp"
#include "http/routes.hpp"
#include "service/person_copy_service.hpp"

namespace husly::http {
namespace {

Result<Response> show_copy(RequestContext& context) {
    auto person_id = TRY(context.path_id("personId"));
    auto copy = TRY(person_copy::collect(context.db(), context.actor(), person_id));
    auto requests = nlohmann::json::array();
    for (size_t i = 0; i < copy.requests.size(); ++i) {
        auto request = request_json(copy.requests[i]);
        auto decision = decision_view_json(copy.decisions[i]);
        request["decision"] = decision["decision"];
        request["appeals"] = decision["appeals"];
        requests.push_back(request);
    }
    auto stays = nlohmann::json::array();
    for (const auto& stay : copy.stays) stays.push_back(stay_detail_json(stay));
    auto waiting = nlohmann::json::array();
    for (const auto& entry : copy.waiting_list) waiting.push_back(waiting_entry_json(entry));
    auto stored = nlohmann::json::array();
    for (const auto& record : copy.storage) stored.push_back(storage_json(record));
    auto log = nlohmann::json::array();
    for (const auto& line : copy.access_log)
        log.push_back({{"occurredAt", line.occurred_at},
                       {"who", line.who},
                       {"office", line.office},
                       {"action", line.action},
                       {"description", person_copy::describe_action(line.action)}});
    return json_response(200, {{"producedAt", copy.produced_at},
                               {"office", copy.office_name},
                               {"person", person_json(copy.person)},
                               {"requests", requests},
                               {"stays", stays},
                               {"waitingList", waiting},
                               {"storage", stored},
                               {"accessLog", log},
                               {"registeredElsewhere", copy.registered_elsewhere}});
}

Result<Response> copy_pdf(RequestContext& context) {
    auto person_id = TRY(context.path_id("personId"));
    auto copy = TRY(person_copy::collect(context.db(), context.actor(), person_id));
    return pdf_response(person_copy::render_pdf(copy), "innsyn-" + std::to_string(person_id) + ".pdf");
}

} // namespace

void register_person_copy_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"GET", "/api/v1/persons/{personId}/copy", case_roles, show_copy});
    router.add({"GET", "/api/v1/persons/{personId}/copy/pdf", case_roles, copy_pdf});
}

} // namespace husly::http
