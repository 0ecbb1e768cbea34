// The municipalities (reference data), for everyone logged in.

#include "http/app.hpp"
#include "http/handlers/shared_json.hpp"
#include "http/routes.hpp"
#include "service/admin_service.hpp"

namespace husly::http {
namespace {

nlohmann::json municipality_json(const Municipality& municipality) {
    return {{"number", municipality.number},
            {"name", municipality.name},
            {"countyNumber", municipality.county_number},
            {"county", municipality.county}};
}

Result<Response> list_municipalities(RequestContext& context) {
    return json_response(200, json_array(admin::municipalities(context.db()), municipality_json));
}

} // namespace

void register_municipality_routes(Router& router) {
    router.add({"GET", "/api/v1/municipalities", Access::logged_in(), list_municipalities});
}

} // namespace husly::http
