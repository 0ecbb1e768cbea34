// A stay's follow-up: the stay agreement, action plan, journal notes, appointments, house-rule
// breaches and after-care. Each answers with the stay and its follow-up.

#include "http/app.hpp"
#include "http/handlers/stays_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/stay_service.hpp"

namespace husly::http {
namespace {

Result<Response> save_agreement(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto agreement =
        TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<StayAgreement> {
            StayAgreement a;
            a.period_from = TRY(reader.required_string("periodFrom"));
            a.period_to = TRY(reader.required_string("periodTo"));
            a.resident_commitments = TRY(reader.optional_string("residentCommitments")).value_or("");
            a.office_commitments = TRY(reader.optional_string("officeCommitments")).value_or("");
            a.signed_on = TRY(reader.optional_string("signedOn"));
            return a;
        }));
    return stay_detail_response(stays::save_agreement(context.db(), context.actor(), id, agreement));
}

Result<Response> save_action_plan(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto items = TRY(read_json_body(context.request.body, [](JsonReader& reader) {
        return read_object_array<ActionItem>(reader, "items", 50, [](JsonReader& item) -> Result<ActionItem> {
            ActionItem a;
            a.goal = TRY(item.optional_string("goal")).value_or("");
            a.action = TRY(item.optional_string("action")).value_or("");
            a.responsible = TRY(item.optional_string("responsible")).value_or("");
            a.due_on = TRY(item.optional_string("dueOn"));
            a.other = TRY(item.optional_string("other")).value_or("");
            a.status = TRY(item.optional_string("status")).value_or("ikke_startet");
            return a;
        });
    }));
    return stay_detail_response(stays::save_action_plan(context.db(), context.actor(), id, items));
}

Result<Response> add_note(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    struct Input {
        std::string text;
        std::optional<int64_t> corrects;
    };
    auto input = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<Input> {
        return Input{TRY(reader.optional_string("text")).value_or(""),
                     TRY(reader.optional_integer("correctsNoteId", 1, INT64_MAX))};
    }));
    return stay_detail_response(
        stays::add_note(context.db(), context.actor(), id, input.text, input.corrects), 201);
}

Result<Response> save_appointments(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto items = TRY(read_json_body(context.request.body, [](JsonReader& reader) {
        return read_object_array<Appointment>(
            reader, "appointments", 100, [](JsonReader& item) -> Result<Appointment> {
                Appointment a;
                a.starts_at = TRY(item.required_string("startsAt"));
                a.purpose = TRY(item.optional_string("purpose")).value_or("");
                a.place = TRY(item.optional_string("place")).value_or("");
                a.status = TRY(item.optional_string("status")).value_or("planlagt");
                a.note = TRY(item.optional_string("note")).value_or("");
                return a;
            });
    }));
    return stay_detail_response(stays::save_appointments(context.db(), context.actor(), id, items));
}

Result<Response> add_breach(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto breach = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<HouseRuleBreach> {
        HouseRuleBreach b;
        b.occurred_on = TRY(reader.required_string("occurredOn"));
        b.description = TRY(reader.optional_string("description")).value_or("");
        b.resident_account = TRY(reader.optional_string("residentAccount")).value_or("");
        return b;
    }));
    return stay_detail_response(stays::add_breach(context.db(), context.actor(), id, breach), 201);
}

Result<Response> save_after_care(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto care = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<AfterCare> {
        AfterCare c;
        c.agreed_on = TRY(reader.required_string("agreedOn"));
        c.forms = TRY(reader.string_array("forms", 3, 20));
        c.note = TRY(reader.optional_string("note")).value_or("");
        c.offers = TRY(reader.string_array("offers", 4, 30));
        c.contacts = TRY(read_object_array<AfterCareContact>(
            reader, "contacts", 50, [](JsonReader& item) -> Result<AfterCareContact> {
                AfterCareContact contact;
                contact.planned_on = TRY(item.required_string("plannedOn"));
                contact.form = TRY(item.required_string("form"));
                contact.done_on = TRY(item.optional_string("doneOn"));
                contact.note = TRY(item.optional_string("note")).value_or("");
                return contact;
            }));
        return c;
    }));
    return stay_detail_response(stays::save_after_care(context.db(), context.actor(), id, care));
}

Result<Response> save_individual_plan(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto plan = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<IndividualPlan> {
        IndividualPlan p;
        p.wish = TRY(reader.required_string("wish"));
        p.asked_on = TRY(reader.optional_string("askedOn"));
        p.coordinator = TRY(reader.optional_string("coordinator")).value_or("");
        p.started_on = TRY(reader.optional_string("startedOn"));
        return p;
    }));
    return stay_detail_response(stays::save_individual_plan(context.db(), context.actor(), id, plan));
}

Result<Response> add_consent(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto consent = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<Consent> {
        Consent c;
        c.parties = TRY(reader.string_array("parties", 5, 30));
        c.given_on = TRY(reader.required_string("givenOn"));
        c.valid_until = TRY(reader.optional_string("validUntil"));
        return c;
    }));
    return stay_detail_response(stays::add_consent(context.db(), context.actor(), id, consent), 201);
}

Result<Response> withdraw_consent(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto consent_id = TRY(context.path_id("consentId"));
    auto on = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<std::string> {
        return reader.required_string("withdrawnOn");
    }));
    return stay_detail_response(stays::withdraw_consent(context.db(), context.actor(), id, consent_id, on));
}

Result<Response> add_referral(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto referral = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<Referral> {
        Referral r;
        r.kind = TRY(reader.required_string("kind"));
        r.sent_on = TRY(reader.required_string("sentOn"));
        r.outcome = TRY(reader.optional_string("outcome")).value_or("venter");
        r.outcome_on = TRY(reader.optional_string("outcomeOn"));
        r.note = TRY(reader.optional_string("note")).value_or("");
        return r;
    }));
    return stay_detail_response(stays::add_referral(context.db(), context.actor(), id, referral), 201);
}

Result<Response> update_referral(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto referral_id = TRY(context.path_id("referralId"));
    struct Input {
        std::string outcome;
        std::optional<std::string> outcome_on;
        std::string note;
    };
    auto input = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<Input> {
        return Input{TRY(reader.required_string("outcome")), TRY(reader.optional_string("outcomeOn")),
                     TRY(reader.optional_string("note")).value_or("")};
    }));
    return stay_detail_response(stays::update_referral(context.db(), context.actor(), id, referral_id,
                                                       input.outcome, input.outcome_on, input.note));
}

} // namespace

void register_stay_follow_up_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"PUT", "/api/v1/stays/{stayId}/agreement", case_roles, save_agreement});
    router.add({"PUT", "/api/v1/stays/{stayId}/action-plan", case_roles, save_action_plan});
    router.add({"POST", "/api/v1/stays/{stayId}/notes", case_roles, add_note});
    router.add({"PUT", "/api/v1/stays/{stayId}/appointments", case_roles, save_appointments});
    router.add({"POST", "/api/v1/stays/{stayId}/breaches", case_roles, add_breach});
    router.add({"PUT", "/api/v1/stays/{stayId}/after-care", case_roles, save_after_care});
    router.add({"PUT", "/api/v1/stays/{stayId}/individual-plan", case_roles, save_individual_plan});
    router.add({"POST", "/api/v1/stays/{stayId}/consents", case_roles, add_consent});
    router.add(
        {"POST", "/api/v1/stays/{stayId}/consents/{consentId}/withdraw", case_roles, withdraw_consent});
    router.add({"POST", "/api/v1/stays/{stayId}/referrals", case_roles, add_referral});
    router.add({"PUT", "/api/v1/stays/{stayId}/referrals/{referralId}", case_roles, update_referral});
}

} // namespace husly::http
