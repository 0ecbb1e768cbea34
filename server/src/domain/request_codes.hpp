#pragma once
// The code lists of a case (request, decision, stay, waiting list): one table per list, each entry with
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
};

enum class CodeList {
    channel,           // how the request came in
    reason,            // why there is nowhere to stay
    group,             // survey Label19 (13 groups; code 8 used twice in the seed)
    network,           // can stay with family or friends
    housing_situation, // Digisos botype
    service_need,
    guidance, // what guidance-only outcomes gave
    outcome,
    decision_outcome, // Digisos utfall: INNVILGET, DELVIS_INNVILGET, AVSLATT, AVVIST
    refusal_reason,   // why a request was refused (survey Label17 asked for it as open text)
    condition,        // conditions of a granted place
    exit_outcome,     // how a stay ended (DOMAIN.md "Exit")
    transit_kind,     // where a transit exit went
    after_care_form,  // visits, phone, meetings
    action_status,    // a row of the action plan (tiltaksplan)
    appointment_status,
    appeal_result,        // what became of an appeal (klage)
    waiting_list_outcome, // why an entry left the waiting list
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
                                           CodeList::waiting_list_outcome};

std::span<const CodeEntry> codes(CodeList list);
std::string_view list_name(CodeList list); // "channel", "reason", …
const CodeEntry* find_code(CodeList list, std::string_view code);
bool is_known_code(CodeList list, std::string_view code);

// Groups that are derived from the household, never ticked by hand.
inline constexpr std::string_view group_families_with_children = "barnefamilier";
inline constexpr std::string_view group_under_25 = "unge_under_25";

} // namespace husly
