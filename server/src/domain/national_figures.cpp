#include "domain/national_figures.hpp"

#include "domain/suppression.hpp"

#include <algorithm>
#include <map>

namespace husly {
namespace {

constexpr std::array<NationalMeasure, national_measure_count> all_measures{
    NationalMeasure::households,
    NationalMeasure::households_with_children,
    NationalMeasure::households_14_days_or_fewer,
    NationalMeasure::households_with_children_over_3_months,
    NationalMeasure::stays,
    NationalMeasure::stays_over_3_months,
    NationalMeasure::bed_nights};

int64_t measure_of(const KostraFigures& f, NationalMeasure measure) {
    switch (measure) {
    case NationalMeasure::households:
        return f.all.households;
    case NationalMeasure::households_with_children:
        return f.households_with_children;
    case NationalMeasure::households_14_days_or_fewer:
        return f.households_14_days_or_fewer;
    case NationalMeasure::households_with_children_over_3_months:
        return f.households_with_children_over_3_months;
    case NationalMeasure::stays:
        return f.all.stays;
    case NationalMeasure::stays_over_3_months:
        return f.stays_over_3_months;
    case NationalMeasure::bed_nights:
        return f.all.bed_nights;
    }
    return 0;
}

using RawValues = std::array<int64_t, national_measure_count>;

RawValues raw_values(const std::vector<KostraStay>& stays, int year, Date today) {
    auto figures = kostra_figures(stays, year, today);
    RawValues values{};
    for (size_t m = 0; m < national_measure_count; ++m) values[m] = measure_of(figures, all_measures[m]);
    return values;
}

void set_share(NationalRow& row) {
    const auto& over = row.values[static_cast<size_t>(NationalMeasure::stays_over_3_months)];
    const auto& stays = row.values[static_cast<size_t>(NationalMeasure::stays)];
    if (over && stays) row.share_of_stays_over_3_months = percent_of(*over, *stays);
}

} // namespace

std::string_view measure_key(NationalMeasure measure) {
    switch (measure) {
    case NationalMeasure::households:
        return "husstander";
    case NationalMeasure::households_with_children:
        return "husstander_med_barn";
    case NationalMeasure::households_14_days_or_fewer:
        return "husstander_14_dager";
    case NationalMeasure::households_with_children_over_3_months:
        return "barnefamilier_over_3_mnd";
    case NationalMeasure::stays:
        return "opphold";
    case NationalMeasure::stays_over_3_months:
        return "opphold_over_3_mnd";
    case NationalMeasure::bed_nights:
        return "bodogn";
    }
    return "";
}

std::string_view measure_label(NationalMeasure measure) {
    switch (measure) {
    case NationalMeasure::households:
        return "Husstander";
    case NationalMeasure::households_with_children:
        return "Husstander med barn";
    case NationalMeasure::households_14_days_or_fewer:
        return "Husstander 14 dager eller mindre";
    case NationalMeasure::households_with_children_over_3_months:
        return "Barnefamilier over 3 måneder";
    case NationalMeasure::stays:
        return "Opphold";
    case NationalMeasure::stays_over_3_months:
        return "Opphold over 3 måneder";
    case NationalMeasure::bed_nights:
        return "Bodøgn";
    }
    return "";
}

NationalTable national_table(const std::vector<KostraStay>& stays, const std::vector<NationalOffice>& offices,
                             int year, Date today) {
    std::map<int64_t, std::vector<KostraStay>> by_office;
    std::map<std::string, std::vector<KostraStay>> by_county;
    std::map<int64_t, const NationalOffice*> office_of;
    for (const auto& office : offices) office_of[office.id] = &office;
    for (const auto& stay : stays) {
        by_office[stay.office_id].push_back(stay);
        if (auto it = office_of.find(stay.office_id); it != office_of.end())
            by_county[it->second->county_number].push_back(stay);
    }

    // The counties and their offices, in a stable order.
    std::map<std::string, std::vector<const NationalOffice*>> county_offices;
    std::map<std::string, std::string> county_names;
    for (const auto& office : offices) {
        county_offices[office.county_number].push_back(&office);
        county_names[office.county_number] = office.county;
    }
    for (auto& [number, list] : county_offices)
        std::sort(list.begin(), list.end(), [](const auto* a, const auto* b) { return a->name < b->name; });

    NationalTable table;
    table.year = year;
    table.country.name = "Hele landet";
    auto country = raw_values(stays, year, today);
    std::vector<RawValues> county_raw;
    std::vector<std::vector<RawValues>> office_raw;
    for (const auto& [number, list] : county_offices) {
        CountyRows rows;
        rows.county.key = number;
        rows.county.name = county_names[number];
        county_raw.push_back(raw_values(by_county[number], year, today));
        std::vector<RawValues> raws;
        for (const auto* office : list) {
            NationalRow row;
            row.key = std::to_string(office->id);
            row.name = office->name;
            rows.offices.push_back(row);
            raws.push_back(raw_values(by_office[office->id], year, today));
        }
        office_raw.push_back(raws);
        table.counties.push_back(std::move(rows));
    }

    // Each measure on its own: the counties against the country, then each county's offices
    // against the county (hidden if the county is).
    for (size_t m = 0; m < national_measure_count; ++m) {
        std::vector<int64_t> county_parts;
        county_parts.reserve(county_raw.size());
        for (const auto& raw : county_raw) county_parts.push_back(raw[m]);
        auto counties = suppress(county_parts, country[m]);
        table.country.values[m] = counties.total;
        for (size_t c = 0; c < table.counties.size(); ++c) {
            auto& county = table.counties[c];
            county.county.values[m] = counties.parts[c];
            std::vector<int64_t> office_parts;
            office_parts.reserve(office_raw[c].size());
            for (const auto& raw : office_raw[c]) office_parts.push_back(raw[m]);
            auto in_county = suppress(office_parts, county_raw[c][m], !counties.parts[c].has_value());
            for (size_t o = 0; o < county.offices.size(); ++o)
                county.offices[o].values[m] = in_county.parts[o];
        }
    }
    set_share(table.country);
    for (auto& county : table.counties) {
        set_share(county.county);
        for (auto& office : county.offices) set_share(office);
    }
    return table;
}

} // namespace husly
