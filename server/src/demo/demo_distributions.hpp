#pragma once
// The shapes of the synthetic histories, shared by the small demo and the national-scale
// generator so both look alike: names, synthetic identity numbers, the seasons, the survey's
// groups, how long stays last and how they end.

#include "domain/statuses.hpp"

#include <array>
#include <chrono>
#include <random>
#include <string>
#include <vector>

namespace husly::demo {

const std::vector<const char*>& first_names();
const std::vector<const char*>& last_names();

// A synthetic identity number (month + 80) for a birth date, with valid check digits.
std::string synthetic_number(std::mt19937& random, int year, int month, int day);

// More people ask in the cold months: a day `days ago` before `today` (1…span) kept with a
// probability that follows the season.
int seasonal_days_ago(std::mt19937& random, int span, std::chrono::year_month_day today);

// The survey's groups (Label19) in the proportions Fafo reports; none, one or two.
std::vector<std::string> survey_groups(std::mt19937& random);

// Why people ask (CodeList::reason).
inline constexpr std::array<const char*, 7> request_reasons{
    "utkastelse",       "samlivsbrudd", "okonomi", "loslatt_fengsel", "utskrevet_institusjon",
    "konflikt_familie", "tilreisende"};

// Bolig Nu: many stays are short, some pass 3 months. Days.
int stay_length(std::mt19937& random);

// Every exit outcome (stans comes through its own decision), taken in turn by the demo.
inline constexpr std::array exit_outcomes{ExitOutcome::municipal_housing,
                                          ExitOutcome::private_rental,
                                          ExitOutcome::own_home,
                                          ExitOutcome::transit,
                                          ExitOutcome::declined_offer,
                                          ExitOutcome::ended_by_provider,
                                          ExitOutcome::left_without_notice,
                                          ExitOutcome::other};
inline constexpr std::array<const char*, 4> transit_kinds{"annen_kommune", "institusjon", "krisesenter",
                                                          "reise"};

} // namespace husly::demo
