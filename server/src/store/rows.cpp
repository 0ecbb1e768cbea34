#include "store/rows.hpp"

#include <charconv>
#include <sstream>
#include <stdexcept>

namespace husly::rows {

std::optional<int64_t> optional_integer(const soci::row& row, const std::string& name) {
    if (row.get_indicator(name) == soci::i_null) return std::nullopt;
    switch (row.get_properties(name).get_data_type()) {
    case soci::dt_integer:
        return row.get<int>(name);
    case soci::dt_long_long:
        return row.get<long long>(name);
    case soci::dt_unsigned_long_long:
        return static_cast<int64_t>(row.get<unsigned long long>(name));
    case soci::dt_double:
        return static_cast<int64_t>(row.get<double>(name));
    case soci::dt_string: {
        auto text = row.get<std::string>(name);
        int64_t value = 0;
        auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc{} || end != text.data() + text.size())
            throw std::runtime_error("column " + name + " is not an integer");
        return value;
    }
    default:
        throw std::runtime_error("column " + name + " is not an integer");
    }
}

int64_t integer(const soci::row& row, const std::string& name) {
    return optional_integer(row, name).value_or(0);
}

bool flag(const soci::row& row, const std::string& name) {
    return integer(row, name) != 0;
}

std::optional<std::string> optional_text(const soci::row& row, const std::string& name) {
    if (row.get_indicator(name) == soci::i_null) return std::nullopt;
    return row.get<std::string>(name);
}

std::string text(const soci::row& row, const std::string& name) {
    return optional_text(row, name).value_or("");
}

std::string join_codes(const std::vector<std::string>& values) {
    std::string text;
    for (const auto& value : values) {
        if (!text.empty()) text += ',';
        text += value;
    }
    return text;
}

std::vector<std::string> split_codes(const std::string& text) {
    std::vector<std::string> values;
    std::istringstream input(text);
    std::string value;
    while (std::getline(input, value, ','))
        if (!value.empty()) values.push_back(value);
    return values;
}

} // namespace husly::rows
