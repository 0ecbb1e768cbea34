// The grounds of a refusal against what the request shows (docs/domain.md#rule-refusal-grounds),
// without HTTP or SQL: «kan bo hos familie eller venner» only when the network check found that the
// person can.

#include "domain/refusal_grounds.hpp"

#include <gtest/gtest.h>

using namespace husly;

namespace {

Decision refusal(std::vector<std::string> reasons, std::string outcome = "AVSLATT") {
    Decision decision;
    decision.outcome = std::move(outcome);
    decision.refusal_reasons = std::move(reasons);
    return decision;
}

} // namespace

TEST(RefusalGrounds, NetworkIsAGroundOnlyWhenTheCheckFoundAPlaceToStay) {
    EXPECT_TRUE(refusal_ground_problems(refusal({"nettverk"}), "ja").empty());

    auto not_checked = refusal_ground_problems(refusal({"nettverk"}), "ikke_sjekket");
    ASSERT_EQ(not_checked.size(), 1u);
    EXPECT_EQ(not_checked[0].field, "refusalReasons");
    EXPECT_EQ(not_checked[0].code, "network_not_found");
    EXPECT_NE(not_checked[0].message.find("ikke undersøkt"), std::string::npos);

    auto said_no = refusal_ground_problems(refusal({"har_bosted", "nettverk"}), "nei");
    ASSERT_EQ(said_no.size(), 1u);
    EXPECT_NE(said_no[0].message.find("ikke kan bo hos familie"), std::string::npos);

    // A partial grant's refused part is held to the same ground.
    EXPECT_EQ(refusal_ground_problems(refusal({"nettverk"}, "DELVIS_INNVILGET"), "nei").size(), 1u);
}

TEST(RefusalGrounds, OtherGroundsDoNotDependOnTheNetworkCheck) {
    for (const char* network : {"ja", "nei", "ikke_sjekket"}) {
        EXPECT_TRUE(refusal_ground_problems(refusal({"har_bosted", "klarer_selv"}), network).empty())
            << network;
        EXPECT_TRUE(refusal_ground_problems(refusal({}, "INNVILGET"), network).empty()) << network;
    }
}
