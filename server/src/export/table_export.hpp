#pragma once
// Tables for download: CSV (semicolon-separated as Norwegian spreadsheets expect, formulas
// neutralised) and XLSX through libxlsxwriter (numbers as numbers, dates as dates, a bold frozen
// header row). Knows nothing of what the tables mean.

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace husly::table_export {

// Empty, text, a whole number, a decimal number, or a date.
using Cell = std::variant<std::monostate, std::string, int64_t, double, std::chrono::year_month_day>;

struct Sheet {
    std::string name; // at most 31 characters in a workbook
    std::vector<std::string> header;
    std::vector<std::vector<Cell>> rows;
};

// A CSV field in quotes; a leading = + - @, tab, carriage return or line feed is prefixed with ' so a
// spreadsheet never runs it.
std::string csv_field(std::string_view text);
// Begins with the UTF-8 byte order mark, so Excel opens it with æøå intact.
std::string to_csv(const Sheet& sheet);

// The workbook's bytes. Throws std::runtime_error if the library fails (disk full).
std::string to_xlsx(const std::vector<Sheet>& sheets);

} // namespace husly::table_export
