#pragma once
// A person Husly knows: with a Norwegian identity number, or with a Husly reference when they
// have none (a traveller, a migrant worker).

#include "common/error.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace husly {

struct Person {
    int64_t id{0};
    std::optional<std::string> identity_number;
    std::optional<std::string> husly_reference; // "HUSLY-XXXXXXXX" when there is no number
    std::string first_name;
    std::string last_name;
    std::optional<std::chrono::year_month_day> birth_date;
    std::string phone;
};

// Lower-cases a name for searching (ASCII and the Nordic letters), collapsing spaces.
std::string name_search_key(std::string_view name);

// The national lookup by identity number. Every lookup states why it is made; the web app sends
// "ny_henvendelse": starting a request for the person in front of the caseworker (or on the phone).
bool is_lookup_purpose(std::string_view code);

// Lookups (and links by number) one user may make in a window: the first `alert_at` in the
// window pass quietly, the one that reaches `alert_at` also raises a security alert, and after
// `limit` the rest are refused until older ones leave the window. A caseworker at the desk makes
// a few an hour; a bulk lookup is someone finding out who is in Husly.
inline constexpr std::chrono::minutes lookup_window{10};
inline constexpr int64_t lookup_alert_at = 20;
inline constexpr int64_t lookup_limit = 30;

enum class LookupVerdict { allow, allow_and_alert, refuse };
// The verdict on one more lookup after `earlier` in the window.
LookupVerdict judge_lookup(int64_t earlier);

} // namespace husly
