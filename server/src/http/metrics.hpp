#pragma once
// Prometheus metrics: requests by route and status, a latency histogram, the database pool.

#include "store/database.hpp"

#include <array>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace husly::http {

class Metrics {
public:
    void observe(const std::string& method, const std::string& route, int status, double seconds);
    std::string render(const PoolStats& pool) const;

private:
    static constexpr std::array<double, 12> buckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                    0.05,   0.1,   0.25,   0.5,   1.0,  2.5};
    struct Series {
        uint64_t count{0};
        double sum{0};
        std::array<uint64_t, buckets.size()> bucket_counts{};
    };
    mutable std::mutex m_mutex;
    std::map<std::tuple<std::string, std::string, int>, uint64_t> m_requests;
    std::map<std::pair<std::string, std::string>, Series> m_latency;
};

} // namespace husly::http
