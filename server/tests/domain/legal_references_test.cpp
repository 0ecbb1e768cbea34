// Legal references as data (docs/domain.md#rule-legal-references-as-data) and the appeal
// information every decision letter carries (docs/domain.md#rule-appeal-information).

#include "domain/appeal_information.hpp"
#include "domain/legal_references.hpp"
#include "support/build_paths.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>

namespace husly {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string joined(const std::vector<TextSection>& sections) {
    std::string text;
    for (const auto& section : sections) text += section.heading + "\n" + section.body + "\n\n";
    return text;
}

AppealInformation bodo() {
    AppealInformation info;
    info.office_name = "Nav Bodø";
    info.postal_address = "Postboks 123, 8001 Bodø";
    info.municipality_numbers = {"1804"};
    info.deadline = "Klagefristen er tre uker.";
    info.decided_on = "2026-12-01";
    return info;
}

// A future version of the act, test only: the new forvaltningsloven moves the deadline to § 55.
std::vector<legal::Reference> with_future_act() {
    std::vector<legal::Reference> table(legal::references().begin(), legal::references().end());
    table.push_back({"fvl_klagefrist", "forvaltningsloven", "fvl.", "55", "Klagefrist", "2030-01-01"});
    table.push_back({"fvl_fullmektig", "forvaltningsloven", "fvl.", "14", "Fullmektig", "2030-01-01"});
    return table;
}

TEST(LegalReferences, CitesTheActAndSection) {
    EXPECT_EQ(legal::cite("fvl_klagefrist", "2026-12-01"), "forvaltningsloven § 29");
    EXPECT_EQ(legal::cite_short("fvl_begrunnelse", "2026-12-01"), "fvl. § 25");
    EXPECT_EQ(legal::section("sotjl_livsopphold", "2026-12-01"), "§ 18");
    EXPECT_EQ(legal::cite_all({"fvl_klageinstans", "fvl_klagefrist"}, "2026-12-01T10:00:00.000Z"),
              "forvaltningsloven §§ 28 og 29");
    EXPECT_EQ(legal::cite_all_short({"fvl_forhandsvarsel", "fvl_utredning", "fvl_innsyn"}, "2026-12-01"),
              "fvl. §§ 16, 17 og 18");
}

TEST(LegalReferences, AnUnknownKeyOrADateBeforeTheActIsAProgrammingError) {
    EXPECT_THROW(legal::cite("fvl_finnes_ikke", "2026-12-01"), std::logic_error);
    EXPECT_THROW(legal::cite("sotjl_midlertidig_botilbud", "2009-12-31"), std::logic_error);
    EXPECT_FALSE(legal::exists("fvl_finnes_ikke"));
}

TEST(LegalReferences, TheVersionInForceOnTheDecisionsDateIsChosen) {
    legal::ScopedReferences future(with_future_act());
    EXPECT_EQ(legal::cite("fvl_klagefrist", "2029-12-31"), "forvaltningsloven § 29");
    EXPECT_EQ(legal::cite("fvl_klagefrist", "2030-01-01"), "forvaltningsloven § 55");
    EXPECT_EQ(legal::cite("fvl_innsyn", "2030-06-01"), "forvaltningsloven § 18"); // unchanged keys stay
}

TEST(LegalReferences, ALetterDecidedAfterAFutureVersionPrintsTheNewSection) {
    legal::ScopedReferences future(with_future_act());
    auto info = bodo();
    auto before = joined(appeal_information_sections(info));
    EXPECT_NE(before.find("forvaltningsloven §§ 28 og 29"), std::string::npos) << before;
    EXPECT_NE(before.find("(forvaltningsloven § 12)"), std::string::npos) << before;
    info.decided_on = "2030-02-01";
    auto after = joined(appeal_information_sections(info));
    EXPECT_NE(after.find("forvaltningsloven §§ 28 og 55"), std::string::npos) << after;
    EXPECT_NE(after.find("(forvaltningsloven § 14)"), std::string::npos) << after;
    EXPECT_EQ(after.find("§§ 28 og 29"), std::string::npos) << after;
}

// Every key the code names (a string literal "fvl_…", "sotjl_…" or "grunnloven_…" in server/src or
// web/src) is in the table.
TEST(LegalReferences, EveryKeyTheCodeUsesExists) {
    std::regex key(R"re("((?:fvl|sotjl|grunnloven)_[a-z_]+)")re");
    std::set<std::string> used;
    for (const char* dir : {"server/src", "web/src"}) {
        auto root = fs::path(test::paths::source_dir()) / dir;
        for (const auto& entry : fs::recursive_directory_iterator(root)) {
            auto ext = entry.path().extension();
            if (ext != ".cpp" && ext != ".hpp" && ext != ".ts" && ext != ".tsx") continue;
            if (entry.path().filename() == "legal_references.cpp") continue; // the table itself
            auto text = read(entry.path());
            for (std::sregex_iterator it(text.begin(), text.end(), key), end; it != end; ++it)
                used.insert((*it)[1].str());
        }
    }
    EXPECT_GE(used.size(), 15u); // the letters cite at least these
    for (const auto& name : used) {
        EXPECT_TRUE(legal::exists(name)) << name;
        EXPECT_NO_THROW(legal::find(name, "2026-12-01")) << name;
    }
}

// The letters' code writes no section sign of its own: in a string literal of the files that make
// letters, outside comments, there is no «§».
TEST(LegalReferences, NoLetterCodeWritesASectionSign) {
    auto root = fs::path(test::paths::source_dir()) / "server/src";
    for (const char* file :
         {"service/case_letter.cpp", "service/decision_service.cpp", "service/cash_assistance_service.cpp",
          "service/stay_service.cpp", "letters/letter_pdf.cpp", "domain/appeal_information.cpp",
          "domain/vedtak_terms.cpp"}) {
        auto text = read(root / file);
        ASSERT_FALSE(text.empty()) << file;
        bool in_string = false;
        int line = 1;
        for (size_t i = 0; i < text.size(); ++i) {
            char c = text[i];
            if (c == '\n') {
                ++line;
                continue;
            }
            if (!in_string && c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
                i = text.find('\n', i) - 1; // a comment: skip to the end of the line
                continue;
            }
            if (!in_string && c == '\'') { // a character literal: '"' is not a string
                i = text.find('\'', i + (text[i + 1] == '\\' ? 3 : 2));
                continue;
            }
            if (c == '\\' && in_string) {
                ++i;
                continue;
            }
            if (c == '"') in_string = !in_string;
            if (in_string && text.compare(i, 2, "§") == 0)
                ADD_FAILURE() << file << ":" << line << " writes «§»";
        }
    }
}

TEST(AppealInformation, TheStatsforvalterIsTheOneOfTheOfficesCounty) {
    EXPECT_EQ(statsforvalter_for_municipality("1804"), "Statsforvalteren i Nordland");
    EXPECT_EQ(statsforvalter_for_municipality("0301"),
              "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus");
    EXPECT_EQ(statsforvalter_for_municipality("5001"), "Statsforvalteren i Trøndelag");
    EXPECT_EQ(statsforvalter_for_municipality("5601"), "Statsforvalteren i Troms og Finnmark");
    EXPECT_EQ(statsforvalter_for_municipality("4601"), "Statsforvalteren i Vestland");
    EXPECT_EQ(statsforvalter_for_municipality("9999"), ""); // no such county
    EXPECT_EQ(statsforvalter_for_municipality("18"), "");
    auto info = bodo();
    EXPECT_EQ(appeal_authority(info), "Statsforvalteren i Nordland");
    info.appeal_authority =
        "Statsforvalteren i Nordland, Moloveien 10, 8002 Bodø"; // the administrator's wording wins
    EXPECT_EQ(appeal_authority(info), "Statsforvalteren i Nordland, Moloveien 10, 8002 Bodø");
    info.appeal_authority.clear();
    info.municipality_numbers.clear();
    EXPECT_EQ(appeal_authority(info), "Statsforvalteren");
}

TEST(AppealInformation, EveryRightIsStatedWithItsSection) {
    auto text = joined(appeal_information_sections(bodo()));
    for (const char* expected :
         {"Klagefristen er tre uker.", "Send klagen til Nav Bodø, Postboks 123, 8001 Bodø.", "digitalt",
          "sender vi klagen til Statsforvalteren i Nordland, som avgjør den (forvaltningsloven §§ 28 og 29)",
          "hva du vil ha endret, og hvorfor (forvaltningsloven § 32)", "(forvaltningsloven § 30)",
          "(forvaltningsloven § 31)", "ikke gjennomføres før klagen er avgjort (forvaltningsloven § 42)",
          "vesentlige kostnader du har hatt med saken (forvaltningsloven § 36)",
          "føre saken for deg (forvaltningsloven § 12)",
          "se dokumentene i saken din (forvaltningsloven § 18)"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
    EXPECT_EQ(text.find("kopi av dette brevet"), std::string::npos) << text; // no representative
}

TEST(AppealInformation, ARepresentativeIsToldTheyGetACopy) {
    auto info = bodo();
    info.has_representative = true;
    EXPECT_NE(joined(appeal_information_sections(info)).find("Fullmektigen din får kopi av dette brevet."),
              std::string::npos);
}

TEST(AppealInformation, ALetterThatSaidPostponementItselfIsNotToldTwice) {
    auto info = bodo();
    info.postponement_stated = true;
    auto text = joined(appeal_information_sections(info));
    EXPECT_EQ(text.find("§ 42"), std::string::npos) << text;
    info.postponement_stated = false;
    EXPECT_NE(joined(appeal_information_sections(info)).find("§ 42"), std::string::npos);
}

TEST(AppealInformation, WithoutAPostalAddressTheAppealGoesToTheOfficeByName) {
    auto info = bodo();
    info.postal_address.clear();
    EXPECT_NE(joined(appeal_information_sections(info)).find("Send klagen til Nav Bodø. "),
              std::string::npos);
}

} // namespace
} // namespace husly
