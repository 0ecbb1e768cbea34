#pragma once
// The code lists of a case (request, decision, stay, waiting list) and of accommodation (providers,
// units, inspections, placements, turnaways, deviations): one table per list, each entry with
// Husly's stable code, the Norwegian label shown to users and, where the survey or Digisos has one, their
// code.

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace husly {

struct CodeEntry {
    std::string_view code;  // Husly's code, stored and sent in the API
    std::string_view label; // bokmål, for users
    int survey_code{0};     // the questionnaire's answer code (0: none)
    // Kept so that what was stored before a rule changed still reads, but never entered again
    // (is_offered_code) nor offered in a form.
    bool retired{false};
};

enum class CodeList {
    channel,           // how the request came in
    reason,            // why there is nowhere to stay
    group,             // survey Label19 (13 groups; code 8 used twice in the seed)
    network,           // can stay with family or friends
    housing_situation, // Digisos botype
    service_need,
    guidance, // what a person who did not ask for a place got
    outcome,
    decision_outcome, // Digisos utfall: INNVILGET, DELVIS_INNVILGET, AVSLATT, AVVIST
    refusal_reason,   // why a request was refused (survey Label17 asked for it as open text)
    condition,        // conditions of a granted place
    exit_outcome,     // how a stay ended (docs/domain.md#exit-outcomes)
    transit_kind,     // where a transit exit went
    after_care_form,  // visits, phone, meetings
    action_status,    // a row of the action plan (tiltaksplan)
    appointment_status,
    appeal_result,        // what became of an appeal (klage)
    waiting_list_outcome, // why an entry left the waiting list
    // Accommodation (docs/domain.md#accommodation-and-quality).
    provider_kind,     // survey Label24 (cash, code 8, is what a turnaway records, not a provider)
    offer_type,        // survey Label7, for the municipality's own offers
    unit_kind,         // room, apartment, cabin, bed
    facility,          // what a unit has
    staffing,          // none, daytime, around the clock
    target_group,      // who a unit suits or does not suit
    quality_item,      // rundskriv U-5/2003, items 1–11
    quality_problem,   // survey Label33
    inspection_result, // ok, not ok, not relevant
    verdict,           // forsvarlig, ikke forsvarlig
    quality_status,    // derived from the latest inspection and the agreement
    placement_status,  // a booking's life
    turnaway_reason,   // why no place was found
    turnaway_instead,  // what was done instead (survey Label44, docs/domain.md#rule-no-place-found)
    deviation_kind,    // the rule behind a deviation, or manual
    deviation_status,  // open, reported to the municipality, closed
    // On the way to a home (docs/domain.md#on-the-way-to-a-home).
    individual_plan_wish, // whether the person wants an individuell plan (sotjl § 28)
    referral_kind,        // kommunal bolig, startlån, bostøtte, depositumsgaranti
    referral_outcome,     // waiting, granted, refused, withdrawn
    consent_party,        // whom a consent lets the office share information with (sotjl § 44)
    after_care_offer,     // the follow-up offered at exit (Bolig Nu)
};

inline constexpr std::array all_code_lists{CodeList::channel,
                                           CodeList::reason,
                                           CodeList::group,
                                           CodeList::network,
                                           CodeList::housing_situation,
                                           CodeList::service_need,
                                           CodeList::guidance,
                                           CodeList::outcome,
                                           CodeList::decision_outcome,
                                           CodeList::refusal_reason,
                                           CodeList::condition,
                                           CodeList::exit_outcome,
                                           CodeList::transit_kind,
                                           CodeList::after_care_form,
                                           CodeList::action_status,
                                           CodeList::appointment_status,
                                           CodeList::appeal_result,
                                           CodeList::waiting_list_outcome,
                                           CodeList::provider_kind,
                                           CodeList::offer_type,
                                           CodeList::unit_kind,
                                           CodeList::facility,
                                           CodeList::staffing,
                                           CodeList::target_group,
                                           CodeList::quality_item,
                                           CodeList::quality_problem,
                                           CodeList::inspection_result,
                                           CodeList::verdict,
                                           CodeList::quality_status,
                                           CodeList::placement_status,
                                           CodeList::turnaway_reason,
                                           CodeList::turnaway_instead,
                                           CodeList::deviation_kind,
                                           CodeList::deviation_status,
                                           CodeList::individual_plan_wish,
                                           CodeList::referral_kind,
                                           CodeList::referral_outcome,
                                           CodeList::consent_party,
                                           CodeList::after_care_offer};

std::span<const CodeEntry> codes(CodeList list);
std::string_view list_name(CodeList list); // "channel", "reason", …
const CodeEntry* find_code(CodeList list, std::string_view code);
// Known, retired or not: what a stored row may hold.
bool is_known_code(CodeList list, std::string_view code);
// Known and not retired: what new input may hold.
bool is_offered_code(CodeList list, std::string_view code);

// Groups that are derived from the household, never ticked by hand.
inline constexpr std::string_view group_families_with_children = "barnefamilier";
inline constexpr std::string_view group_under_25 = "unge_under_25";

} // namespace husly
