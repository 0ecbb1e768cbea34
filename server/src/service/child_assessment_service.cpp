#include "service/child_assessment_service.hpp"

#include "common/clock.hpp"
#include "service/audit_service.hpp"
#include "service/case_access.hpp"
#include "store/child_assessment_repository.hpp"
#include "store/request_repository.hpp"
#include "store/user_repository.hpp"

namespace husly::child_assessments {
namespace {

namespace repo = child_assessment_repository;

View view_of(Connection& connection, ChildAssessment assessment) {
    View view;
    if (assessment.assessed_by)
        if (auto user = user_repository::find(connection, *assessment.assessed_by))
            view.assessed_by_name = user->display_name;
    view.assessment = std::move(assessment);
    return view;
}

Result<Request> check_request(Connection& connection, int64_t office_id, int64_t request_id) {
    auto request = request_repository::find(connection, request_id);
    if (!request || request->office_id != office_id) return not_found("Fant ikke henvendelsen.");
    return std::move(*request);
}

} // namespace

Result<std::optional<View>> for_request(Connection& connection, const Actor& actor, int64_t request_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, Transaction::Mode::read,
                          [&](Transaction&) -> Result<std::optional<View>> {
                              auto request = TRY(check_request(connection, office_id, request_id));
                              auto found = repo::find_by_request(connection, request_id);
                              // The request's person is read even when no assessment is raised.
                              audit::record(connection, &actor, actor.address,
                                            {"child_assessment.read", "request", std::to_string(request_id),
                                             request.person_id, nlohmann::json::object()});
                              if (!found) return std::optional<View>{};
                              return std::optional<View>{view_of(connection, std::move(*found))};
                          });
}

Result<View> record(Connection& connection, const Actor& actor, int64_t request_id,
                    const ChildAssessmentInput& input) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<View> {
        auto request = TRY(check_request(connection, office_id, request_id));
        auto found = repo::find_by_request(connection, request_id);
        if (!found)
            return fail(ErrorKind::conflict, "no_child_assessment",
                        "Ingen barnefamilie er plassert på denne henvendelsen, så det er ingen vurdering å "
                        "registrere.",
                        "requestId");
        auto received_on = parse_date(norwegian_date_of(request.received_at)).value_or(today());
        TRY(check_child_assessment(input, today(), received_on));
        bool correction = found->assessed_at.has_value();
        found->assessed_at = format_instant(now());
        found->assessed_by = actor.user_id;
        found->best_interests = input.best_interests;
        found->barnevern = input.barnevern;
        found->barnevern_on = input.barnevern_on;
        found->barnevern_reason = input.barnevern_reason;
        repo::record(connection, *found);
        audit::record(connection, &actor, actor.address,
                      {"child_assessment.record",
                       "request",
                       std::to_string(request_id),
                       found->person_id,
                       {{"barnevern", input.barnevern}, {"correction", correction}}});
        return view_of(connection, std::move(*found));
    });
}

} // namespace husly::child_assessments
