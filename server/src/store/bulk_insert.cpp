#include "store/bulk_insert.hpp"

#include <stdexcept>
#include <string>

namespace husly {

BulkInsert::BulkInsert(std::string table, std::vector<Column> columns) : m_table(std::move(table)) {
    m_columns.reserve(columns.size());
    for (auto& column : columns) m_columns.push_back({std::move(column), {}, {}, {}});
}

void BulkInsert::add_row(std::initializer_list<BulkValue> values) {
    if (values.size() != m_columns.size())
        throw std::logic_error("bulk insert into " + m_table + ": wrong number of values");
    auto column = m_columns.begin();
    for (const auto& value : values) {
        const auto& held = value.get();
        bool null = std::holds_alternative<std::monostate>(held);
        if (column->column.type == Type::integer) {
            if (!null && !std::holds_alternative<long long>(held))
                throw std::logic_error("bulk insert into " + m_table + ": text for " + column->column.name);
            column->integers.push_back(null ? 0 : std::get<long long>(held));
        } else {
            if (!null && !std::holds_alternative<std::string>(held))
                throw std::logic_error("bulk insert into " + m_table + ": integer for " +
                                       column->column.name);
            column->texts.push_back(null ? std::string() : std::get<std::string>(held));
        }
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
                      (m_columns[i].column.type == Type::integer ? " AS bigint[])" : " AS text[])");
        else
            values += (i ? ", " : "") + placeholder;
    }
    if (dialect == Dialect::sqlite)
        return "INSERT INTO " + m_table + " (" + names + ") VALUES (" + values + ")";
    bool own_ids = !m_columns.empty() && m_columns.front().column.name == "id";
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
        bool text = column.column.type == Type::text;
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
