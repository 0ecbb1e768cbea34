#pragma once
// Many rows into one table at a time: values are collected per column and written as one
// array-bound prepared INSERT per flush. The store layer of the national-scale generator, where
// row-at-a-time inserts through the repositories would take hours.

#include "store/database.hpp"
#include "store/dialect.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace husly {

// A value for one column of a row: an integer, a text, or NULL.
class BulkValue {
public:
    BulkValue(std::nullopt_t) {}
    BulkValue(int64_t value) : m_value(static_cast<long long>(value)) {}
    BulkValue(int value) : m_value(static_cast<long long>(value)) {}
    BulkValue(bool value) : m_value(value ? 1LL : 0LL) {}
    BulkValue(std::string value) : m_value(std::move(value)) {}
    BulkValue(const char* value) : m_value(std::string(value)) {}
    BulkValue(const std::optional<int64_t>& value) {
        if (value) m_value = static_cast<long long>(*value);
    }
    BulkValue(const std::optional<std::string>& value) {
        if (value) m_value = *value;
    }
    const std::variant<std::monostate, long long, std::string>& get() const { return m_value; }

private:
    std::variant<std::monostate, long long, std::string> m_value;
};

// One value of a row, named by its column.
struct BulkField {
    std::string_view column;
    BulkValue value;
};

class BulkInsert {
public:
    // Reads `table`'s columns (names and types) from the database's schema: the migrations are
    // the one place they are defined.
    BulkInsert(Connection& connection, std::string table);

    // One row, its values by column name: every row names the same columns in the same order (the
    // first row's); a column left out takes its default. A value given for an identity column
    // overrides it (see restart_identity()). Throws std::logic_error for a column the table does
    // not have, a value of the wrong type, or columns other than the first row's.
    void add_row(std::initializer_list<BulkField> fields);
    size_t pending() const { return m_rows; }
    const std::string& table() const { return m_table; }
    // Writes the pending rows (inside the caller's transaction) and forgets them.
    void flush(Connection& connection);

private:
    struct ColumnData {
        dialect::SchemaColumn column;
        std::vector<long long> integers;
        std::vector<std::string> texts;
        std::vector<soci::indicator> indicators;
    };
    void choose_columns(std::initializer_list<BulkField> fields);
    std::string insert_sql(Dialect dialect) const;

    std::string m_table;
    std::vector<dialect::SchemaColumn> m_schema; // every column of the table
    std::vector<ColumnData> m_columns;           // those the rows give, in their order
    size_t m_rows{0};
};

// The largest id in `table` (0 when empty): where the caller's own ids start.
int64_t max_id(Connection& connection, const std::string& table);
// After ids were given by the caller: PostgreSQL's identity sequence continues after the largest
// id (SQLite's AUTOINCREMENT follows by itself).
void restart_identity(Connection& connection, const std::string& table);

} // namespace husly
