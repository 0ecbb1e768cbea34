// Tables for download: a CSV cell a spreadsheet could run as a formula is neutralised (OWASP's CSV
// injection list: = + - @, and a tab or carriage return in front of one; a line feed likewise).

#include "export/table_export.hpp"

#include <gtest/gtest.h>

using husly::table_export::csv_field;

TEST(CsvExport, EveryCellASpreadsheetMightRunIsPrefixed) {
    for (const char* formula : {"=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1", "\n=1+1"})
        EXPECT_EQ(csv_field(formula), "\"'" + std::string(formula) + "\"") << formula;
}

TEST(CsvExport, OrdinaryTextIsQuotedAsIs) {
    EXPECT_EQ(csv_field("Mugg på badet"), "\"Mugg på badet\"");
    EXPECT_EQ(csv_field("Sier \"nei\""), "\"Sier \"\"nei\"\"\"");
    EXPECT_EQ(csv_field("a\t=1"), "\"a\t=1\""); // only the first character counts
    EXPECT_EQ(csv_field(""), "\"\"");
}
