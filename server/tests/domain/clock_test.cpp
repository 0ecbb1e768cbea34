// Instants and dates as Husly writes and reads them, and what a wrong date is told.
#include "common/clock.hpp"

#include <gtest/gtest.h>

using namespace husly;

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

TEST(Clock, DateErrorsSayWhatIsWrong) {
    EXPECT_EQ(date_error_message("1.1.2020"), "Skriv datoen som dd.mm.åååå.");
    EXPECT_EQ(date_error_message("2023-02-29"), "Datoen finnes ikke.");
    EXPECT_EQ(date_error_message("2999-01-01"), "Året må være mellom 1900 og 2200.");
    EXPECT_EQ(date_error_message("0000-01-01"), "Året må være mellom 1900 og 2200.");
}

TEST(Clock, ADateInRunningTextIsWrittenTheNorwegianWay) {
    EXPECT_EQ(display_date("2026-12-06"), "06.12.2026");
    EXPECT_EQ(display_date("2027-01-31"), "31.01.2027");
    EXPECT_EQ(display_date("ikke en dato"), "ikke en dato");
}
