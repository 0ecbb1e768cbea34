#include "service/incident_service.hpp"

#include "common/clock.hpp"
#include "service/audit_service.hpp"
#include "service/case_access.hpp"
#include "service/placement_service.hpp"
#include "store/incident_repository.hpp"
#include "store/person_repository.hpp"
#include "store/placement_repository.hpp"
#include "store/stay_repository.hpp"
#include "store/user_repository.hpp"

namespace husly::incidents {
namespace {

void audit_incident(Connection& connection, const Actor& actor, const char* action,
                    const IncidentReport& report, nlohmann::json detail = nlohmann::json::object()) {
    audit::record(connection, &actor, actor.address,
                  {action, "incident", std::to_string(report.id), report.person_id, std::move(detail)});
}

IncidentView case_view(Connection& connection, IncidentReport report) {
    IncidentView view;
    auto person = person_repository::find(connection, report.person_id);
    view.person_name = person ? person->first_name + " " + person->last_name : "";
    auto user = user_repository::find(connection, report.reported_by);
    view.reported_by_name = user ? user->display_name : "";
    view.report = std::move(report);
    return view;
}

} // namespace

Result<IncidentView> report(Connection& connection, const Actor& actor, int64_t placement_id,
                            IncidentReport input) {
    return in_transaction(connection, [&](Transaction&) -> Result<IncidentView> {
        auto placement = placement_repository::find(connection, placement_id);
        if (!placement) return not_found("Fant ikke plasseringen.");
        bool by_provider_staff = TRY(placements::handled_by_provider_staff(connection, actor, *placement));
        IncidentReport report;
        report.office_id = placement->office_id;
        report.placement_id = placement->id;
        report.stay_id = placement->stay_id;
        report.person_id = placement->person_id;
        report.occurred_on = input.occurred_on;
        report.facts = input.facts;
        report.action_taken = input.action_taken;
        report.ends_stay = input.ends_stay;
        auto problems = incident_report_problems(report, placement->starts_on, today());
        if (!problems.empty()) return invalid_all(problems);
        report.reported_at = format_instant(now());
        report.reported_by = actor.user_id;
        report.id = incident_repository::insert(connection, report);
        audit_incident(connection, actor, "incident.report", report,
                       {{"placement", placement->id}, {"endsStay", report.ends_stay}});
        if (by_provider_staff) {
            auto user = user_repository::find(connection, actor.user_id);
            return IncidentView{report, true, "", user ? user->display_name : ""};
        }
        return case_view(connection, report);
    });
}

Result<std::vector<IncidentView>> for_stay(Connection& connection, const Actor& actor, int64_t stay_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, Transaction::Mode::read,
                          [&](Transaction&) -> Result<std::vector<IncidentView>> {
                              auto stay = stay_repository::find(connection, stay_id);
                              if (!stay || stay->office_id != office_id)
                                  return not_found("Fant ikke oppholdet.");
                              std::vector<IncidentView> views;
                              for (auto& report : incident_repository::for_stay(connection, stay_id))
                                  views.push_back(case_view(connection, std::move(report)));
                              // The stay's person is read even when no incident is reported.
                              audit::record(connection, &actor, actor.address,
                                            {"incident.read",
                                             "stay",
                                             std::to_string(stay->id),
                                             stay->person_id,
                                             {{"incidents", views.size()}}});
                              return views;
                          });
}

Result<std::vector<IncidentView>> unhandled(Connection& connection, const Actor& actor) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, Transaction::Mode::read,
                          [&](Transaction&) -> Result<std::vector<IncidentView>> {
                              std::vector<IncidentView> views;
                              for (auto& report : incident_repository::unhandled(connection, office_id)) {
                                  audit_incident(connection, actor, "incident.list", report);
                                  views.push_back(case_view(connection, std::move(report)));
                              }
                              return views;
                          });
}

Result<IncidentView> follow_up(Connection& connection, const Actor& actor, int64_t incident_id,
                               IncidentFollowUp input) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<IncidentView> {
        auto report = incident_repository::find(connection, incident_id);
        if (!report || report->office_id != office_id) return not_found("Fant ikke hendelsen.");
        if (is_handled(*report))
            return fail(ErrorKind::conflict, "incident_decided",
                        "Nav har allerede avgjort hendelsen; den kan ikke endres.", "decision");
        std::optional<int64_t> termination_id;
        if (report->stay_id)
            if (auto termination = stay_repository::termination(connection, *report->stay_id))
                termination_id = termination->id;
        auto problems = incident_follow_up_problems(*report, input, termination_id, today());
        if (!problems.empty()) return invalid_all(problems);
        input.termination_id = input.decision == IncidentDecision::stans ? termination_id : std::nullopt;
        input.followed_up_at = format_instant(now());
        input.followed_up_by = actor.user_id;
        incident_repository::save_follow_up(connection, report->id, input);
        report->follow_up = input;
        audit_incident(connection, actor, "incident.follow_up", *report,
                       {{"decision", input.decision ? std::string(to_string(*input.decision)) : ""}});
        return case_view(connection, *report);
    });
}

} // namespace husly::incidents
