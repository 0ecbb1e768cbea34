// Inspections (kvalitetskontroll) of a unit against rundskriv U-5/2003, and the units whose
// inspection is due.

#include "http/app.hpp"
#include "http/handlers/units_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/accommodation_service.hpp"

namespace husly::http {
namespace {

Result<Response> add_inspection(RequestContext& context) {
    auto id = TRY(context.path_id("unitId"));
    auto inspection = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<Inspection> {
        Inspection i;
        i.inspected_on = TRY(reader.required_string("inspectedOn"));
        i.inspector = TRY(reader.required_string("inspector"));
        i.items = TRY(read_object_array<InspectionItem>(
            reader, "items", 20, [](JsonReader& item) -> Result<InspectionItem> {
                return InspectionItem{TRY(item.required_string("code")), TRY(item.required_string("result")),
                                      TRY(item.optional_string("note")).value_or("")};
            }));
        i.problems = TRY(reader.string_array("problems", 10, 40));
        i.problem_note = TRY(reader.optional_string("problemNote")).value_or("");
        i.verdict = TRY(reader.required_string("verdict"));
        i.next_due_on = TRY(reader.required_string("nextDueOn"));
        i.note = TRY(reader.optional_string("note")).value_or("");
        return i;
    }));
    return unit_response(accommodation::add_inspection(context.db(), context.actor(), id, inspection), 201);
}

Result<Response> inspections_due(RequestContext& context) {
    auto list = nlohmann::json::array();
    for (const auto& view : TRY(accommodation::units_needing_inspection(context.db(), context.actor())))
        list.push_back(unit_json(view));
    return json_response(200, {{"units", list}});
}

} // namespace

void register_inspection_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"POST", "/api/v1/units/{unitId}/inspections", case_roles, add_inspection});
    router.add({"GET", "/api/v1/inspections/due", case_roles, inspections_due});
}

} // namespace husly::http
