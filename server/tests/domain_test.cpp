#include "common/clock.hpp"
#include "domain/account.hpp"
#include "domain/audit_chain.hpp"
#include "domain/role.hpp"
#include "domain/text_rules.hpp"

#include <gtest/gtest.h>
#include <sodium.h>

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

TEST(TextRules, CleanTextRejectsControlAndInvalidUtf8) {
    EXPECT_TRUE(is_clean_text("Grünerløkka æøå ÆØÅ"));
    EXPECT_FALSE(is_clean_text("a\x01"
                               "b"));
    EXPECT_FALSE(is_clean_text("line\nbreak"));
    EXPECT_TRUE(is_clean_text("line\nbreak", true));
    EXPECT_FALSE(is_clean_text("\xc3"));             // truncated sequence
    EXPECT_FALSE(is_clean_text("\xc0\xaf"));         // overlong '/'
    EXPECT_FALSE(is_clean_text("\xed\xa0\x80"));     // surrogate
    EXPECT_FALSE(is_clean_text("\xf4\x90\x80\x80")); // above U+10FFFF
    EXPECT_FALSE(is_clean_text("\xc2\x85"));         // C1 control (NEL)
    EXPECT_EQ(utf8_length("æøå"), 3u);
}

TEST(TextRules, RequireTextTrimsAndLimits) {
    EXPECT_EQ(require_text("name", "  Nav Bodø ", 20, "Navnet").value(), "Nav Bodø");
    auto empty = require_text("name", "   ", 20, "Navnet");
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().field, "name");
    EXPECT_EQ(empty.error().kind, ErrorKind::validation);
    auto long_text = require_text("name", std::string(21, 'x'), 20, "Navnet");
    ASSERT_FALSE(long_text);
    EXPECT_EQ(long_text.error().code, "too_long");
    // 20 two-byte letters are 20 characters, not 40.
    std::string twenty_letters;
    for (int i = 0; i < 20; ++i) twenty_letters += "ø";
    EXPECT_TRUE(require_text("name", twenty_letters, 20, "Navnet"));
}

TEST(TextRules, Email) {
    EXPECT_EQ(normalize_email("email", "Vera.Veileder@NAV.no").value(), "vera.veileder@nav.no");
    for (const char* bad :
         {"vera", "@nav.no", "vera@", "vera@nav", "a@b@c.no", "vera@nav.no.", "ve ra@nav.no"})
        EXPECT_FALSE(normalize_email("email", bad)) << bad;
}

TEST(TextRules, PasswordLength) {
    EXPECT_FALSE(check_new_password("password", "kort"));
    EXPECT_FALSE(check_new_password("password", std::string(11, 'a')));
    EXPECT_TRUE(check_new_password("password", std::string(12, 'a')));
    EXPECT_FALSE(check_new_password("password", std::string(201, 'a')));
}

TEST(Clock, InstantRoundTrip) {
    auto text = std::string("2026-03-29T01:59:59.123Z");
    auto instant = parse_instant(text);
    ASSERT_TRUE(instant);
    EXPECT_EQ(format_instant(*instant), text);
    EXPECT_TRUE(parse_instant("2026-03-29T01:59:59Z"));
    EXPECT_FALSE(parse_instant("2026-03-29 01:59:59Z"));
    EXPECT_FALSE(parse_instant("2026-03-29T24:00:00Z"));
    EXPECT_FALSE(parse_instant("2026-03-29T01:59:59+02:00"));
}

TEST(Clock, Dates) {
    EXPECT_TRUE(parse_date("2024-02-29"));
    EXPECT_FALSE(parse_date("2023-02-29"));
    EXPECT_FALSE(parse_date("2026-13-01"));
    EXPECT_FALSE(parse_date("0000-01-01"));
    EXPECT_FALSE(parse_date("9999-01-01"));
    EXPECT_FALSE(parse_date("2026-1-01"));
    EXPECT_FALSE(parse_date("2026-01-0a"));
    EXPECT_EQ(format_date(*parse_date("2026-01-05")), "2026-01-05");
}

namespace {

std::vector<AuditEntry> make_chain(int length) {
    std::vector<AuditEntry> entries;
    std::string prev = audit_genesis_hash;
    for (int i = 1; i <= length; ++i) {
        AuditEntry entry;
        entry.id = i;
        entry.occurred_at = "2026-11-23T10:00:00.000Z";
        entry.actor_user_id = 7;
        entry.action = "person.read";
        entry.entity_type = "person";
        entry.entity_id = std::to_string(100 + i);
        entry.person_id = 100 + i;
        entry.address = "127.0.0.1";
        entry.detail = "{}";
        entry.prev_hash = prev;
        entry.hash = compute_audit_hash(entry);
        prev = entry.hash;
        entries.push_back(entry);
    }
    return entries;
}

} // namespace

class AuditChain : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_GE(sodium_init(), 0); }
};

TEST_F(AuditChain, IntactChainVerifies) {
    auto entries = make_chain(5);
    auto result = verify_audit_chain(entries, 5, entries.back().hash);
    EXPECT_TRUE(result.ok) << result.problem;
    EXPECT_EQ(result.entries_checked, 5);
}

TEST_F(AuditChain, EditedEntryIsDetected) {
    auto entries = make_chain(5);
    entries[2].person_id = 999; // who was read, changed afterwards
    auto result = verify_audit_chain(entries, 5, entries.back().hash);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.first_bad_id, 3);
}

TEST_F(AuditChain, DeletedEntryIsDetected) {
    auto entries = make_chain(5);
    entries.erase(entries.begin() + 1);
    auto result = verify_audit_chain(entries, 5, make_chain(5).back().hash);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.first_bad_id, 3);
}

TEST_F(AuditChain, DeletedTailIsDetected) {
    auto full = make_chain(5);
    auto truncated = full;
    truncated.pop_back();
    auto result = verify_audit_chain(truncated, 5, full.back().hash);
    EXPECT_FALSE(result.ok);
}

TEST_F(AuditChain, ReorderedEntriesAreDetected) {
    auto entries = make_chain(5);
    std::swap(entries[1], entries[2]);
    auto result = verify_audit_chain(entries, 5, entries.back().hash);
    EXPECT_FALSE(result.ok);
}

TEST(Clock, DateErrorsSayWhatIsWrong) {
    EXPECT_EQ(date_error_message("1.1.2020"), "Skriv datoen som ÅÅÅÅ-MM-DD.");
    EXPECT_EQ(date_error_message("2023-02-29"), "Datoen finnes ikke.");
    EXPECT_EQ(date_error_message("2999-01-01"), "Året må være mellom 1900 og 2200.");
    EXPECT_EQ(date_error_message("0000-01-01"), "Året må være mellom 1900 og 2200.");
}
