// Free text, e-mail addresses and passwords as they are accepted or refused, without HTTP or SQL.
#include "domain/text_rules.hpp"

#include <gtest/gtest.h>

using namespace husly;

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
    // A line or paragraph separator, and the bidi controls, even in multiline text.
    EXPECT_FALSE(is_clean_text("Postboks 1\xe2\x80\xa8"
                               "Du kan ikke klage",
                               true)); // U+2028
    EXPECT_FALSE(is_clean_text("a\xe2\x80\xa9"
                               "b",
                               true)); // U+2029
    EXPECT_FALSE(is_clean_text("\xe2\x80\xae"
                               "neretlavrofstatS")); // U+202E
    EXPECT_FALSE(is_clean_text("a\xe2\x81\xa6"
                               "b")); // U+2066
    // Noncharacters: a letter's text stopped at the first one.
    EXPECT_FALSE(is_clean_text("Klage \xef\xbf\xbe etter")); // U+FFFE
    EXPECT_FALSE(is_clean_text("\xef\xbf\xbf"));             // U+FFFF
    EXPECT_FALSE(is_clean_text("\xef\xb7\x90"));             // U+FDD0
    EXPECT_FALSE(is_clean_text("\xf0\x9f\xbf\xbe"));         // U+1FFFE
    EXPECT_FALSE(is_clean_text("\xf4\x8f\xbf\xbf"));         // U+10FFFF
    EXPECT_TRUE(is_clean_text("\xef\xb7\xb0 \xef\xbf\xbd")); // U+FDF0 and U+FFFD are characters
    // Right-to-left letters and the zero-width joiner (part of some scripts and emoji) are text.
    EXPECT_TRUE(is_clean_text("\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85 Ali")); // Arabic «salam»
    EXPECT_TRUE(is_clean_text("\xe0\xa4\x95\xe0\xa5\x8d\xe2\x80\x8d")); // Devanagari + ZWJ
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
    // The outside review's third round: addresses that look like another one, or carry markup.
    for (const char* look_alike : {"veileder@husly.test\u200b", "vei\u200bleder@husly.test",
                                   "ve\u0131leder@husly.test", "v\u0435ileder@husly.test", "<script>@x.test",
                                   "vera@nav..no", "vera@-nav.no", "vera@n\u00e5v.no", "vera\t@nav.no"})
        EXPECT_FALSE(normalize_email("email", look_alike)) << look_alike;
    for (const char* good :
         {"o'brien@nav.no", "kari.nordmann+husly@nav.no", "a_b-c%d@sub.nav-x.no", "x@y.no"})
        EXPECT_TRUE(normalize_email("email", good)) << good;
}

TEST(TextRules, PasswordLength) {
    EXPECT_FALSE(check_new_password("password", "kort"));
    EXPECT_FALSE(check_new_password("password", "Fjord%Tåke#"));
    EXPECT_TRUE(check_new_password("password", "Fjord%Tåke#9"));
    EXPECT_FALSE(check_new_password("password", std::string(201, 'a')));
}

// Finding 14 of the 2026-12 security review: these were accepted.
TEST(TextRules, WeakPasswordsAreRefusedSayingWhy) {
    auto reason = [](const std::string& password, const std::vector<std::string>& personal = {}) {
        auto checked = check_new_password("password", password, personal);
        return checked ? std::string() : checked.error().message;
    };
    EXPECT_NE(reason("aaaaaaaaaaaa").find("gjentar"), std::string::npos) << reason("aaaaaaaaaaaa");
    EXPECT_NE(reason("123456789012").find("rekkefølge"), std::string::npos) << reason("123456789012");
    EXPECT_NE(reason("passwordpassword").find("gjentar"), std::string::npos) << reason("passwordpassword");
    EXPECT_NE(reason("qwertyuiopasdf").find("vanlige"), std::string::npos) << reason("qwertyuiopasdf");
    EXPECT_NE(reason("passord12345").find("vanlige"), std::string::npos) << reason("passord12345");
    EXPECT_NE(reason("hemmelighemmelig").find("gjentar"), std::string::npos) << reason("hemmelighemmelig");
    EXPECT_NE(reason("kari.nordmann1", {"kari.nordmann@nav.no", "Kari Nordmann"}).find("navnet ditt"),
              std::string::npos)
        << reason("kari.nordmann1", {"kari.nordmann@nav.no", "Kari Nordmann"});
    auto weak = check_new_password("password", "aaaaaaaaaaaa");
    ASSERT_FALSE(weak);
    EXPECT_EQ(weak.error().code, "weak_password");
    EXPECT_EQ(weak.error().field, "password");
    // The demo password, the test accounts' and passphrases pass.
    for (const char* good : {"husly-demo-2026", "et langt passord", "et langt nok passord",
                             "matrise-passord-2026", "korrekt-hest-batteri-stift", "Gul-Ekorn-2026-hopper"})
        EXPECT_TRUE(check_new_password("password", good)) << good << ": " << reason(good);
}

// Finding F6 of the second review: only letters count towards a name search's minimum.
TEST(TextRules, OnlyLettersAreCountedAsLetters) {
    EXPECT_EQ(count_letters("Kari"), 4u);
    EXPECT_EQ(count_letters("%%%"), 0u);
    EXPECT_EQ(count_letters("__"), 0u);
    EXPECT_EQ(count_letters("a%"), 1u);
    EXPECT_EQ(count_letters("1234 -'.,\\"), 0u);
    EXPECT_EQ(count_letters("Øyvind Ærø-Å"), 10u);
    EXPECT_EQ(count_letters("Čázsi Ŋuolja"), 11u); // Sámi
    EXPECT_EQ(count_letters("Андрій Ψ"), 7u);      // Cyrillic and Greek
    EXPECT_EQ(count_letters("×÷§«»–€😀"), 0u);
}

// Finding F3 of the second review: a new password must differ from the current by more than 3
// edits.
TEST(TextRules, EditDistanceCountsCodePoints) {
    EXPECT_EQ(edit_distance("", ""), 0u);
    EXPECT_EQ(edit_distance("abc", ""), 3u);
    EXPECT_EQ(edit_distance("", "abc"), 3u);
    EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
    EXPECT_EQ(edit_distance("et langt passord", "et langt passord"), 0u);
    EXPECT_EQ(edit_distance("et langt passord", "et langt passord!"), 1u);
    EXPECT_EQ(edit_distance("et langt passord1", "et langt passord2"), 1u);
    EXPECT_EQ(edit_distance("midlertidig passord 7", "midlertidig passord 2027"), 3u);
    EXPECT_EQ(edit_distance("midlertidig passord 7", "midlertidig passord 20278"), 4u);
    // One edit per letter, not per byte.
    EXPECT_EQ(edit_distance("blåbærsyltetøy", "blabarsyltetoy"), 3u);
    EXPECT_EQ(edit_distance("ab", "ba"), 2u);
}
