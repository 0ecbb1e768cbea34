#pragma once
// Growing delays after failed logins (exponential back-off), for an account, for an e-mail
// address without an account (answered exactly like an account, so the answer never tells
// whether one exists), and for a client address. Pure: the caller keeps the counters.

#include "common/clock.hpp"

#include <chrono>
#include <optional>
#include <string>

namespace husly::login_throttle {

// The failures in a row counting one more now: the count starts again when the last failure is
// older than `memory`.
int failures_in_a_row(int stored, const std::optional<Instant>& last_failure, Instant now,
                      std::chrono::seconds memory);

// How long to refuse after `failures` in a row: nothing below `threshold`, then `first`,
// doubling with each further failure, never more than `max`.
std::chrono::seconds lock_for(int failures, int threshold, std::chrono::seconds first,
                              std::chrono::seconds max);

// "30 sekunder", "1 minutt", "4 minutter" (rounded up): for "Vent … og prøv igjen".
std::string wait_in_words(std::chrono::seconds wait);

} // namespace husly::login_throttle
