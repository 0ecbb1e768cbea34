// How a request ends without a vedtak (docs/domain.md#rule-a-request-for-a-place-ends-in-a-vedtak),
// without HTTP or SQL: withdrawn by the person or «did not ask for a place», each with what
// happened in words; «only advice» and money for a night no longer close a request for a place.

#include "domain/request_outcome.hpp"

#include <gtest/gtest.h>

using namespace husly;

namespace {

std::string problem(const OutcomeInput& input) {
    auto status = check_outcome(input);
    return status ? "ok" : status.error().field + ":" + status.error().code;
}

} // namespace

TEST(RequestOutcome, AWithdrawalIsRecordedWithHowThePersonWithdrew) {
    EXPECT_EQ(problem({"trukket", {}, "Ringte og sa at hun kan bo hos søsteren sin."}), "ok");
    EXPECT_EQ(problem({"trukket", {}, ""}), "note:required");
    EXPECT_EQ(problem({"trukket", {}, "Ringte."}), "note:too_short");
    EXPECT_EQ(problem({"trukket", {"rad"}, "Ringte og trakk henvendelsen."}), "guidance:invalid_field");
}

TEST(RequestOutcome, APersonWhoDidNotAskForAPlaceIsRecordedWithWhatTheyAskedFor) {
    EXPECT_EQ(problem({"ikke_sokt", {"rad", "henvisning"}, "Spurte bare om hjelp med husleiegaranti."}),
              "ok");
    EXPECT_EQ(problem({"ikke_sokt", {}, "Spurte bare om hjelp med husleiegaranti."}), "ok");
    EXPECT_EQ(problem({"ikke_sokt", {"rad"}, ""}), "note:required");
    EXPECT_EQ(problem({"ikke_sokt", {"rad", "rad"}, "Spurte om råd om depositum."}),
              "guidance:invalid_field");
}

TEST(RequestOutcome, OnlyAdviceNoLongerClosesARequestForAPlace) {
    // Stored rows keep their code; a new outcome cannot use it.
    EXPECT_EQ(problem({"veiledning", {"rad"}, "Fikk råd om hvor hun kan søke."}), "kind:vedtak_required");
    EXPECT_EQ(problem({"vedtak", {}, "Fikk vedtak om plass i dag."}), "kind:invalid_field");
    EXPECT_EQ(problem({"", {}, "Ikke noe valgt her."}), "kind:unknown_code");
}

TEST(RequestOutcome, MoneyForANightIsASection18DecisionNotGuidance) {
    EXPECT_EQ(problem({"ikke_sokt", {"penger_natt"}, "Fikk penger til en natt på hotell."}),
              "guidance:section_18");
    EXPECT_EQ(problem({"ikke_sokt", {"ukjent"}, "Fikk noe vi ikke har kode for."}), "guidance:unknown_code");
}
