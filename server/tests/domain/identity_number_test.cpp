// Identity numbers, table-driven. Every number here is synthetic (month + 80) or has a birth date
// in 1860 (no living person); the expected values were computed independently of this code.

#include "domain/identity_number.hpp"
#include "domain/person.hpp"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace husly;
using namespace std::chrono;

namespace {

constexpr year_month_day today_2026{year{2026}, November, day{23}};
constexpr year_month_day day_in_2032{year{2032}, January, day{2}};

struct Valid {
    const char* number;
    IdentityKind kind;
    bool synthetic;
    year_month_day birth;
};

struct Invalid {
    const char* number;
    const char* why;
};

} // namespace

TEST(IdentityNumber, AcceptsEveryKindWithItsBirthDate) {
    std::vector<Valid> cases{
        {"01016060085", IdentityKind::fodselsnummer, false, {year{1860}, January, day{1}}},
        {"41016060079", IdentityKind::d_number, false, {year{1860}, January, day{1}}},
        {"01416060068", IdentityKind::h_number, false, {year{1860}, January, day{1}}},
        {"01819012365", IdentityKind::fodselsnummer, true, {year{1990}, January, day{1}}},
        {"55838510069", IdentityKind::d_number, true, {year{1985}, March, day{15}}},
        {"15860551389", IdentityKind::fodselsnummer, true, {year{2005}, June, day{15}}},
        {"29822455040", IdentityKind::fodselsnummer, true, {year{2024}, February, day{29}}},
        {"24824592027", IdentityKind::fodselsnummer, true, {year{1945}, February, day{24}}},
        {"018190 12365", IdentityKind::fodselsnummer, true, {year{1990}, January, day{1}}},
    };
    for (const auto& c : cases) {
        auto parsed = parse_identity_number(c.number, today_2026);
        ASSERT_TRUE(parsed) << c.number << ": " << parsed.error().message;
        EXPECT_EQ(parsed->kind, c.kind) << c.number;
        EXPECT_EQ(parsed->synthetic, c.synthetic) << c.number;
        EXPECT_EQ(parsed->birth_date, c.birth) << c.number;
        EXPECT_EQ(parsed->digits.size(), 11u);
    }
}

TEST(IdentityNumber, RefusesWithAReason) {
    std::vector<Invalid> cases{
        {"", "empty"},
        {"0181901236", "10 digits"},
        {"018190123655", "12 digits"},
        {"01819O12365", "a letter O"},
        {"01819012366", "second check digit off by one"},
        {"01819012355", "first check digit changed"},
        {"30829012339", "30 February"},
        {"01813052004", "born in 2030"},
        {"41416060000", "D and H at once"},
    };
    for (const auto& c : cases) {
        auto parsed = parse_identity_number(c.number, today_2026, "applicant.identityNumber");
        ASSERT_FALSE(parsed) << c.why;
        EXPECT_EQ(parsed.error().field, "applicant.identityNumber") << c.why;
        EXPECT_EQ(parsed.error().kind, ErrorKind::validation) << c.why;
        EXPECT_FALSE(parsed.error().message.empty()) << c.why;
    }
}

TEST(IdentityNumber, ExtendedFirstCheckDigitsAreValidFrom2032) {
    // Same nine digits; first check digits giving remainders 1 and 2 instead of 0.
    for (const char* number : {"01819012373", "01819012381"}) {
        EXPECT_FALSE(parse_identity_number(number, today_2026)) << number;
        EXPECT_TRUE(parse_identity_number(number, day_in_2032)) << number;
    }
    // Remainder 5: never valid.
    EXPECT_FALSE(parse_identity_number("01819012306", day_in_2032));
    // The classic number stays valid after 2032.
    EXPECT_TRUE(parse_identity_number("01819012365", day_in_2032));
}

TEST(IdentityNumber, MakesCheckDigits) {
    EXPECT_EQ(with_check_digits("018190123").value(), "01819012365");
    EXPECT_EQ(with_check_digits("410160600").value(), "41016060079");
    EXPECT_FALSE(with_check_digits("12345"));
}

TEST(IdentityNumber, IsFoundInFreeTextWrittenTogetherOrInGroups) {
    struct Case {
        const char* text;
        std::vector<std::string> found;
    };
    for (const auto& c : std::vector<Case>{
             {"Ola Dahl 07836333661 i går", {"07836333661"}},
             {"fnr. 078363 33661.", {"078363 33661"}},
             {"078363-33661 og 01819012365", {"078363-33661", "01819012365"}},
             {"(01819012365)", {"01819012365"}},
             {"01819012366 har feil kontrollsiffer", {}},
             {"12345678901 kroner og tlf 400 00 001", {}},
             {"2024: 17 saker, 11 barn", {}},
             {"1201819012365 er for langt", {}},
             {"", {}},
         }) {
        std::string text = c.text;
        std::vector<std::string> found;
        for (const auto& span : identity_numbers_in(text, today_2026))
            found.push_back(text.substr(span.offset, span.length));
        EXPECT_EQ(found, c.found) << c.text;
    }
    EXPECT_EQ(mask_identity_numbers("Ola 078363 33661, Kari 01819012365.", today_2026),
              "Ola [fødselsnummer fjernet], Kari [fødselsnummer fjernet].");
    EXPECT_EQ(mask_identity_numbers("Ingen her: 12345678901.", today_2026), "Ingen her: 12345678901.");
}

TEST(IdentityNumberLookup, NeedsAPurposeAlertsOnceOnABulkAndThenRefuses) {
    EXPECT_TRUE(is_lookup_purpose("ny_henvendelse"));
    EXPECT_FALSE(is_lookup_purpose(""));
    EXPECT_FALSE(is_lookup_purpose("nysgjerrig"));
    int alerts = 0;
    for (int64_t earlier = 0; earlier < lookup_limit; ++earlier) {
        auto verdict = judge_lookup(earlier);
        EXPECT_NE(verdict, LookupVerdict::refuse) << earlier;
        if (verdict == LookupVerdict::allow_and_alert) {
            ++alerts;
            EXPECT_EQ(earlier + 1, lookup_alert_at);
        }
    }
    EXPECT_EQ(alerts, 1);
    EXPECT_EQ(judge_lookup(lookup_limit), LookupVerdict::refuse);
    EXPECT_EQ(judge_lookup(lookup_limit + 100), LookupVerdict::refuse);
    EXPECT_LT(lookup_alert_at, lookup_limit);
}
