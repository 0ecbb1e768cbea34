#pragma once
// Drafting and deciding a vedtak on a request, and its letter.

#include "common/error.hpp"
#include "domain/account.hpp"
#include "domain/decision.hpp"
#include "domain/vedtak_terms.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly::decisions {

struct DecisionInput {
    std::string outcome;
    std::optional<std::string> period_from;
    std::optional<std::string> period_to;
    std::string long_period_reason;
    std::vector<std::string> conditions;
    std::string conditions_text;
    std::vector<std::string> refusal_reasons;
    std::string facts;
    std::string considerations;
    std::string applied_for;  // partial grant: what was applied for
    std::string refused_part; // partial grant: what is refused
    VedtakOffer offer;
    VedtakOwnPayment own_payment;
    VedtakResponsibility responsibility;
};

struct DecisionView {
    Decision decision;
    std::vector<Error> problems; // what stops it from being decided (empty when complete)
    std::vector<Appeal> appeals;
    // What a place for the household may rest on now (domain: place_basis); none when no place
    // may be booked yet.
    std::optional<PlaceBasis> place_allowed;
    std::string submitted_by_name;          // who sent it for approval, by name; empty when nobody did
    std::vector<PlaceChange> place_changes; // amending vedtak that moved the person, oldest first
};

// The decision with its problems and appeals, read without access checks or audit: for use cases
// that have done both (the person's own copy).
DecisionView view_of(Connection& connection, const Decision& decision);

// The request's decision; nullopt when none has been drafted.
Result<std::optional<DecisionView>> get(Connection& connection, const Actor& actor, int64_t request_id);
// Creates or updates the draft. Values are checked for form (codes, dates, lengths), not yet for
// completeness: a draft may be incomplete.
Result<DecisionView> save_draft(Connection& connection, const Actor& actor, int64_t request_id,
                                const DecisionInput& input);
// Decides the draft: all elements must be there. Stores the letter and gives the request its outcome.
// Where the office's setting says so, a veileder's decision goes to a leder for approval first;
// a leder's decide is the approval.
Result<DecisionView> decide(Connection& connection, const Actor& actor, int64_t request_id);
// A leder sends a decision awaiting approval back to draft, saying why.
Result<DecisionView> return_to_draft(Connection& connection, const Actor& actor, int64_t request_id,
                                     const std::string& note);
// Records how and when the decided vedtak was given (fvl. §§ 27, 29): the day it reached the person
// and the appeal deadline follow (domain: record_delivery).
Result<DecisionView> record_delivery(Connection& connection, const Actor& actor, int64_t request_id,
                                     const std::string& method, const std::string& on);
// An appeal with the day it was sent (posted or handed in; fvl. § 30) and the day it came in.
Result<DecisionView> register_appeal(Connection& connection, const Actor& actor, int64_t request_id,
                                     const std::string& sent_on, const std::string& received_on,
                                     const std::string& summary);
// The § 31 assessment of a late appeal; a dismissal (avvist) renders and stores its letter once.
Result<DecisionView> assess_late_appeal(Connection& connection, const Actor& actor, int64_t request_id,
                                        int64_t appeal_id, const std::string& assessment,
                                        const std::string& reason);
// The stored letter dismissing a late appeal.
Result<std::string> dismissal_letter(Connection& connection, const Actor& actor, int64_t request_id,
                                     int64_t appeal_id);
Result<DecisionView> record_appeal_result(Connection& connection, const Actor& actor, int64_t request_id,
                                          int64_t appeal_id, const std::string& result, const std::string& on,
                                          const std::string& note);
// The stored PDF letter of a decided decision.
Result<std::string> letter(Connection& connection, const Actor& actor, int64_t request_id);

// An amending vedtak that moves the person to another place (docs/domain.md#rule-vedtak-names-the-offer):
// only on a decided grant; its letter names the new place and the right to appeal, and is stored.
Result<DecisionView> change_place(Connection& connection, const Actor& actor, int64_t request_id,
                                  const PlaceChange& change);
// The stored letter of a change of place.
Result<std::string> place_change_letter(Connection& connection, const Actor& actor, int64_t request_id,
                                        int64_t change_id);

} // namespace husly::decisions
