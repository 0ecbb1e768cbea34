#pragma once
// Structured logs: one JSON object per line on stderr. Callers must never put names, identity
// numbers or other person data into a log event; ids and codes only.

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace husly::log {

void event(std::string_view level, std::string_view message,
           const nlohmann::json& fields = nlohmann::json::object());
inline void info(std::string_view message, const nlohmann::json& fields = nlohmann::json::object()) {
    event("info", message, fields);
}
inline void warn(std::string_view message, const nlohmann::json& fields = nlohmann::json::object()) {
    event("warn", message, fields);
}
inline void error(std::string_view message, const nlohmann::json& fields = nlohmann::json::object()) {
    event("error", message, fields);
}
// Silences info-level events (tests).
void set_quiet(bool quiet);
// Sends every line (quiet or not) to `sink` instead of stderr; nullptr restores stderr (tests).
void set_sink(std::function<void(const std::string&)> sink);

} // namespace husly::log
