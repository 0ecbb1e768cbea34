#include "service/case_letter.hpp"

#include "common/clock.hpp"
#include "store/office_repository.hpp"
#include "store/person_repository.hpp"
#include "store/user_repository.hpp"

#include <array>
#include <fmt/format.h>
#include <sodium.h>

namespace husly::case_letter {
namespace {

constexpr std::array<const char*, 12> month_names{"januar",    "februar", "mars",     "april",
                                                  "mai",       "juni",    "juli",     "august",
                                                  "september", "oktober", "november", "desember"};

} // namespace

std::string norwegian_date(const std::string& iso_date) {
    auto date = parse_date(iso_date);
    if (!date) return iso_date;
    return fmt::format("{}. {} {}", unsigned(date->day()), month_names[unsigned(date->month()) - 1],
                       int(date->year()));
}

std::string grouped(int64_t amount) {
    auto digits = std::to_string(amount);
    std::string text;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) text += ' ';
        text += digits[i];
    }
    return text;
}

Letter begin(Connection& connection, int64_t office_id, int64_t person_id, int64_t decided_by,
             const std::string& decided_at, std::string title) {
    auto office = office_repository::find(connection, office_id).value();
    auto person = person_repository::find(connection, person_id).value();
    auto decider = user_repository::find(connection, decided_by);
    // Dated from the first municipality the office serves ("Bodø", without the Sámi parallel name).
    std::string place;
    if (!office.municipality_numbers.empty())
        if (auto name = office_repository::municipality_name(connection, office.municipality_numbers.front()))
            place = name->substr(0, name->find(" - "));

    Letter letter;
    letter.letterhead = office.name;
    letter.letterhead_detail = fmt::format("Enhetsnummer {}", office.unit_number);
    letter.date = norwegian_date(norwegian_date_of(decided_at));
    letter.date_line = fmt::format("{}{}", place.empty() ? "" : place + ", ", letter.date);
    letter.recipient =
        fmt::format("Til: {} {}\n{}", person.first_name, person.last_name,
                    person.identity_number ? "Fødselsnummer " + *person.identity_number
                                           : "Husly-referanse " + person.husly_reference.value_or(""));
    letter.title = std::move(title);
    letter.created_at = decided_at;
    letter.signature =
        fmt::format("Med vennlig hilsen\n{}\n{}", decider ? decider->display_name : "", office.name);
    return letter;
}

namespace {

// The appeal section after its first sentences (the deadline), then the right to see the documents
// and the contact block.
void add_appeal_rest(Connection& connection, Letter& letter, int64_t office_id, const std::string& deadline) {
    auto office = office_repository::find(connection, office_id).value();
    const auto& contact = office.contact;
    // Where to send it and who decides it (forvaltningsloven § 27 third paragraph): the office's
    // postal address and its Statsforvalter when the administrator has given them.
    std::string send_to = office.name;
    if (!contact.postal_address.empty()) {
        send_to += ", ";
        send_to += contact.postal_address;
    }
    letter.sections.push_back(
        {"Du kan klage",
         fmt::format(
             "Du kan klage på vedtaket. {} Send klagen til {}. Vi vurderer saken på nytt. Hvis vi ikke gir "
             "deg "
             "medhold, sender vi klagen til {}, som avgjør den (forvaltningsloven §§ 28 og 29).\n\nKlagen "
             "skal "
             "være skriftlig "
             "og underskrevet av deg. Skriv hvilket vedtak du klager på, hva du vil ha endret, og hvorfor "
             "(forvaltningsloven § 32). Vi hjelper deg gjerne med å skrive klagen. Klagen er kommet tidsnok "
             "hvis den er postlagt innen fristen (forvaltningsloven § 30). Kommer den for sent, kan den "
             "likevel bli behandlet hvis det er grunn til det (forvaltningsloven § 31). Får du medhold, kan "
             "du "
             "få dekket vesentlige kostnader du har hatt med saken (forvaltningsloven § 36).\n\nDu kan be "
             "om at vedtaket ikke gjennomføres før klagen er avgjort (forvaltningsloven § 42).",
             deadline, send_to,
             contact.appeal_authority.empty() ? "Statsforvalteren" : contact.appeal_authority)});
    letter.sections.push_back(
        {"Du har rett til innsyn",
         "Du har rett til å se dokumentene i saken din (forvaltningsloven § 18). Ta "
         "kontakt med oss hvis du vil se dem, eller hvis du har spørsmål om vedtaket."});
    add_contact(letter, office);
}

} // namespace

void add_appeal_and_access(Connection& connection, Letter& letter, int64_t office_id,
                           const std::string& appeal_deadline) {
    add_appeal_rest(connection, letter, office_id,
                    fmt::format("Klagefristen er tre uker fra du fikk vite om vedtaket, det vil si innen {}.",
                                norwegian_date(appeal_deadline)));
}

void add_appeal_and_access_from_delivery(Connection& connection, Letter& letter, int64_t office_id,
                                         int post_working_days) {
    add_appeal_rest(
        connection, letter, office_id,
        fmt::format(
            "Klagefristen er tre uker fra vedtaket kom fram til deg (forvaltningsloven § 29). Fikk du "
            "det overlevert, regnes fristen fra den dagen du fikk det. Fikk du det digitalt, regnes "
            "den fra den dagen det ble gjort tilgjengelig for deg. Er det sendt i posten, regner vi "
            "at du fikk det {} virkedager etter at vi postla det. Er siste dag i fristen en lørdag, "
            "søndag eller helligdag, går fristen ut den neste virkedagen.",
            post_working_days == 3 ? std::string("tre") : std::to_string(post_working_days)));
}

void add_contact(Letter& letter, const Office& office) {
    std::string lines;
    for (const auto& [label, value] :
         {std::pair{"Postadresse", &office.contact.postal_address},
          std::pair{"Telefon", &office.contact.phone}, std::pair{"E-post", &office.contact.email},
          std::pair{"Nettside", &office.contact.website}}) {
        if (value->empty()) continue; // no label without its value
        if (!lines.empty()) lines += '\n';
        lines += label;
        lines += ": ";
        lines += *value;
    }
    if (lines.empty()) return;
    letter.sections.push_back({"Kontakt oss", office.name + "\n" + lines});
}

std::string to_base64(const std::string& bytes) {
    std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                      bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1); // the terminating NUL
    return out;
}

std::string from_base64(const std::string& text) {
    std::string out(text.size(), '\0');
    size_t length = 0;
    sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(),
                      nullptr, &length, nullptr, sodium_base64_VARIANT_ORIGINAL);
    out.resize(length);
    return out;
}

} // namespace husly::case_letter
