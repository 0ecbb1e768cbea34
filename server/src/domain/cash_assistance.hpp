#pragma once
// Money for a night as economic assistance under sosialtjenesteloven § 18
// (docs/domain.md#rule-cash-is-section-18-support): a decision of its own on the request, kept apart
// from the § 27 vedtak, so the figures tell a place from money. It never answers the request for a
// place: the request stays open until its § 27 vedtak. Pure: no I/O.

#include "common/error.hpp"
#include "domain/decision.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace husly {

struct CashAssistance {
    int64_t id{0};
    int64_t request_id{0};
    int64_t office_id{0};
    int64_t person_id{0};
    bool granted{false};
    int64_t amount_kroner{0}; // granted only: what was paid for the nights
    int64_t nights{0};        // granted only: the nights it is meant to pay for
    std::string decided_on;   // date of the decision
    std::string reasons;      // the facts and considerations (fvl § 25), granted or refused
    std::string decided_at;
    int64_t decided_by{0};
    // How and when it was given, recorded afterwards as for the § 27 vedtak (delivery_of): the appeal
    // deadline runs from the day it reached the person.
    std::optional<Delivery> delivery;
};

inline constexpr int64_t max_cash_nights = 31;
inline constexpr int64_t max_cash_amount_kroner = 100'000;

// The first rule the decision breaks: a grant has an amount (1–100 000 kr) and the nights it pays
// for (1–31); a refusal has neither; both have reasons (at least 10 letters) and a decision date
// neither before the request was received nor after today.
Status check_cash_assistance(const CashAssistance& decision, std::chrono::year_month_day request_received_on,
                             std::chrono::year_month_day today);

} // namespace husly
