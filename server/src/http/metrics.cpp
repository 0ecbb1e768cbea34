#include "http/metrics.hpp"

#include <fmt/format.h>

namespace husly::http {

void Metrics::observe(const std::string& method, const std::string& route, int status, double seconds) {
    std::lock_guard lock(m_mutex);
    ++m_requests[{method, route, status}];
    auto& series = m_latency[{method, route}];
    ++series.count;
    series.sum += seconds;
    for (size_t i = 0; i < buckets.size(); ++i)
        if (seconds <= buckets[i]) ++series.bucket_counts[i];
}

std::string Metrics::render(const PoolStats& pool) const {
    std::string out;
    out += "# HELP husly_http_requests_total HTTP requests by route pattern and status.\n";
    out += "# TYPE husly_http_requests_total counter\n";
    std::lock_guard lock(m_mutex);
    for (const auto& [key, count] : m_requests) {
        const auto& [method, route, status] = key;
        out += fmt::format("husly_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{}\"}} {}\n",
                           method, route, status, count);
    }
    out += "# HELP husly_http_request_duration_seconds Time from request read to response ready.\n";
    out += "# TYPE husly_http_request_duration_seconds histogram\n";
    for (const auto& [key, series] : m_latency) {
        const auto& [method, route] = key;
        auto labels = fmt::format("method=\"{}\",route=\"{}\"", method, route);
        for (size_t i = 0; i < buckets.size(); ++i)
            out += fmt::format("husly_http_request_duration_seconds_bucket{{{},le=\"{}\"}} {}\n", labels,
                               buckets[i], series.bucket_counts[i]);
        out += fmt::format("husly_http_request_duration_seconds_bucket{{{},le=\"+Inf\"}} {}\n", labels,
                           series.count);
        out += fmt::format("husly_http_request_duration_seconds_sum{{{}}} {}\n", labels, series.sum);
        out += fmt::format("husly_http_request_duration_seconds_count{{{}}} {}\n", labels, series.count);
    }
    out += "# HELP husly_db_pool_connections Database connections in the pool.\n";
    out += "# TYPE husly_db_pool_connections gauge\n";
    out += fmt::format("husly_db_pool_connections{{state=\"total\"}} {}\n", pool.size);
    out += fmt::format("husly_db_pool_connections{{state=\"in_use\"}} {}\n", pool.in_use);
    out += "# HELP husly_db_pool_acquire_total Connections taken from the pool.\n";
    out += "# TYPE husly_db_pool_acquire_total counter\n";
    out += fmt::format("husly_db_pool_acquire_total {}\n", pool.acquired_total);
    out += "# HELP husly_db_pool_wait_total Acquisitions that waited for a free connection.\n";
    out += "# TYPE husly_db_pool_wait_total counter\n";
    out += fmt::format("husly_db_pool_wait_total {}\n", pool.waited_total);
    return out;
}

} // namespace husly::http
