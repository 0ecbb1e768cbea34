// Retention of closed cases: `husly retention` shows what is past the retention period and
// changes nothing; `--apply` anonymises exactly that, with an audit entry per person, leaves every
// open case alone, and the KOSTRA figures for the past years are the same before and after.

#include "demo/demo_service.hpp"
#include "domain/retention.hpp"
#include "support/db_snapshot.hpp"
#include "support/server_process.hpp"
#include "support/test_server.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

using namespace husly;
using namespace husly::test;
using nlohmann::json;

namespace {

// The office's KOSTRA figures (and the export the office lead sends) for each past year the demo
// data reaches.
std::map<std::string, std::string> kostra_of_past_years(HttpClient& leder) {
    std::map<std::string, std::string> figures;
    for (const char* year : {"2024", "2025"}) {
        auto view = leder.get(fmt::format("/api/v1/figures/kostra?year={}", year));
        EXPECT_EQ(view.status, 200) << view.body;
        figures[fmt::format("{} view", year)] = view.body;
        auto exported = leder.get(fmt::format("/api/v1/figures/kostra/export?year={}&format=csv", year));
        figures[fmt::format("{} export", year)] = std::to_string(exported.status) + " " + exported.body;
    }
    return figures;
}

} // namespace

TEST(RetentionRule, CutoffIsTheSameDayYearsBeforeAndTheSettingIsBounded) {
    using namespace std::chrono;
    EXPECT_EQ(retention::cutoff(2026y / November / 24d, 10), 2016y / November / 24d);
    EXPECT_EQ(retention::cutoff(2028y / February / 29d, 1), 2027y / February / 28d);
    EXPECT_EQ(retention::cutoff(2028y / February / 29d, 4), 2024y / February / 29d);
    EXPECT_FALSE(retention::checked_keep_years(0));
    EXPECT_FALSE(retention::checked_keep_years(101));
    EXPECT_EQ(retention::checked_keep_years(0).error().field, "keepYears");
    EXPECT_EQ(*retention::checked_keep_years(1), 1);
    EXPECT_EQ(*retention::checked_keep_years(retention::default_keep_years), 10);
}

class RetentionTest : public ::testing::TestWithParam<std::string> {};

TEST_P(RetentionTest, ShowsThenAnonymisesClosedCasesAndKeepsPastKostra) {
    TestServer server(GetParam());
    {
        auto lease = server.database().acquire();
        demo::create(*lease);
    }
    auto leder = server.client_as("leder@husly.test");
    auto kostra_before = kostra_of_past_years(leder);
    const std::string url = server.database_url();

    // The dry run: lists, changes nothing.
    TableSnapshot before;
    {
        auto lease = server.database().acquire();
        before = snapshot_tables(*lease, {"sessions"});
    }
    auto shown = run_husly({"retention", "--db", url, "--keep-years", "1"});
    ASSERT_EQ(shown.exit_code, 0) << shown.output;
    EXPECT_NE(shown.output.find("ville blitt anonymisert"), std::string::npos) << shown.output;
    {
        auto lease = server.database().acquire();
        EXPECT_EQ(first_difference(before, snapshot_tables(*lease, {"sessions"})), "");
    }
    auto refused = run_husly({"retention", "--db", url, "--keep-years", "0", "--apply"});
    EXPECT_NE(refused.exit_code, 0);
    EXPECT_NE(refused.output.find("Oppbevaringstiden"), std::string::npos) << refused.output;

    auto applied = run_husly({"retention", "--db", url, "--keep-years", "1", "--apply"});
    ASSERT_EQ(applied.exit_code, 0) << applied.output;
    auto lease = server.database().acquire();
    auto& connection = *lease;
    const auto anonymised = count(connection, "SELECT COUNT(*) FROM persons WHERE anonymised_at IS NOT NULL");
    EXPECT_GT(anonymised, 0);
    EXPECT_LT(anonymised, count(connection, "SELECT COUNT(*) FROM persons"));
    // What the dry run listed is what was done.
    EXPECT_NE(shown.output.find(fmt::format("{} personer ville", anonymised)), std::string::npos)
        << shown.output;
    EXPECT_NE(applied.output.find(fmt::format("Anonymiserte {} personer", anonymised)), std::string::npos);

    // Nobody recognisable is left of them, in the person or in the text about them.
    const std::string theirs = "(SELECT id FROM persons WHERE anonymised_at IS NOT NULL)";
    EXPECT_EQ(count(connection,
                    "SELECT COUNT(*) FROM persons WHERE anonymised_at IS NOT NULL AND (identity_number "
                    "IS NOT NULL OR husly_reference IS NOT NULL OR last_name <> '' OR phone <> '' OR "
                    "first_name <> 'Anonymisert')"),
              0);
    EXPECT_GT(
        count(connection, "SELECT COUNT(*) FROM journal_notes WHERE stay_id IN (SELECT id FROM stays WHERE "
                          "person_id IN " +
                              theirs + ")"),
        0);
    EXPECT_EQ(count(connection,
                    "SELECT COUNT(*) FROM journal_notes WHERE text <> '' AND stay_id IN (SELECT id FROM "
                    "stays WHERE person_id IN " +
                        theirs + ")"),
              0);
    EXPECT_EQ(count(connection, "SELECT COUNT(*) FROM decisions WHERE (facts <> '' OR letter_pdf <> '') AND "
                                "person_id IN " +
                                    theirs),
              0);
    EXPECT_EQ(
        count(connection, "SELECT COUNT(*) FROM request_members WHERE first_name <> '' AND request_id IN "
                          "(SELECT id FROM requests WHERE person_id IN " +
                              theirs + ")"),
        0);
    // The individuell plan's coordinator (a name) is blanked too (docs/domain.md#rule-individual-plan).
    EXPECT_EQ(
        count(connection, "SELECT COUNT(*) FROM individual_plans WHERE coordinator <> '' AND stay_id IN "
                          "(SELECT id FROM stays WHERE person_id IN " +
                              theirs + ")"),
        0);
    // Every open case is kept whole.
    EXPECT_EQ(
        count(connection, "SELECT COUNT(*) FROM stays WHERE ended_on IS NULL AND person_id IN " + theirs), 0);
    EXPECT_EQ(
        count(connection, "SELECT COUNT(*) FROM storage WHERE stored_to IS NULL AND person_id IN " + theirs),
        0);
    // One audit entry per person, naming them; the chain still verifies; notes are append-only again.
    EXPECT_EQ(
        count(connection, "SELECT COUNT(DISTINCT person_id) FROM audit_log WHERE action = 'person.anonymise' "
                          "AND person_id IN " +
                              theirs),
        anonymised);
    EXPECT_EQ(count(connection, "SELECT COUNT(*) FROM audit_log WHERE action = 'person.anonymise'"),
              anonymised);
    auto verified = run_husly({"audit", "verify", "--db", url});
    EXPECT_EQ(verified.exit_code, 0) << verified.output;
    EXPECT_THROW(connection.sql() << "UPDATE journal_notes SET text = 'endret'", std::exception);

    // The figures of the past years are the same.
    EXPECT_EQ(kostra_of_past_years(leder), kostra_before);

    // Done once: a second run finds nothing more.
    auto again = run_husly({"retention", "--db", url, "--keep-years", "1", "--apply"});
    ASSERT_EQ(again.exit_code, 0) << again.output;
    EXPECT_NE(again.output.find("Anonymiserte 0 personer"), std::string::npos) << again.output;
}

INSTANTIATE_TEST_SUITE_P(Backends, RetentionTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
