// The grounds of a refusal against what the request shows (docs/domain.md#rule-refusal-grounds),
// without HTTP or SQL: «kan bo hos familie eller venner» only when the network check found that the
// person can; «oppholdskommunen er en annen» only with the request sent on there
// (#rule-wrong-municipality-is-forwarded); the limited right of a person without a fixed home in
// Norway only with its assessment (#rule-persons-without-a-fixed-home-in-norway).

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

using namespace std::chrono;

// A request received 1 December 2026 at an office serving Bodø (1804), judged on 7 December.
RefusalContext context(std::string_view network = "ja") {
    return RefusalContext{network, 2026y / December / 1d, 2026y / December / 7d, {"1804"}, true};
}

std::vector<Error> problems(const Decision& decision, std::string_view network = "ja") {
    return refusal_ground_problems(decision, context(network));
}

Decision forwarded(std::string to, std::optional<std::string> on) {
    auto decision = refusal({"annen_kommune"});
    decision.responsibility.forwarded_to = std::move(to);
    decision.responsibility.forwarded_on = std::move(on);
    return decision;
}

std::vector<std::string> fields_and_codes(const std::vector<Error>& errors) {
    std::vector<std::string> out;
    for (const auto& error : errors) out.push_back(error.field + ":" + error.code);
    return out;
}

} // namespace

TEST(RefusalGrounds, NetworkIsAGroundOnlyWhenTheCheckFoundAPlaceToStay) {
    EXPECT_TRUE(problems(refusal({"nettverk"}), "ja").empty());

    auto not_checked = problems(refusal({"nettverk"}), "ikke_sjekket");
    ASSERT_EQ(not_checked.size(), 1u);
    EXPECT_EQ(not_checked[0].field, "refusalReasons");
    EXPECT_EQ(not_checked[0].code, "network_not_found");
    EXPECT_NE(not_checked[0].message.find("ikke undersøkt"), std::string::npos);

    auto said_no = problems(refusal({"har_bosted", "nettverk"}), "nei");
    ASSERT_EQ(said_no.size(), 1u);
    EXPECT_NE(said_no[0].message.find("ikke kan bo hos familie"), std::string::npos);

    // A partial grant's refused part is held to the same ground.
    EXPECT_EQ(problems(refusal({"nettverk"}, "DELVIS_INNVILGET"), "nei").size(), 1u);
}

TEST(RefusalGrounds, OtherGroundsDoNotDependOnTheNetworkCheck) {
    for (const char* network : {"ja", "nei", "ikke_sjekket"}) {
        EXPECT_TRUE(problems(refusal({"har_bosted", "klarer_selv"}), network).empty()) << network;
        EXPECT_TRUE(problems(refusal({}, "INNVILGET"), network).empty()) << network;
    }
}

TEST(RefusalGrounds, AnotherMunicipalityIsAGroundOnlyWithTheRequestSentOnThere) {
    EXPECT_TRUE(problems(forwarded("0301", "2026-12-02")).empty());
    // The same day as the request, and today, are both in range.
    EXPECT_TRUE(problems(forwarded("0301", "2026-12-01")).empty());
    EXPECT_TRUE(problems(forwarded("0301", "2026-12-07")).empty());

    EXPECT_EQ(
        fields_and_codes(problems(forwarded("", std::nullopt))),
        (std::vector<std::string>{"forwardedTo:forwarding_required", "forwardedOn:forwarding_required"}));
    EXPECT_EQ(fields_and_codes(problems(forwarded("301", "2026-12-02"))),
              (std::vector<std::string>{"forwardedTo:unknown_municipality"}));
    EXPECT_EQ(fields_and_codes(problems(forwarded("03a1", "2026-12-02"))),
              (std::vector<std::string>{"forwardedTo:unknown_municipality"}));
    // The office's own municipality is not another one.
    EXPECT_EQ(fields_and_codes(problems(forwarded("1804", "2026-12-02"))),
              (std::vector<std::string>{"forwardedTo:own_municipality"}));
    EXPECT_EQ(fields_and_codes(problems(forwarded("0301", "2026-11-30"))),
              (std::vector<std::string>{"forwardedOn:before_request"}));
    EXPECT_EQ(fields_and_codes(problems(forwarded("0301", "2026-12-08"))),
              (std::vector<std::string>{"forwardedOn:in_future"}));

    // A number Husly does not know is refused like a malformed one.
    auto unknown = context();
    unknown.forwarded_to_known = false;
    EXPECT_EQ(fields_and_codes(refusal_ground_problems(forwarded("9999", "2026-12-02"), unknown)),
              (std::vector<std::string>{"forwardedTo:unknown_municipality"}));

    // Forwarding without the ground is a mistake, not a silent extra.
    auto granted = refusal({}, "INNVILGET");
    granted.responsibility.forwarded_to = "0301";
    EXPECT_EQ(fields_and_codes(problems(granted)),
              (std::vector<std::string>{"forwardedTo:forwarding_without_ground"}));
}

TEST(RefusalGrounds, TheLimitedRightNeedsItsAssessmentAndItsGroundNeedsThePerson) {
    auto home_country = refusal({"hjelp_fra_hjemlandet"});
    EXPECT_EQ(fields_and_codes(problems(home_country)),
              (std::vector<std::string>{"refusalReasons:not_without_fixed_home"}));

    home_country.responsibility.without_fixed_home = true;
    EXPECT_EQ(fields_and_codes(problems(home_country)),
              (std::vector<std::string>{"limitedRightAssessment:limited_right_assessment_required"}));
    home_country.responsibility.limited_right_assessment =
        "Har billett hjem og familie i Gdańsk som tar imot.";
    EXPECT_TRUE(problems(home_country).empty());

    // A grant to a person without a fixed home says until when, too.
    auto granted = refusal({}, "INNVILGET");
    granted.responsibility.without_fixed_home = true;
    EXPECT_EQ(problems(granted).size(), 1u);
    granted.responsibility.limited_right_assessment = "Til søndag, da bussen hjem går.";
    EXPECT_TRUE(problems(granted).empty());
    EXPECT_NE(legal_basis_of(granted).find("forskrift 16. desember 2011 nr. 1251"), std::string::npos);
    EXPECT_EQ(legal_basis_of(refusal({})), "sosialtjenesteloven § 27");
}

TEST(RefusalGrounds, WhatTheVedtakDoesNotUseIsNotKept) {
    auto decision = refusal({"har_bosted"});
    decision.responsibility.forwarded_on = "2026-12-02";
    decision.responsibility.limited_right_assessment = "Skrevet før boksen ble krysset av.";
    drop_unused_responsibility(decision);
    EXPECT_FALSE(decision.responsibility.forwarded_on);
    EXPECT_TRUE(decision.responsibility.limited_right_assessment.empty());
    // With the ground, the forwarding stays for the problems to name.
    auto forwarding = forwarded("", "2026-12-02");
    drop_unused_responsibility(forwarding);
    EXPECT_EQ(forwarding.responsibility.forwarded_on, "2026-12-02");
}
