#pragma once
// The national and county view for analysts: the KOSTRA figures per office, summed per county and
// for the country, with small counts suppressed so that no cell can be recovered by subtracting
// the shown cells from a total (domain/suppression.hpp). Pure: no I/O.

#include "domain/kostra.hpp"

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

using MeasureValues = std::array<std::optional<int64_t>, national_measure_count>; // nullopt: "<5"

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
    // Share of stays past 3 months, when both its counts are shown.
    std::optional<double> share_of_stays_over_3_months;
};

struct CountyRows {
    NationalRow county;
    std::vector<NationalRow> offices;
};

struct NationalTable {
    int year{0};
    NationalRow country;
    std::vector<CountyRows> counties; // by county number; offices by name
};

// `stays` carry their office id. A household counts once in each row it has stays in, so a row's
// households are its own distinct count (not a sum).
NationalTable national_table(const std::vector<KostraStay>& stays, const std::vector<NationalOffice>& offices,
                             int year, Date today);

} // namespace husly
