#include "service/case_letter.hpp"

#include "common/clock.hpp"
#include "domain/appeal_information.hpp"
#include "domain/legal_references.hpp"
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
    // The representative (fvl. § 12) gets a copy, and the letter says so.
    if (auto representative = person_repository::find_representative(connection, person_id))
        letter.copy_to = copy_line(*representative);
    return letter;
}

namespace {

// The shared appeal information (domain/appeal_information) after the deadline's sentences, then
// the contact block. The law cited is the one in force on the letter's date.
void add_appeal_rest(Connection& connection, Letter& letter, int64_t office_id, const std::string& deadline,
                     bool postponement_stated = false) {
    auto office = office_repository::find(connection, office_id).value();
    AppealInformation info;
    info.office_name = office.name;
    info.postal_address = office.contact.postal_address;
    info.email = office.contact.email;
    info.appeal_authority = office.contact.appeal_authority;
    info.municipality_numbers = office.municipality_numbers;
    info.deadline = deadline;
    info.decided_on = norwegian_date_of(letter.created_at);
    info.has_representative = !letter.copy_to.empty();
    info.postponement_stated = postponement_stated;
    for (auto& section : appeal_information_sections(info))
        letter.sections.push_back({std::move(section.heading), std::move(section.body)});
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
                                         int post_working_days, bool postponement_stated) {
    add_appeal_rest(
        connection, letter, office_id,
        fmt::format("Klagefristen er tre uker fra vedtaket kom fram til deg ({}). Fikk du "
                    "det overlevert, regnes fristen fra den dagen du fikk det. Fikk du det digitalt, regnes "
                    "den fra den dagen det ble gjort tilgjengelig for deg. Er det sendt i posten, regner vi "
                    "at du fikk det {} virkedager etter at vi postla det. Er siste dag i fristen en lørdag, "
                    "søndag eller helligdag, går fristen ut den neste virkedagen.",
                    legal::cite("fvl_klagefrist", norwegian_date_of(letter.created_at)),
                    post_working_days == 3 ? std::string("tre") : std::to_string(post_working_days)),
        postponement_stated);
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
