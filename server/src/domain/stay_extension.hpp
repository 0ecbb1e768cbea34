#pragma once
// Extending a stay (docs/domain.md#rule-an-extension-continues-the-stay): a new granted vedtak for a person
// who lives in temporary accommodation lengthens the stay they are in. The household does not move out and in
// again, so the stay keeps its check-in day: the 3-month watch, the escalation of families and under-25s and
// the KOSTRA figures go on counting from it. Pure: no I/O.

#include "common/error.hpp"
#include "domain/decision.hpp"
#include "domain/stay.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace husly {

// One vedtak that lengthened a stay, with the period it replaced.
struct StayExtension {
    int64_t id{0};
    int64_t stay_id{0};
    int64_t request_id{0};
    int64_t decision_id{0};
    std::optional<std::string> previous_period_to; // the stay's last day before
    std::string period_from;                       // the new vedtak's period
    std::string period_to;
    std::string created_at;
    int64_t created_by{0};
};

// Whether `decision` can extend `stay`: the stay is still open, the vedtak is a decided grant for
// the same person, its period ends after the stay's and leaves no day between them (it begins on
// or before the day after the stay's period ends). Gives the extension with its periods set.
Result<StayExtension> check_extension(const Stay& stay, const Decision& decision);

} // namespace husly
