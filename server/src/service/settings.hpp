#pragma once
// Server-wide settings that the services consult (from flags and HUSLY_* variables).

#include <chrono>

namespace husly {

struct SecuritySettings {
    std::chrono::minutes session_idle{30};   // logged out after this long without a request
    std::chrono::hours session_absolute{12}; // logged out after this long whatever happens
    // An account (and an e-mail address without one, answered the same way) locks after
    // `lockout_threshold` failures in a row: first for `lockout_duration`, doubling with each
    // further failure, at most `lockout_max`. A failure older than `failure_memory` is forgotten.
    int lockout_threshold{5};
    std::chrono::seconds lockout_duration{60};
    std::chrono::seconds lockout_max{3600};
    std::chrono::seconds failure_memory{24 * 3600};
    // A client address (behind a trusted proxy: the client, never the proxy) may fail
    // `address_failure_limit` times within `address_window`; after that it waits
    // `address_first_wait` (1 s), then 2 s, 4 s … (at most the window) before it is heard again.
    int address_failure_limit{20};
    std::chrono::seconds address_window{15 * 60};
    std::chrono::seconds address_first_wait{1};
    bool secure_cookies{false}; // set Secure on cookies (behind TLS)
};

} // namespace husly
