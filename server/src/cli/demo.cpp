// husly demo: the demo offices, users and history, or with --scale the national-scale data for
// the benchmarks.

#include "cli/command.hpp"
#include "demo/demo_service.hpp"
#include "demo/national_data.hpp"

#include <cstdio>
#include <cstdlib>

namespace husly::cli {
namespace {

struct DemoOptions {
    std::string scale;
    uint32_t seed = 2026;
};

// "national" → 1, "x10" → 10, or a positive factor.
std::optional<double> national_scale(const std::string& text) {
    if (text == "national") return 1.0;
    if (text == "x10") return 10.0;
    char* end = nullptr;
    double factor = std::strtod(text.c_str(), &end);
    if (!text.empty() && end == text.c_str() + text.size() && factor > 0 && factor <= 100) return factor;
    return std::nullopt;
}

int run_demo(const DemoOptions& demo_options, const DatabaseOptions& database_options) {
    auto database = open_database(database_options.url, 1, database_options.audit_files);
    if (!database) return 1;
    auto lease = database->acquire();
    if (demo_options.scale.empty()) {
        print_demo_logins(demo::create(*lease));
        database.record_checkpoint(*lease);
        return 0;
    }
    demo::national::Options options;
    options.scale = *national_scale(demo_options.scale);
    options.seed = demo_options.seed;
    options.progress = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
    auto summary = demo::national::generate(*lease, options);
    for (const auto& [table, rows] : summary.written)
        std::printf("  %-26s %12lld\n", table.c_str(), static_cast<long long>(rows));
    std::printf("Stordata (skala %s) laget på %.1f s.\n", demo_options.scale.c_str(), summary.seconds);
    print_demo_logins(demo::create_accounts(*lease));
    database.record_checkpoint(*lease);
    return 0;
}

} // namespace

Subcommand add_demo(CLI::App& cli, DatabaseOptions& database_flags) {
    auto options = std::make_shared<DemoOptions>();
    auto* demo_command = cli.add_subcommand("demo", "Legg inn demodata (syntetiske personer)");
    add_database_options(demo_command, database_flags);
    demo_command
        ->add_option(
            "--scale", options->scale,
            "Stordata for ytelsesmålinger: national (hele landet, 10 år), x10, eller en faktor (0.01)")
        ->check([](const std::string& text) {
            return national_scale(text) ? std::string()
                                        : std::string("bruk national, x10 eller et tall over 0");
        });
    demo_command->add_option("--seed", options->seed,
                             "Startverdi for tilfeldige data (samme data hver gang)");
    return {demo_command, [options](const DatabaseOptions& database_options) {
                return run_demo(*options, database_options);
            }};
}

} // namespace husly::cli
