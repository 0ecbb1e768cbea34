#pragma once
// Registration of every route: one function per resource, each in the handler file named after
// it (handlers/<resource>.cpp), with the resource's JSON beside it (handlers/<resource>_json.*
// when another resource shows it too, e.g. a person's copy).

#include "http/router.hpp"

namespace husly::http {

// Operations: liveness, readiness, metrics, the API description.
void register_system_routes(Router& router);
// Accounts and administration.
void register_auth_routes(Router& router);
void register_office_routes(Router& router);
void register_user_routes(Router& router);
void register_role_grant_routes(Router& router);
void register_municipality_routes(Router& router);
void register_audit_routes(Router& router);
// The case: code lists, persons, requests, vedtak and appeals, stays and their follow-up.
void register_code_routes(Router& router);
void register_person_routes(Router& router);
void register_request_routes(Router& router);
void register_decision_routes(Router& router);
void register_appeal_routes(Router& router);
void register_stay_routes(Router& router);
void register_stay_follow_up_routes(Router& router);
void register_termination_routes(Router& router);
void register_incident_routes(Router& router);
void register_cash_assistance_routes(Router& router);
// Beside the flow: the front page's counts, the waiting list, storage, the person's copy.
void register_work_summary_routes(Router& router);
void register_waiting_list_routes(Router& router);
void register_storage_routes(Router& router);
void register_person_copy_routes(Router& router);
// Accommodation: providers, their quality agreements, units, inspections.
void register_provider_routes(Router& router);
void register_quality_agreement_routes(Router& router);
void register_unit_routes(Router& router);
void register_inspection_routes(Router& router);
// Placing people: the search, placements, provider staff's bookings, the occupancy board,
// turnaways, deviations, costs and economics.
void register_place_search_routes(Router& router);
void register_placement_routes(Router& router);
void register_child_assessment_routes(Router& router);
void register_provider_booking_routes(Router& router);
void register_occupancy_routes(Router& router);
void register_turnaway_routes(Router& router);
void register_deviation_routes(Router& router);
void register_cost_routes(Router& router);
void register_economics_routes(Router& router);
// Figures and the survey.
void register_figures_kostra_routes(Router& router);
void register_figures_dashboard_routes(Router& router);
void register_figures_national_routes(Router& router);
void register_survey_round_routes(Router& router);
void register_survey_response_routes(Router& router);

inline void register_all_routes(Router& router) {
    register_system_routes(router);
    register_auth_routes(router);
    register_office_routes(router);
    register_user_routes(router);
    register_role_grant_routes(router);
    register_municipality_routes(router);
    register_audit_routes(router);
    register_code_routes(router);
    register_person_routes(router);
    register_request_routes(router);
    register_decision_routes(router);
    register_appeal_routes(router);
    register_stay_routes(router);
    register_stay_follow_up_routes(router);
    register_termination_routes(router);
    register_incident_routes(router);
    register_cash_assistance_routes(router);
    register_work_summary_routes(router);
    register_waiting_list_routes(router);
    register_storage_routes(router);
    register_person_copy_routes(router);
    register_provider_routes(router);
    register_quality_agreement_routes(router);
    register_unit_routes(router);
    register_inspection_routes(router);
    register_place_search_routes(router);
    register_placement_routes(router);
    register_child_assessment_routes(router);
    register_provider_booking_routes(router);
    register_occupancy_routes(router);
    register_turnaway_routes(router);
    register_deviation_routes(router);
    register_cost_routes(router);
    register_economics_routes(router);
    register_figures_kostra_routes(router);
    register_figures_dashboard_routes(router);
    register_figures_national_routes(router);
    register_survey_round_routes(router);
    register_survey_response_routes(router);
}

} // namespace husly::http
