#include "support/db_schema.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

namespace husly::test {
namespace {

// The text of a soci row's columns joined by '|', NULL as "NULL".
std::string joined(const soci::row& row) {
    std::string text;
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (i > 0) text += '|';
        if (row.get_indicator(i) == soci::i_null) {
            text += "NULL";
            continue;
        }
        switch (row.get_properties(i).get_data_type()) {
        case soci::dt_string:
            text += row.get<std::string>(i);
            break;
        case soci::dt_integer:
            text += std::to_string(row.get<int>(i));
            break;
        case soci::dt_long_long:
            text += std::to_string(row.get<long long>(i));
            break;
        case soci::dt_unsigned_long_long:
            text += std::to_string(row.get<unsigned long long>(i));
            break;
        default:
            text += "?";
        }
    }
    return text;
}

void add_rows(Connection& connection, const std::string& prefix, const std::string& query,
              std::vector<std::string>& lines) {
    soci::rowset<soci::row> rows = connection.sql().prepare << query;
    for (const auto& row : rows) lines.push_back(prefix + joined(row));
}

// SQL text with its blank space made insignificant: runs of it become one space, and none is kept
// beside ( ) , (line breaks and indentation in a CREATE TABLE do not change the table).
std::string normalised_sql(const std::string& sql) {
    std::string collapsed;
    for (char c : sql) {
        bool blank = std::isspace(static_cast<unsigned char>(c)) != 0;
        if (blank && (collapsed.empty() || collapsed.back() == ' ')) continue;
        collapsed += blank ? ' ' : c;
    }
    std::string text;
    for (size_t i = 0; i < collapsed.size(); ++i) {
        char c = collapsed[i];
        if (c == ' ') {
            char before = text.empty() ? '(' : text.back();
            char after = i + 1 < collapsed.size() ? collapsed[i + 1] : ')';
            if (std::string_view("(),").find(before) != std::string_view::npos ||
                std::string_view("(),").find(after) != std::string_view::npos)
                continue;
        }
        text += c;
    }
    return text;
}

std::vector<std::string> describe_sqlite(Connection& connection) {
    std::vector<std::string> lines;
    std::vector<std::string> tables;
    soci::rowset<soci::row> objects = connection.sql().prepare
                                      << "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT "
                                         "LIKE 'sqlite_%' ORDER BY type, name";
    for (const auto& row : objects) {
        auto type = row.get<std::string>(0);
        auto name = row.get<std::string>(1);
        auto sql =
            row.get_indicator(3) == soci::i_null ? std::string("(automatic)") : row.get<std::string>(3);
        lines.push_back(
            fmt::format("{} {} on {}: {}", type, name, row.get<std::string>(2), normalised_sql(sql)));
        if (type == "table") tables.push_back(name);
    }
    for (const auto& table : tables) {
        // The table's name comes from sqlite_master, never from input.
        add_rows(connection, "column " + table + ": ",
                 "SELECT cid, name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('" + table +
                     "')",
                 lines);
        add_rows(connection, "foreign key " + table + ": ",
                 "SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete FROM "
                 "pragma_foreign_key_list('" +
                     table + "')",
                 lines);
        add_rows(connection, "index " + table + ": ",
                 "SELECT l.name, l.\"unique\", l.origin, l.partial, i.seqno, i.cid, i.name FROM "
                 "pragma_index_list('" +
                     table + "') l JOIN pragma_index_xinfo(l.name) i WHERE i.key = 1",
                 lines);
    }
    return lines;
}

std::vector<std::string> describe_postgresql(Connection& connection) {
    std::vector<std::string> lines;
    std::string schema;
    connection.sql() << "SELECT current_schema()", soci::into(schema);
    add_rows(connection, "column ",
             "SELECT table_name, ordinal_position, column_name, data_type, is_nullable, "
             "COALESCE(column_default, ''), is_identity, COALESCE(identity_generation, '') "
             "FROM information_schema.columns WHERE table_schema = current_schema()",
             lines);
    add_rows(connection, "constraint ",
             "SELECT c.conrelid::regclass::text, c.conname, c.contype::text, pg_get_constraintdef(c.oid) "
             "FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
             "WHERE n.nspname = current_schema()",
             lines);
    add_rows(connection, "index ",
             "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()",
             lines);
    add_rows(connection, "trigger ",
             "SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t "
             "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
             "WHERE n.nspname = current_schema() AND NOT t.tgisinternal",
             lines);
    add_rows(
        connection, "function ",
        "SELECT p.proname, pg_get_function_arguments(p.oid), pg_get_function_result(p.oid), p.prosrc "
        "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema()",
        lines);
    add_rows(connection, "sequence ",
             "SELECT sequence_name, data_type, start_value, increment FROM information_schema.sequences "
             "WHERE sequence_schema = current_schema()",
             lines);
    // The schema's own name (each test has its own) wherever the catalogue spells it out.
    for (auto& line : lines)
        for (auto at = line.find(schema + "."); at != std::string::npos; at = line.find(schema + ".", at))
            line.erase(at, schema.size() + 1);
    return lines;
}

} // namespace

std::vector<std::string> describe_schema(Connection& connection) {
    auto lines = connection.dialect() == Dialect::sqlite ? describe_sqlite(connection)
                                                         : describe_postgresql(connection);
    std::sort(lines.begin(), lines.end());
    return lines;
}

} // namespace husly::test
