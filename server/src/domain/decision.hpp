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

inline constexpr const char* decision_legal_basis = "sosialtjenesteloven § 27";

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
    std::optional<std::string> informed_on;   // date the person was told; starts the appeal deadline
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
    std::string received_on;
    std::string summary;
    bool late{false}; // received after the appeal deadline (fvl. § 31 may still allow it)
    std::optional<std::string> forwarded_on; // sent to Statsforvalteren
    std::optional<AppealResult> result;      // when settled
    std::optional<std::string> result_on;
    std::string result_note;
    std::string registered_at;
    int64_t registered_by{0};
};

// Checks a new appeal against its decision; sets `late`.
Status check_new_appeal(const Decision& decision, Appeal& appeal, std::chrono::year_month_day today);
// Applies a result to an appeal: the office's step (changed, forwarded, withdrawn) first, then
// Statsforvalteren's (upheld, changed, quashed) on a forwarded one.
Status apply_appeal_result(Appeal& appeal, const std::string& result, const std::string& on,
                           const std::string& note, std::chrono::year_month_day today);

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
