#pragma once
// The assessment of the child's best interests (Grunnloven § 104) and of whether barneverntjenesten
// must be told (sosialtjenesteloven § 45) that placing a family with children raises
// (docs/domain.md#rule-childs-best-interests). Caseworkers of the request's office read and record
// it; the office's leder sees the open ones on the front page.

#include "common/error.hpp"
#include "domain/account.hpp"
#include "domain/children.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>

namespace husly::child_assessments {

struct View {
    ChildAssessment assessment;
    std::string assessed_by_name;
};

// The request's assessment; none when no placement of a family with children raised one.
Result<std::optional<View>> for_request(Connection& connection, const Actor& actor, int64_t request_id);
// Records (or corrects) the assessment; 409 when none was raised.
Result<View> record(Connection& connection, const Actor& actor, int64_t request_id,
                    const ChildAssessmentInput& input);

} // namespace husly::child_assessments
