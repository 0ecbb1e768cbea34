#pragma once
// What every letter to a person about a decision shares: the office's letterhead, the place and
// date, the recipient, the right to appeal (fvl. §§ 28–29, 42), the right to see the documents
// (fvl. § 18), and the signature. The decision services add their own title and reasons.

#include "domain/account.hpp"
#include "letters/letter_pdf.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <string>

namespace husly::case_letter {

// "23. november 2026" (the text itself when it is not a date).
std::string norwegian_date(const std::string& iso_date);
// "9 000": thousands grouped with a space, as Norwegian text writes amounts.
std::string grouped(int64_t amount);

// Letterhead, date line, recipient and signature, from the office, the person and the
// decision-maker; `decided_at` (an instant) dates the letter and the PDF.
Letter begin(Connection& connection, int64_t office_id, int64_t person_id, int64_t decided_by,
             const std::string& decided_at, std::string title);
// The closing sections every decision letter has: the shared appeal information
// (domain/appeal_information: fvl. § 27 third paragraph) and the contact block.
void add_appeal_and_access(Connection& connection, Letter& letter, int64_t office_id,
                           const std::string& appeal_deadline);
// The same for a decision whose deadline depends on how it is given, recorded after the letter is
// made (fvl. § 29): the letter says how the deadline is counted for each way, by post
// `post_working_days` working days after posting. A letter that has said the right to ask for
// postponement itself (a stans) passes `postponement_stated`.
void add_appeal_and_access_from_delivery(Connection& connection, Letter& letter, int64_t office_id,
                                         int post_working_days, bool postponement_stated = false);
// «Kontakt oss»: the office's postal address, phone, e-mail and web address, each line only when
// given; no section at all for an office without them.
void add_contact(Letter& letter, const Office& office);

// The stored form of a PDF in a text column, and back.
std::string to_base64(const std::string& bytes);
std::string from_base64(const std::string& text);

} // namespace husly::case_letter
