// Stays and their follow-up: the 3-month watch, agreement, action plan, notes, appointments,
// house-rule breaches, exit, after-care and stans.

#include "http/app.hpp"
#include "http/case_views.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "http/views.hpp"
#include "service/stay_service.hpp"

namespace husly::http {
namespace {

Result<Response> detail_response(const Result<stays::StayDetail>& detail, int status = 200) {
    if (!detail) return std::unexpected(detail.error());
    return json_response(status, stay_detail_json(*detail));
}

Result<Response> list_stays(RequestContext& context) {
    auto which = stays::StayList::open;
    if (auto it = context.query.find("list"); it != context.query.end()) {
        if (it->second == "watch")
            which = stays::StayList::watch;
        else if (it->second == "ended")
            which = stays::StayList::ended;
        else if (it->second != "open")
            return invalid("list", "Velg open, watch eller ended.");
    }
    auto list = nlohmann::json::array();
    for (const auto& view : TRY(stays::list(context.db(), context.actor(), which)))
        list.push_back(stay_json(view));
    return json_response(200, {{"stays", list}});
}

Result<Response> start_stay(RequestContext& context) {
    struct Input {
        int64_t request_id;
        std::string started_on;
    };
    auto input = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<Input> {
        return Input{TRY(reader.required_integer("requestId", 1, INT64_MAX)),
                     TRY(reader.required_string("startedOn"))};
    }));
    return detail_response(stays::start(context.db(), context.actor(), input.request_id, input.started_on),
                           201);
}

Result<Response> get_stay(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    return detail_response(stays::get(context.db(), context.actor(), id));
}

Result<Response> person_stays(RequestContext& context) {
    auto id = TRY(context.path_id("personId"));
    auto list = nlohmann::json::array();
    for (const auto& view : TRY(stays::for_person(context.db(), context.actor(), id)))
        list.push_back(stay_json(view));
    return json_response(200, {{"stays", list}});
}

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
    return detail_response(stays::save_agreement(context.db(), context.actor(), id, agreement));
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
    return detail_response(stays::save_action_plan(context.db(), context.actor(), id, items));
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
    return detail_response(stays::add_note(context.db(), context.actor(), id, input.text, input.corrects),
                           201);
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
    return detail_response(stays::save_appointments(context.db(), context.actor(), id, items));
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
    return detail_response(stays::add_breach(context.db(), context.actor(), id, breach), 201);
}

Result<Response> record_exit(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto exit = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<StayExit> {
        StayExit e;
        e.ended_on = TRY(reader.required_string("endedOn"));
        e.outcome = TRY(reader.required_string("outcome"));
        e.transit_kind = TRY(reader.optional_string("transitKind")).value_or("");
        e.transit_until = TRY(reader.optional_string("transitUntil"));
        e.note = TRY(reader.optional_string("note")).value_or("");
        return e;
    }));
    return detail_response(stays::record_exit(context.db(), context.actor(), id, exit));
}

Result<Response> save_after_care(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto care = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<AfterCare> {
        AfterCare c;
        c.agreed_on = TRY(reader.required_string("agreedOn"));
        c.forms = TRY(reader.string_array("forms", 3, 20));
        c.note = TRY(reader.optional_string("note")).value_or("");
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
    return detail_response(stays::save_after_care(context.db(), context.actor(), id, care));
}

Result<Response> terminate(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto termination =
        TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<StayTermination> {
            StayTermination t;
            t.effective_on = TRY(reader.optional_string("effectiveOn")).value_or("");
            if (auto ids = reader.raw("breachIds")) {
                if (!ids->get().is_array() || ids->get().size() > 50)
                    return invalid("breachIds", "Feltet må være en liste med tall.");
                for (const auto& value : ids->get()) {
                    if (!value.is_number_integer())
                        return invalid("breachIds", "Feltet må være en liste med tall.");
                    t.breach_ids.push_back(value.get<int64_t>());
                }
            }
            t.facts = TRY(reader.optional_string("facts")).value_or("");
            t.resident_account = TRY(reader.optional_string("residentAccount")).value_or("");
            t.considerations = TRY(reader.optional_string("considerations")).value_or("");
            t.informed_on = TRY(reader.optional_string("informedOn")).value_or("");
            return t;
        }));
    return detail_response(stays::terminate(context.db(), context.actor(), id, termination));
}

Result<Response> termination_letter(RequestContext& context) {
    auto id = TRY(context.path_id("stayId"));
    auto pdf = TRY(stays::termination_letter(context.db(), context.actor(), id));
    return pdf_response(std::move(pdf), "vedtak-stans-" + std::to_string(id) + ".pdf");
}

} // namespace

void register_stay_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    router.add({"GET", "/api/v1/stays", case_roles, list_stays});
    router.add({"POST", "/api/v1/stays", case_roles, start_stay});
    router.add({"GET", "/api/v1/stays/{stayId}", case_roles, get_stay});
    router.add({"GET", "/api/v1/persons/{personId}/stays", case_roles, person_stays});
    router.add({"PUT", "/api/v1/stays/{stayId}/agreement", case_roles, save_agreement});
    router.add({"PUT", "/api/v1/stays/{stayId}/action-plan", case_roles, save_action_plan});
    router.add({"POST", "/api/v1/stays/{stayId}/notes", case_roles, add_note});
    router.add({"PUT", "/api/v1/stays/{stayId}/appointments", case_roles, save_appointments});
    router.add({"POST", "/api/v1/stays/{stayId}/breaches", case_roles, add_breach});
    router.add({"POST", "/api/v1/stays/{stayId}/exit", case_roles, record_exit});
    router.add({"PUT", "/api/v1/stays/{stayId}/after-care", case_roles, save_after_care});
    router.add({"POST", "/api/v1/stays/{stayId}/termination", case_roles, terminate});
    router.add({"GET", "/api/v1/stays/{stayId}/termination/letter", case_roles, termination_letter});
}

} // namespace husly::http
