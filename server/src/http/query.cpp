#include "http/query.hpp"

#include "common/clock.hpp"

#include <charconv>

namespace husly::http {

std::optional<std::string> query_value(RequestContext& context, const std::string& name) {
    auto it = context.query.find(name);
    if (it == context.query.end() || it->second.empty()) return std::nullopt;
    return it->second;
}

Result<bool> query_flag(RequestContext& context, const std::string& name) {
    auto value = query_value(context, name);
    if (!value || *value == "false") return false;
    if (*value == "true") return true;
    return invalid(name, "Bruk true eller false.");
}

Result<int> query_int(RequestContext& context, const std::string& name, int fallback) {
    auto value = query_value(context, name);
    if (!value) return fallback;
    int number = 0;
    auto [end, error] = std::from_chars(value->data(), value->data() + value->size(), number);
    if (error != std::errc{} || end != value->data() + value->size())
        return invalid(name, "Skriv et heltall.");
    return number;
}

Result<int> query_year(RequestContext& context) {
    return query_int(context, "year", static_cast<int>(today().year()));
}

Result<std::string> export_format(RequestContext& context, const std::string& fallback) {
    auto format = query_value(context, "format").value_or(fallback);
    if (format != "xlsx" && format != "csv") return invalid("format", "Velg xlsx eller csv.");
    return format;
}

Response sheets_response(const std::vector<table_export::Sheet>& sheets, const std::string& format,
                         const std::string& name) {
    if (format == "csv")
        return file_response(table_export::to_csv(sheets.front()), "text/csv; charset=utf-8", name + ".csv");
    return file_response(table_export::to_xlsx(sheets),
                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
}

} // namespace husly::http
