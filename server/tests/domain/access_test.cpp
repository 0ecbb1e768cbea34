// Roles, the actor's roles at the active office, role grants and the login throttle, without
// HTTP or SQL.
#include "common/clock.hpp"
#include "domain/account.hpp"
#include "domain/login_throttle.hpp"
#include "domain/role.hpp"

#include <gtest/gtest.h>

using namespace husly;

TEST(Roles, RoundTripEveryRole) {
    for (auto role : all_roles) EXPECT_EQ(parse_role(to_string(role)), role);
    EXPECT_FALSE(parse_role("superuser"));
    EXPECT_FALSE(parse_role("Veileder")); // codes are exact
    EXPECT_TRUE(role_is_office_bound(Role::veileder));
    EXPECT_FALSE(role_is_office_bound(Role::analytiker));
}

TEST(Actor, RolesHereDependOnActiveOffice) {
    Actor actor;
    actor.memberships = {{Role::veileder, 1}, {Role::leder, 2}};
    actor.active_office_id = 1;
    EXPECT_TRUE(actor.has_any_role_here({Role::veileder}));
    EXPECT_FALSE(actor.has_any_role_here({Role::leder}));
    actor.active_office_id = 2;
    EXPECT_TRUE(actor.has_any_role_here({Role::leder}));
    EXPECT_EQ(actor.office_ids(), (std::vector<int64_t>{1, 2}));
    EXPECT_FALSE(actor.belongs_to_office(3));
}

TEST(RoleGrants, ASecondPersonApprovesAndOnlyForWhatTheySee) {
    Actor admin{1, "Adam", {{Role::administrator, std::nullopt}}, std::nullopt, ""};
    Actor second_admin{2, "Berit", {{Role::administrator, std::nullopt}}, std::nullopt, ""};
    Actor leder{3, "Lise", {{Role::leder, 10}}, 10, ""};
    Actor other_leder{4, "Ola", {{Role::leder, 20}}, 20, ""};
    const std::vector<Membership> newcomer; // holds no role yet
    RoleGrant grant;
    grant.user_id = 5;
    grant.membership = {Role::veileder, 10};
    grant.requested_by = 1;
    EXPECT_FALSE(may_decide_grant(admin, grant, newcomer));       // who asked
    EXPECT_TRUE(may_decide_grant(second_admin, grant, newcomer)); // another administrator
    EXPECT_TRUE(may_decide_grant(leder, grant, newcomer));        // the office's leder
    EXPECT_FALSE(may_see_grant(other_leder, grant, newcomer));    // another office's leder
    grant.user_id = 2;
    EXPECT_FALSE(may_decide_grant(second_admin, grant, newcomer)); // for oneself
    RoleGrant administrator_grant;
    administrator_grant.user_id = 6;
    administrator_grant.membership = {Role::administrator, std::nullopt};
    administrator_grant.requested_by = 1;
    EXPECT_FALSE(may_see_grant(leder, administrator_grant, newcomer));
    EXPECT_TRUE(may_decide_grant(second_admin, administrator_grant, newcomer));
    EXPECT_TRUE(grant_needs_approval(Role::veileder));
    EXPECT_TRUE(grant_needs_approval(Role::leder));
    EXPECT_TRUE(grant_needs_approval(Role::administrator));
    EXPECT_FALSE(grant_needs_approval(Role::analytiker));
}

// Finding F1 of the second review: a provider's staff see the persons booked with them, so their
// role waits for a second administrator too (not the office's leder).
TEST(RoleGrants, ProviderStaffWaitForASecondAdministrator) {
    EXPECT_TRUE(grant_needs_approval(Role::tilbyder));
    Actor admin{1, "Adam", {{Role::administrator, std::nullopt}}, std::nullopt, ""};
    Actor second_admin{2, "Berit", {{Role::administrator, std::nullopt}}, std::nullopt, ""};
    Actor leder{3, "Lise", {{Role::leder, 10}}, 10, ""};
    RoleGrant grant;
    grant.user_id = 5;
    grant.membership = {Role::tilbyder, 10};
    grant.requested_by = 1;
    EXPECT_FALSE(may_decide_grant(admin, grant, {}));
    EXPECT_TRUE(may_decide_grant(second_admin, grant, {}));
    EXPECT_FALSE(may_see_grant(leder, grant, {}));
}

// Finding F1: an administrator's new password for another user waits for a second administrator
// or a leder at an office of that user; never the one who asked, never the user; a leder never
// for an administrator's account.
TEST(RoleGrants, APasswordResetWaitsForASecondPersonWhoKnowsTheUser) {
    Actor admin{1, "Adam", {{Role::administrator, std::nullopt}}, std::nullopt, ""};
    Actor second_admin{2, "Berit", {{Role::administrator, std::nullopt}}, std::nullopt, ""};
    Actor leder{3, "Lise", {{Role::leder, 10}}, 10, ""};
    Actor other_leder{4, "Ola", {{Role::leder, 20}}, 20, ""};
    Actor veileder{7, "Vera", {{Role::veileder, 10}}, 10, ""};
    RoleGrant reset;
    reset.kind = GrantKind::password_reset;
    reset.user_id = 5;
    reset.requested_by = 1;
    const std::vector<Membership> caseworker{{Role::veileder, 10}, {Role::veileder, 30}};
    EXPECT_FALSE(may_decide_grant(admin, reset, caseworker));
    EXPECT_TRUE(may_decide_grant(second_admin, reset, caseworker));
    EXPECT_TRUE(may_decide_grant(leder, reset, caseworker));
    EXPECT_FALSE(may_see_grant(other_leder, reset, caseworker));
    EXPECT_FALSE(may_see_grant(veileder, reset, caseworker));
    // A leder's own reset: another leder of the office may approve it, the leder never.
    Actor leder_two{5, "Lars", {{Role::leder, 10}}, 10, ""};
    EXPECT_FALSE(may_decide_grant(leder_two, reset, {{Role::leder, 10}}));
    reset.user_id = 8;
    EXPECT_TRUE(may_decide_grant(leder, reset, {{Role::leder, 10}}));
    // A national account (an analyst) has no office whose leder knows them.
    EXPECT_FALSE(may_see_grant(leder, reset, {{Role::analytiker, std::nullopt}}));
    // An administrator's account: administrators only.
    const std::vector<Membership> administrator{{Role::administrator, std::nullopt}, {Role::veileder, 10}};
    EXPECT_FALSE(may_see_grant(leder, reset, administrator));
    EXPECT_TRUE(may_decide_grant(second_admin, reset, administrator));
    EXPECT_EQ(parse_grant_kind("password_reset"), GrantKind::password_reset);
    EXPECT_EQ(to_string(GrantKind::role), "role");
    EXPECT_FALSE(parse_grant_kind("reset"));
}

TEST(LoginThrottle, DelaysGrowAfterTheThresholdAndStopAtTheMaximum) {
    using login_throttle::lock_for;
    using std::chrono::seconds;
    EXPECT_EQ(lock_for(4, 5, seconds(60), seconds(3600)), seconds(0));
    EXPECT_EQ(lock_for(5, 5, seconds(60), seconds(3600)), seconds(60));
    EXPECT_EQ(lock_for(6, 5, seconds(60), seconds(3600)), seconds(120));
    EXPECT_EQ(lock_for(8, 5, seconds(60), seconds(3600)), seconds(480));
    EXPECT_EQ(lock_for(11, 5, seconds(60), seconds(3600)), seconds(3600)); // 3840 capped
    EXPECT_EQ(lock_for(100000, 5, seconds(60), seconds(3600)), seconds(3600));
    // The address back-off: 1 s after the 20th failure, then doubling, at most 15 minutes.
    EXPECT_EQ(lock_for(20, 20, seconds(1), seconds(900)), seconds(1));
    EXPECT_EQ(lock_for(23, 20, seconds(1), seconds(900)), seconds(8));
    EXPECT_EQ(lock_for(40, 20, seconds(1), seconds(900)), seconds(900));

    auto at = parse_instant("2026-12-01T10:00:00.000Z").value();
    EXPECT_EQ(login_throttle::failures_in_a_row(4, at, at + std::chrono::hours(1), seconds(86400)), 5);
    EXPECT_EQ(login_throttle::failures_in_a_row(4, at, at + std::chrono::hours(25), seconds(86400)), 1);
    EXPECT_EQ(login_throttle::failures_in_a_row(4, std::nullopt, at, seconds(86400)), 1);

    EXPECT_EQ(login_throttle::wait_in_words(seconds(1)), "1 sekund");
    EXPECT_EQ(login_throttle::wait_in_words(seconds(30)), "30 sekunder");
    EXPECT_EQ(login_throttle::wait_in_words(seconds(60)), "1 minutt");
    EXPECT_EQ(login_throttle::wait_in_words(seconds(61)), "2 minutter");
}
