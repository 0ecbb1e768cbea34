#include "store/sql_script.hpp"

#include <cctype>
#include <stdexcept>

namespace husly::sql_script {
namespace {

bool word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

std::string upper(std::string_view word) {
    std::string text(word);
    for (auto& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

// Where the comment or quoted text opening at `i` ends (the index after it), or `i` when none
// opens there.
size_t skip_quoted(std::string_view text, size_t i) {
    auto n = text.size();
    char c = text[i];
    char next = i + 1 < n ? text[i + 1] : '\0';
    if (c == '-' && next == '-') {
        auto end = text.find('\n', i);
        return end == std::string_view::npos ? n : end + 1;
    }
    if (c == '/' && next == '*') {
        auto end = text.find("*/", i + 2);
        if (end == std::string_view::npos) throw std::invalid_argument("SQL: a /* comment is not closed");
        return end + 2;
    }
    if (c == '\'' || c == '"') {
        // PostgreSQL's E'…' strings take backslash escapes; elsewhere a doubled quote is one.
        bool escapes = c == '\'' && i > 0 && (text[i - 1] == 'E' || text[i - 1] == 'e') &&
                       (i < 2 || !word_char(text[i - 2]));
        for (size_t j = i + 1; j < n; ++j) {
            if (escapes && text[j] == '\\') {
                ++j;
            } else if (text[j] == c) {
                if (j + 1 < n && text[j + 1] == c) {
                    ++j;
                    continue;
                }
                return j + 1;
            }
        }
        throw std::invalid_argument(std::string("SQL: a ") + c + " quote is not closed");
    }
    if (c == '$' && (i == 0 || !word_char(text[i - 1]))) {
        // $$ or $tag$ (a tag does not start with a digit: $1 is a parameter).
        size_t j = i + 1;
        if (j < n && std::isdigit(static_cast<unsigned char>(text[j]))) return i;
        while (j < n && word_char(text[j])) ++j;
        if (j >= n || text[j] != '$') return i;
        auto tag = text.substr(i, j - i + 1);
        auto end = text.find(tag, j + 1);
        if (end == std::string_view::npos)
            throw std::invalid_argument("SQL: a " + std::string(tag) + " body is not closed");
        return end + tag.size();
    }
    return i;
}

// `text` without the blank space and comments before it and the blank space after it.
std::string trimmed(std::string_view text) {
    size_t begin = 0;
    while (begin < text.size()) {
        if (std::isspace(static_cast<unsigned char>(text[begin]))) {
            ++begin;
        } else if (text.substr(begin, 2) == "--" || text.substr(begin, 2) == "/*") {
            begin = skip_quoted(text, begin);
        } else {
            break;
        }
    }
    size_t end = text.size();
    while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
    return std::string(text.substr(begin, end - begin));
}

} // namespace

std::vector<std::string> split(std::string_view script) {
    std::vector<std::string> statements;
    size_t start = 0;
    std::vector<std::string> first_words; // of the statement: is it a CREATE [TEMP] TRIGGER?
    int body_depth = 0;                   // inside a trigger's BEGIN … END (and CASE … END in it)
    auto finish = [&](size_t end) {
        auto statement = trimmed(script.substr(start, end - start));
        if (!statement.empty()) statements.push_back(std::move(statement));
        start = end + 1;
        first_words.clear();
    };
    size_t i = 0;
    while (i < script.size()) {
        if (auto after = skip_quoted(script, i); after != i) {
            i = after;
            continue;
        }
        char c = script[i];
        if (word_char(c) && (i == 0 || !word_char(script[i - 1]))) {
            size_t end = i;
            while (end < script.size() && word_char(script[end])) ++end;
            auto word = upper(script.substr(i, end - i));
            if (first_words.size() < 3) first_words.push_back(word);
            bool trigger =
                first_words.size() >= 2 && first_words[0] == "CREATE" &&
                (first_words[1] == "TRIGGER" ||
                 (first_words.size() == 3 && (first_words[1] == "TEMP" || first_words[1] == "TEMPORARY") &&
                  first_words[2] == "TRIGGER"));
            if (trigger) {
                if (word == "BEGIN" || (body_depth > 0 && word == "CASE"))
                    ++body_depth;
                else if (word == "END" && body_depth > 0)
                    --body_depth;
            }
            i = end;
            continue;
        }
        if (c == ';' && body_depth == 0) finish(i);
        ++i;
    }
    if (body_depth > 0) throw std::invalid_argument("SQL: a trigger's BEGIN has no END");
    finish(script.size());
    return statements;
}

} // namespace husly::sql_script
