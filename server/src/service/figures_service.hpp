#pragma once
// The figures an office lead reports and follows: the KOSTRA report with its data-quality panel,
// and its exports. Computed live from the database (figures_repository) by the pure rules in
// domain/kostra. The data-quality panel names the person of each stay it lists (audited as a
// list of stays); the downloads refer to stays by number only.

#include "common/error.hpp"
#include "domain/account.hpp"
#include "domain/dashboard.hpp"
#include "domain/kostra.hpp"
#include "domain/national_figures.hpp"
#include "export/table_export.hpp"
#include "store/database.hpp"
#include "store/figures_repository.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly::figures {

struct KostraReport {
    int year{0};
    std::string as_of; // the date the figures were computed
    struct Municipality {
        std::string number;
        std::string name;
    };
    std::vector<Municipality> municipalities; // covered by the report
    KostraFigures figures;
    std::vector<figures_repository::QualityIssue> quality;
};

// One line of the report as printed: a count and, for the shares KOSTRA asks for, its per cent.
struct KostraLine {
    std::string key;
    std::string label;
    int64_t count{0};
    std::optional<double> percent;
    std::string percent_of; // what the share is of
};
std::vector<KostraLine> kostra_lines(const KostraFigures& figures);

std::string_view quality_issue_label(std::string_view kind);

// Leders: the active office's stays, for one of its municipalities or all of them.
Result<KostraReport> kostra(Connection& connection, const Actor& actor, int year,
                            const std::optional<std::string>& municipality);

// Analysts' national figures (read from the snapshot, service/figures_snapshot.hpp) as a sheet of
// figures, with «<5», «:» and «.» where a cell is hidden or cannot be, and a sheet of definitions:
// the symbols, what «Hele landet» covers, when the data was read, and the counting rules. With
// `notes_below` (CSV: one sheet only) the definitions follow the figures after an empty row.
std::vector<table_export::Sheet> national_sheets(const NationalTable& table, const std::string& computed_at,
                                                 bool notes_below = false);

// The report as one sheet of figures, one of the data-quality issues and one of the definitions.
std::vector<table_export::Sheet> kostra_sheets(const KostraReport& report);

// The office dashboard (leders): every chart of the year, each also a table.
struct Dashboard {
    int year{0};
    std::string as_of;
    std::vector<Chart> charts;
};
Result<Dashboard> dashboard(Connection& connection, const Actor& actor, int year);
// One sheet per chart and one of definitions; `chart_id` picks one chart (for CSV).
Result<std::vector<table_export::Sheet>> dashboard_sheets(const Dashboard& dashboard,
                                                          const std::optional<std::string>& chart_id);

// Audit that a report left the system as a file (no person in it).
void audit_export(Connection& connection, const Actor& actor, const std::string& what, int year);

} // namespace husly::figures
