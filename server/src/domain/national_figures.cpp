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

RawMeasures raw_values(const std::vector<KostraStay>& stays, int year, Date today) {
    auto figures = kostra_figures(stays, year, today);
    RawMeasures values{};
    for (size_t m = 0; m < national_measure_count; ++m) values[m] = measure_of(figures, all_measures[m]);
    return values;
}

void set_share(NationalRow& row) {
    const auto over = static_cast<size_t>(NationalMeasure::stays_over_3_months);
    const auto stays = static_cast<size_t>(NationalMeasure::stays);
    if (!row.values[over] || !row.values[stays]) {
        row.share_status = ShareStatus::hidden;
    } else if (*row.values[stays] == 0) {
        row.share_status = ShareStatus::not_applicable;
    } else {
        row.share_status = ShareStatus::shown;
        row.share_of_stays_over_3_months = percent_of(*row.values[over], *row.values[stays]);
    }
}

size_t cell_of(size_t row, NationalMeasure measure) {
    return row * national_measure_count + static_cast<size_t>(measure);
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
                             int year, Date today, int counties_in_country) {
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
    table.counties_in_country = counties_in_country;
    table.country.name = "Hele landet";
    auto country = raw_values(stays, year, today);
    std::vector<RawMeasures> county_raw;
    std::vector<std::vector<RawMeasures>> office_raw;
    for (const auto& [number, list] : county_offices) {
        CountyRows rows;
        rows.county.key = number;
        rows.county.name = county_names[number];
        county_raw.push_back(raw_values(by_county[number], year, today));
        std::vector<RawMeasures> raws;
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

    // All rows and measures at once: the country, each county with its offices after it.
    std::vector<RawMeasures> raw{country};
    NationalLayout layout;
    for (size_t c = 0; c < county_raw.size(); ++c) {
        layout.county_rows.push_back(raw.size());
        raw.push_back(county_raw[c]);
        layout.office_rows.emplace_back();
        for (const auto& office : office_raw[c]) {
            layout.office_rows.back().push_back(raw.size());
            raw.push_back(office);
        }
    }
    auto status = suppress_linked(national_linked_table(raw, layout));
    auto fill = [&](NationalRow& row, size_t r) {
        for (size_t m = 0; m < national_measure_count; ++m) {
            auto cell = r * national_measure_count + m;
            row.status[m] = status[cell];
            if (status[cell] == CellStatus::shown) row.values[m] = raw[r][m];
        }
    };
    fill(table.country, 0);
    for (size_t c = 0; c < table.counties.size(); ++c) {
        fill(table.counties[c].county, layout.county_rows[c]);
        for (size_t o = 0; o < table.counties[c].offices.size(); ++o)
            fill(table.counties[c].offices[o], layout.office_rows[c][o]);
    }
    set_share(table.country);
    for (auto& county : table.counties) {
        set_share(county.county);
        for (auto& office : county.offices) set_share(office);
    }
    return table;
}

LinkedTable national_linked_table(const std::vector<RawMeasures>& rows, const NationalLayout& layout) {
    using M = NationalMeasure;
    LinkedTable table;
    std::vector<int> rank(rows.size(), 0); // offices give way to counties, counties to the country
    rank[0] = 2;
    for (auto row : layout.county_rows) rank[row] = 1;
    for (size_t r = 0; r < rows.size(); ++r)
        for (size_t m = 0; m < national_measure_count; ++m) table.cells.push_back({rows[r][m], rank[r]});
    for (size_t m = 0; m < national_measure_count; ++m) {
        auto measure = static_cast<M>(m);
        LinkedTable::Relation country{cell_of(0, measure), {}, false};
        for (size_t c = 0; c < layout.county_rows.size(); ++c) {
            country.parts.push_back(cell_of(layout.county_rows[c], measure));
            LinkedTable::Relation county{cell_of(layout.county_rows[c], measure), {}, false};
            for (auto office : layout.office_rows[c]) county.parts.push_back(cell_of(office, measure));
            table.relations.push_back(std::move(county));
        }
        table.relations.push_back(std::move(country));
    }
    for (size_t r = 0; r < rows.size(); ++r) {
        auto cell = [r](M measure) { return cell_of(r, measure); };
        table.relations.push_back({cell(M::stays), {cell(M::households)}, true});
        table.relations.push_back({cell(M::households), {cell(M::households_with_children)}, true});
        table.relations.push_back(
            {cell(M::households),
             {cell(M::households_14_days_or_fewer), cell(M::households_with_children_over_3_months)},
             true});
        table.relations.push_back(
            {cell(M::households_with_children), {cell(M::households_with_children_over_3_months)}, true});
        table.relations.push_back({cell(M::stays), {cell(M::stays_over_3_months)}, true});
        table.relations.push_back(
            {cell(M::stays_over_3_months), {cell(M::households_with_children_over_3_months)}, true});
    }
    return table;
}

std::string_view cell_status_code(CellStatus status) {
    switch (status) {
    case CellStatus::shown:
        return "shown";
    case CellStatus::small:
        return "small";
    case CellStatus::secondary:
        return "secondary";
    }
    return "shown";
}

std::string_view share_status_code(ShareStatus status) {
    switch (status) {
    case ShareStatus::shown:
        return "shown";
    case ShareStatus::hidden:
        return "secondary";
    case ShareStatus::not_applicable:
        return "not_applicable";
    }
    return "not_applicable";
}

std::string_view cell_symbol(CellStatus status) {
    switch (status) {
    case CellStatus::shown:
        return "";
    case CellStatus::small:
        return "<5";
    case CellStatus::secondary:
        return ":";
    }
    return "";
}

std::string_view share_symbol(ShareStatus status) {
    switch (status) {
    case ShareStatus::shown:
        return "";
    case ShareStatus::hidden:
        return ":";
    case ShareStatus::not_applicable:
        return ".";
    }
    return "";
}

const std::vector<SymbolNote>& symbol_notes() {
    static const std::vector<SymbolNote> notes{
        {"<5", "Tallet er 1, 2, 3 eller 4 og vises ikke, for å verne personene bak det."},
        {":", "Vises ikke for å hindre at små tall kan regnes ut."},
        {".", "Kan ikke regnes ut (ingen opphold)."},
    };
    return notes;
}

std::string coverage_note(const NationalTable& table) {
    int counties = 0;
    size_t offices = 0;
    for (const auto& county : table.counties) {
        offices += county.offices.size();
        if (!county.county.key.empty()) ++counties;
    }
    if (table.counties_in_country <= 0 || counties >= table.counties_in_country) return "";
    return "«Hele landet» er summen av kontorene som bruker Husly: " + std::to_string(offices) +
           (offices == 1 ? " kontor" : " kontorer") + " i " + std::to_string(counties) + " av " +
           std::to_string(table.counties_in_country) + " fylker.";
}

} // namespace husly
