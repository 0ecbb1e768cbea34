// What waits for the office today, as counts only (the front page; audits nothing).

#include "http/app.hpp"
#include "http/routes.hpp"
#include "service/work_summary_service.hpp"

namespace husly::http {
namespace {

Result<Response> office_work_summary(RequestContext& context) {
    auto s = TRY(work_summary::for_office(context.db(), context.actor()));
    auto elsewhere = nlohmann::json::array();
    for (const auto& office : s.approvals_elsewhere)
        elsewhere.push_back(
            {{"officeId", office.office_id}, {"officeName", office.office_name}, {"count", office.count}});
    return json_response(200, {{"needsAnswerToday", s.needs_answer_today},
                               {"withoutOutcome", s.without_outcome},
                               {"awaitingApproval", s.awaiting_approval},
                               {"bookingsDeclined", s.bookings_declined},
                               {"staysOpen", s.stays_open},
                               {"staysApproaching", s.stays_approaching},
                               {"staysPast", s.stays_past},
                               {"staysEscalated", s.stays_escalated},
                               {"periodsExpired", s.periods_expired},
                               {"waitingList", s.waiting_list},
                               {"inspectionsDue", s.inspections_due},
                               {"deviationsUnclosed", s.deviations_unclosed},
                               {"incidentsUnhandled", s.incidents_unhandled},
                               {"childAssessmentsOpen", s.child_assessments_open},
                               {"approvalsElsewhere", elsewhere}});
}

} // namespace

void register_work_summary_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"GET", "/api/v1/work-summary", case_roles, office_work_summary});
}

} // namespace husly::http
