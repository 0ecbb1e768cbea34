#include "letters/letter_pdf.hpp"

#include <algorithm>
#include <cairo-pdf.h>
#include <fmt/format.h>
#include <memory>
#include <pango/pangocairo.h>
#include <vector>

namespace husly {
namespace {

constexpr double page_width = 595.28, page_height = 841.89; // A4 in points
constexpr double margin_left = 70, margin_right = 70, margin_top = 68, margin_bottom = 60;
constexpr double header_top = 30, header_rule = 46; // the running header above margin_top
constexpr double text_width = page_width - margin_left - margin_right;
constexpr double text_bottom = page_height - margin_bottom;
// A paragraph of up to this many lines is never split; a longer one leaves at least
// `min_lines_split` lines on each page.
constexpr size_t keep_whole_lines = 8, min_lines_split = 3;

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

struct Block {
    std::string text;
    const char* font;
    double space_before;
    bool keep_with_next{false}; // a heading: on the page where the next block starts
};

// A block's lines as laid out, with their heights, ready to draw.
struct Measured {
    PangoLayout* layout{nullptr};
    std::vector<double> heights;
    Measured() = default;
    Measured(const Measured&) = delete;
    Measured& operator=(const Measured&) = delete;
    ~Measured() {
        if (layout) g_object_unref(layout);
    }
    double height(size_t from, size_t to) const {
        double sum = 0;
        for (size_t i = from; i < to; ++i) sum += heights[i];
        return sum;
    }
    bool kept_whole() const { return heights.size() <= keep_whole_lines; }
};

// Lays out the letter line by line; draws when `cr` is given, and returns the number of pages.
// Both passes lay text out in one context with unhinted metrics (as in the PDF), so the page
// count of the first pass is the one drawn.
class Typesetter {
public:
    Typesetter(cairo_t* cr, int total_pages) : m_cr(cr), m_total(total_pages) {
        cairo_surface_t* scratch = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1);
        m_measure = cairo_create(scratch);
        cairo_surface_destroy(scratch);
        m_context = pango_cairo_create_context(m_measure);
        cairo_font_options_t* options = cairo_font_options_create();
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
        pango_cairo_context_set_font_options(m_context, options);
        cairo_font_options_destroy(options);
    }
    ~Typesetter() {
        g_object_unref(m_context);
        cairo_destroy(m_measure);
    }
    Typesetter(const Typesetter&) = delete;
    Typesetter& operator=(const Typesetter&) = delete;

    int run(const Letter& letter) {
        m_letter = &letter;
        std::vector<Block> blocks{{letter.letterhead, "DejaVu Sans Bold 14", 0},
                                  {letter.letterhead_detail, "DejaVu Sans 9", 2},
                                  {letter.date_line, "DejaVu Sans 10", 24},
                                  {letter.recipient, "DejaVu Sans 10", 16},
                                  {letter.title, "DejaVu Sans Bold 15", 28}};
        for (const auto& section : letter.sections) {
            if (!section.heading.empty())
                blocks.push_back({section.heading, "DejaVu Sans Bold 11", 18, true});
            size_t start = 0;
            bool first = true;
            while (start <= section.body.size()) {
                auto end = section.body.find("\n\n", start);
                auto paragraph =
                    section.body.substr(start, end == std::string::npos ? std::string::npos : end - start);
                if (!paragraph.empty()) blocks.push_back({paragraph, "DejaVu Sans 10", first ? 6.0 : 8.0});
                first = false;
                if (end == std::string::npos) break;
                start = end + 2;
            }
        }
        blocks.push_back({letter.signature, "DejaVu Sans 10", 28});
        blocks.push_back({letter.copy_to, "DejaVu Sans 10", 18});
        std::erase_if(blocks, [](const Block& block) { return block.text.empty(); });

        m_page = 1;
        m_y = margin_top;
        draw_header();
        for (size_t i = 0; i < blocks.size(); ++i)
            place(blocks[i], i + 1 < blocks.size() ? &blocks[i + 1] : nullptr);
        return m_page;
    }

private:
    bool at_page_top() const { return m_y <= margin_top; }

    void new_page() {
        if (m_cr) cairo_show_page(m_cr);
        ++m_page;
        m_y = margin_top;
        draw_header();
    }

    // The office on the left; «Vår referanse», the date and the page on the right; a rule below.
    void draw_header() {
        if (!m_cr) return;
        std::string right;
        auto add = [&](const std::string& part) {
            if (part.empty()) return;
            if (!right.empty()) right += "   ·   ";
            right += part;
        };
        if (!m_letter->reference.empty()) add("Vår referanse: " + m_letter->reference);
        add(m_letter->date);
        add(fmt::format("Side {} av {}", m_page, m_total));
        cairo_save(m_cr);
        cairo_set_source_rgb(m_cr, 0.35, 0.35, 0.35);
        for (auto [text, alignment] :
             {std::pair{&m_letter->letterhead, PANGO_ALIGN_LEFT},
              std::pair{static_cast<const std::string*>(&right), PANGO_ALIGN_RIGHT}}) {
            PangoLayout* layout = pango_layout_new(m_context);
            set_font(layout, "DejaVu Sans 8");
            pango_layout_set_width(layout, pango_units_from_double(text_width));
            pango_layout_set_alignment(layout, alignment);
            pango_layout_set_text(layout, text->c_str(), -1);
            cairo_move_to(m_cr, margin_left, header_top);
            pango_cairo_show_layout(m_cr, layout);
            g_object_unref(layout);
        }
        cairo_set_line_width(m_cr, 0.5);
        cairo_move_to(m_cr, margin_left, header_rule);
        cairo_line_to(m_cr, page_width - margin_right, header_rule);
        cairo_stroke(m_cr);
        cairo_restore(m_cr);
    }

    static void set_font(PangoLayout* layout, const char* font) {
        PangoFontDescription* description = pango_font_description_from_string(font);
        pango_layout_set_font_description(layout, description);
        pango_font_description_free(description);
    }

    void measure(const Block& block, Measured& out) const {
        out.layout = pango_layout_new(m_context);
        set_font(out.layout, block.font);
        pango_layout_set_width(out.layout, pango_units_from_double(text_width));
        pango_layout_set_wrap(out.layout, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_text(out.layout, block.text.c_str(), -1);
        PangoLayoutIter* iter = pango_layout_get_iter(out.layout);
        do {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(iter, nullptr, &logical);
            out.heights.push_back(pango_units_to_double(logical.height));
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);
    }

    // What of `block` must share a page with a heading before it: all of a short paragraph, the
    // first lines of a long one.
    double first_part_height(const Block& block) const {
        Measured measured;
        measure(block, measured);
        auto lines = measured.kept_whole() ? measured.heights.size()
                                           : std::min(min_lines_split, measured.heights.size());
        return block.space_before + measured.height(0, lines);
    }

    void draw_lines(const Measured& measured, size_t from, size_t to) {
        if (m_cr) {
            PangoLayoutIter* iter = pango_layout_get_iter(measured.layout);
            double y = m_y;
            for (size_t i = 0; i < to; ++i) {
                if (i >= from) {
                    PangoRectangle logical;
                    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
                    int baseline = pango_layout_iter_get_baseline(iter);
                    cairo_move_to(m_cr, margin_left + pango_units_to_double(logical.x),
                                  y + pango_units_to_double(baseline - logical.y));
                    pango_cairo_show_layout_line(m_cr, pango_layout_iter_get_line_readonly(iter));
                    y += measured.heights[i];
                }
                pango_layout_iter_next_line(iter);
            }
            pango_layout_iter_free(iter);
        }
        m_y += measured.height(from, to);
    }

    void place(const Block& block, const Block* next) {
        Measured measured;
        measure(block, measured);
        const size_t count = measured.heights.size();
        const double whole = measured.height(0, count);
        double space = at_page_top() ? 0 : block.space_before;
        double needed = space + whole;
        if (block.keep_with_next && next) needed += first_part_height(*next);
        if (m_y + needed <= text_bottom) {
            m_y += space;
            draw_lines(measured, 0, count);
            return;
        }
        // It does not fit. A short block, or a heading, goes whole to the next page (unless it
        // is taller than a page).
        if (measured.kept_whole() || block.keep_with_next) {
            if (!at_page_top()) new_page();
            if (m_y + whole <= text_bottom) {
                draw_lines(measured, 0, count);
                return;
            }
        }
        // A long paragraph is split, with at least `min_lines_split` lines on each page.
        size_t done = 0;
        m_y += space;
        while (done < count) {
            size_t fit = done;
            while (fit < count && m_y + measured.height(done, fit + 1) <= text_bottom) ++fit;
            if (fit == count) {
                draw_lines(measured, done, count);
                return;
            }
            size_t take = fit - done;
            if (count - fit < min_lines_split)
                take = (count - done > min_lines_split) ? count - done - min_lines_split : 0;
            take = std::min(take, fit - done);
            if (take < min_lines_split && !at_page_top()) take = 0;
            if (take == 0 && at_page_top()) take = std::max<size_t>(fit - done, 1); // taller than a page
            draw_lines(measured, done, done + take);
            done += take;
            if (done < count) new_page();
        }
    }

    cairo_t* m_cr;
    cairo_t* m_measure{nullptr};
    PangoContext* m_context{nullptr};
    const Letter* m_letter{nullptr};
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
