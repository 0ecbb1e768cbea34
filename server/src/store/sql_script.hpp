#pragma once
// SQL scripts (the migrations' .sql files) split into the statements they hold, to run one by one.

#include <string>
#include <string_view>
#include <vector>

namespace husly::sql_script {

// The statements of `script`, split at each ';' that is outside a quoted string or identifier
// ('…', "…"), a comment (-- … and /* … */), a PostgreSQL dollar-quoted body ($$ … $$, $tag$ …
// $tag$) and the BEGIN … END body of an SQLite CREATE TRIGGER (where CASE … END may nest). Each
// statement comes without its ';', without the comments and blank space before it and without
// the blank space after it; a script's comment-only stretches (before, between and after the
// statements) give none. Throws std::invalid_argument for a quote, comment or body left open.
std::vector<std::string> split(std::string_view script);

} // namespace husly::sql_script
