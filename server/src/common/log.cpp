#include "common/log.hpp"

#include "common/clock.hpp"

#include <atomic>
#include <cstdio>
#include <mutex>

namespace husly::log {
namespace {
std::mutex output_mutex;
std::atomic<bool> quiet{false};
std::function<void(const std::string&)> sink;
} // namespace

void set_quiet(bool value) {
    quiet = value;
}

void set_sink(std::function<void(const std::string&)> new_sink) {
    std::lock_guard lock(output_mutex);
    sink = std::move(new_sink);
}

void event(std::string_view level, std::string_view message, const nlohmann::json& fields) {
    nlohmann::json line = {{"ts", format_instant(now())}, {"level", level}, {"msg", message}};
    line.update(fields);
    auto text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    std::lock_guard lock(output_mutex);
    if (sink) return sink(text);
    if (quiet && level == "info") return;
    std::fwrite(text.data(), 1, text.size(), stderr);
}

} // namespace husly::log
