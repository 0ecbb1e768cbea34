#pragma once
// A person Husly knows: with a Norwegian identity number, or with a Husly reference when they
// have none (a traveller, a migrant worker).

#include "common/error.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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

// The person's representative (fullmektig, fvl. § 12; docs/domain.md#rule-representative): a
// lawyer, Gatejuristen or someone with the person's power of attorney. Letters about the person's
// decisions name them as a copy recipient.
struct Representative {
    int64_t person_id{0};
    std::string name;    // "Advokat Kari Nordmann"
    std::string address; // "Storgata 1, 8006 Bodø": where the copy is sent
    std::string recorded_at;
    int64_t recorded_by{0};
    std::string recorded_by_name; // read only
};

// The name and address as sent, trimmed and checked: each a required single line (name at most
// 200, address at most 300 characters). The first problem (422 with its field) or the clean pair.
Result<Representative> check_representative(std::string_view name, std::string_view address);

// «Kopi til fullmektig: Advokat Kari Nordmann, Storgata 1, 8006 Bodø»: the line under a letter.
std::string copy_line(const Representative& representative);

// The form registering a person, as sent.
struct PersonInput {
    std::optional<std::string> identity_number; // none: a Husly reference is made
    std::string first_name;
    std::string last_name;
    std::optional<std::string> birth_date; // may be unknown
    std::string phone;
};

// The form checked as a whole on `today`: every problem, each with its field, in the order of the
// form (empty when it can be registered), and the person it gives. The names are required
// without an identity number; with one they may be left out (`names_given` false), since a known
// person keeps their own: the caller asks for them when the number is new.
struct CheckedPerson {
    std::vector<Error> problems;
    Person person;
    bool names_given{false};
};
CheckedPerson check_person(const PersonInput& input, std::chrono::year_month_day today);
// The names read into `person`: the problems with them (each required, at most 100 characters).
std::vector<Error> name_problems(const PersonInput& input, Person& person);

// Lower-cases a name for searching (ASCII and the Nordic letters), collapsing spaces.
std::string name_search_key(std::string_view name);

// What a caseworker types to find a case: an identity number (digits and spaces only: it must then
// be a valid one) or part of a name (at least two letters; at most 100 characters). Fails with a
// Norwegian message naming the field "q".
struct CaseSearch {
    std::optional<std::string> identity_number; // the 11 digits, when a number was typed
    std::string name_key;                       // otherwise the name's search key
};
Result<CaseSearch> parse_case_search(std::string_view text, std::chrono::year_month_day today);

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
