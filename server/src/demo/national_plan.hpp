#pragma once
// What the national generator's steps share: the offices with their staff and units, the audit
// events collected on the way (written at the end in time order), and the calendar.

#include "common/clock.hpp"
#include "demo/national_tables.hpp"

#include <chrono>
#include <cstdint>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

namespace husly::demo::national {

using Day = std::chrono::sys_days;

// A place with beds; each bed is free from a day on (bookings are made in time order).
struct UnitPlan {
    int64_t id{0};
    std::string quality_status; // at the time of booking (the generator keeps it fixed)
    bool suits_families{false};
    int rooms{1};
    int beds{1};
    std::vector<Day> bed_free_from;
};

struct OfficePlan {
    int64_t id{0};
    std::string name;
    std::string unit_number;
    std::vector<std::string> municipalities;
    double weight{0}; // share of the country's requests
    bool needs_approval{false};
    std::vector<int64_t> caseworkers;
    int64_t leader{0};
    std::vector<UnitPlan> units;
};

// One audit entry to be: kept small, there are millions.
struct AuditEvent {
    int64_t at_ms{0};
    int64_t actor{0};
    int64_t office{0};
    int64_t entity{0};
    int64_t person{0}; // 0: none
    uint8_t action{0}; // index into audit_actions()
};

struct AuditAction {
    const char* action;
    const char* entity_type;
};
const std::vector<AuditAction>& audit_actions();
// The index of `action` in audit_actions(); throws for an unknown one.
uint8_t audit_action(std::string_view action);

struct Context {
    Connection& connection;
    Tables& tables;
    std::mt19937& random;
    double scale{1};
    Day today{};
    Day first_day{}; // ten years back
    std::vector<AuditEvent> audit;
    std::unordered_set<std::string> identity_numbers; // synthetic, each used once

    void record(Instant at, int64_t actor, int64_t office, std::string_view action, int64_t entity,
                int64_t person = 0) {
        audit.push_back({at.time_since_epoch().count(), actor, office, entity, person, audit_action(action)});
    }
    int pick(int size) { return static_cast<int>(random() % static_cast<unsigned>(size)); }
    bool chance(int percent) { return static_cast<int>(random() % 100) < percent; }
};

// A day at an hour, Norwegian winter time (the generator does not need summer time).
inline Instant at_hour(Day day, int hour, int minute = 0) {
    return Instant{day} + std::chrono::hours(hour - 1) + std::chrono::minutes(minute);
}
inline std::string text_of(Day day) {
    return format_date(std::chrono::year_month_day{day});
}

// Offices for the municipalities no office serves yet (so the country is covered by about 260),
// each with a leder and caseworkers, and the accommodation: providers, units, prices, inspections,
// agreements.
std::vector<OfficePlan> plan_offices(Context& context);
void create_accommodation(Context& context, std::vector<OfficePlan>& offices);

// Ten years of requests, vedtak, stays, placements, notes, turnaways and deviations for one
// office, with the audit events they made.
void create_history(Context& context, OfficePlan& office, int64_t requests);

} // namespace husly::demo::national
