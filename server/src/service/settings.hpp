#pragma once
// Server-wide settings that the services consult (from flags and HUSLY_* variables).

#include <chrono>

namespace husly {

struct SecuritySettings {
    std::chrono::minutes session_idle{30};   // logged out after this long without a request
    std::chrono::hours session_absolute{12}; // logged out after this long whatever happens
    int lockout_threshold{5};                // failed logins in a row before the account locks
    std::chrono::minutes lockout_duration{15};
    int address_failure_limit{20}; // failed logins from one address per window
    std::chrono::minutes address_window{15};
    bool secure_cookies{false}; // set Secure on cookies (behind TLS)
};

} // namespace husly
