// Vedtak over the API: a draft names what is missing, deciding needs every element, the letter is
// a PDF with the person's name that is identical each time, and a decided vedtak stays as it is.

#include "common/clock.hpp"
#include "domain/deadlines.hpp"
#include "domain/decision.hpp"
#include "service/case_letter.hpp"
#include "support/case_fixtures.hpp"
#include "support/test_server.hpp"

#include <gtest/gtest.h>

using namespace husly;
using husly::test::flatten;
using husly::test::HttpClient;
using husly::test::pdf_text;
using husly::test::TestServer;

namespace {

int64_t new_request(HttpClient& client, const std::string& network = "ikke_sjekket") {
    auto person =
        client.post("/api/v1/persons",
                    {{"identityNumber", "01819012365"}, {"firstName", "Kari"}, {"lastName", "Nordmann"}});
    auto person_id = person.json()["id"].get<int64_t>();
    auto request =
        client.post("/api/v1/requests",
                    {{"personId", person_id}, {"channel", "muntlig"}, {"acute", true}, {"network", network}});
    EXPECT_EQ(request.status, 201) << request.body;
    return request.json()["id"].get<int64_t>();
}

nlohmann::json complete_grant() {
    return {{"outcome", "INNVILGET"},
            {"periodFrom", "2026-11-23"},
            {"periodTo", "2027-02-22"},
            {"conditions", {"egenbetaling", "husregler"}},
            {"offerKind", "navngitt"},
            {"offerProvider", "Bodø kommune, Rønvikveien botilbud"},
            {"offerAddress", "Rønvikveien 12, 8009 Bodø"},
            {"offerFrom", "2026-11-23"},
            {"ownPaymentRate", 300},
            {"ownPaymentMonthlyCap", 9000},
            {"ownPaymentAssessment", "Søkeren har arbeidsinntekt og kan betale egenandelen."},
            {"facts", "Søkeren ble kastet ut av leiligheten 20. november og har ikke nettverk i kommunen."},
            {"considerations", "Søkeren kan ikke skaffe seg et sted å bo selv, og det haster."}};
}

// The pages of a PDF's text (pdftotext ends each with a form feed).
std::vector<std::string> pages(const std::string& text) {
    std::vector<std::string> result;
    size_t start = 0;
    for (auto end = text.find('\f'); end != std::string::npos; end = text.find('\f', start)) {
        result.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    if (start < text.size() && text.find_first_not_of(" \n", start) != std::string::npos)
        result.push_back(text.substr(start));
    return result;
}

std::string url(int64_t request_id, const std::string& rest = "") {
    return "/api/v1/requests/" + std::to_string(request_id) + "/decision" + rest;
}

} // namespace

class ApiDecisionTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ApiDecisionTest, DraftNamesWhatIsMissingAndDecidingNeedsEveryElement) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto request_id = new_request(veileder);
    EXPECT_TRUE(veileder.get(url(request_id)).json()["decision"].is_null());

    auto draft = veileder.put(url(request_id), {{"outcome", "AVSLATT"}});
    ASSERT_EQ(draft.status, 200) << draft.body;
    std::vector<std::string> missing;
    auto draft_body = draft.json(); // kept alive: the loop below refers into it
    for (const auto& problem : draft_body["problems"]) missing.push_back(problem["field"]);
    EXPECT_EQ(missing, (std::vector<std::string>{"refusalReasons", "facts", "considerations"}));
    auto refused = veileder.post(url(request_id, "/decide"), nlohmann::json::object());
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(refused.error_field(), "refusalReasons");
    // Deciding names every element missing at once, as the draft does.
    std::vector<std::string> refused_fields;
    auto refused_body = refused.json();
    for (const auto& problem : refused_body["error"]["problems"]) refused_fields.push_back(problem["field"]);
    EXPECT_EQ(refused_fields, missing);
    EXPECT_EQ(veileder.get(url(request_id, "/letter")).status, 404); // an incomplete draft has no letter
    // Nothing was decided: the request still waits for an outcome.
    EXPECT_TRUE(veileder.get("/api/v1/requests/" + std::to_string(request_id)).json()["outcome"].is_null());

    auto bad_date = veileder.put(url(request_id), {{"outcome", "INNVILGET"}, {"periodFrom", "2027-02-30"}});
    EXPECT_EQ(bad_date.status, 422);
    EXPECT_EQ(bad_date.error_field(), "periodFrom");
    EXPECT_EQ(veileder.put(url(request_id), {{"outcome", "JA"}}).error_field(), "outcome");
    EXPECT_EQ(veileder.put(url(request_id), {{"refusalReasons", {"ukjent"}}}).error_field(),
              "refusalReasons");
    auto long_period = complete_grant();
    long_period["periodTo"] = "2027-06-01";
    veileder.put(url(request_id), long_period);
    EXPECT_EQ(veileder.post(url(request_id, "/decide"), nlohmann::json::object()).error_field(),
              "longPeriodReason");
}

TEST_P(ApiDecisionTest, DecidedVedtakHasALetterThatIsTheSameEveryTime) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto request_id = new_request(veileder);
    ASSERT_EQ(veileder.put(url(request_id), complete_grant()).status, 200);
    auto decided = veileder.post(url(request_id, "/decide"), nlohmann::json::object());
    ASSERT_EQ(decided.status, 200) << decided.body;
    auto decision = decided.json()["decision"];
    EXPECT_EQ(decision["status"], "decided");
    // Nobody has been given it yet: the deadline waits for the delivery (fvl. § 29).
    EXPECT_TRUE(decision["appealDeadline"].is_null());
    EXPECT_TRUE(decision["deliveryMethod"].is_null());
    EXPECT_EQ(decision["legalBasis"], "sosialtjenesteloven § 27");
    EXPECT_TRUE(decision["processingHours"].is_number_integer());
    auto request = veileder.get("/api/v1/requests/" + std::to_string(request_id)).json();
    EXPECT_EQ(request["outcome"]["kind"], "vedtak");

    auto first = veileder.get(url(request_id, "/letter"));
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(first.headers["content-type"], "application/pdf");
    EXPECT_EQ(first.body.substr(0, 5), "%PDF-");
    auto second = veileder.get(url(request_id, "/letter"));
    EXPECT_EQ(first.body, second.body);
    auto text = pdf_text(first.body);
    for (const std::string& expected :
         {std::string("Vedtak om midlertidig botilbud"), std::string("Kari Nordmann"),
          std::string("Nav Bodø"), std::string("sosialtjenesteloven § 27"), std::string("23. november 2026"),
          std::string("22. februar 2027"), std::string("Statsforvalteren"),
          std::string("forvaltningsloven § 18"), std::string("Side 1 av"),
          "Vår referanse: " + std::to_string(request_id),
          // Where to turn (fvl. § 27 third paragraph): the office's contact block and its Statsforvalter.
          std::string("Kontakt oss"), std::string("Postadresse: Postboks 1804, 8001 Bodø"),
          std::string("Telefon: 00 00 18 04"), std::string("E-post: bodo@husly.test"),
          std::string("Nettside: husly.test/kontor/bodo")})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
    auto flat = flatten(text);
    EXPECT_NE(flat.find("Send klagen til Nav Bodø, Postboks 1804, 8001 Bodø."), std::string::npos) << flat;
    EXPECT_NE(flat.find("sender vi klagen til Statsforvalteren i Nordland, som avgjør den"),
              std::string::npos)
        << flat;
    // How the deadline is counted, for each way the vedtak may be given (fvl. § 29).
    for (const char* expected :
         {"Klagefristen er tre uker fra vedtaket kom fram til deg (forvaltningsloven § 29).",
          "Fikk du det overlevert, regnes fristen fra den dagen du fikk det.",
          "Fikk du det digitalt, regnes den fra den dagen det ble gjort tilgjengelig for deg.",
          "Er det sendt i posten, regner vi at du fikk det tre virkedager etter at vi postla det.",
          "går fristen ut den neste virkedagen"})
        EXPECT_NE(flat.find(expected), std::string::npos) << expected << "\n" << flat;
    // The reasons under their headings (fvl. § 25), and no copy line without a representative.
    for (const char* expected : {"Regelverk", "Faktum", "Vurdering"})
        EXPECT_NE(text.find(std::string(expected) + "\n"), std::string::npos) << expected << "\n" << text;
    EXPECT_EQ(flat.find("Kopi til fullmektig"), std::string::npos) << flat;
    EXPECT_EQ(flat.find("Fullmektigen din får kopi"), std::string::npos) << flat;
    // What an appeal must hold, that posting in time counts, late appeals, help and costs (fvl. § 27(3)).
    for (const char* expected :
         {"forvaltningsloven § 32", "forvaltningsloven § 30", "forvaltningsloven § 31",
          "forvaltningsloven § 36", "Vi hjelper deg gjerne med å skrive klagen.", "(forvaltningsloven § 12)",
          "(forvaltningsloven § 42)", "logget inn på nav.no"})
        EXPECT_NE(flat.find(expected), std::string::npos) << expected;

    // A decided vedtak is not changed, nor decided twice.
    EXPECT_EQ(veileder.put(url(request_id), complete_grant()).status, 409);
    EXPECT_EQ(veileder.post(url(request_id, "/decide"), nlohmann::json::object()).status, 409);

    auto admin = server.client_as("admin@husly.test");
    auto audit = admin.get("/api/v1/audit?action=decision.").json()["entries"];
    std::set<std::string> actions;
    for (const auto& entry : audit) actions.insert(entry["action"]);
    EXPECT_TRUE(actions.contains("decision.decide"));
    EXPECT_TRUE(actions.contains("decision.letter"));
}

TEST_P(ApiDecisionTest, TheLetterNamesEveryoneTheGrantCovers) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    husly::test::CaseOptions family;
    family.members = {{{"role", "adult"}, {"firstName", "Per"}, {"birthDate", "1987-02-01"}},
                      {{"role", "child"}, {"firstName", "Ola"}, {"birthDate", "2017-05-01"}}};
    auto request_id = husly::test::new_case(veileder, "Familie", family);
    husly::test::grant(veileder, request_id, husly::test::day_offset(0), husly::test::day_offset(30));
    auto text = pdf_text(veileder.get(url(request_id, "/letter")).body);
    for (const char* expected : {"Per (født 01.02.1987)", "Ola (født 01.05.2017)", "husstanden din"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
}

TEST_P(ApiDecisionTest, ARefusalSaysWhyInTheAssessment) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    nlohmann::json refusal = {{"outcome", "AVSLATT"},
                              {"refusalReasons", {"nettverk", "klarer_selv"}},
                              {"facts", "Søkeren bor hos sin søster og har inntekt."},
                              {"considerations", "Søkeren har et trygt sted å sove i natt"}};
    // «Kan bo hos familie eller venner» only where the request's network check found a place to stay
    // (docs/domain.md#rule-refusal-grounds): not where it was not checked, nor where it said no.
    for (const char* network : {"ikke_sjekket", "nei"}) {
        auto person =
            veileder.post("/api/v1/persons",
                          {{"firstName", "Nettverk"}, {"lastName", network}, {"birthDate", "1990-05-17"}});
        ASSERT_EQ(person.status, 201) << person.body;
        auto created = veileder.post("/api/v1/requests", {{"personId", person.json()["id"]},
                                                          {"channel", "muntlig"},
                                                          {"acute", false},
                                                          {"network", network}});
        ASSERT_EQ(created.status, 201) << created.body;
        auto unchecked = created.json()["id"].get<int64_t>();
        ASSERT_EQ(veileder.put(url(unchecked), refusal).status, 200);
        auto view = veileder.get(url(unchecked)).json();
        EXPECT_EQ(view["problems"].size(), 1u) << view;
        auto refused = veileder.post(url(unchecked, "/decide"), nlohmann::json::object());
        EXPECT_EQ(refused.status, 422) << network;
        EXPECT_EQ(refused.error_code(), "network_not_found") << network;
        EXPECT_EQ(refused.error_field(), "refusalReasons") << network;
        EXPECT_EQ(veileder.get(url(unchecked, "/letter")).status, 404) << network; // no draft letter either
    }
    auto request_id = new_request(veileder, "ja");
    ASSERT_EQ(veileder.put(url(request_id), refusal).status, 200);
    ASSERT_EQ(veileder.post(url(request_id, "/decide"), nlohmann::json::object()).status, 200);
    auto flat = flatten(pdf_text(veileder.get(url(request_id, "/letter")).body));
    EXPECT_NE(
        flat.find("Vår vurdering: Søkeren har et trygt sted å sove i natt. Vi har derfor kommet til at du "
                  "ikke har krav på midlertidig botilbud, fordi du kan bo hos familie eller venner og du "
                  "kan skaffe deg et sted å bo selv."),
        std::string::npos)
        << flat;
    EXPECT_EQ(flat.find("Grunnen til"), std::string::npos) << flat; // no longer a line of codes
    EXPECT_EQ(flat.find("Kan bo hos familie"), std::string::npos) << flat;
}

// «Oppholdskommunen er en annen» only with the request sent on to that municipality, which the
// letter names (docs/domain.md#rule-wrong-municipality-is-forwarded).
TEST_P(ApiDecisionTest, ARefusalForAnotherMunicipalitySendsTheRequestOn) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto request_id = new_request(veileder);
    auto today_text = format_date(today());
    nlohmann::json refusal = {{"outcome", "AVSLATT"},
                              {"refusalReasons", {"annen_kommune"}},
                              {"facts", "Søkeren har bodd og oppholder seg i Oslo, og kom hit for en dag."},
                              {"considerations", "Det er Oslo som skal hjelpe søkeren"}};
    ASSERT_EQ(veileder.put(url(request_id), refusal).status, 200);
    auto refused = veileder.post(url(request_id, "/decide"), nlohmann::json::object());
    EXPECT_EQ(refused.status, 422);
    std::vector<std::string> fields;
    auto refused_body = refused.json(); // kept alive: the loop refers into it
    for (const auto& problem : refused_body["error"]["problems"]) fields.push_back(problem["field"]);
    EXPECT_EQ(fields, (std::vector<std::string>{"forwardedTo", "forwardedOn"})) << refused.body;

    // The office's own municipality is not another one; a date that is no date is named on save.
    refusal["forwardedTo"] = "1804";
    refusal["forwardedOn"] = today_text;
    ASSERT_EQ(veileder.put(url(request_id), refusal).status, 200);
    auto own = veileder.post(url(request_id, "/decide"), nlohmann::json::object());
    EXPECT_EQ(own.error_code(), "own_municipality") << own.body;
    auto bad_date = refusal;
    bad_date["forwardedOn"] = "31.02.2026";
    auto not_a_date = veileder.put(url(request_id), bad_date);
    EXPECT_EQ(not_a_date.status, 422);
    EXPECT_EQ(not_a_date.error_field(), "forwardedOn");

    refusal["forwardedTo"] = "0301";
    auto saved = veileder.put(url(request_id), refusal);
    ASSERT_EQ(saved.status, 200) << saved.body;
    EXPECT_EQ(saved.json()["decision"]["forwardedTo"], "0301");
    EXPECT_EQ(saved.json()["decision"]["forwardedOn"], today_text);
    ASSERT_EQ(veileder.post(url(request_id, "/decide"), nlohmann::json::object()).status, 200);
    auto flat = flatten(pdf_text(veileder.get(url(request_id, "/letter")).body));
    EXPECT_NE(flat.find("Vi sendte derfor henvendelsen din videre til Nav-kontoret i Oslo kommune " +
                        case_letter::norwegian_date(today_text)),
              std::string::npos)
        << flat;
    EXPECT_NE(flat.find("sosialtjenesteloven § 3"), std::string::npos) << flat;
}

// A person who is not a Norwegian citizen and has no fixed home in Norway: the vedtak rests on the
// 2011 regulation's limited right and says until when (#rule-persons-without-a-fixed-home-in-norway).
TEST_P(ApiDecisionTest, APersonWithoutAFixedHomeInNorwayHasTheLimitedRight) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto request_id = new_request(veileder);
    auto grant = complete_grant();
    grant["withoutFixedHome"] = true;
    ASSERT_EQ(veileder.put(url(request_id), grant).status, 200);
    auto missing = veileder.post(url(request_id, "/decide"), nlohmann::json::object());
    EXPECT_EQ(missing.status, 422);
    EXPECT_EQ(missing.error_field(), "limitedRightAssessment") << missing.body;

    grant["limitedRightAssessment"] = "Til 30. november, da bussen til Gdańsk går; ingen avtale gir mer.";
    ASSERT_EQ(veileder.put(url(request_id), grant).status, 200);
    auto decided = veileder.post(url(request_id, "/decide"), nlohmann::json::object());
    ASSERT_EQ(decided.status, 200) << decided.body;
    EXPECT_NE(decided.json()["decision"]["legalBasis"].get<std::string>().find("nr. 1251"),
              std::string::npos);
    auto flat = flatten(pdf_text(veileder.get(url(request_id, "/letter")).body));
    for (const char* expected :
         {"Retten din når du ikke har fast bopel i Norge", "til du kan ventes å få hjelp fra hjemlandet ditt",
          "Vår vurdering: Til 30. november, da bussen til Gdańsk går",
          "forskrift 16. desember 2011 nr. 1251 om sosiale tjenester for personer uten fast bopel i Norge"})
        EXPECT_NE(flat.find(expected), std::string::npos) << expected << "\n" << flat;

    // Its refusal ground belongs to such a person only.
    auto other = new_request(veileder);
    nlohmann::json refusal = {{"outcome", "AVSLATT"},
                              {"refusalReasons", {"hjelp_fra_hjemlandet"}},
                              {"facts", "Søkeren har bolig og familie i Polen og billett hjem i morgen."},
                              {"considerations", "Søkeren får hjelp av familien i Polen"}};
    ASSERT_EQ(veileder.put(url(other), refusal).status, 200);
    auto wrong = veileder.post(url(other, "/decide"), nlohmann::json::object());
    EXPECT_EQ(wrong.error_code(), "not_without_fixed_home") << wrong.body;
}

TEST_P(ApiDecisionTest, ALongLetterHasTheHeaderOnEveryPageAndNoContactLinesItLacks) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    // An office whose administrator has not given contact details: no empty labels, no block.
    auto admin = server.client_as("admin@husly.test");
    auto bodo = "/api/v1/offices/" + std::to_string(server.office_id("1804"));
    auto cleared = admin.put(bodo, {{"name", "Nav Bodø"},
                                    {"unitNumber", "1804"},
                                    {"municipalityNumbers", {"1804"}},
                                    {"postalAddress", ""}});
    ASSERT_EQ(cleared.status, 200) << cleared.body;
    auto request_id = new_request(veileder);
    auto grant = complete_grant();
    std::string facts;
    for (int i = 1; i <= 40; ++i)
        facts += "Søkeren forteller om uke " + std::to_string(i) +
                 " uten fast bopel, med netter hos venner, i bil og på legevakten. ";
    grant["facts"] = facts;
    ASSERT_EQ(veileder.put(url(request_id), grant).status, 200);
    ASSERT_EQ(veileder.post(url(request_id, "/decide"), nlohmann::json::object()).status, 200);
    auto letter = veileder.get(url(request_id, "/letter"));
    auto text = pdf_text(letter.body);
    EXPECT_EQ(letter.body, veileder.get(url(request_id, "/letter")).body); // still reproducible
    auto all = pages(text);
    ASSERT_GE(all.size(), 2u) << text;
    for (size_t i = 0; i < all.size(); ++i) {
        auto page_no = "Side " + std::to_string(i + 1) + " av " + std::to_string(all.size());
        for (const auto& expected :
             {std::string("Nav Bodø"), "Vår referanse: " + std::to_string(request_id), page_no})
            EXPECT_NE(all[i].find(expected), std::string::npos)
                << "page " << i + 1 << ": " << expected << "\n"
                << all[i];
        // The header comes first on the page.
        auto first_line = all[i].substr(0, all[i].find('\n'));
        EXPECT_NE(first_line.find(page_no), std::string::npos) << first_line;
    }
    for (const char* absent : {"Kontakt oss", "Postadresse", "Telefon:", "E-post:", "Nettside:"})
        EXPECT_EQ(text.find(absent), std::string::npos) << absent << "\n" << text;
    EXPECT_NE(flatten(text).find("Send klagen til Nav Bodø. Du kan også levere"), std::string::npos) << text;
    // No authority written in the settings: the Statsforvalter of the office's county (Bodø, 18).
    EXPECT_NE(flatten(text).find("sender vi klagen til Statsforvalteren i Nordland, som avgjør den"),
              std::string::npos);
}

// A representative (fvl. § 12) is recorded with who and when; the letter names them as the copy
// recipient and says so in the appeal information. Removed, the next letter has no copy line.
TEST_P(ApiDecisionTest, ARepresentativeGetsACopyOfTheLetter) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto request_id = new_request(veileder);
    auto person_id =
        veileder.post("/api/v1/persons", {{"identityNumber", "01819012365"}}).json()["id"].get<int64_t>();
    auto representative = "/api/v1/persons/" + std::to_string(person_id) + "/representative";
    auto blank = veileder.put(representative, {{"name", "  "}, {"address", "Storgata 1, 8006 Bodø"}});
    EXPECT_EQ(blank.status, 422);
    EXPECT_EQ(blank.error_field(), "name");
    auto no_address = veileder.put(representative, {{"name", "Advokat Eva Holm"}, {"address", ""}});
    EXPECT_EQ(no_address.status, 422);
    EXPECT_EQ(no_address.error_field(), "address");
    auto saved =
        veileder.put(representative, {{"name", " Advokat Eva Holm "}, {"address", "Storgata 1, 8006 Bodø"}});
    ASSERT_EQ(saved.status, 200) << saved.body;
    EXPECT_EQ(saved.json()["name"], "Advokat Eva Holm");
    EXPECT_FALSE(saved.json()["recordedByName"].get<std::string>().empty());
    EXPECT_FALSE(saved.json()["recordedAt"].get<std::string>().empty());
    auto person = veileder.get("/api/v1/persons/" + std::to_string(person_id)).json();
    EXPECT_EQ(person["representative"]["address"], "Storgata 1, 8006 Bodø");

    ASSERT_EQ(veileder.put(url(request_id), complete_grant()).status, 200);
    ASSERT_EQ(veileder.post(url(request_id, "/decide"), nlohmann::json::object()).status, 200);
    auto flat = flatten(pdf_text(veileder.get(url(request_id, "/letter")).body));
    for (const char* expected : {"Kopi til fullmektig: Advokat Eva Holm, Storgata 1, 8006 Bodø",
                                 "Fullmektigen din får kopi av dette brevet.", "(forvaltningsloven § 12)"})
        EXPECT_NE(flat.find(expected), std::string::npos) << expected << "\n" << flat;

    EXPECT_EQ(veileder.send("DELETE", representative, "").status, 204);
    EXPECT_TRUE(
        veileder.get("/api/v1/persons/" + std::to_string(person_id)).json()["representative"].is_null());
    EXPECT_EQ(veileder.send("DELETE", representative, "").status, 204); // nothing left to remove: still done
}

// A partial grant says what was applied for and what is refused (fvl. § 25): required to decide,
// and printed in the letter.
TEST_P(ApiDecisionTest, APartialGrantLetterSaysWhatWasAppliedForAndWhatIsRefused) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto request_id = new_request(veileder);
    auto partial = complete_grant();
    partial["outcome"] = "DELVIS_INNVILGET";
    partial["refusalReasons"] = {"ikke_midlertidig_behov"};
    ASSERT_EQ(veileder.put(url(request_id), partial).status, 200);
    auto refused = veileder.post(url(request_id, "/decide"), nlohmann::json::object());
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(refused.error_field(), "appliedFor");
    partial["appliedFor"] = "Botilbud for deg og hunden din i tre måneder.";
    partial["refusedPart"] = "Hunden kan ikke bo i botilbudet.";
    ASSERT_EQ(veileder.put(url(request_id), partial).status, 200);
    auto decided = veileder.post(url(request_id, "/decide"), nlohmann::json::object());
    ASSERT_EQ(decided.status, 200) << decided.body;
    EXPECT_EQ(decided.json()["decision"]["refusedPart"], "Hunden kan ikke bo i botilbudet.");
    auto flat = flatten(pdf_text(veileder.get(url(request_id, "/letter")).body));
    for (const char* expected :
         {"Søknaden din er delvis innvilget.", "Du søkte om: Botilbud for deg og hunden din i tre måneder.",
          "Dette får du ikke: Hunden kan ikke bo i botilbudet.", "Regelverk", "Faktum", "Vurdering"})
        EXPECT_NE(flat.find(expected), std::string::npos) << expected << "\n" << flat;
}

TEST_P(ApiDecisionTest, OnlyTheOfficeCaseworkersReachAVedtak) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto request_id = new_request(veileder);
    veileder.put(url(request_id), complete_grant());
    veileder.post(url(request_id, "/decide"), nlohmann::json::object());
    auto oslo = server.client_as("oslo@husly.test");
    EXPECT_EQ(oslo.get(url(request_id)).status, 404);
    EXPECT_EQ(oslo.get(url(request_id, "/letter")).status, 404);
    EXPECT_EQ(oslo.put(url(request_id), complete_grant()).status, 404);
    auto analytiker = server.client_as("analytiker@husly.test");
    EXPECT_EQ(analytiker.get(url(request_id, "/letter")).status, 403);
}

TEST_P(ApiDecisionTest, WhereTheOfficeSaysSoALederApprovesTheVedtak) {
    TestServer server(GetParam());
    // Nav Indre Salten (demo) has vedtak approved by its leder.
    auto salten = server.office_id("1841");
    auto veileder = server.client_as("veileder@husly.test");
    ASSERT_EQ(veileder.put("/api/v1/auth/office", {{"officeId", salten}}).status, 200);
    auto leder = server.client_as("leder@husly.test");
    ASSERT_EQ(leder.put("/api/v1/auth/office", {{"officeId", salten}}).status, 200);
    auto request_id = new_request(veileder);
    ASSERT_EQ(veileder.put(url(request_id), complete_grant()).status, 200);

    auto submitted = veileder.post(url(request_id, "/decide"), nlohmann::json::object());
    ASSERT_EQ(submitted.status, 200) << submitted.body;
    EXPECT_EQ(submitted.json()["decision"]["status"], "awaiting_approval");
    EXPECT_TRUE(submitted.json()["decision"]["decidedAt"].is_null());
    // The leder reads the letter as it will be sent, marked as a draft.
    auto draft_letter = leder.get(url(request_id, "/letter"));
    ASSERT_EQ(draft_letter.status, 200) << draft_letter.body;
    auto draft_text = pdf_text(draft_letter.body);
    for (const char* expected : {"UTKAST", "Kari Nordmann", "Lars Leder", "Nav Indre Salten",
                                 "22. februar 2027", "Vår referanse: ", "Side 1 av", "Kontakt oss",
                                 "Postadresse: Postboks 1841, 8201 Fauske", "Statsforvalteren i Nordland"})
        EXPECT_NE(flatten(draft_text).find(expected), std::string::npos) << expected << "\n" << draft_text;
    EXPECT_TRUE(veileder.get("/api/v1/requests/" + std::to_string(request_id)).json()["outcome"].is_null());
    EXPECT_EQ(veileder.post(url(request_id, "/decide"), nlohmann::json::object()).status, 409);
    EXPECT_EQ(veileder.put(url(request_id), complete_grant()).status, 409); // locked while it waits
    EXPECT_EQ(veileder.post(url(request_id, "/return"), {{"note", "Prøver selv"}}).status, 403);

    // A leder working in another office sees, without switching, that one waits in Salten.
    auto leder_in_bodo = server.client_as("leder@husly.test");
    auto summary = leder_in_bodo.get("/api/v1/work-summary").json();
    ASSERT_EQ(summary["approvalsElsewhere"].size(), 1u) << summary;
    EXPECT_EQ(summary["approvalsElsewhere"][0]["officeId"], salten);
    EXPECT_EQ(summary["approvalsElsewhere"][0]["officeName"], "Nav Indre Salten");
    EXPECT_EQ(summary["approvalsElsewhere"][0]["count"], 1);
    EXPECT_TRUE(veileder.get("/api/v1/work-summary").json()["approvalsElsewhere"].empty()); // no leder

    // It is on the leder's list; sent back, it needs a reason.
    auto waiting = leder.get("/api/v1/requests?list=approval").json()["requests"];
    ASSERT_EQ(waiting.size(), 1u);
    EXPECT_EQ(waiting[0]["id"], request_id);
    EXPECT_EQ(leder.post(url(request_id, "/return"), {{"note", " "}}).error_field(), "note");
    auto returned = leder.post(url(request_id, "/return"), {{"note", "Beskriv nettverket nærmere."}});
    ASSERT_EQ(returned.status, 200) << returned.body;
    EXPECT_EQ(returned.json()["decision"]["status"], "draft");
    EXPECT_EQ(returned.json()["decision"]["returnNote"], "Beskriv nettverket nærmere.");
    EXPECT_TRUE(leder.get("/api/v1/requests?list=approval").json()["requests"].empty());

    // Submitted again and approved: the leder decides and signs the letter.
    ASSERT_EQ(
        veileder.post(url(request_id, "/decide"), nlohmann::json::object()).json()["decision"]["status"],
        "awaiting_approval");
    auto approved = leder.post(url(request_id, "/decide"), nlohmann::json::object());
    ASSERT_EQ(approved.status, 200) << approved.body;
    EXPECT_EQ(approved.json()["decision"]["status"], "decided");
    EXPECT_FALSE(approved.json()["decision"]["submittedAt"].is_null());
    auto text = pdf_text(veileder.get(url(request_id, "/letter")).body);
    EXPECT_NE(text.find("Lars Leder"), std::string::npos) << text;
    EXPECT_NE(text.find("Nav Indre Salten"), std::string::npos) << text;
    EXPECT_EQ(veileder.get("/api/v1/requests/" + std::to_string(request_id)).json()["outcome"]["kind"],
              "vedtak");

    // In Bodø the setting is off: the veileder decides alone.
    auto bodo = server.client_as("veileder@husly.test");
    auto bodo_request = new_request(bodo);
    bodo.put(url(bodo_request), complete_grant());
    EXPECT_EQ(bodo.post(url(bodo_request, "/decide"), nlohmann::json::object()).json()["decision"]["status"],
              "decided");
}

TEST_P(ApiDecisionTest, AnAcuteRequestGetsAPlaceWhileTheGrantWaitsForTheLeder) {
    TestServer server(GetParam());
    auto salten = server.office_id("1841"); // vedtak approved by the leder
    auto veileder = server.client_as("veileder@husly.test");
    ASSERT_EQ(veileder.put("/api/v1/auth/office", {{"officeId", salten}}).status, 200);
    auto municipal = husly::test::make_provider(veileder, "Kommunale boliger", "kommunal", "dognbemanning");
    auto room = husly::test::make_unit(veileder, municipal, "Familierom", 1, 4, 700);
    ASSERT_EQ(husly::test::inspect(veileder, room).status, 201);
    auto today = husly::test::day_offset(0);
    const std::string no_agreement =
        "Eneste ledige familierom i natt."; // in case its quality is not adequate
    auto grant = complete_grant();
    grant["periodFrom"] = today;
    grant["periodTo"] = husly::test::day_offset(30);
    // The place is not known yet: the office will find one tonight.
    grant["offerKind"] = "skaffes";
    grant["offerFindBy"] = today;
    for (const char* named : {"offerProvider", "offerAddress", "offerFrom"}) grant.erase(named);

    // A request that is not acute waits for the approval before a place is booked.
    auto person = veileder.post("/api/v1/persons",
                                {{"firstName", "Ola"}, {"lastName", "Venter"}, {"birthDate", "1980-01-02"}});
    auto calm = veileder.post("/api/v1/requests",
                              {{"personId", person.json()["id"]}, {"channel", "muntlig"}, {"acute", false}});
    auto calm_id = calm.json()["id"].get<int64_t>();
    ASSERT_EQ(veileder.put(url(calm_id), grant).status, 200);
    ASSERT_EQ(veileder.post(url(calm_id, "/decide"), nlohmann::json::object()).json()["decision"]["status"],
              "awaiting_approval");
    auto refused =
        veileder.post("/api/v1/placements", {{"requestId", calm_id}, {"unitId", room}, {"from", today}});
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(refused.json()["error"]["code"], "awaiting_approval");
    EXPECT_EQ(refused.error_field(), "requestId");
    // Nor can it be made acute while the vedtak waits: the request is not corrected then.
    auto made_acute =
        veileder.put("/api/v1/requests/" + std::to_string(calm_id),
                     {{"personId", person.json()["id"]}, {"channel", "muntlig"}, {"acute", true}});
    EXPECT_EQ(made_acute.status, 409) << made_acute.body;
    EXPECT_EQ(made_acute.json()["error"]["code"], "awaiting_approval");
    EXPECT_EQ(veileder.post("/api/v1/placements", {{"requestId", calm_id}, {"unitId", room}, {"from", today}})
                  .status,
              422);

    // An acute one is placed at once: booked, checked in, the stay begun, all before approval.
    auto acute_id = new_request(veileder);
    ASSERT_EQ(veileder.put(url(acute_id), grant).status, 200);
    ASSERT_EQ(veileder.post(url(acute_id, "/decide"), nlohmann::json::object()).json()["decision"]["status"],
              "awaiting_approval");
    auto search =
        veileder.get("/api/v1/requests/" + std::to_string(acute_id) + "/place-search?from=" + today);
    EXPECT_EQ(search.status, 200) << search.body;
    auto booked = veileder.post(
        "/api/v1/placements",
        {{"requestId", acute_id}, {"unitId", room}, {"from", today}, {"qualityReason", no_agreement}});
    ASSERT_EQ(booked.status, 201) << booked.body;
    EXPECT_EQ(booked.json()["beforeApproval"], true);
    auto placement_id = booked.json()["id"].get<int64_t>();
    auto checked_in = veileder.post("/api/v1/placements/" + std::to_string(placement_id) + "/check-in",
                                    nlohmann::json::object());
    ASSERT_EQ(checked_in.status, 200) << checked_in.body;
    EXPECT_FALSE(checked_in.json()["stayId"].is_null());

    // The leder still approves afterwards; the placement stays marked as made before approval.
    auto leder = server.client_as("leder@husly.test");
    ASSERT_EQ(leder.put("/api/v1/auth/office", {{"officeId", salten}}).status, 200);
    ASSERT_EQ(leder.post(url(acute_id, "/decide"), nlohmann::json::object()).json()["decision"]["status"],
              "decided");
    auto placements = veileder.get("/api/v1/requests/" + std::to_string(acute_id) + "/placements").json();
    ASSERT_EQ(placements["placements"].size(), 1u);
    EXPECT_EQ(placements["placements"][0]["beforeApproval"], true);

    // In an office without approval nothing is marked.
    auto bodo = server.client_as("veileder@husly.test");
    auto bodo_request = new_request(bodo);
    ASSERT_EQ(bodo.put(url(bodo_request), grant).status, 200);
    ASSERT_EQ(bodo.post(url(bodo_request, "/decide"), nlohmann::json::object()).status, 200);
    auto bodo_booked = bodo.post(
        "/api/v1/placements",
        {{"requestId", bodo_request}, {"unitId", room}, {"from", today}, {"qualityReason", no_agreement}});
    ASSERT_EQ(bodo_booked.status, 201) << bodo_booked.body;
    EXPECT_EQ(bodo_booked.json()["beforeApproval"], false);
}

TEST_P(ApiDecisionTest, AnAppealIsRegisteredAndFollowedToStatsforvalteren) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto request_id = new_request(veileder);
    ASSERT_EQ(veileder.put(url(request_id), complete_grant()).status, 200);
    // No appeal on a draft.
    EXPECT_EQ(veileder
                  .post(url(request_id, "/appeals"), {{"sentOn", husly::test::day_offset(0)},
                                                      {"receivedOn", husly::test::day_offset(0)},
                                                      {"summary", "Uenig i vedtaket."}})
                  .status,
              409);
    ASSERT_EQ(veileder.post(url(request_id, "/decide"), nlohmann::json::object()).status, 200);

    EXPECT_EQ(veileder
                  .post(url(request_id, "/appeals"), {{"sentOn", husly::test::day_offset(0)},
                                                      {"receivedOn", husly::test::day_offset(1)},
                                                      {"summary", "Uenig i vedtaket."}})
                  .error_field(),
              "receivedOn");
    EXPECT_EQ(veileder
                  .post(url(request_id, "/appeals"), {{"sentOn", husly::test::day_offset(-1)},
                                                      {"receivedOn", husly::test::day_offset(0)},
                                                      {"summary", "Uenig i vedtaket."}})
                  .error_field(),
              "sentOn"); // before the vedtak was made
    EXPECT_EQ(veileder
                  .post(url(request_id, "/appeals"),
                        {{"receivedOn", husly::test::day_offset(0)}, {"summary", "Uenig i vedtaket."}})
                  .error_field(),
              "sentOn"); // the day it was sent is required
    EXPECT_EQ(veileder
                  .post(url(request_id, "/appeals"),
                        {{"sentOn", husly::test::day_offset(0)}, {"receivedOn", husly::test::day_offset(0)}})
                  .error_field(),
              "summary");
    auto registered =
        veileder.post(url(request_id, "/appeals"), {{"sentOn", husly::test::day_offset(0)},
                                                    {"receivedOn", husly::test::day_offset(0)},
                                                    {"summary", "Mener perioden er for kort."}});
    ASSERT_EQ(registered.status, 201) << registered.body;
    auto appeal = registered.json()["appeals"][0];
    EXPECT_FALSE(appeal["late"]);
    EXPECT_TRUE(appeal["result"].is_null());
    auto appeal_url = url(request_id, "/appeals/" + std::to_string(appeal["id"].get<int64_t>()));

    // Statsforvalteren decides only on an appeal the office has sent on.
    EXPECT_EQ(veileder.put(appeal_url, {{"result", "stadfestet"}, {"resultOn", husly::test::day_offset(0)}})
                  .error_field(),
              "result");
    EXPECT_EQ(veileder.put(appeal_url, {{"result", "godtatt"}, {"resultOn", husly::test::day_offset(0)}})
                  .error_field(),
              "result");
    EXPECT_EQ(veileder.put(appeal_url, {{"result", "sendt_statsforvalteren"}, {"resultOn", "2026-13-01"}})
                  .error_field(),
              "resultOn");
    auto forwarded = veileder.put(
        appeal_url, {{"result", "sendt_statsforvalteren"}, {"resultOn", husly::test::day_offset(0)}});
    ASSERT_EQ(forwarded.status, 200) << forwarded.body;
    EXPECT_EQ(forwarded.json()["appeals"][0]["forwardedOn"], husly::test::day_offset(0));
    EXPECT_TRUE(forwarded.json()["appeals"][0]["result"].is_null());
    EXPECT_EQ(
        veileder
            .put(appeal_url, {{"result", "omgjort_av_kontoret"}, {"resultOn", husly::test::day_offset(0)}})
            .error_field(),
        "result");
    auto upheld = veileder.put(
        appeal_url,
        {{"result", "stadfestet"}, {"resultOn", husly::test::day_offset(0)}, {"note", "Vedtaket står."}});
    ASSERT_EQ(upheld.status, 200) << upheld.body;
    EXPECT_EQ(upheld.json()["appeals"][0]["result"], "stadfestet");
    EXPECT_EQ(
        veileder.put(appeal_url, {{"result", "trukket"}, {"resultOn", husly::test::day_offset(0)}}).status,
        409);
    // Another office cannot see or touch it.
    auto oslo = server.client_as("oslo@husly.test");
    EXPECT_EQ(oslo.put(appeal_url, {{"result", "trukket"}, {"resultOn", husly::test::day_offset(0)}}).status,
              404);
}

TEST_P(ApiDecisionTest, TheDeadlineRunsFromWhenTheVedtakReachedThePersonNeverBeforeApproval) {
    TestServer server(GetParam());
    auto salten = server.office_id("1841"); // vedtak approved by the leder
    auto veileder = server.client_as("veileder@husly.test");
    ASSERT_EQ(veileder.put("/api/v1/auth/office", {{"officeId", salten}}).status, 200);
    auto request_id = new_request(veileder);
    auto today = husly::test::day_offset(0);
    auto delivered = [&](HttpClient& client, const std::string& method, const std::string& on) {
        return client.post(url(request_id, "/delivery"), {{"deliveryMethod", method}, {"deliveredOn", on}});
    };
    // The date of being told is not typed into the draft any more.
    auto typed = complete_grant();
    typed["informedOn"] = today;
    EXPECT_EQ(veileder.put(url(request_id), typed).status, 400);
    ASSERT_EQ(veileder.put(url(request_id), complete_grant()).status, 200);
    // A draft has not been given to anyone; nor has one waiting for the leder's approval.
    auto on_draft = delivered(veileder, "personlig", today);
    EXPECT_EQ(on_draft.status, 409);
    EXPECT_EQ(on_draft.json()["error"]["code"], "not_decided");
    ASSERT_EQ(
        veileder.post(url(request_id, "/decide"), nlohmann::json::object()).json()["decision"]["status"],
        "awaiting_approval");
    auto waiting = delivered(veileder, "personlig", today);
    EXPECT_EQ(waiting.status, 409);
    EXPECT_EQ(waiting.json()["error"]["code"], "awaiting_approval");
    EXPECT_EQ(waiting.error_field(), "deliveredOn");
    auto leder = server.client_as("leder@husly.test");
    ASSERT_EQ(leder.put("/api/v1/auth/office", {{"officeId", salten}}).status, 200);
    auto approved = leder.post(url(request_id, "/decide"), nlohmann::json::object());
    ASSERT_EQ(approved.json()["decision"]["status"], "decided");
    EXPECT_TRUE(approved.json()["decision"]["appealDeadline"].is_null());

    // Not before it was approved, not in the future, only the three ways.
    EXPECT_EQ(delivered(veileder, "personlig", husly::test::day_offset(-1)).error_field(), "deliveredOn");
    EXPECT_EQ(delivered(veileder, "personlig", husly::test::day_offset(1)).error_field(), "deliveredOn");
    EXPECT_EQ(delivered(veileder, "personlig", "2026-02-30").error_field(), "deliveredOn");
    auto unknown = delivered(veileder, "brevdue", today);
    EXPECT_EQ(unknown.status, 422);
    EXPECT_EQ(unknown.error_field(), "deliveryMethod");
    EXPECT_EQ(veileder.post(url(request_id, "/delivery"), {{"deliveryMethod", "post"}}).error_field(),
              "deliveredOn");
    // Another office does not find it.
    auto oslo = server.client_as("oslo@husly.test");
    EXPECT_EQ(delivered(oslo, "post", today).status, 404);
    // Nothing of the refusals was written.
    EXPECT_TRUE(veileder.get(url(request_id)).json()["decision"]["deliveredOn"].is_null());

    // Posted today: it reaches the person three working days later, and the deadline runs from then.
    auto posted = delivered(veileder, "post", today);
    ASSERT_EQ(posted.status, 200) << posted.body;
    auto decision = posted.json()["decision"];
    EXPECT_EQ(decision["deliveryMethod"], "post");
    EXPECT_EQ(decision["deliveredOn"], today);
    auto reached = husly::reached_on(DeliveryMethod::post, *parse_date(today));
    EXPECT_EQ(decision["informedOn"], format_date(reached));
    EXPECT_EQ(decision["appealDeadline"], format_date(husly::appeal_deadline(reached)));
    EXPECT_GT(decision["informedOn"].get<std::string>(), today);
    // Once: a second delivery would move the deadline.
    auto again = delivered(veileder, "personlig", today);
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.json()["error"]["code"], "already_delivered");
    EXPECT_EQ(veileder.get(url(request_id)).json()["decision"]["deliveryMethod"], "post");

    auto admin = server.client_as("admin@husly.test");
    auto audit = admin.get("/api/v1/audit?action=decision.delivery").json()["entries"];
    EXPECT_EQ(audit.size(), 1u);
}

TEST_P(ApiDecisionTest, AnAppealSentInTimeIsInTimeAndALateOneIsAssessedOrDismissedWithItsLetter) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto request_id = new_request(veileder);
    ASSERT_EQ(veileder.put(url(request_id), complete_grant()).status, 200);
    ASSERT_EQ(veileder.post(url(request_id, "/decide"), nlohmann::json::object()).status, 200);
    using husly::test::day_offset;
    // Decided and handed over 60 days ago (the clock of the server is today's): moved back in the store.
    auto decided_on = day_offset(-60);
    auto deadline = format_date(husly::appeal_deadline(*parse_date(decided_on)));
    ASSERT_EQ(veileder
                  .post(url(request_id, "/delivery"),
                        {{"deliveryMethod", "personlig"}, {"deliveredOn", day_offset(0)}})
                  .status,
              200);
    {
        auto lease = server.database().acquire();
        long long id = request_id;
        std::string decided_at = decided_on + "T10:00:00.000Z";
        lease->sql() << "UPDATE decisions SET decided_at = :a, delivered_on = :d, informed_on = :d2, "
                        "appeal_deadline = :f WHERE request_id = :r",
            soci::use(decided_at), soci::use(decided_on), soci::use(decided_on), soci::use(deadline),
            soci::use(id);
    }
    auto day_after = format_date(std::chrono::sys_days{*parse_date(deadline)} + std::chrono::days{1});
    auto register_appeal = [&](const std::string& sent, const std::string& received) {
        return veileder.post(url(request_id, "/appeals"),
                             {{"sentOn", sent}, {"receivedOn", received}, {"summary", "Uenig i vedtaket."}});
    };
    // Received before it was sent: refused.
    EXPECT_EQ(register_appeal(deadline, husly::test::day_offset(-60)).error_field(), "receivedOn");
    // Posted on the last day, received three days later: in time (fvl. § 30).
    auto posted_in_time = register_appeal(
        deadline, format_date(std::chrono::sys_days{*parse_date(deadline)} + std::chrono::days{3}));
    ASSERT_EQ(posted_in_time.status, 201) << posted_in_time.body;
    EXPECT_FALSE(posted_in_time.json()["appeals"][0]["late"]);
    EXPECT_EQ(posted_in_time.json()["appeals"][0]["sentOn"], deadline);
    // Posted the day after: late, whatever the day received.
    auto late = register_appeal(day_after, day_after);
    ASSERT_EQ(late.status, 201);
    auto appeals = late.json()["appeals"];
    EXPECT_TRUE(appeals[1]["late"]);
    EXPECT_TRUE(appeals[1]["lateAssessment"].is_null());
    auto in_time_url = url(request_id, "/appeals/" + std::to_string(appeals[0]["id"].get<int64_t>()));
    auto late_url = url(request_id, "/appeals/" + std::to_string(appeals[1]["id"].get<int64_t>()));

    // A late appeal is not worked on before the § 31 assessment.
    auto unassessed =
        veileder.put(late_url, {{"result", "sendt_statsforvalteren"}, {"resultOn", day_offset(0)}});
    EXPECT_EQ(unassessed.status, 409);
    EXPECT_EQ(unassessed.json()["error"]["code"], "late_unassessed");
    // One in time has nothing to assess.
    auto in_time =
        veileder.post(in_time_url + "/late-assessment",
                      {{"assessment", "behandles"}, {"reason", "Personen var syk hele perioden."}});
    EXPECT_EQ(in_time.status, 409);
    EXPECT_EQ(in_time.json()["error"]["code"], "appeal_in_time");
    EXPECT_EQ(
        veileder.post(late_url + "/late-assessment", {{"assessment", "kanskje"}, {"reason", "Ingen grunn."}})
            .error_field(),
        "assessment");
    EXPECT_EQ(veileder.post(late_url + "/late-assessment", {{"assessment", "avvist"}, {"reason", "Sent."}})
                  .error_field(),
              "reason");
    EXPECT_EQ(veileder.get(late_url + "/letter").status, 404); // not dismissed (yet)
    auto oslo = server.client_as("oslo@husly.test");
    EXPECT_EQ(oslo.post(late_url + "/late-assessment",
                        {{"assessment", "avvist"}, {"reason", "Klagen kom for sent uten noen grunn."}})
                  .status,
              404);

    const std::string reason =
        "Du har ikke sagt hvorfor klagen kom for sent, og vedtaket gjaldt bare en kort periode.";
    auto dismissed =
        veileder.post(late_url + "/late-assessment", {{"assessment", "avvist"}, {"reason", reason}});
    ASSERT_EQ(dismissed.status, 200) << dismissed.body;
    EXPECT_EQ(dismissed.json()["appeals"][1]["lateAssessment"], "avvist");
    EXPECT_EQ(dismissed.json()["appeals"][1]["lateReason"], reason);
    EXPECT_FALSE(dismissed.json()["appeals"][1]["lateAssessedAt"].is_null());
    EXPECT_EQ(veileder.post(late_url + "/late-assessment", {{"assessment", "behandles"}, {"reason", reason}})
                  .json()["error"]["code"],
              "already_assessed");
    auto after_dismissal =
        veileder.put(late_url, {{"result", "sendt_statsforvalteren"}, {"resultOn", day_offset(0)}});
    EXPECT_EQ(after_dismissal.status, 409);
    EXPECT_EQ(after_dismissal.json()["error"]["code"], "appeal_dismissed");

    // The dismissal's letter: a vedtak of its own, with its reasons and the right to appeal it.
    auto letter = veileder.get(late_url + "/letter");
    ASSERT_EQ(letter.status, 200);
    EXPECT_EQ(letter.headers["content-type"], "application/pdf");
    EXPECT_EQ(veileder.get(late_url + "/letter").body, letter.body); // stored once
    auto flat = flatten(pdf_text(letter.body));
    for (const std::string& expected :
         {std::string("Vedtak om å avvise klagen din"), std::string("Kari Nordmann"),
          "Klagen ble sendt " + husly::case_letter::norwegian_date(day_after),
          "Klagefristen gikk ut " + husly::case_letter::norwegian_date(deadline),
          std::string("Klagen din er avvist fordi den kom for sent."), std::string("forvaltningsloven § 31"),
          "Vår vurdering: " + reason, std::string("Du kan klage"),
          std::string("Klagefristen er tre uker fra vedtaket kom fram til deg"),
          std::string("Statsforvalteren i Nordland"), "Vår referanse: " + std::to_string(request_id)})
        EXPECT_NE(flat.find(expected), std::string::npos) << expected << "\n" << flat;
    EXPECT_EQ(veileder.get(in_time_url + "/letter").status, 404);
    EXPECT_EQ(oslo.get(late_url + "/letter").status, 404);

    // Another late one heard anyway, with the reason: it then goes on as any appeal.
    auto heard_one = register_appeal(day_offset(-1), day_offset(0));
    ASSERT_EQ(heard_one.status, 201);
    auto heard_url =
        url(request_id, "/appeals/" + std::to_string(heard_one.json()["appeals"][2]["id"].get<int64_t>()));
    auto heard = veileder.post(
        heard_url + "/late-assessment",
        {{"assessment", "behandles"}, {"reason", "Personen lå på sykehus da fristen gikk ut."}});
    ASSERT_EQ(heard.status, 200) << heard.body;
    EXPECT_EQ(heard.json()["appeals"][2]["lateAssessment"], "behandles");
    EXPECT_EQ(veileder.get(heard_url + "/letter").status, 404);
    EXPECT_EQ(
        veileder.put(heard_url, {{"result", "sendt_statsforvalteren"}, {"resultOn", day_offset(0)}}).status,
        200);

    auto admin = server.client_as("admin@husly.test");
    std::set<std::string> actions;
    auto audit = admin.get("/api/v1/audit?action=decision.appeal").json(); // kept alive for the loop
    for (const auto& entry : audit["entries"]) actions.insert(entry["action"]);
    EXPECT_TRUE(actions.contains("decision.appeal_late_assessment"));
    EXPECT_TRUE(actions.contains("decision.appeal_dismissal_letter"));
}

namespace {
std::vector<std::string> problem_fields(const nlohmann::json& problems) {
    std::vector<std::string> fields;
    for (const auto& problem : problems) fields.push_back(problem["field"]);
    return fields;
}
bool has(const std::vector<std::string>& fields, const std::string& field) {
    return std::find(fields.begin(), fields.end(), field) != fields.end();
}
} // namespace

// docs/domain.md#rule-vedtak-names-the-offer: the person can appeal only what the vedtak says.
TEST_P(ApiDecisionTest, AGrantNamesThePlaceOrTheDayTheOfficeWillHaveFoundOne) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto request_id = new_request(veileder);

    auto nameless = complete_grant();
    for (const char* named : {"offerKind", "offerProvider", "offerAddress", "offerFrom"})
        nameless.erase(named);
    auto draft = veileder.put(url(request_id), nameless);
    ASSERT_EQ(draft.status, 200) << draft.body;
    EXPECT_EQ(problem_fields(draft.json()["problems"]), std::vector<std::string>{"offerKind"});
    auto refused = veileder.post(url(request_id, "/decide"), nlohmann::json::object());
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(refused.error_field(), "offerKind");
    EXPECT_EQ(
        veileder.put(url(request_id), {{"outcome", "INNVILGET"}, {"offerKind", "kanskje"}}).error_field(),
        "offerKind");

    // A named place without its address, and a first day before the period, are named beside the fields.
    auto half = complete_grant();
    half["offerAddress"] = "";
    half["offerFrom"] = "2026-11-01";
    auto half_view = veileder.put(url(request_id), half).json();
    auto fields = problem_fields(half_view["problems"]);
    EXPECT_TRUE(has(fields, "offerAddress") && has(fields, "offerFrom")) << half_view;

    // The office finds one by a date inside the period: complete, and the letter says so.
    auto promise = nameless;
    promise["offerKind"] = "skaffes";
    promise["offerFindBy"] = "2026-11-24";
    auto promised = veileder.put(url(request_id), promise);
    ASSERT_EQ(promised.status, 200);
    EXPECT_TRUE(promised.json()["problems"].empty()) << promised.body;
    EXPECT_EQ(promised.json()["decision"]["offerFindBy"], "2026-11-24");
    auto draft_letter = flatten(pdf_text(veileder.get(url(request_id, "/letter")).body));
    EXPECT_NE(draft_letter.find("Nav-kontoret skaffer deg et konkret sted å bo, senest 24. november 2026."),
              std::string::npos)
        << draft_letter;

    // The named place is what the decided letter states, with what to do if it is not adequate.
    ASSERT_EQ(veileder.put(url(request_id), complete_grant()).status, 200);
    auto decided = veileder.post(url(request_id, "/decide"), nlohmann::json::object());
    ASSERT_EQ(decided.status, 200) << decided.body;
    auto decision = decided.json()["decision"];
    EXPECT_EQ(decision["offerKind"], "navngitt");
    EXPECT_EQ(decision["offerProvider"], "Bodø kommune, Rønvikveien botilbud");
    auto letter = flatten(pdf_text(veileder.get(url(request_id, "/letter")).body));
    for (const char* expected :
         {"Stedet du får",
          "Du får bo hos Bodø kommune, Rønvikveien botilbud, Rønvikveien 12, 8009 Bodø, fra og med 23. "
          "november 2026.",
          "Mener du at stedet ikke er godt nok for deg, kan du klage på dette vedtaket."})
        EXPECT_NE(letter.find(expected), std::string::npos) << expected << "\n" << letter;

    // A refusal offers no place.
    auto other = husly::test::new_case(veileder, "Avslag");
    auto refusal = veileder.put(url(other), {{"outcome", "AVSLATT"},
                                             {"refusalReasons", {"har_bosted"}},
                                             {"offerKind", "navngitt"},
                                             {"facts", "Søkeren har egen leilighet i sentrum."},
                                             {"considerations", "Søkeren har et sted å bo."}});
    EXPECT_EQ(problem_fields(refusal.json()["problems"]), std::vector<std::string>{"offerKind"});
}

// docs/domain.md#rule-own-payment and #rule-conditions-must-be-lawful.
TEST_P(ApiDecisionTest, TheVedtakSetsTheOwnPaymentAndOnlyLawfulConditionsWithTheirBasis) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto request_id = new_request(veileder);

    auto meetings = complete_grant();
    meetings["conditions"] = {"husregler", "oppfolging"};
    auto unlawful = veileder.put(url(request_id), meetings);
    EXPECT_EQ(unlawful.status, 422);
    EXPECT_EQ(unlawful.error_code(), "unlawful_condition");
    EXPECT_EQ(unlawful.error_field(), "conditions");
    EXPECT_NE(unlawful.body.find("oppfølgingsmøter"), std::string::npos);
    auto codes = veileder.get("/api/v1/codes").json();
    EXPECT_EQ(codes["condition"].dump().find("oppfolging"), std::string::npos) << codes["condition"];

    auto too_much = complete_grant();
    too_much["ownPaymentRate"] = 20000;
    EXPECT_EQ(veileder.put(url(request_id), too_much).error_field(), "ownPaymentRate");

    // Own payment without its amounts and assessment, or from someone living on social assistance.
    auto bare = complete_grant();
    for (const char* field : {"ownPaymentRate", "ownPaymentMonthlyCap", "ownPaymentAssessment"})
        bare.erase(field);
    bare["ownPaymentSocialAssistance"] = true;
    auto bare_view = veileder.put(url(request_id), bare).json();
    EXPECT_EQ(problem_fields(bare_view["problems"]),
              (std::vector<std::string>{"ownPaymentSocialAssistance", "ownPaymentRate",
                                        "ownPaymentMonthlyCap", "ownPaymentAssessment"}))
        << bare_view;
    EXPECT_EQ(veileder.post(url(request_id, "/decide"), nlohmann::json::object()).error_field(),
              "ownPaymentSocialAssistance");

    // Counter-case: the same person without the condition pays nothing, and the letter says why.
    auto free = complete_grant();
    free["conditions"] = {"husregler"};
    for (const char* field : {"ownPaymentRate", "ownPaymentMonthlyCap", "ownPaymentAssessment"})
        free.erase(field);
    free["ownPaymentSocialAssistance"] = true;
    ASSERT_EQ(veileder.put(url(request_id), free).json()["problems"].size(), 0u);
    auto free_letter = flatten(pdf_text(veileder.get(url(request_id, "/letter")).body));
    EXPECT_NE(free_letter.find(
                  "Du skal ikke betale noe for botilbudet, fordi inntekten din er økonomisk sosialhjelp."),
              std::string::npos)
        << free_letter;

    auto paid = complete_grant();
    paid["ownPaymentCanPay"] = 4000;
    ASSERT_EQ(veileder.put(url(request_id), paid).status, 200);
    auto decided = veileder.post(url(request_id, "/decide"), nlohmann::json::object());
    ASSERT_EQ(decided.status, 200) << decided.body;
    auto decision = decided.json()["decision"];
    EXPECT_EQ(decision["ownPaymentRate"], 300);
    EXPECT_EQ(decision["ownPaymentMonthlyCap"], 9000);
    EXPECT_EQ(decision["ownPaymentCanPay"], 4000);
    auto letter = flatten(pdf_text(veileder.get(url(request_id, "/letter")).body));
    for (const char* expected :
         {"Du skal betale 300 kr per natt, men høyst 9 000 kr i måneden.",
          "Vi har vurdert at du kan betale høyst 4 000 kr i måneden",
          "Slik har vi vurdert hva du kan betale: Søkeren har arbeidsinntekt og kan betale egenandelen.",
          "Endres egenbetalingen, får du et nytt vedtak om det.",
          "Egenbetaling. Grunnlag:", "sosialtjenesteloven § 18",
          "Husreglene i botilbudet må følges. Grunnlag:", "er ikke et vilkår for å få bo i botilbudet"})
        EXPECT_NE(letter.find(expected), std::string::npos) << expected << "\n" << letter;
}

// A move to another place is an amending vedtak with its own letter
// (docs/domain.md#rule-vedtak-names-the-offer).
TEST_P(ApiDecisionTest, AChangeOfPlaceIsAnAmendingVedtakWithItsLetter) {
    TestServer server(GetParam());
    auto veileder = server.client_as("veileder@husly.test");
    auto request_id = new_request(veileder);
    ASSERT_EQ(veileder.put(url(request_id), complete_grant()).status, 200);
    nlohmann::json change = {{"provider", "Kirkens bymisjon"},
                             {"address", "Havnegata 1, 8006 Bodø"},
                             {"fromDate", husly::test::day_offset(1)},
                             {"reason", "Rommet på Rønvikveien har ikke rullestoltilgang."},
                             {"personAgrees", false}};
    auto on_draft = veileder.post(url(request_id, "/place-changes"), change);
    EXPECT_EQ(on_draft.status, 409);
    EXPECT_EQ(on_draft.error_code(), "not_granted");
    ASSERT_EQ(veileder.post(url(request_id, "/decide"), nlohmann::json::object()).status, 200);

    auto empty = veileder.post(url(request_id, "/place-changes"), nlohmann::json::object());
    EXPECT_EQ(empty.status, 422);
    EXPECT_EQ(problem_fields(empty.json()["error"]["problems"]),
              (std::vector<std::string>{"provider", "address", "fromDate", "reason"}));

    auto changed = veileder.post(url(request_id, "/place-changes"), change);
    ASSERT_EQ(changed.status, 200) << changed.body;
    auto changes = changed.json()["placeChanges"];
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0]["provider"], "Kirkens bymisjon");
    EXPECT_EQ(changes[0]["personAgrees"], false);
    // The vedtak itself still says what it said.
    EXPECT_EQ(changed.json()["decision"]["offerProvider"], "Bodø kommune, Rønvikveien botilbud");

    auto change_url =
        url(request_id, "/place-changes/" + std::to_string(changes[0]["id"].get<int64_t>()) + "/letter");
    auto letter = veileder.get(change_url);
    ASSERT_EQ(letter.status, 200);
    EXPECT_EQ(letter.headers["content-type"], "application/pdf");
    EXPECT_EQ(veileder.get(change_url).body, letter.body); // stored once
    auto flat = flatten(pdf_text(letter.body));
    for (const char* expected :
         {"Vedtak om endring av botilbud", "Du skal nå bo hos Kirkens bymisjon, Havnegata 1, 8006 Bodø",
          "Vi har endret stedet fordi: Rommet på Rønvikveien har ikke rullestoltilgang.",
          "Du har ikke sagt deg enig i å flytte.", "kan du klage på dette vedtaket",
          "forvaltningsloven § 29"})
        EXPECT_NE(flat.find(expected), std::string::npos) << expected << "\n" << flat;

    auto oslo = server.client_as("oslo@husly.test");
    EXPECT_EQ(oslo.post(url(request_id, "/place-changes"), change).status, 404);
    EXPECT_EQ(oslo.get(change_url).status, 404);
    EXPECT_EQ(veileder.get(url(request_id, "/place-changes/999999/letter")).status, 404);

    auto admin = server.client_as("admin@husly.test");
    std::set<std::string> actions;
    auto audit = admin.get("/api/v1/audit?action=decision.").json(); // kept alive for the loop
    for (const auto& entry : audit["entries"]) actions.insert(entry["action"]);
    EXPECT_TRUE(actions.contains("decision.place_change"));
    EXPECT_TRUE(actions.contains("decision.place_change_letter"));
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiDecisionTest, ::testing::ValuesIn(husly::test::backends()),
                         husly::test::backend_name);
