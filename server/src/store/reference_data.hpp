#pragma once
// Reference data compiled into the binary (server/data/, embedded by CMake).

#include <string>
#include <string_view>
#include <vector>

namespace husly {

struct Municipality {
    std::string number; // 4-digit kommunenummer
    std::string name;
    std::string county_number;
    std::string county;
};

// SSB's municipalities valid from 1 January 2026 (357 of them).
const std::vector<Municipality>& municipalities_2026();

// The OpenAPI description of the API (server/openapi.json).
std::string_view openapi_document();

} // namespace husly
