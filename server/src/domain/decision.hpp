#pragma once
// A decision (enkeltvedtak) on a request for temporary accommodation, and the rules that must
// hold before it can be decided (forvaltningsloven §§ 23–25, 27–29; sosialtjenesteloven § 27).

#include "common/error.hpp"
#include "domain/statuses.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace husly {

// What a granted vedtak offers (docs/domain.md#rule-vedtak-names-the-offer): the place named
// (provider, address, from when), or the office's statement that it will find one and by when.
struct VedtakOffer {
    std::optional<OfferKind> kind;
    std::string provider;               // named place: who runs it
    std::string address;                // named place: where it is
    std::optional<std::string> from;    // named place: from when (date)
    std::optional<std::string> find_by; // the office finds one: by when (date)
};

// The own payment a granted vedtak sets when its conditions include «egenbetaling»
// (docs/domain.md#rule-own-payment): the rate per night, the cap per month, what the person was
// assessed able to pay, and the assessment against their means.
struct VedtakOwnPayment {
    std::optional<int64_t> rate_per_night;
    std::optional<int64_t> monthly_cap;
    std::optional<int64_t> can_pay_per_month;
    bool income_is_social_assistance{false};
    std::string assessment;
};

// Who must help (docs/domain.md#rule-wrong-municipality-is-forwarded,
// #rule-persons-without-a-fixed-home-in-norway): a refusal because another municipality is
// responsible records where the request was sent on; a person who is not a Norwegian citizen and has
// no fixed home (bopel) in Norway has the limited right of the 2011 regulation, with its assessment.
struct VedtakResponsibility {
    std::string forwarded_to;                // kommunenummer the request was sent on to
    std::optional<std::string> forwarded_on; // date
    bool without_fixed_home{false};
    std::string limited_right_assessment; // until when help is given; the EEA and Nordic agreements
};

struct Decision {
    int64_t id{0};
    int64_t request_id{0};
    int64_t office_id{0};
    int64_t person_id{0};
    DecisionStatus status{DecisionStatus::draft};
    std::string outcome;                    // CodeList::decision_outcome
    std::optional<std::string> period_from; // date; granted only
    std::optional<std::string> period_to;   // date; granted only
    std::string long_period_reason;         // required past 3 months
    std::vector<std::string> conditions;    // CodeList::condition
    std::string conditions_text;
    std::vector<std::string> refusal_reasons; // CodeList::refusal_reason
    std::string facts;                        // the facts the decision rests on (§ 25 second paragraph)
    std::string considerations;               // the main considerations (§ 25 third paragraph)
    std::string applied_for;                  // partial grant only: what the person applied for
    std::string refused_part;                 // partial grant only: what of it is refused
    VedtakOffer offer;                        // granted only: the place offered
    VedtakOwnPayment own_payment;             // granted only: the money the vedtak sets
    VedtakResponsibility responsibility;      // forwarded to another municipality; the limited right
    // How and when the vedtak was given, recorded after it is decided (record_delivery): the day it
    // was handed over, made available digitally or posted. Never before it was decided (approved).
    std::optional<DeliveryMethod> delivery_method;
    std::optional<std::string> delivered_on;
    std::optional<std::string> informed_on; // the day it reached the person (reached_on); starts the deadline
    std::optional<std::string> appeal_deadline;
    std::string created_at;
    int64_t created_by{0};
    std::optional<std::string> decided_at;
    std::optional<int64_t> decided_by;
    std::optional<int64_t> processing_hours; // from the request received to the decision
    std::optional<std::string> submitted_at; // sent to the leder for approval
    std::optional<int64_t> submitted_by;
    std::string return_note; // why the leder sent it back
};

// An appeal (klage) on a decided vedtak. The office reviews it first (fvl. § 33): it changes the
// decision, or forwards the appeal to Statsforvalteren, who upholds, changes or quashes it.
struct Appeal {
    int64_t id{0};
    int64_t decision_id{0};
    std::string sent_on;     // posted or handed in: what decides whether it is in time (fvl. § 30)
    std::string received_on; // came in to the office
    std::string summary;
    bool late{false}; // sent after the appeal deadline (is_late; fvl. § 31 may still allow it)
    // The § 31 assessment of a late appeal: heard anyway, or dismissed (avvist) with its letter.
    std::optional<LateAppealAssessment> late_assessment;
    std::string late_reason;
    std::optional<std::string> late_assessed_at; // instant
    std::optional<int64_t> late_assessed_by;
    std::optional<std::string> forwarded_on; // sent to Statsforvalteren
    std::optional<AppealResult> result;      // when settled
    std::optional<std::string> result_on;
    std::string result_note;
    std::string registered_at;
    int64_t registered_by{0};
};

// A letter sent by post is taken to reach the person this many working days after it was posted
// (docs/domain.md#rule-appeal-deadline).
inline constexpr int post_arrival_working_days = 3;

// The day a vedtak given on `given_on` reached the person (fvl. § 29): handed over or made
// available digitally, that day; posted, `post_arrival_working_days` working days later.
std::chrono::year_month_day reached_on(DeliveryMethod method, std::chrono::year_month_day given_on);

// How and when a vedtak (a § 27 vedtak or a stans) was given, and what follows: the day it reached
// the person (reached_on) and the appeal deadline from that day (fvl. §§ 27, 29).
struct Delivery {
    DeliveryMethod method{DeliveryMethod::in_person};
    std::string delivered_on;
    std::string informed_on;
    std::string appeal_deadline;
};

// The delivery of a vedtak decided on `decided_on`: a known way, a date neither in the future nor
// before the vedtak was decided. Problems name `deliveryMethod` or `deliveredOn`.
Result<Delivery> delivery_of(const std::string& method, const std::string& on,
                             std::chrono::year_month_day decided_on, std::chrono::year_month_day today);

// Records how and when a decided vedtak was given (fvl. §§ 27, 29) and from that the day it reached
// the person and the appeal deadline. Not while it waits for approval or is a draft (nobody has
// been given it), not before the day it was decided (approved), not in the future, and once.
Status record_delivery(Decision& decision, const std::string& method, const std::string& on,
                       std::chrono::year_month_day today);

// Whether an appeal came too late: sent (posted or handed in) after the deadline (fvl. § 30). While
// the delivery is not recorded, the deadline has not begun to run and no appeal is late.
bool is_late(const Decision& decision, const Appeal& appeal);

// Checks a new appeal against its decision; sets `late`.
Status check_new_appeal(const Decision& decision, Appeal& appeal, std::chrono::year_month_day today);
// The § 31 assessment of a late appeal (`late` set by the caller, is_late): heard anyway with the
// reason, or dismissed (avvist) with the reason. Only a late appeal, only once, only before a result.
Status assess_late_appeal(Appeal& appeal, const std::string& assessment, const std::string& reason);
// Applies a result to an appeal: the office's step (changed, forwarded, withdrawn) first, then
// Statsforvalteren's (upheld, changed, quashed) on a forwarded one. A late appeal (`late` set by the
// caller) gets a result only when it is heard (fvl. § 31); a dismissed one gets none but withdrawal.
Status apply_appeal_result(Appeal& appeal, const std::string& result, const std::string& on,
                           const std::string& note, std::chrono::year_month_day today);

// The rules the vedtak rests on: § 27, and for a person without a fixed home in Norway also the
// regulation that limits the right (docs/domain.md#rule-persons-without-a-fixed-home-in-norway).
std::string legal_basis_of(const Decision& decision);

// Whether a vedtak outcome code grants a place, fully or partly (INNVILGET, DELVIS_INNVILGET); the
// others (AVSLATT, AVVIST) refuse it.
bool grants_place(std::string_view outcome);
bool is_granted(const Decision& decision);

// A vedtak's life: a draft is saved freely; deciding it either decides it or, where the office asks
// for approval and a caseworker decides, sends it to the leder, who decides it or sends it back to
// draft. A decided one never changes.
// A draft can be changed; one awaiting approval or decided cannot (409).
Status check_draft_editable(DecisionStatus status);
// Whether one in `status` can be decided by the caller (a leder, or not).
Status check_can_decide(DecisionStatus status, bool by_leder);
// What deciding leads to.
DecisionStatus status_on_deciding(bool by_leder, bool office_needs_approval);
// Only one awaiting approval can be sent back to draft.
Status check_can_return(DecisionStatus status);

// What a place (a booking, a stay begun) rests on (docs/domain.md#rule-urgent-placement): a decided
// grant; or, when the request is acute, a grant still waiting for the leder's approval, so that a
// household is not left without a bed for the night because no leder is at work. A placement made
// on the second is recorded as made before approval, and the leder sees it while approving.
enum class PlaceBasis { decided_grant, grant_awaiting_approval };
Result<PlaceBasis> place_basis(const std::optional<Decision>& decision, bool acute_request);

// Every problem that stops the decision from being decided, each with its field, in the order
// of the form. Empty when it is complete.
std::vector<Error> completeness_problems(const Decision& decision);

} // namespace husly
