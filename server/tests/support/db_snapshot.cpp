#include "support/db_snapshot.hpp"

#include <algorithm>
#include <ctime>
#include <fmt/format.h>

namespace husly::test {

int64_t count(Connection& connection, const std::string& sql) {
    long long value = 0;
    connection.sql() << sql, soci::into(value);
    return value;
}

std::vector<std::string> table_names(Connection& connection) {
    std::vector<std::string> names;
    std::string name;
    soci::statement statement =
        connection.dialect() == Dialect::sqlite
            ? (connection.sql().prepare << "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                           "LIKE 'sqlite_%' ORDER BY name",
               soci::into(name))
            : (connection.sql().prepare
                   << "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                      "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
               soci::into(name));
    statement.execute();
    while (statement.fetch()) names.push_back(name);
    return names;
}

namespace {

std::string column_text(const soci::row& row, std::size_t i) {
    if (row.get_indicator(i) == soci::i_null) return "NULL";
    switch (row.get_properties(i).get_data_type()) {
    case soci::dt_string:
        return row.get<std::string>(i);
    case soci::dt_integer:
        return std::to_string(row.get<int>(i));
    case soci::dt_long_long:
        return std::to_string(row.get<long long>(i));
    case soci::dt_unsigned_long_long:
        return std::to_string(row.get<unsigned long long>(i));
    case soci::dt_double:
        return fmt::format("{:.6f}", row.get<double>(i));
    case soci::dt_date: {
        auto time = row.get<std::tm>(i);
        return fmt::format("{}-{}-{} {}:{}:{}", time.tm_year, time.tm_mon, time.tm_mday, time.tm_hour,
                           time.tm_min, time.tm_sec);
    }
    default:
        return "?";
    }
}

} // namespace

TableSnapshot snapshot_tables(Connection& connection, const std::set<std::string>& except) {
    TableSnapshot snapshot;
    for (const auto& table : table_names(connection)) {
        if (except.contains(table)) continue;
        auto& rows = snapshot[table];
        soci::rowset<soci::row> result = connection.sql().prepare << fmt::format("SELECT * FROM {}", table);
        for (const auto& row : result) {
            std::string text;
            for (std::size_t i = 0; i < row.size(); ++i) {
                if (i > 0) text += '|';
                text += column_text(row, i);
            }
            rows.push_back(std::move(text));
        }
        std::sort(rows.begin(), rows.end());
    }
    return snapshot;
}

std::string first_difference(const TableSnapshot& before, const TableSnapshot& after) {
    for (const auto& [table, rows] : before) {
        auto it = after.find(table);
        if (it == after.end()) return fmt::format("table {} is gone", table);
        if (rows.size() != it->second.size())
            return fmt::format("table {}: {} rows before, {} after", table, rows.size(), it->second.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (rows[i] != it->second[i])
                return fmt::format("table {}: row «{}» became «{}»", table, rows[i].substr(0, 200),
                                   it->second[i].substr(0, 200));
    }
    for (const auto& [table, rows] : after)
        if (!before.contains(table)) return fmt::format("table {} is new", table);
    return "";
}

} // namespace husly::test
