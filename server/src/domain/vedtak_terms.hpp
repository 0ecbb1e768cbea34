#pragma once
// What a granted vedtak must say about the place and the money, so that the person can appeal what
// it says (docs/domain.md#rule-vedtak-names-the-offer, #rule-conditions-must-be-lawful,
// #rule-own-payment): the place offered (provider, address, from when) or the office's statement
// that it will find one and by when; the conditions, each lawful and stated with its basis; the
// own payment per night and per month and how it was set against the person's means. A later
// change of place is an amending vedtak with its own letter. Pure: no I/O.

#include "common/error.hpp"
#include "domain/decision.hpp"
#include "domain/placement.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace husly {

// Every problem with what the vedtak offers, each on its field (offerKind, offerProvider,
// offerAddress, offerFrom, offerFindBy). A grant names the place with its provider, address and
// first day inside the period, or the day inside the period by which the office will have found
// one. A refusal or dismissal offers nothing.
std::vector<Error> offer_problems(const Decision& decision);

// Why a condition code may not be attached to the § 27 right (attending follow-up meetings with the
// office: «oppfolging»); nullopt for a lawful one.
std::optional<std::string> unlawful_condition(std::string_view code);

// The basis of a lawful condition, said to the person in the letter ("" for an unknown code).
std::string condition_basis(std::string_view code, std::string_view on_date);

// Every problem with the vedtak's conditions and own payment, each on its field (conditions,
// ownPaymentRate, ownPaymentMonthlyCap, ownPaymentAssessment, ownPaymentSocialAssistance): no
// unlawful condition; «egenbetaling» states the rate, the cap and the assessment, and is not set
// for a person whose income is social assistance; amounts only with «egenbetaling»; a refusal has
// neither conditions nor own payment.
std::vector<Error> money_and_condition_problems(const Decision& decision);

// The own payment the vedtak sets, as the stay's cost counts it: nothing (rate 0) when the vedtak
// sets none or the person's income is social assistance.
OwnPaymentTerms own_payment_terms_of(const Decision& decision);

// A change of place after the vedtak (docs/domain.md#rule-vedtak-names-the-offer): an amending
// vedtak naming the new place, why, and whether the person agreed; it has its own letter and
// appeal.
struct PlaceChange {
    int64_t id{0};
    int64_t decision_id{0};
    std::string provider;
    std::string address;
    std::string from; // date
    std::string reason;
    bool person_agrees{false};
    std::string decided_at; // instant
    int64_t decided_by{0};
};

// Whether the place of `decision` can be changed: only on a decided grant (409 otherwise).
Status check_place_change_allowed(const Decision& decision);
// Every problem with a change of place, each on its field (provider, address, fromDate, reason):
// who runs the new place, where it is, why the place changes, and a first day inside the period,
// not before the vedtak was decided and not more than 30 days ahead of `today`.
std::vector<Error> place_change_problems(const PlaceChange& change, const Decision& decision,
                                         std::chrono::year_month_day today);

} // namespace husly
