#include "service/work_summary_service.hpp"

#include "common/clock.hpp"
#include "domain/stay.hpp"
#include "service/accommodation_service.hpp"
#include "service/case_access.hpp"
#include "store/child_assessment_repository.hpp"
#include "store/deviation_repository.hpp"
#include "store/incident_repository.hpp"
#include "store/office_repository.hpp"
#include "store/request_repository.hpp"
#include "store/stay_repository.hpp"
#include "store/waiting_list_repository.hpp"

namespace husly::work_summary {

Result<WorkSummary> for_office(Connection& connection, const Actor& actor) {
    auto office_id = TRY(case_office(actor));
    Transaction transaction(connection, Transaction::Mode::read);
    WorkSummary summary;
    using request_repository::WorkList;
    summary.needs_answer_today =
        request_repository::count(connection, office_id, WorkList::needs_answer_today);
    summary.without_outcome = request_repository::count(connection, office_id, WorkList::without_outcome);
    summary.awaiting_approval = request_repository::count(connection, office_id, WorkList::awaiting_approval);
    summary.bookings_declined = request_repository::count(connection, office_id, WorkList::booking_declined);
    auto day = today();
    for (const auto& row : stay_repository::open_stays(connection, office_id)) {
        ++summary.stays_open;
        auto level = watch_level(row.stay, day);
        if (level == WatchLevel::approaching) ++summary.stays_approaching;
        if (level == WatchLevel::past) ++summary.stays_past;
        if (is_escalated(row.stay, day)) ++summary.stays_escalated;
        if (period_expired(row.stay, day)) ++summary.periods_expired;
    }
    summary.waiting_list = static_cast<int>(waiting_list_repository::active(connection, office_id).size());
    summary.inspections_due =
        static_cast<int>(accommodation::units_needing_inspection(connection, office_id, day).size());
    summary.deviations_unclosed = deviation_repository::count_unclosed(connection, office_id);
    summary.incidents_unhandled = incident_repository::count_unhandled(connection, office_id);
    summary.child_assessments_open = child_assessment_repository::count_open(connection, office_id);
    for (const auto& membership : actor.memberships) {
        if (membership.role != Role::leder || !membership.office_id || *membership.office_id == office_id)
            continue;
        auto waiting =
            request_repository::count(connection, *membership.office_id, WorkList::awaiting_approval);
        if (waiting == 0) continue;
        auto office = office_repository::find(connection, *membership.office_id);
        summary.approvals_elsewhere.push_back({*membership.office_id, office ? office->name : "", waiting});
    }
    transaction.commit();
    return summary;
}

} // namespace husly::work_summary
