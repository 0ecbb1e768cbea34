#include "demo/demo_distributions.hpp"

#include "domain/identity_number.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace husly::demo {

const std::vector<const char*>& first_names() {
    static const std::vector<const char*> names{
        "Kari", "Ola",   "Ingrid", "Lars", "Fatima", "Mohammed", "Sara",  "Jonas", "Emma", "Ahmed",
        "Nora", "Piotr", "Hanne",  "Ali",  "Sofie",  "Erik",     "Aisha", "Tor",   "Maja", "Daniel"};
    return names;
}

const std::vector<const char*>& last_names() {
    static const std::vector<const char*> names{
        "Hansen", "Johansen", "Olsen",  "Larsen", "Andersen", "Pedersen", "Nilsen", "Karlsen",
        "Berg",   "Haugen",   "Hassan", "Nowak",  "Ahmadi",   "Dahl",     "Lund",   "Moen"};
    return names;
}

std::string synthetic_number(std::mt19937& random, int year, int month, int day) {
    for (;;) {
        int individual = year >= 2000 ? 500 + int(random() % 400) : int(random() % 500);
        auto nine = fmt::format("{:02}{:02}{:02}{:03}", day, month + 80, year % 100, individual);
        if (auto number = with_check_digits(nine)) return *number;
    }
}

int seasonal_days_ago(std::mt19937& random, int span, std::chrono::year_month_day today) {
    static constexpr std::array<int, 12> weight{100, 95, 85, 70, 60, 50, 45, 55, 70, 80, 90, 100};
    for (;;) {
        int days_ago = 1 + int(random() % unsigned(span));
        std::chrono::year_month_day day{std::chrono::sys_days{today} - std::chrono::days(days_ago)};
        if (int(random() % 100) < weight[unsigned(day.month()) - 1]) return days_ago;
    }
}

std::vector<std::string> survey_groups(std::mt19937& random) {
    static const std::vector<std::pair<const char*, int>> weighted{{"rusproblemer", 20},
                                                                   {"rop", 16},
                                                                   {"lettere_psykiske_rus", 14},
                                                                   {"okonomiske_utfordringer", 12},
                                                                   {"akutt_krise", 10},
                                                                   {"loslatt_fengsel", 6},
                                                                   {"utskrevet_institusjon", 6},
                                                                   {"fattige_tilreisende", 4},
                                                                   {"arbeidsmigranter_eos", 4},
                                                                   {"eldre", 3},
                                                                   {"studenter", 2}};
    static const int total = [] {
        int sum = 0;
        for (const auto& [code, weight] : weighted) sum += weight;
        return sum;
    }();
    auto pick = [&] {
        int roll = int(random() % unsigned(total));
        for (const auto& [code, weight] : weighted) {
            roll -= weight;
            if (roll < 0) return std::string(code);
        }
        return std::string(weighted.back().first);
    };
    std::vector<std::string> groups;
    auto count = random() % 10; // 0: none (1 in 10), 1–6: one, 7–9: two
    if (count > 0) groups.push_back(pick());
    if (count >= 7)
        if (auto second = pick(); second != groups.front()) groups.push_back(second);
    std::sort(groups.begin(), groups.end());
    return groups;
}

int stay_length(std::mt19937& random) {
    switch (random() % 10) {
    case 0:
    case 1:
    case 2:
    case 3:
        return 1 + int(random() % 14);
    case 4:
    case 5:
    case 6:
        return 15 + int(random() % 45);
    case 7:
        return 60 + int(random() % 30);
    default:
        return 90 + int(random() % 150);
    }
}

} // namespace husly::demo
