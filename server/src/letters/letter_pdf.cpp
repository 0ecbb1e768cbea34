#include "letters/letter_pdf.hpp"

#include <cairo-pdf.h>
#include <fmt/format.h>
#include <memory>
#include <pango/pangocairo.h>

namespace husly {
namespace {

constexpr double page_width = 595.28, page_height = 841.89; // A4 in points
constexpr double margin_left = 70, margin_right = 70, margin_top = 60, margin_bottom = 70;
constexpr double text_width = page_width - margin_left - margin_right;

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

struct Block {
    std::string text;
    const char* font;
    double space_before;
};

// Lays out the letter line by line; draws when `cr` is given, and returns the number of pages.
class Typesetter {
public:
    Typesetter(cairo_t* cr, int total_pages) : m_cr(cr), m_total(total_pages) {
        cairo_surface_t* scratch = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1);
        m_measure = cairo_create(scratch);
        cairo_surface_destroy(scratch);
    }
    ~Typesetter() { cairo_destroy(m_measure); }
    Typesetter(const Typesetter&) = delete;
    Typesetter& operator=(const Typesetter&) = delete;

    int run(const Letter& letter) {
        m_page = 1;
        m_y = margin_top;
        draw_footer();
        // Letterhead.
        place({letter.letterhead, "DejaVu Sans Bold 14", 0});
        place({letter.letterhead_detail, "DejaVu Sans 9", 2});
        place({letter.date_line, "DejaVu Sans 10", 24});
        place({letter.recipient, "DejaVu Sans 10", 16});
        place({letter.title, "DejaVu Sans Bold 15", 28});
        for (const auto& section : letter.sections) {
            if (!section.heading.empty()) place({section.heading, "DejaVu Sans Bold 11", 18});
            size_t start = 0;
            bool first = true;
            while (start <= section.body.size()) {
                auto end = section.body.find("\n\n", start);
                auto paragraph =
                    section.body.substr(start, end == std::string::npos ? std::string::npos : end - start);
                if (!paragraph.empty()) place({paragraph, "DejaVu Sans 10", first ? 6.0 : 8.0});
                first = false;
                if (end == std::string::npos) break;
                start = end + 2;
            }
        }
        place({letter.signature, "DejaVu Sans 10", 28});
        return m_page;
    }

private:
    void new_page() {
        if (m_cr) cairo_show_page(m_cr);
        ++m_page;
        m_y = margin_top;
        draw_footer();
    }

    void draw_footer() {
        if (!m_cr) return;
        PangoLayout* layout = pango_cairo_create_layout(m_cr);
        set_font(layout, "DejaVu Sans 8");
        pango_layout_set_width(layout, pango_units_from_double(text_width));
        pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER);
        auto text = fmt::format("Side {} av {}", m_page, m_total);
        pango_layout_set_text(layout, text.c_str(), -1);
        cairo_move_to(m_cr, margin_left, page_height - margin_bottom + 30);
        pango_cairo_show_layout(m_cr, layout);
        g_object_unref(layout);
    }

    static void set_font(PangoLayout* layout, const char* font) {
        PangoFontDescription* description = pango_font_description_from_string(font);
        pango_layout_set_font_description(layout, description);
        pango_font_description_free(description);
    }

    void place(const Block& block) {
        if (block.text.empty()) return;
        PangoLayout* layout = pango_cairo_create_layout(m_cr ? m_cr : m_measure);
        set_font(layout, block.font);
        pango_layout_set_width(layout, pango_units_from_double(text_width));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_text(layout, block.text.c_str(), -1);
        m_y += block.space_before;
        PangoLayoutIter* iter = pango_layout_get_iter(layout);
        do {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(iter, nullptr, &logical);
            double height = pango_units_to_double(logical.height);
            if (m_y + height > page_height - margin_bottom) new_page();
            if (m_cr) {
                int baseline = pango_layout_iter_get_baseline(iter);
                cairo_move_to(m_cr, margin_left + pango_units_to_double(logical.x),
                              m_y + pango_units_to_double(baseline - logical.y));
                pango_cairo_show_layout_line(m_cr, pango_layout_iter_get_line_readonly(iter));
            }
            m_y += height;
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);
        g_object_unref(layout);
    }

    cairo_t* m_cr;
    cairo_t* m_measure{nullptr};
    int m_total;
    int m_page{1};
    double m_y{margin_top};
};

} // namespace

std::string render_letter_pdf(const Letter& letter) {
    // First pass: count the pages, so every footer can say "Side X av Y".
    int pages = Typesetter(nullptr, 0).run(letter);

    std::string output;
    cairo_surface_t* surface =
        cairo_pdf_surface_create_for_stream(append_to_string, &output, page_width, page_height);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, letter.title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, letter.letterhead.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Husly");
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, letter.created_at.c_str());
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    Typesetter(cr, pages).run(letter);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
    return output;
}

} // namespace husly
