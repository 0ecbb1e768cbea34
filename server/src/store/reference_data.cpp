#include "store/reference_data.hpp"

#include "embedded_data.hpp"

#include <sstream>

namespace husly {

const std::vector<Municipality>& municipalities_2026() {
    static const std::vector<Municipality> list = [] {
        std::vector<Municipality> result;
        std::istringstream input{std::string(embedded::kommuner_csv)};
        std::string line;
        std::getline(input, line); // header
        while (std::getline(input, line)) {
            if (line.empty()) continue;
            // SSB's names contain no commas; the four columns are plain.
            Municipality municipality;
            std::istringstream fields(line);
            std::getline(fields, municipality.number, ',');
            std::getline(fields, municipality.name, ',');
            std::getline(fields, municipality.county_number, ',');
            std::getline(fields, municipality.county, ',');
            if (!municipality.county.empty() && municipality.county.back() == '\r')
                municipality.county.pop_back();
            result.push_back(std::move(municipality));
        }
        return result;
    }();
    return list;
}

std::string_view openapi_document() {
    return embedded::openapi_json;
}

} // namespace husly
