#include "http/handlers/shared_json.hpp"

namespace husly::http {

nlohmann::json cost_line_json(const CostLine& line) {
    return {{"nights", line.nights}, {"bedNights", line.bed_nights}, {"cost", line.cost}};
}

} // namespace husly::http
