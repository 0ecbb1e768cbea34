#include "service/deviation_service.hpp"

#include "common/clock.hpp"
#include "domain/decision.hpp"
#include "domain/request_codes.hpp"
#include "domain/stay.hpp"
#include "domain/text_rules.hpp"
#include "export/table_export.hpp"
#include "service/audit_service.hpp"
#include "service/case_access.hpp"
#include "store/decision_repository.hpp"
#include "store/deviation_repository.hpp"
#include "store/person_repository.hpp"
#include "store/placement_repository.hpp"
#include "store/request_repository.hpp"
#include "store/stay_repository.hpp"

#include <fmt/format.h>

namespace husly::deviations {
namespace {

namespace repo = deviation_repository;

constexpr int list_limit = 500;

Deviation opened(const Actor& actor, int64_t office_id, std::string kind) {
    Deviation deviation;
    deviation.office_id = office_id;
    deviation.kind = std::move(kind);
    deviation.status = DeviationStatus::open;
    deviation.opened_on = format_date(today());
    deviation.opened_at = format_instant(now());
    deviation.opened_by = actor.user_id;
    return deviation;
}

void audit_deviation(Connection& connection, const Actor& actor, const char* action,
                     const Deviation& deviation) {
    audit::record(
        connection, &actor, actor.address,
        {action, "deviation", std::to_string(deviation.id), deviation.person_id, {{"kind", deviation.kind}}});
}

// The 3-month rule: a family with children or an under-25 whose stay has lasted 3 months.
void raise_overdue_stays(Connection& connection, const Actor& actor, int64_t office_id) {
    auto day = today();
    for (const auto& row : stay_repository::open_stays(connection, office_id)) {
        const auto& stay = row.stay;
        if (!is_escalated(stay, day)) continue;
        auto kind = stay.family_with_children ? "barnefamilie_over_3_mnd" : "ung_over_3_mnd";
        auto deviation = opened(actor, office_id, kind);
        deviation.source_key = fmt::format("stay:{}:{}", stay.id, kind);
        deviation.person_id = stay.person_id;
        deviation.request_id = stay.request_id;
        deviation.stay_id = stay.id;
        deviation.description =
            fmt::format("Oppholdet begynte {} og passerte 3 måneder {}.", display_date(stay.started_on),
                        display_date(format_date(three_month_mark(*parse_date(stay.started_on)))));
        if (auto id = repo::raise(connection, deviation)) {
            deviation.id = *id;
            audit_deviation(connection, actor, "deviation.raise", deviation);
        }
    }
}

// A list's status filter: empty for all (none), or one of the statuses.
Result<std::optional<DeviationStatus>> status_filter(const std::string& status) {
    if (status.empty()) return std::nullopt;
    auto parsed = parse_deviation_status(status);
    if (!parsed) return invalid("status", "Velg apent, meldt eller lukket.");
    return parsed;
}

DeviationView view_of(Connection& connection, Deviation deviation) {
    DeviationView view;
    if (deviation.person_id)
        if (auto person = person_repository::find(connection, *deviation.person_id))
            view.person_name = person->first_name + " " + person->last_name;
    view.deviation = std::move(deviation);
    return view;
}

std::string label(CodeList list, const std::string& code) {
    auto entry = find_code(list, code);
    return entry ? std::string(entry->label) : code;
}

} // namespace

void raise_for_placement(Connection& connection, const Actor& actor, const Placement& placement,
                         const std::string& kind, const std::string& description) {
    auto deviation = opened(actor, placement.office_id, kind);
    deviation.source_key = fmt::format("placement:{}:{}", placement.id, kind);
    deviation.person_id = placement.person_id;
    deviation.request_id = placement.request_id;
    deviation.stay_id = placement.stay_id;
    deviation.placement_id = placement.id;
    deviation.unit_id = placement.unit_id;
    deviation.description = description;
    if (auto id = repo::raise(connection, deviation)) {
        deviation.id = *id;
        audit_deviation(connection, actor, "deviation.raise", deviation);
    }
}

Result<std::vector<DeviationView>> list(Connection& connection, const Actor& actor,
                                        const std::string& status) {
    auto office_id = TRY(case_office(actor));
    auto wanted = TRY(status_filter(status));
    return in_transaction(connection, [&](Transaction&) -> Result<std::vector<DeviationView>> {
        raise_overdue_stays(connection, actor, office_id);
        std::vector<DeviationView> views;
        for (auto& row : repo::of_office(connection, office_id, wanted, list_limit)) {
            if (row.deviation.person_id) audit_deviation(connection, actor, "deviation.list", row.deviation);
            views.push_back({std::move(row.deviation), std::move(row.person_name)});
        }
        return views;
    });
}

Result<DeviationView> create_manual(Connection& connection, const Actor& actor,
                                    const std::string& description, std::optional<int64_t> stay_id) {
    auto office_id = TRY(case_office(actor));
    TRY(check_text("description", description, 4000, true, "Beskriv avviket."));
    return in_transaction(connection, [&](Transaction&) -> Result<DeviationView> {
        auto deviation = opened(actor, office_id, "manuelt");
        if (stay_id) {
            auto stay = stay_repository::find(connection, *stay_id);
            if (!stay || stay->office_id != office_id) return invalid("stayId", "Fant ikke oppholdet.");
            deviation.stay_id = stay->id;
            deviation.person_id = stay->person_id;
            deviation.request_id = stay->request_id;
        }
        deviation.description = description;
        deviation.id = repo::raise(connection, deviation).value();
        audit_deviation(connection, actor, "deviation.create", deviation);
        return view_of(connection, deviation);
    });
}

Result<DeviationView> advance(Connection& connection, const Actor& actor, int64_t deviation_id,
                              DeviationStatus to_status, const std::string& note) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<DeviationView> {
        auto deviation = repo::find(connection, deviation_id);
        if (!deviation || deviation->office_id != office_id) return not_found("Fant ikke avviket.");
        TRY(check_deviation_step(deviation->status, to_status, note));
        auto at = format_instant(now());
        bool reporting = to_status == DeviationStatus::reported;
        if (reporting)
            repo::report(connection, deviation_id, at, actor.user_id, note);
        else
            repo::close(connection, deviation_id, at, actor.user_id, note.empty() ? deviation->note : note);
        auto updated = repo::find(connection, deviation_id).value();
        audit_deviation(connection, actor, reporting ? "deviation.report" : "deviation.close", updated);
        return view_of(connection, updated);
    });
}

Result<table_export::Sheet> export_sheet(Connection& connection, const Actor& actor,
                                         const std::string& status) {
    auto office_id = TRY(case_office(actor));
    auto wanted = TRY(status_filter(status));
    return in_transaction(connection, [&](Transaction&) -> Result<table_export::Sheet> {
        raise_overdue_stays(connection, actor, office_id);
        using table_export::Cell;
        auto date_cell = [](const std::optional<std::string>& instant) -> Cell {
            if (!instant) return {};
            auto day = parse_date(norwegian_date_of(*instant));
            return day ? Cell{*day} : Cell{};
        };
        table_export::Sheet sheet{
            "Avvik", {"Nr", "Type", "Beskrivelse", "Status", "Åpnet", "Meldt", "Lukket", "Merknad"}, {}};
        for (const auto& row : repo::of_office(connection, office_id, wanted, list_limit)) {
            const auto& d = row.deviation;
            auto opened = parse_date(d.opened_on);
            sheet.rows.push_back({d.id, label(CodeList::deviation_kind, d.kind), d.description,
                                  std::string(label(d.status)), opened ? Cell{*opened} : Cell{},
                                  date_cell(d.reported_at), date_cell(d.closed_at), d.note});
        }
        audit::record(
            connection, &actor, actor.address,
            {"deviation.export", "office", std::to_string(office_id), std::nullopt, {{"status", status}}});
        return sheet;
    });
}

Result<Turnaway> record_turnaway(Connection& connection, const Actor& actor, Turnaway turnaway) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<Turnaway> {
        auto request = request_repository::find(connection, turnaway.request_id);
        if (!request || request->office_id != office_id) return not_found("Fant ikke henvendelsen.");
        TRY(check_turnaway(turnaway, today(),
                           norwegian_date(parse_instant(request->received_at).value_or(now()))));
        auto decision = decision_repository::find_by_request(connection, request->id);
        bool moved_in = false;
        for (const auto& placement : placement_repository::for_request(connection, request->id))
            moved_in = moved_in || was_lived_in(placement.status);
        TRY(check_turnaway_fits(decision, request->outcome && request->outcome->kind == "trukket", moved_in));
        turnaway.office_id = office_id;
        turnaway.person_id = request->person_id;
        turnaway.registered_at = format_instant(now());
        turnaway.registered_by = actor.user_id;
        turnaway.id = placement_repository::insert_turnaway(connection, turnaway);
        audit::record(connection, &actor, actor.address,
                      {"turnaway.create", "turnaway", std::to_string(turnaway.id), turnaway.person_id, {}});
        if (decision && decision->status == DecisionStatus::decided && is_granted(*decision)) {
            auto deviation = opened(actor, office_id, "vedtak_uten_plass");
            deviation.source_key = fmt::format("turnaway:{}", turnaway.id);
            deviation.person_id = request->person_id;
            deviation.request_id = request->id;
            deviation.description = fmt::format("Ingen plass funnet {} ({}). Gjort i stedet: {}.",
                                                display_date(turnaway.occurred_on),
                                                label(CodeList::turnaway_reason, turnaway.reason),
                                                label(CodeList::turnaway_instead, turnaway.instead.front()));
            deviation.id = repo::raise(connection, deviation).value();
            audit_deviation(connection, actor, "deviation.raise", deviation);
        }
        return turnaway;
    });
}

Result<std::vector<Turnaway>> turnaways_for_request(Connection& connection, const Actor& actor,
                                                    int64_t request_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<std::vector<Turnaway>> {
        auto request = request_repository::find(connection, request_id);
        if (!request || request->office_id != office_id) return not_found("Fant ikke henvendelsen.");
        audit::record(connection, &actor, actor.address,
                      {"turnaway.list", "request", std::to_string(request_id), request->person_id, {}});
        return placement_repository::turnaways_for_request(connection, request_id);
    });
}

Result<std::vector<TurnawayView>> turnaways_of_office(Connection& connection, const Actor& actor) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Result<std::vector<TurnawayView>> {
        std::vector<TurnawayView> views;
        for (auto& row : placement_repository::turnaways_of_office(connection, office_id, list_limit)) {
            audit::record(
                connection, &actor, actor.address,
                {"turnaway.list", "turnaway", std::to_string(row.turnaway.id), row.turnaway.person_id, {}});
            views.push_back({std::move(row.turnaway), std::move(row.person_name)});
        }
        return views;
    });
}

} // namespace husly::deviations
