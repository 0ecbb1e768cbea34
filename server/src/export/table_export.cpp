#include "export/table_export.hpp"

#include "common/clock.hpp"

#include <algorithm>
#include <cstdio>
#include <fmt/format.h>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <unistd.h>
#include <xlsxwriter.h>

namespace husly::table_export {
namespace {

std::string csv_cell(const Cell& cell) {
    struct Visitor {
        std::string operator()(std::monostate) const { return ""; }
        std::string operator()(const std::string& text) const { return csv_field(text); }
        std::string operator()(int64_t number) const { return std::to_string(number); }
        // A decimal comma, as a Norwegian spreadsheet reads it.
        std::string operator()(double number) const {
            auto text = fmt::format("{:.1f}", number);
            std::replace(text.begin(), text.end(), '.', ',');
            return text;
        }
        std::string operator()(std::chrono::year_month_day date) const { return format_date(date); }
    };
    return std::visit(Visitor{}, cell);
}

// A sheet name Excel accepts: no []:*?/\ and at most 31 characters.
std::string sheet_name(const std::string& name) {
    std::string clean;
    for (char c : name) clean += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '-';
    // Cut on a character boundary (UTF-8 continuation bytes start 10xxxxxx).
    if (clean.size() > 31) {
        size_t cut = 31;
        while (cut > 0 && (static_cast<unsigned char>(clean[cut]) & 0xC0U) == 0x80U) --cut;
        clean.resize(cut);
    }
    return clean.empty() ? "Ark" : clean;
}

struct TempFile {
    std::string path;
    TempFile() {
        std::string pattern = "/tmp/husly-export-XXXXXX";
        int fd = mkstemp(pattern.data());
        if (fd < 0) throw std::runtime_error("could not create a temporary file");
        close(fd);
        path = pattern;
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    ~TempFile() { std::remove(path.c_str()); }
};

void write_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const Cell& cell,
                lxw_format* date_format) {
    if (const auto* text = std::get_if<std::string>(&cell)) {
        worksheet_write_string(sheet, row, col, text->c_str(), nullptr);
    } else if (const auto* whole = std::get_if<int64_t>(&cell)) {
        worksheet_write_number(sheet, row, col, static_cast<double>(*whole), nullptr);
    } else if (const auto* decimal = std::get_if<double>(&cell)) {
        worksheet_write_number(sheet, row, col, *decimal, nullptr);
    } else if (const auto* date = std::get_if<std::chrono::year_month_day>(&cell)) {
        lxw_datetime value{static_cast<int>(date->year()),
                           static_cast<int>(static_cast<unsigned>(date->month())),
                           static_cast<int>(static_cast<unsigned>(date->day())),
                           0,
                           0,
                           0};
        worksheet_write_datetime(sheet, row, col, &value, date_format);
    }
}

} // namespace

std::string csv_field(std::string_view text) {
    std::string quoted = "\"";
    // OWASP's CSV injection list: a spreadsheet may run a cell that starts with = + - @, or with a
    // tab or carriage return before one (and a line feed, for the same reason).
    if (!text.empty() && std::string_view("=+-@\t\r\n").find(text.front()) != std::string_view::npos)
        quoted += '\'';
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

// Cells are appended in place, ';' before each but the first (building ";" + cell also made GCC
// 12 warn falsely with -Wrestrict in release builds).
std::string to_csv(const Sheet& sheet) {
    // The UTF-8 byte order mark: without it Excel reads the file as Windows-1252 and garbles æøå.
    std::string csv = "\xEF\xBB\xBF";
    for (size_t i = 0; i < sheet.header.size(); ++i) {
        if (i) csv += ';';
        csv += csv_field(sheet.header[i]);
    }
    csv += "\r\n";
    for (const auto& row : sheet.rows) {
        for (size_t i = 0; i < row.size(); ++i) {
            if (i) csv += ';';
            csv += csv_cell(row[i]);
        }
        csv += "\r\n";
    }
    return csv;
}

std::string to_xlsx(const std::vector<Sheet>& sheets) {
    TempFile file;
    lxw_workbook* workbook = workbook_new(file.path.c_str());
    if (workbook == nullptr) throw std::runtime_error("could not start a workbook");
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* date_format = workbook_add_format(workbook);
    format_set_num_format(date_format, "dd.mm.yyyy");
    for (const auto& source : sheets) {
        auto name = sheet_name(source.name);
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.c_str());
        if (sheet == nullptr) continue; // a duplicate name: the library refuses it
        std::vector<size_t> widths(source.header.size(), 10);
        for (size_t col = 0; col < source.header.size(); ++col) {
            worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(col), source.header[col].c_str(), bold);
            widths[col] = std::max(widths[col], source.header[col].size() + 2);
        }
        for (size_t r = 0; r < source.rows.size(); ++r) {
            const auto& row = source.rows[r];
            for (size_t col = 0; col < row.size(); ++col) {
                write_cell(sheet, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(col), row[col],
                           date_format);
                if (const auto* text = std::get_if<std::string>(&row[col]); text && col < widths.size())
                    widths[col] = std::max(widths[col], std::min<size_t>(text->size() + 2, 80));
            }
        }
        for (size_t col = 0; col < widths.size(); ++col)
            worksheet_set_column(sheet, static_cast<lxw_col_t>(col), static_cast<lxw_col_t>(col),
                                 static_cast<double>(widths[col]), nullptr);
        worksheet_freeze_panes(sheet, 1, 0);
    }
    if (workbook_close(workbook) != LXW_NO_ERROR) throw std::runtime_error("could not write the workbook");
    std::ifstream in(file.path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

} // namespace husly::table_export
