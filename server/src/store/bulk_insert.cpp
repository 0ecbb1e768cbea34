#include "store/bulk_insert.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace husly {

BulkInsert::BulkInsert(Connection& connection, std::string table)
    : m_table(std::move(table)), m_schema(dialect::table_columns(connection, m_table)) {
    if (m_schema.empty()) throw std::logic_error("bulk insert: no table " + m_table);
}

void BulkInsert::choose_columns(std::initializer_list<BulkField> fields) {
    std::vector<ColumnData> columns;
    for (const auto& field : fields) {
        auto found = std::find_if(m_schema.begin(), m_schema.end(),
                                  [&](const auto& column) { return column.name == field.column; });
        if (found == m_schema.end())
            throw std::logic_error("bulk insert into " + m_table + ": no column " +
                                   std::string(field.column));
        for (const auto& chosen : columns)
            if (chosen.column.name == field.column)
                throw std::logic_error("bulk insert into " + m_table + ": " + found->name + " twice");
        columns.push_back({*found, {}, {}, {}});
    }
    m_columns = std::move(columns);
}

void BulkInsert::add_row(std::initializer_list<BulkField> fields) {
    if (m_columns.empty()) choose_columns(fields);
    if (fields.size() != m_columns.size())
        throw std::logic_error("bulk insert into " + m_table + ": wrong number of values");
    // The whole row is checked before any of it is kept: a refused row leaves the others intact.
    auto column = m_columns.begin();
    for (const auto& field : fields) {
        if (field.column != column->column.name)
            throw std::logic_error("bulk insert into " + m_table + ": " + std::string(field.column) +
                                   " where the first row had " + column->column.name);
        const auto& held = field.value.get();
        if (std::holds_alternative<long long>(held) && !column->column.integer)
            throw std::logic_error("bulk insert into " + m_table + ": integer for " + column->column.name);
        if (std::holds_alternative<std::string>(held) && column->column.integer)
            throw std::logic_error("bulk insert into " + m_table + ": text for " + column->column.name);
        ++column;
    }
    column = m_columns.begin();
    for (const auto& field : fields) {
        const auto& held = field.value.get();
        bool null = std::holds_alternative<std::monostate>(held);
        if (column->column.integer)
            column->integers.push_back(null ? 0 : std::get<long long>(held));
        else
            column->texts.push_back(null ? std::string() : std::get<std::string>(held));
        column->indicators.push_back(null ? soci::i_null : soci::i_ok);
        ++column;
    }
    ++m_rows;
}

namespace {

// A PostgreSQL array literal of one column's values: {1,NULL,3} or {"a","b \"c\"",NULL}.
std::string array_literal(const std::vector<long long>& integers, const std::vector<std::string>& texts,
                          const std::vector<soci::indicator>& indicators, bool text) {
    std::string literal = "{";
    for (size_t i = 0; i < indicators.size(); ++i) {
        if (i) literal += ',';
        if (indicators[i] == soci::i_null) {
            literal += "NULL";
        } else if (!text) {
            literal += std::to_string(integers[i]);
        } else {
            literal += '"';
            for (char c : texts[i]) {
                if (c == '"' || c == '\\') literal += '\\';
                literal += c;
            }
            literal += '"';
        }
    }
    return literal + "}";
}

} // namespace

std::string BulkInsert::insert_sql(Dialect dialect) const {
    std::string names, values;
    for (size_t i = 0; i < m_columns.size(); ++i) {
        names += (i ? ", " : "") + m_columns[i].column.name;
        auto placeholder = ":v" + std::to_string(i);
        if (dialect == Dialect::postgresql)
            values += (i ? ", CAST(" : "CAST(") + placeholder +
                      (m_columns[i].column.integer ? " AS bigint[])" : " AS text[])");
        else
            values += (i ? ", " : "") + placeholder;
    }
    if (dialect == Dialect::sqlite)
        return "INSERT INTO " + m_table + " (" + names + ") VALUES (" + values + ")";
    bool own_ids = std::any_of(m_columns.begin(), m_columns.end(),
                               [](const auto& column) { return column.column.identity; });
    return "INSERT INTO " + m_table + " (" + names + ") " + (own_ids ? "OVERRIDING SYSTEM VALUE " : "") +
           "SELECT * FROM unnest(" + values + ")";
}

void BulkInsert::flush(Connection& connection) {
    if (m_rows == 0) return;
    soci::statement statement(connection.sql());
    statement.alloc();
    statement.prepare(insert_sql(connection.dialect()));
    // SQLite: the rows bound as arrays, stepped in one prepared statement. PostgreSQL: each column
    // one array parameter, unnested on the server (one round trip instead of one per row).
    std::vector<std::string> arrays;
    arrays.reserve(m_columns.size());
    for (auto& column : m_columns) {
        bool text = !column.column.integer;
        if (connection.dialect() == Dialect::postgresql) {
            arrays.push_back(array_literal(column.integers, column.texts, column.indicators, text));
            statement.exchange(soci::use(arrays.back()));
        } else if (text) {
            statement.exchange(soci::use(column.texts, column.indicators));
        } else {
            statement.exchange(soci::use(column.integers, column.indicators));
        }
    }
    statement.define_and_bind();
    statement.execute(true);
    for (auto& column : m_columns) {
        column.integers.clear();
        column.texts.clear();
        column.indicators.clear();
    }
    m_rows = 0;
}

int64_t max_id(Connection& connection, const std::string& table) {
    long long id = 0;
    soci::indicator indicator = soci::i_null;
    connection.sql() << "SELECT MAX(id) FROM " + table, soci::into(id, indicator);
    return indicator == soci::i_ok ? id : 0;
}

void restart_identity(Connection& connection, const std::string& table) {
    if (connection.dialect() != Dialect::postgresql) return;
    long long next = max_id(connection, table) + 1;
    // setval(…, n, false): the next id handed out is n.
    connection.sql() << "SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), :n, false)",
        soci::use(next);
}

} // namespace husly
