#pragma once
// Letters as PDF (A4, bokmål, with the office's letterhead and page numbers), rendered with
// cairo and pango so Norwegian text and hyphenation-free wrapping come out right.

#include <string>
#include <vector>

namespace husly {

struct LetterSection {
    std::string heading; // may be empty
    std::string body;    // paragraphs separated by blank lines
};

// Every page has a header: the letterhead's office, «Vår referanse» (when there is one), the
// date and «Side N av M». A paragraph of a few lines is kept on one page; a longer one leaves
// at least three lines on each page it spans, and a heading stays with what follows it.
struct Letter {
    std::string letterhead;        // "Nav Bodø"
    std::string letterhead_detail; // "Enhetsnummer 1804" (lines separated by \n)
    std::string reference;         // "1234": «Vår referanse» in the header; may be empty
    std::string date;              // "23. november 2026": in the header
    std::string date_line;         // "Bodø, 23. november 2026"
    std::string recipient;         // the person's name and identifier
    std::string title;             // "Vedtak om midlertidig botilbud"
    std::vector<LetterSection> sections;
    std::string signature;  // "Med vennlig hilsen\n…"
    std::string copy_to;    // "Kopi til fullmektig: …" after the signature; may be empty
    std::string created_at; // PDF creation date (ISO 8601): fixed, so output is reproducible
};

// Renders the letter; the bytes of a PDF document.
std::string render_letter_pdf(const Letter& letter);

} // namespace husly
