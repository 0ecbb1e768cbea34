#include "demo/national_data.hpp"

#include "demo/demo_service.hpp"
#include "demo/national_plan.hpp"
#include "domain/audit_chain.hpp"
#include "store/audit_repository.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <stdexcept>

namespace husly::demo::national {

const std::vector<AuditAction>& audit_actions() {
    static const std::vector<AuditAction> actions{{"person.create", "person"},
                                                  {"request.create", "request"},
                                                  {"request.read", "request"},
                                                  {"request.outcome", "request"},
                                                  {"decision.decide", "decision"},
                                                  {"stay.create", "stay"},
                                                  {"stay.read", "stay"},
                                                  {"stay.note", "stay"},
                                                  {"stay.exit", "stay"},
                                                  {"placement.create", "placement"},
                                                  {"child_assessment.raise", "request"},
                                                  {"child_assessment.record", "request"},
                                                  {"turnaway.create", "request"},
                                                  {"deviation.raise", "deviation"},
                                                  {"cash_assistance.record", "request"}};
    return actions;
}

uint8_t audit_action(std::string_view action) {
    const auto& actions = audit_actions();
    for (size_t i = 0; i < actions.size(); ++i)
        if (actions[i].action == action) return static_cast<uint8_t>(i);
    throw std::logic_error("national: unknown audit action " + std::string(action));
}

namespace {

void say(const Options& options, const std::string& line) {
    if (options.progress) options.progress(line);
}

// The events in time order, continuing the chain from its head; written in batches.
void write_audit(Context& context, const Options& options) {
    auto& events = context.audit;
    std::stable_sort(events.begin(), events.end(),
                     [](const AuditEvent& a, const AuditEvent& b) { return a.at_ms < b.at_ms; });
    auto head = audit_repository::head(context.connection);
    const auto& key = context.connection.audit_key(); // the keyed chain, as the services write it
    AuditEntry entry;
    entry.prev_hash = head.last_hash;
    entry.address = "10.0.0.1";
    entry.detail = "{}";
    constexpr size_t batch = 20'000;
    const auto& actions = audit_actions();
    for (size_t start = 0; start < events.size(); start += batch) {
        Transaction transaction(context.connection);
        for (size_t i = start; i < std::min(events.size(), start + batch); ++i) {
            const auto& event = events[i];
            entry.id = context.tables.next_id("audit_log");
            entry.occurred_at = format_instant(Instant{std::chrono::milliseconds(event.at_ms)});
            entry.actor_user_id = event.actor;
            entry.office_id = event.office;
            entry.action = actions[event.action].action;
            entry.entity_type = actions[event.action].entity_type;
            entry.entity_id = std::to_string(event.entity);
            entry.person_id = event.person ? std::optional<int64_t>(event.person) : std::nullopt;
            entry.hash = compute_audit_hash(entry, key);
            context.tables.audit_log.add_row({{"id", entry.id},
                                              {"occurred_at", entry.occurred_at},
                                              {"actor_user_id", entry.actor_user_id},
                                              {"office_id", entry.office_id},
                                              {"action", entry.action},
                                              {"entity_type", entry.entity_type},
                                              {"entity_id", entry.entity_id},
                                              {"person_id", entry.person_id},
                                              {"address", entry.address},
                                              {"detail", entry.detail},
                                              {"prev_hash", entry.prev_hash},
                                              {"hash", entry.hash}});
            entry.prev_hash = entry.hash;
        }
        context.tables.flush(context.connection);
        long long last_id = entry.id;
        context.connection.sql() << "UPDATE audit_head SET last_id = :id, last_hash = :h WHERE singleton = 1",
            soci::use(last_id), soci::use(entry.prev_hash);
        transaction.commit();
        if ((start / batch) % 25 == 24)
            say(options, fmt::format("Revisjonslogg: {} av {} oppføringer.", start + batch, events.size()));
    }
    events.clear();
    events.shrink_to_fit();
}

} // namespace

Summary generate(Connection& connection, const Options& options) {
    auto started = std::chrono::steady_clock::now();
    if (!(options.scale > 0) || options.scale > 100)
        throw std::invalid_argument("skalaen må være mellom 0 og 100.");
    demo::create_accounts(connection);
    int persons = 0;
    connection.sql() << "SELECT COUNT(*) FROM persons", soci::into(persons);
    if (persons > 0)
        throw std::runtime_error("databasen har allerede personer: stordata lages i en tom database.");

    std::mt19937 random(options.seed);
    Tables tables(connection);
    tables.load_id_starts(connection);
    Context context{connection, tables, random, options.scale};
    context.today = Day{today()};
    context.first_day = Day{std::chrono::year_month_day{context.today} - std::chrono::years(10)};

    auto offices = plan_offices(context);
    create_accommodation(context, offices);
    {
        Transaction transaction(connection);
        tables.flush(connection);
        transaction.commit();
    }
    say(options, fmt::format("{} kontorer med ansatte, tilbydere og enheter.", offices.size()));

    auto requests = static_cast<int64_t>(std::llround(300'000 * options.scale));
    for (size_t i = 0; i < offices.size(); ++i) {
        auto wanted = std::max<int64_t>(1, std::llround(static_cast<double>(requests) * offices[i].weight));
        create_history(context, offices[i], wanted);
        Transaction transaction(connection);
        tables.flush(connection);
        transaction.commit();
        if ((i + 1) % 26 == 0)
            say(options, fmt::format("Historikk: {} av {} kontorer.", i + 1, offices.size()));
    }
    write_audit(context, options);
    {
        Transaction transaction(connection);
        tables.restart_identities(connection);
        transaction.commit();
    }
    Summary summary;
    for (const auto& [table, rows] : tables.counts())
        if (rows > 0) summary.written.push_back({table, rows});
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return summary;
}

} // namespace husly::demo::national
