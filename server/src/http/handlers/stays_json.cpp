#include "http/handlers/stays_json.hpp"

#include "common/clock.hpp"
#include "http/app.hpp"
#include "http/handlers/shared_json.hpp"

namespace husly::http {

nlohmann::json stay_json(const stays::StayView& view) {
    const auto& s = view.stay;
    nlohmann::json exit = nullptr;
    if (s.exit)
        exit = {{"endedOn", s.exit->ended_on},
                {"outcome", s.exit->outcome ? to_string(*s.exit->outcome) : ""},
                {"transitKind", s.exit->transit_kind},
                {"transitUntil", optional_json(s.exit->transit_until)},
                {"note", s.exit->note}};
    return {{"id", s.id},
            {"personId", s.person_id},
            {"personName", view.person_name},
            {"requestId", s.request_id},
            {"decisionId", s.decision_id},
            {"startedOn", s.started_on},
            {"periodTo", optional_json(s.period_to)},
            {"exit", exit},
            {"familyWithChildren", s.family_with_children},
            {"under25", s.under_25},
            {"previousStayId", optional_json(s.previous_stay_id)},
            {"lengthDays", view.length_days},
            {"threeMonthMark", view.three_month_mark},
            {"watch", to_string(view.watch)},
            {"escalated", view.escalated},
            {"periodExpired", view.period_expired}};
}

nlohmann::json stay_detail_json(const stays::StayDetail& detail) {
    auto json = stay_json(detail.view);
    json["agreement"] = nullptr;
    if (const auto& a = detail.agreement)
        json["agreement"] = {{"periodFrom", a->period_from},
                             {"periodTo", a->period_to},
                             {"residentCommitments", a->resident_commitments},
                             {"officeCommitments", a->office_commitments},
                             {"signedOn", optional_json(a->signed_on)},
                             {"updatedAt", a->updated_at}};
    auto plan = nlohmann::json::array();
    for (const auto& item : detail.action_plan)
        plan.push_back({{"goal", item.goal},
                        {"action", item.action},
                        {"responsible", item.responsible},
                        {"dueOn", optional_json(item.due_on)},
                        {"other", item.other},
                        {"status", item.status}});
    json["actionPlan"] = plan;
    auto notes = nlohmann::json::array();
    for (const auto& note : detail.notes)
        notes.push_back({{"id", note.id},
                         {"writtenAt", note.written_at},
                         {"writtenBy", note.written_by_name},
                         {"text", note.text},
                         {"correctsNoteId", optional_json(note.corrects_note_id)}});
    json["notes"] = notes;
    auto appointments = nlohmann::json::array();
    for (const auto& a : detail.appointments)
        appointments.push_back({{"startsAt", a.starts_at},
                                {"purpose", a.purpose},
                                {"place", a.place},
                                {"status", a.status},
                                {"note", a.note}});
    json["appointments"] = appointments;
    auto breaches = nlohmann::json::array();
    for (const auto& b : detail.breaches)
        breaches.push_back({{"id", b.id},
                            {"occurredOn", b.occurred_on},
                            {"description", b.description},
                            {"residentAccount", b.resident_account},
                            {"registeredAt", b.registered_at}});
    json["breaches"] = breaches;
    json["afterCare"] = nullptr;
    if (const auto& care = detail.after_care) {
        auto contacts = nlohmann::json::array();
        for (const auto& c : care->contacts)
            contacts.push_back({{"plannedOn", c.planned_on},
                                {"form", c.form},
                                {"doneOn", optional_json(c.done_on)},
                                {"note", c.note}});
        json["afterCare"] = {{"agreedOn", care->agreed_on}, {"untilOn", care->until_on},
                             {"forms", care->forms},        {"note", care->note},
                             {"contacts", contacts},        {"offers", care->offers}};
    }
    json["termination"] = nullptr;
    if (const auto& t = detail.termination)
        json["termination"] = {
            {"effectiveOn", t->effective_on},
            {"breachIds", t->breach_ids},
            {"incidentIds", t->incident_ids},
            {"noticeGivenOn", optional_json(t->notice_given_on)},
            {"noticeMethod",
             t->notice_method ? nlohmann::json(to_string(*t->notice_method)) : nlohmann::json()},
            {"noticeException", t->notice_exception},
            {"basis", t->basis ? nlohmann::json(to_string(*t->basis)) : nlohmann::json()},
            {"basisDetail", t->basis_detail},
            {"facts", t->facts},
            {"residentAccount", t->resident_account},
            {"considerations", t->considerations},
            {"dangerReason", t->danger_reason},
            {"newPlaceAssessment", t->new_place_assessment},
            {"newPlaceAssessedOn", optional_json(t->new_place_assessed_on)},
            {"deliveryMethod",
             t->delivery_method ? nlohmann::json(to_string(*t->delivery_method)) : nlohmann::json()},
            {"deliveredOn", optional_json(t->delivered_on)},
            {"informedOn", optional_json(t->informed_on)},
            {"appealDeadline", optional_json(t->appeal_deadline)},
            {"leavesTimeForPostponement", leaves_time_for_postponement(*t)},
            {"decidedAt", t->decided_at}};
    auto extensions = nlohmann::json::array();
    for (const auto& e : detail.extensions)
        extensions.push_back({{"requestId", e.request_id},
                              {"decisionId", e.decision_id},
                              {"previousPeriodTo", optional_json(e.previous_period_to)},
                              {"periodFrom", e.period_from},
                              {"periodTo", e.period_to},
                              {"extendedAt", e.created_at}});
    json["extensions"] = extensions;
    json["individualPlan"] = nullptr;
    if (const auto& individual = detail.individual_plan)
        json["individualPlan"] = {{"wish", individual->wish},
                                  {"askedOn", optional_json(individual->asked_on)},
                                  {"coordinator", individual->coordinator},
                                  {"startedOn", optional_json(individual->started_on)},
                                  {"updatedAt", individual->updated_at}};
    json["individualPlanReminder"] = detail.individual_plan_reminder;
    auto consents = nlohmann::json::array();
    for (const auto& c : detail.consents)
        consents.push_back(
            {{"id", c.id},
             {"parties", c.parties},
             {"givenOn", c.given_on},
             {"validUntil", optional_json(c.valid_until)},
             {"withdrawnOn", optional_json(c.withdrawn_on)},
             {"inForce", !c.parties.empty() && consent_in_force(c, c.parties.front(), today())},
             {"registeredAt", c.registered_at}});
    json["consents"] = consents;
    auto referrals = nlohmann::json::array();
    for (const auto& r : detail.referrals)
        referrals.push_back({{"id", r.id},
                             {"kind", r.kind},
                             {"sentOn", r.sent_on},
                             {"outcome", r.outcome},
                             {"outcomeOn", optional_json(r.outcome_on)},
                             {"note", r.note},
                             {"registeredAt", r.registered_at}});
    json["referrals"] = referrals;
    return json;
}

Result<Response> stay_detail_response(const Result<stays::StayDetail>& detail, int status) {
    if (!detail) return std::unexpected(detail.error());
    return json_response(status, stay_detail_json(*detail));
}

} // namespace husly::http
