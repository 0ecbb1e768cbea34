#pragma once
// The national and county view for analysts: the KOSTRA figures per office, summed per county and
// for the country, with small counts suppressed so that none can be worked out from the cells
// shown — across the rows (the country and its counties, a county and its offices) and across the
// measures of a row (stays and households, households and their subsets) at once
// (domain/suppression.hpp: suppress_linked). Pure: no I/O.

#include "domain/kostra.hpp"
#include "domain/suppression.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace husly {

// The counts shown for each office, county and the country, in this order.
enum class NationalMeasure {
    households,
    households_with_children,
    households_14_days_or_fewer,
    households_with_children_over_3_months,
    stays,
    stays_over_3_months,
    bed_nights
};
inline constexpr size_t national_measure_count = 7;
std::string_view measure_key(NationalMeasure measure);
std::string_view measure_label(NationalMeasure measure);

using MeasureValues = std::array<std::optional<int64_t>, national_measure_count>; // nullopt: hidden
using MeasureStatus = std::array<CellStatus, national_measure_count>;             // why a value is hidden

// The share of stays past 3 months: shown, hidden because one of its counts is («:»), or not
// applicable because there were no stays («.»).
enum class ShareStatus { shown, hidden, not_applicable };

// The codes the API and the snapshot use: "shown", "small", "secondary"; for a share "shown",
// "secondary", "not_applicable".
std::string_view cell_status_code(CellStatus status);
std::string_view share_status_code(ShareStatus status);

// The symbols of a hidden or empty cell, as SSB writes them, and what each means.
std::string_view cell_symbol(CellStatus status);   // "" for shown, «<5», «:»
std::string_view share_symbol(ShareStatus status); // "", «:», «.»
struct SymbolNote {
    std::string symbol;
    std::string text;
};
const std::vector<SymbolNote>& symbol_notes();

struct NationalOffice {
    int64_t id{0};
    std::string name;
    std::string county_number;
    std::string county;
};

struct NationalRow {
    std::string key; // office id, county number, or "" for the country
    std::string name;
    MeasureValues values;
    MeasureStatus status{};
    // Share of stays past 3 months, when both its counts are shown.
    std::optional<double> share_of_stays_over_3_months;
    ShareStatus share_status{ShareStatus::not_applicable};
};

struct CountyRows {
    NationalRow county;
    std::vector<NationalRow> offices;
};

struct NationalTable {
    int year{0};
    NationalRow country;
    std::vector<CountyRows> counties; // by county number; offices by name
    int counties_in_country{0};       // all the country's counties, with offices in Husly or not
};

// What «Hele landet» covers: "" when every county has an office in Husly, else a sentence saying
// which share of the country the figures come from.
std::string coverage_note(const NationalTable& table);

// `stays` carry their office id. A household counts once in each row it has stays in, so a row's
// households are its own distinct count (not a sum). `counties_in_country` is carried to the table.
NationalTable national_table(const std::vector<KostraStay>& stays, const std::vector<NationalOffice>& offices,
                             int year, Date today, int counties_in_country = 0);

// The cells and relations suppress_linked protects. Row r's measure m is cell
// r × national_measure_count + m; row 0 is the country, `county_rows` its counties and
// `office_rows[c]` the offices of county c. Across rows, each measure of the country is the sum of
// its counties' and each county's the sum of its offices'. Within a row, with a complement each:
// stays = households + repeat stays; households = with children + without; households = 14 days or
// fewer + children over 3 months + the rest (the two cannot overlap); with children = over 3 months
// + the rest; stays = over 3 months + the rest; stays over 3 months = children's households over
// 3 months + the rest (each such household has at least one such stay).
using RawMeasures = std::array<int64_t, national_measure_count>;
struct NationalLayout {
    std::vector<size_t> county_rows;
    std::vector<std::vector<size_t>> office_rows;
};
LinkedTable national_linked_table(const std::vector<RawMeasures>& rows, const NationalLayout& layout);

} // namespace husly
