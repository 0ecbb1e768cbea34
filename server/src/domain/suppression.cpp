#include "domain/suppression.hpp"

namespace husly {
namespace {

bool too_small(int64_t count, int64_t threshold) {
    return count > 0 && count < threshold;
}

} // namespace

SuppressedTable suppress(const std::vector<int64_t>& parts, int64_t total, bool total_hidden,
                         int64_t threshold) {
    SuppressedTable table;
    table.total = total;
    if (total_hidden || too_small(total, threshold)) table.total.reset();
    std::vector<bool> hidden(parts.size(), !table.total.has_value() && !total_hidden);
    for (size_t i = 0; i < parts.size(); ++i)
        if (too_small(parts[i], threshold) || (total_hidden && parts[i] > 0)) hidden[i] = true;

    auto hidden_count = [&] {
        size_t count = 0;
        for (bool h : hidden) count += h ? 1 : 0;
        return count;
    };
    auto hidden_sum = [&] {
        int64_t sum = 0;
        for (size_t i = 0; i < parts.size(); ++i)
            if (hidden[i]) sum += parts[i];
        return sum;
    };
    // Whether the shown parts would give away what is hidden.
    auto recoverable = [&] {
        if (!table.total) return false; // every part is hidden already
        auto count = hidden_count();
        auto sum = hidden_sum();
        return count == 1 || too_small(sum, threshold);
    };
    while (recoverable()) {
        // The smallest part still shown that adds to the hidden sum (a 0 would not).
        std::optional<size_t> next;
        for (size_t i = 0; i < parts.size(); ++i)
            if (!hidden[i] && parts[i] > 0 && (!next || parts[i] < parts[*next])) next = i;
        if (!next) break;
        hidden[*next] = true;
    }
    table.parts.reserve(parts.size());
    for (size_t i = 0; i < parts.size(); ++i)
        table.parts.push_back(hidden[i] ? std::nullopt : std::optional<int64_t>(parts[i]));
    return table;
}

} // namespace husly
