// The audit log, for administrators: list with filters, and verification of the chain.

#include "common/clock.hpp"
#include "http/app.hpp"
#include "http/routes.hpp"
#include "service/audit_service.hpp"

#include <charconv>

namespace husly::http {
namespace {

nlohmann::json audit_entry_json(const AuditEntry& entry) {
    auto optional = [](const std::optional<int64_t>& value) {
        return value ? nlohmann::json(*value) : nlohmann::json();
    };
    nlohmann::json detail = nlohmann::json::parse(entry.detail, nullptr, false);
    return {{"id", entry.id},
            {"occurredAt", entry.occurred_at},
            {"actorUserId", optional(entry.actor_user_id)},
            {"officeId", optional(entry.office_id)},
            {"action", entry.action},
            {"entityType", entry.entity_type},
            {"entityId", entry.entity_id},
            {"personId", optional(entry.person_id)},
            {"address", entry.address},
            {"detail", detail.is_discarded() ? nlohmann::json::object() : detail}};
}

Result<std::optional<int64_t>> query_id(const std::map<std::string, std::string>& query,
                                        const std::string& name) {
    auto it = query.find(name);
    if (it == query.end() || it->second.empty()) return std::optional<int64_t>{};
    int64_t value = 0;
    auto [ptr, ec] = std::from_chars(it->second.data(), it->second.data() + it->second.size(), value);
    if (ec != std::errc{} || ptr != it->second.data() + it->second.size() || value <= 0)
        return invalid(name, "Må være et positivt heltall.");
    return std::optional<int64_t>{value};
}

// A date "YYYY-MM-DD" as the start of that day (UTC); `next_day` for an exclusive end.
Result<std::optional<std::string>> query_day(const std::map<std::string, std::string>& query,
                                             const std::string& name, bool next_day) {
    auto it = query.find(name);
    if (it == query.end() || it->second.empty()) return std::optional<std::string>{};
    auto date = parse_date(it->second);
    if (!date) return invalid(name, date_error_message(it->second));
    auto day = std::chrono::sys_days{*date} + std::chrono::days{next_day ? 1 : 0};
    return std::optional<std::string>{format_date(std::chrono::year_month_day{day}) + "T00:00:00.000Z"};
}

Result<Response> list_audit(RequestContext& context) {
    audit::Filter filter;
    filter.actor_user_id = TRY(query_id(context.query, "userId"));
    filter.person_id = TRY(query_id(context.query, "personId"));
    filter.before_id = TRY(query_id(context.query, "before"));
    filter.from = TRY(query_day(context.query, "from", false));
    filter.to = TRY(query_day(context.query, "to", true));
    if (auto it = context.query.find("action"); it != context.query.end() && !it->second.empty()) {
        if (it->second.size() > 64) return invalid("action", "For lang verdi.");
        filter.action_prefix = it->second;
    }
    if (auto limit = TRY(query_id(context.query, "limit")))
        filter.limit = static_cast<int>(std::min<int64_t>(*limit, 1000));
    auto entries = audit::list(context.db(), context.actor(), filter);
    auto list = nlohmann::json::array();
    for (const auto& entry : entries) list.push_back(audit_entry_json(entry));
    nlohmann::json body = {{"entries", list},
                           {"nextBefore", entries.size() == size_t(filter.limit) && !entries.empty()
                                              ? nlohmann::json(entries.back().id)
                                              : nlohmann::json()}};
    return json_response(200, body);
}

Result<Response> verify_audit(RequestContext& context) {
    auto result = audit::verify_as(context.db(), context.actor(), context.app.config().audit_checkpoints);
    nlohmann::json latest;
    if (result.latest) latest = {{"id", result.latest->id}, {"writtenAt", result.latest->written_at}};
    return json_response(
        200, {{"ok", result.ok},
              {"entriesChecked", result.entries_checked},
              {"checkpointsChecked", result.checkpoints_checked},
              {"latestCheckpoint", latest},
              {"firstBadId", result.first_bad_id ? nlohmann::json(*result.first_bad_id) : nlohmann::json()},
              {"problem", result.problem}});
}

} // namespace

void register_audit_routes(Router& router) {
    router.add({"GET", "/api/v1/audit", Access::roles_of({Role::administrator}), list_audit});
    router.add({"GET", "/api/v1/audit/verify", Access::roles_of({Role::administrator}), verify_audit});
}

} // namespace husly::http
