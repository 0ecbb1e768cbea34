#pragma once
// Reading query results by column name, whatever type each backend reports for a column
// (SQLite and PostgreSQL differ between integer and long long), and binding optional values.

#include "store/database.hpp"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
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

// A code that the enum of its column does not know: a row written by hand or by a newer
// version. Reading it is an error, never a default.
struct UnknownCode : std::runtime_error {
    UnknownCode(const std::string& column, const std::string& code)
        : std::runtime_error("column " + column + " holds an unknown code: " + code) {}
};

// `text` (the value of `column`) parsed into its enum by `parse` (domain/statuses.hpp).
template <typename Parse> auto parse_code(const std::string& column, const std::string& text, Parse parse) {
    auto value = parse(std::string_view(text));
    if (!value) throw UnknownCode(column, text);
    return *value;
}

// A code column read into its enum.
template <typename Parse> auto code(const soci::row& row, const std::string& name, Parse parse) {
    return parse_code(name, text(row, name), parse);
}
template <typename Parse>
auto optional_code(const soci::row& row, const std::string& name, Parse parse)
    -> std::optional<decltype(parse_code(name, std::string(), parse))> {
    auto value = optional_text(row, name);
    if (!value) return std::nullopt;
    return parse_code(name, *value, parse);
}

// "('a', 'b')": the codes of enum values for an SQL IN list. The codes come from the enums'
// tables, never from input.
template <typename Range> std::string sql_in(const Range& values) {
    std::string list = "(";
    for (const auto& value : values) {
        if (list.size() > 1) list += ", ";
        list += '\'';
        list += to_string(value);
        list += '\'';
    }
    return list + ")";
}
template <typename E> std::string sql_in(std::initializer_list<E> values) {
    return sql_in(std::vector<E>(values));
}
// "'a'": one enum value's code as an SQL literal.
template <typename E> std::string sql_literal(E value) {
    // Appended in place: "'" + code made GCC 12 warn falsely (-Wrestrict) in release builds.
    std::string literal = "'";
    literal += to_string(value);
    literal += '\'';
    return literal;
}

// Comma-separated code lists in one column.
std::string join_codes(const std::vector<std::string>& values);
std::vector<std::string> split_codes(const std::string& text);

} // namespace husly::rows
