// How long one vedtak letter takes to render as PDF (cairo + pango), as the decision service
// renders it once when a vedtak is decided. Prints the median and 95th percentile.

#include "letters/letter_pdf.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

int main(int argc, char** argv) {
    int rounds = argc > 1 ? std::atoi(argv[1]) : 200;
    husly::Letter letter;
    letter.letterhead = "Nav Bodø";
    letter.letterhead_detail = "Enhetsnummer 1804";
    letter.date_line = "Bodø, 23. november 2026";
    letter.recipient = "Til: Kari Nordmann\nFødselsnummer 01819012365";
    letter.title = "Vedtak om midlertidig botilbud";
    letter.created_at = "2026-11-23T12:00:00.000Z";
    std::string reasons;
    for (int i = 0; i < 12; ++i)
        reasons += "Søkeren står uten bolig etter samlivsbrudd og har ikke familie eller venner å bo hos i "
                   "kommunen. Vi har lagt vekt på at det er barn i husstanden og at det haster.\n\n";
    letter.sections = {
        {"", "Vi viser til henvendelsen din 20. november 2026. Du får midlertidig botilbud fra og "
             "med 23. november 2026 til og med 22. februar 2027."},
        {"Vilkår", "Egenbetaling, husreglene i botilbudet må følges."},
        {"Begrunnelse", reasons},
        {"Du kan klage", "Klagefristen er tre uker fra du fikk vite om vedtaket, det vil si innen "
                         "14. desember 2026. Send klagen til Nav Bodø."},
        {"Du har rett til innsyn", "Du har rett til å se dokumentene i saken din."}};
    letter.signature = "Med vennlig hilsen\nVera Veileder\nNav Bodø";

    husly::render_letter_pdf(letter); // warm up fonts and caches
    std::vector<double> millis;
    size_t bytes = 0;
    for (int i = 0; i < rounds; ++i) {
        auto start = std::chrono::steady_clock::now();
        bytes = husly::render_letter_pdf(letter).size();
        millis.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(millis.begin(), millis.end());
    std::printf("letter_pdf: %d letters, %zu bytes each, median %.2f ms, p95 %.2f ms\n", rounds, bytes,
                millis[millis.size() / 2], millis[millis.size() * 95 / 100]);
}
