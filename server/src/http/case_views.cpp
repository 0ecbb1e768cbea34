#include "http/case_views.hpp"

#include "common/clock.hpp"
#include "http/views.hpp"

namespace husly::http {

nlohmann::json person_json(const Person& person) {
    return {
        {"id", person.id},
        {"identityNumber", optional_json(person.identity_number)},
        {"huslyReference", optional_json(person.husly_reference)},
        {"firstName", person.first_name},
        {"lastName", person.last_name},
        {"birthDate", person.birth_date ? nlohmann::json(format_date(*person.birth_date)) : nlohmann::json()},
        {"phone", person.phone}};
}

nlohmann::json summary_json(const RequestSummary& summary) {
    return {{"id", summary.id},
            {"personId", summary.person_id},
            {"personName", summary.person_name},
            {"receivedAt", summary.received_at},
            {"channel", summary.channel},
            {"acute", summary.acute},
            {"familyWithChildren", summary.family_with_children},
            {"under25", summary.under_25},
            {"outcome", optional_json(summary.outcome)}};
}

nlohmann::json request_json(const husly::Request& request) {
    auto members = nlohmann::json::array();
    for (const auto& member : request.members)
        members.push_back({{"role", to_string(member.role)},
                           {"firstName", member.first_name},
                           {"birthDate", member.birth_date ? nlohmann::json(format_date(*member.birth_date))
                                                           : nlohmann::json()}});
    nlohmann::json outcome = nullptr;
    if (request.outcome)
        outcome = {{"kind", request.outcome->kind},
                   {"decidedAt", request.outcome->decided_at},
                   {"decidedBy", request.outcome->decided_by},
                   {"guidance", request.outcome->guidance},
                   {"note", request.outcome->note}};
    return {{"id", request.id},
            {"officeId", request.office_id},
            {"personId", request.person_id},
            {"municipalityNumber", request.municipality_number},
            {"channel", request.channel},
            {"receivedAt", request.received_at},
            {"acute", request.acute},
            {"reasons", request.reasons},
            {"reasonText", request.reason_text},
            {"groups", request.groups},
            {"network", request.network},
            {"networkNote", request.network_note},
            {"housingSituation", optional_json(request.housing_situation)},
            {"serviceNeeds", request.service_needs},
            {"sensitive",
             {{"substanceUse", request.sensitive.substance_use},
              {"mentalHealth", request.sensitive.mental_health}}},
            {"members", members},
            {"familyWithChildren", request.facts.family_with_children},
            {"under25", request.facts.under_25},
            {"outcome", outcome},
            {"createdAt", request.created_at}};
}

nlohmann::json decision_view_json(const std::optional<decisions::DecisionView>& view) {
    if (!view)
        return {{"decision", nullptr},
                {"problems", nlohmann::json::array()},
                {"appeals", nlohmann::json::array()}};
    const auto& d = view->decision;
    auto problems = nlohmann::json::array();
    for (const auto& problem : view->problems)
        problems.push_back({{"field", problem.field}, {"message", problem.message}});
    auto appeals = nlohmann::json::array();
    for (const auto& a : view->appeals)
        appeals.push_back({{"id", a.id},
                           {"receivedOn", a.received_on},
                           {"summary", a.summary},
                           {"late", a.late},
                           {"forwardedOn", optional_json(a.forwarded_on)},
                           {"result", optional_json(a.result)},
                           {"resultOn", optional_json(a.result_on)},
                           {"resultNote", a.result_note},
                           {"registeredAt", a.registered_at}});
    return {{"decision",
             {{"id", d.id},
              {"requestId", d.request_id},
              {"status", d.status},
              {"outcome", d.outcome},
              {"periodFrom", optional_json(d.period_from)},
              {"periodTo", optional_json(d.period_to)},
              {"longPeriodReason", d.long_period_reason},
              {"conditions", d.conditions},
              {"conditionsText", d.conditions_text},
              {"refusalReasons", d.refusal_reasons},
              {"facts", d.facts},
              {"considerations", d.considerations},
              {"informedOn", optional_json(d.informed_on)},
              {"appealDeadline", optional_json(d.appeal_deadline)},
              {"legalBasis", decision_legal_basis},
              {"decidedAt", optional_json(d.decided_at)},
              {"processingHours", optional_json(d.processing_hours)},
              {"submittedAt", optional_json(d.submitted_at)},
              {"returnNote", d.return_note}}},
            {"problems", problems},
            {"appeals", appeals}};
}

nlohmann::json stay_json(const stays::StayView& view) {
    const auto& s = view.stay;
    nlohmann::json exit = nullptr;
    if (s.exit)
        exit = {{"endedOn", s.exit->ended_on},
                {"outcome", s.exit->outcome},
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
        json["afterCare"] = {{"agreedOn", care->agreed_on},
                             {"untilOn", care->until_on},
                             {"forms", care->forms},
                             {"note", care->note},
                             {"contacts", contacts}};
    }
    json["termination"] = nullptr;
    if (const auto& t = detail.termination)
        json["termination"] = {{"effectiveOn", t->effective_on},
                               {"breachIds", t->breach_ids},
                               {"facts", t->facts},
                               {"residentAccount", t->resident_account},
                               {"considerations", t->considerations},
                               {"informedOn", t->informed_on},
                               {"appealDeadline", t->appeal_deadline},
                               {"decidedAt", t->decided_at}};
    return json;
}

nlohmann::json waiting_entry_json(const WaitingListEntry& e) {
    return {{"id", e.id},
            {"personId", e.person_id},
            {"personName", e.person_name},
            {"requestId", optional_json(e.request_id)},
            {"addedOn", e.added_on},
            {"position", e.position},
            {"note", e.note},
            {"offeredOn", optional_json(e.offered_on)},
            {"removedOn", optional_json(e.removed_on)},
            {"removalOutcome", optional_json(e.removal_outcome)}};
}

nlohmann::json storage_json(const StorageRecord& r) {
    return {{"id", r.id},
            {"personId", r.person_id},
            {"requestId", optional_json(r.request_id)},
            {"location", r.location},
            {"storedFrom", r.stored_from},
            {"storedTo", optional_json(r.stored_to)},
            {"monthlyCost", r.monthly_cost},
            {"note", r.note}};
}

} // namespace husly::http
