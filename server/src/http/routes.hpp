#pragma once
// Registration of every route, one function per resource (handlers/*.cpp).

#include "http/router.hpp"

namespace husly::http {

void register_system_routes(Router& router);
void register_auth_routes(Router& router);
void register_admin_routes(Router& router);
void register_audit_routes(Router& router);
void register_case_routes(Router& router);
void register_decision_routes(Router& router);
void register_stay_routes(Router& router);
void register_household_routes(Router& router);
void register_supply_routes(Router& router);
void register_placement_routes(Router& router);
void register_figures_routes(Router& router);
void register_survey_routes(Router& router);

inline void register_all_routes(Router& router) {
    register_system_routes(router);
    register_auth_routes(router);
    register_admin_routes(router);
    register_audit_routes(router);
    register_case_routes(router);
    register_decision_routes(router);
    register_stay_routes(router);
    register_household_routes(router);
    register_supply_routes(router);
    register_placement_routes(router);
    register_figures_routes(router);
    register_survey_routes(router);
}

} // namespace husly::http
