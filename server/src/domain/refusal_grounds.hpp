#pragma once
// What a refusal may rest on, against what the case shows (docs/domain.md#rule-refusal-grounds).
// «Kan bo hos familie eller venner» only when the network check on the request found that the
// person can stay there: that someone has family or friends does not by itself mean they have a
// place to sleep (Rundskriv 35, 4.27.1). «Oppholdskommunen er en annen» only with the request sent
// on to that municipality (#rule-wrong-municipality-is-forwarded), and the limited right of a person
// without a fixed home in Norway only with its assessment
// (#rule-persons-without-a-fixed-home-in-norway). Pure: no I/O.

#include "common/error.hpp"
#include "domain/decision.hpp"

#include <chrono>
#include <string_view>
#include <vector>

namespace husly {

// What the grounds are checked against: the request's network check (ja, nei or ikke_sjekket), the
// day it was received, today, the municipalities the office serves and whether a kommunenummer is one
// Husly knows.
struct RefusalContext {
    std::string_view network;
    std::chrono::year_month_day received_on;
    std::chrono::year_month_day today;
    std::vector<std::string> office_municipalities;
    bool forwarded_to_known{true};
};

// Every ground the decision gives that the case does not bear out, each on the field to correct
// ("refusalReasons", "forwardedTo", "forwardedOn", "limitedRightAssessment").
std::vector<Error> refusal_ground_problems(const Decision& decision, const RefusalContext& context);

// The decision as it is kept: the forwarding only with the ground «annen_kommune», the limited
// right's assessment only for a person without a fixed home in Norway.
void drop_unused_responsibility(Decision& decision);

} // namespace husly
