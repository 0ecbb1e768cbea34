#pragma once
// The national-scale synthetic history for benchmarks (`husly demo --scale national|x10`):
// Norway's order of magnitude over ten years — about 260 offices serving all 357
// municipalities, 300 000 requests, 100 000 stays, 2 000 providers with 10 000 units, a million
// journal notes and the audit entries reading them made — written in bulk through the store
// layer, with the same distributions as the small demo. Everything is synthetic.

#include "store/database.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace husly::demo::national {

struct Options {
    // 1 = national; 10 = ten times the volume (offices and municipalities stay what Norway has).
    // Small fractions make the same shape for tests.
    double scale{1.0};
    uint32_t seed{2026};
    std::function<void(const std::string&)> progress; // Norwegian progress lines; may be empty
};

struct TableCount {
    std::string table;
    int64_t rows{0};
};

struct Summary {
    std::vector<TableCount> written; // rows added per table
    double seconds{0};
};

// Adds the history on top of the demo accounts (created when missing). Each office's history is
// written in one transaction; the audit log at the end, in time order, continuing the chain.
// Throws on a database error.
Summary generate(Connection& connection, const Options& options);

} // namespace husly::demo::national
