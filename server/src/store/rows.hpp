#pragma once
// Reading query results by column name, whatever type each backend reports for a column
// (SQLite and PostgreSQL differ between integer and long long), and binding optional values.

#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace husly::rows {

int64_t integer(const soci::row& row, const std::string& name);
std::optional<int64_t> optional_integer(const soci::row& row, const std::string& name);
bool flag(const soci::row& row, const std::string& name);
// NULL reads as "".
std::string text(const soci::row& row, const std::string& name);
std::optional<std::string> optional_text(const soci::row& row, const std::string& name);

// Runs `query` with `params` bound in order and maps every row through `map`.
template <typename T, typename Map, typename... Params>
std::vector<T> select(Connection& connection, const std::string& query, Map map, Params&... params) {
    soci::rowset<soci::row> result = ((connection.sql().prepare << query), ..., soci::use(params));
    std::vector<T> mapped;
    for (const auto& row : result) mapped.push_back(map(row));
    return mapped;
}

template <typename T, typename Map, typename... Params>
std::optional<T> select_one(Connection& connection, const std::string& query, Map map, Params&... params) {
    auto found = select<T>(connection, query, map, params...);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

// An optional text bound with its indicator; keep it alive until the statement has run.
struct NullableText {
    std::string value;
    soci::indicator indicator{soci::i_null};
    NullableText() = default;
    explicit NullableText(const std::optional<std::string>& source)
        : value(source.value_or("")), indicator(source ? soci::i_ok : soci::i_null) {}
    std::optional<std::string> get() const {
        return indicator == soci::i_ok ? std::optional<std::string>(value) : std::nullopt;
    }
};

struct NullableInteger {
    long long value{0};
    soci::indicator indicator{soci::i_null};
    NullableInteger() = default;
    explicit NullableInteger(const std::optional<int64_t>& source)
        : value(source.value_or(0)), indicator(source ? soci::i_ok : soci::i_null) {}
};

// Comma-separated code lists in one column.
std::string join_codes(const std::vector<std::string>& values);
std::vector<std::string> split_codes(const std::string& text);

} // namespace husly::rows
