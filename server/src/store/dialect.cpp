#include "store/dialect.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <stdexcept>

namespace husly::dialect {
namespace {

void replace_all(std::string& text, std::string_view from, std::string_view to) {
    for (size_t pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size()))
        text.replace(pos, from.size(), to);
}

} // namespace

std::string translate_ddl(Dialect dialect, std::string_view ddl) {
    std::string text(ddl);
    bool sqlite = dialect == Dialect::sqlite;
    replace_all(text, "{{id}}",
                sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT"
                       : "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
    replace_all(text, "{{bigint}}", sqlite ? "INTEGER" : "BIGINT");
    return text;
}

std::string like_contains(std::string_view text) {
    std::string pattern = "%";
    pattern.reserve(text.size() + 2);
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') pattern.push_back('\\');
        pattern.push_back(c);
    }
    pattern.push_back('%');
    return pattern;
}

std::string_view begin_write(Dialect dialect) {
    return dialect == Dialect::sqlite ? "BEGIN IMMEDIATE" : "BEGIN";
}

std::vector<SchemaColumn> table_columns(Connection& connection, const std::string& table) {
    std::vector<SchemaColumn> columns;
    std::string name, type, identity;
    soci::statement statement =
        connection.dialect() == Dialect::sqlite
            ? (connection.sql().prepare << "SELECT name, type, 'NO' FROM pragma_table_info(:t) ORDER BY cid",
               soci::use(table), soci::into(name), soci::into(type), soci::into(identity))
            : (connection.sql().prepare << "SELECT column_name, data_type, is_identity FROM "
                                           "information_schema.columns WHERE table_schema = current_schema() "
                                           "AND table_name = :t ORDER BY ordinal_position",
               soci::use(table), soci::into(name), soci::into(type), soci::into(identity));
    statement.execute();
    while (statement.fetch()) {
        std::transform(type.begin(), type.end(), type.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        bool integer = type == "integer" || type == "bigint";
        if (!integer && type != "text")
            throw std::logic_error(
                fmt::format("column {}.{} has type {}, neither integer nor text", table, name, type));
        columns.push_back({name, integer, identity == "YES"});
    }
    return columns;
}

void lock_for_migration(Connection& connection) {
    // SQLite: BEGIN IMMEDIATE already holds the write lock. PostgreSQL: an advisory lock held
    // until the transaction ends, so two processes starting at once migrate one after the other.
    if (connection.dialect() == Dialect::postgresql)
        connection.sql() << "SELECT pg_advisory_xact_lock(72745901)";
}

} // namespace husly::dialect
