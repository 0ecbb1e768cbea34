#pragma once
// What a refusal may rest on, against what the case shows (docs/domain.md#rule-refusal-grounds).
// «Kan bo hos familie eller venner» only when the network check on the request found that the
// person can stay there: that someone has family or friends does not by itself mean they have a
// place to sleep (Rundskriv 35, 4.27.1). Pure: no I/O.

#include "common/error.hpp"
#include "domain/decision.hpp"

#include <string_view>
#include <vector>

namespace husly {

// Every ground the decision gives that the case does not bear out, each on "refusalReasons".
// `network` is the request's network check: ja, nei or ikke_sjekket.
std::vector<Error> refusal_ground_problems(const Decision& decision, std::string_view network);

} // namespace husly
