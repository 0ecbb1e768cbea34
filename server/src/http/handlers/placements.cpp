// Placements: a request's placements, booking, the booking's life (confirm, decline, cancel,
// check in and out), moving to another unit, and extending.

#include "http/app.hpp"
#include "http/handlers/placements_json.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "service/placement_service.hpp"

namespace husly::http {
namespace {

Result<Response> placement_response(const Result<placements::PlacementView>& view, int status = 200) {
    if (!view) return std::unexpected(view.error());
    return json_response(status, placement_json(*view));
}

Result<placements::NeedInput> read_need(JsonReader& reader) {
    placements::NeedInput need;
    need.women_only = TRY(reader.optional_bool("womenOnly")).value_or(false);
    need.wheelchair = TRY(reader.optional_bool("wheelchair")).value_or(false);
    need.cannot_self_evacuate = TRY(reader.optional_bool("cannotSelfEvacuate")).value_or(false);
    return need;
}

// placedMembers: the members of the request's household who will live in the place, by their place
// in it (0 the applicant); absent: all of them.
Result<std::optional<std::vector<int64_t>>> read_placed_members(JsonReader& reader) {
    auto raw = reader.raw("placedMembers");
    if (!raw) return std::nullopt;
    const auto& list = raw->get();
    if (!list.is_array() || list.empty() || list.size() > 20)
        return invalid("placedMembers", "Velg hvem i husstanden som skal bo på plassen.");
    std::vector<int64_t> indices;
    for (const auto& item : list) {
        if (!item.is_number_integer())
            return invalid("placedMembers", "Velg blant husstandens medlemmer på henvendelsen.");
        indices.push_back(item.get<int64_t>());
    }
    return indices;
}

// absentChildren: for each child of the household left out, why and where the child lives.
Result<std::vector<AbsentChild>> read_absent_children(JsonReader& reader) {
    auto raw = reader.raw("absentChildren");
    if (!raw) return std::vector<AbsentChild>{};
    const auto& list = raw->get();
    if (!list.is_array() || list.size() > 20)
        return invalid("absentChildren", "Skriv hvorfor hvert barn ikke er med, og hvor barnet bor.");
    std::vector<AbsentChild> children;
    for (size_t i = 0; i < list.size(); ++i) {
        const auto& item = list[i];
        auto field = [&](const char* name) { return "absentChildren[" + std::to_string(i) + "]." + name; };
        if (!item.is_object() || !item.contains("member") || !item["member"].is_number_integer())
            return invalid(field("member"), "Velg et barn i husstanden som ikke skal bo på plassen.");
        for (const char* name : {"reason", "livesAt"})
            if (item.contains(name) && !item[name].is_string())
                return invalid(field(name), "Skriv teksten som tekst.");
        children.push_back({item["member"].get<int64_t>(), item.value("reason", std::string()),
                            item.value("livesAt", std::string())});
    }
    return children;
}

Result<Response> request_placements(RequestContext& context) {
    auto id = TRY(context.path_id("requestId"));
    auto list = nlohmann::json::array();
    for (const auto& view : TRY(placements::for_request(context.db(), context.actor(), id)))
        list.push_back(placement_json(view));
    return json_response(200, {{"placements", list}});
}

Result<Response> book(RequestContext& context) {
    auto input =
        TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<placements::BookingInput> {
            placements::BookingInput b;
            b.request_id = TRY(reader.required_integer("requestId", 1, INT64_MAX));
            b.unit_id = TRY(reader.required_integer("unitId", 1, INT64_MAX));
            b.from = TRY(reader.required_string("from"));
            b.to = TRY(reader.optional_string("to"));
            b.quality_reason = TRY(reader.optional_string("qualityReason")).value_or("");
            b.need = TRY(read_need(reader));
            b.placed_members = TRY(read_placed_members(reader));
            b.absent_children = TRY(read_absent_children(reader));
            return b;
        }));
    return placement_response(placements::book(context.db(), context.actor(), input), 201);
}

Handler step_handler(placements::Step step) {
    return [step](RequestContext& context) -> Result<Response> {
        auto id = TRY(context.path_id("placementId"));
        auto date = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<std::string> {
            return TRY(reader.optional_string("date")).value_or("");
        }));
        auto result = TRY(placements::change(context.db(), context.actor(), id, step, date));
        if (result.provider_view) return json_response(200, provider_booking_json(*result.provider_view));
        return json_response(200, placement_json(result.view));
    };
}

Result<Response> move(RequestContext& context) {
    auto id = TRY(context.path_id("placementId"));
    struct Input {
        int64_t unit_id;
        std::string date;
        std::string quality_reason;
        placements::NeedInput need;
    };
    auto input = TRY(read_json_body(context.request.body, [](JsonReader& reader) -> Result<Input> {
        return Input{TRY(reader.required_integer("unitId", 1, INT64_MAX)),
                     TRY(reader.required_string("date")),
                     TRY(reader.optional_string("qualityReason")).value_or(""), TRY(read_need(reader))};
    }));
    return placement_response(placements::move(context.db(), context.actor(), id, input.unit_id, input.date,
                                               input.quality_reason, input.need),
                              201);
}

Result<Response> extend(RequestContext& context) {
    auto id = TRY(context.path_id("placementId"));
    // Absent or null: open-ended.
    auto to = TRY(read_json_body(context.request.body,
                                 [](JsonReader& reader) { return reader.optional_string("to"); }));
    return placement_response(placements::extend(context.db(), context.actor(), id, to));
}

} // namespace

void register_placement_routes(Router& router) {
    auto case_roles = Access::roles_of({Role::veileder, Role::leder});
    auto handlers = Access::roles_of({Role::veileder, Role::leder, Role::tilbyder});
    using placements::Step;
    router.add({"GET", "/api/v1/requests/{requestId}/placements", case_roles, request_placements});
    router.add({"POST", "/api/v1/placements", case_roles, book});
    router.add({"POST", "/api/v1/placements/{placementId}/confirm", handlers, step_handler(Step::confirm)});
    router.add({"POST", "/api/v1/placements/{placementId}/decline", handlers, step_handler(Step::decline)});
    router.add({"POST", "/api/v1/placements/{placementId}/cancel", case_roles, step_handler(Step::cancel)});
    router.add({"POST", "/api/v1/placements/{placementId}/check-in", handlers, step_handler(Step::check_in)});
    router.add(
        {"POST", "/api/v1/placements/{placementId}/check-out", handlers, step_handler(Step::check_out)});
    router.add({"POST", "/api/v1/placements/{placementId}/move", case_roles, move});
    router.add({"PUT", "/api/v1/placements/{placementId}/to", case_roles, extend});
}

} // namespace husly::http
