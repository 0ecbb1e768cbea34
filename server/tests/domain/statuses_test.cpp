// The statuses' tables (domain/statuses.cpp): every value has one code, the code reads back as the
// value, and the code lists of the same name are those tables. The codes themselves are those of
// shared/statuses.json (shared_cases_test.cpp), which the web app's tables follow too.

#include "domain/request_codes.hpp"
#include "domain/statuses.hpp"

#include <cctype>
#include <gtest/gtest.h>
#include <set>
#include <string>

using namespace husly;

namespace {

// Each value's code reads back as the value; the codes are distinct and non-empty; anything else
// (another case, spaces, another list's code, nothing) reads as none.
template <typename E, size_t N, typename Parse>
void expect_round_trip(const std::array<E, N>& all, Parse parse, std::string_view other_lists_code) {
    std::set<std::string> seen;
    for (auto value : all) {
        auto code = std::string(to_string(value));
        EXPECT_FALSE(code.empty());
        EXPECT_TRUE(seen.insert(code).second) << code << " twice";
        EXPECT_EQ(parse(code), value) << code;
        auto upper = code;
        for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (upper != code) {
            EXPECT_FALSE(parse(upper)) << upper;
        }
        EXPECT_FALSE(parse(" " + code)) << code;
    }
    EXPECT_FALSE(parse(""));
    EXPECT_FALSE(parse(other_lists_code));
}

// The code list serves the table: the same codes in the same order, with the table's labels.
template <typename E, size_t N> void expect_code_list(CodeList list, const std::array<E, N>& all) {
    auto entries = codes(list);
    ASSERT_EQ(entries.size(), N) << list_name(list);
    for (size_t i = 0; i < N; ++i) {
        EXPECT_EQ(entries[i].code, to_string(all[i])) << list_name(list);
        EXPECT_EQ(entries[i].label, label(all[i])) << list_name(list);
        EXPECT_FALSE(entries[i].label.empty()) << entries[i].code;
    }
}

} // namespace

TEST(Statuses, EveryValueHasOneCodeThatReadsBack) {
    expect_round_trip(all_placement_statuses, parse_placement_status, "apent");
    expect_round_trip(all_deviation_statuses, parse_deviation_status, "bestilt");
    expect_round_trip(all_decision_statuses, parse_decision_status, "sendt");
    expect_round_trip(all_exit_outcomes, parse_exit_outcome, "trukket");
    expect_round_trip(all_appeal_results, parse_appeal_result, "annet");
    expect_round_trip(all_survey_response_statuses, parse_survey_response_status, "draft");
}

TEST(Statuses, TheCodeListsAreTheStatusTables) {
    expect_code_list(CodeList::placement_status, all_placement_statuses);
    expect_code_list(CodeList::deviation_status, all_deviation_statuses);
    expect_code_list(CodeList::exit_outcome, all_exit_outcomes);
    expect_code_list(CodeList::appeal_result, all_appeal_results);
}
