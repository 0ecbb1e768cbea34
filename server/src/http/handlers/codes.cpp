// The code lists the intake form needs, with their labels, and the legal references in force.

#include "domain/legal_references.hpp"
#include "domain/request_codes.hpp"
#include "http/app.hpp"
#include "http/routes.hpp"

namespace husly::http {
namespace {

Result<Response> list_codes(RequestContext&) {
    nlohmann::json body = nlohmann::json::object();
    for (auto list : all_code_lists) {
        auto entries = nlohmann::json::array();
        for (const auto& entry : codes(list)) {
            nlohmann::json item = {{"code", entry.code}, {"label", entry.label}};
            if (entry.retired) item["retired"] = true; // read in stored rows, never offered
            if (list == CodeList::group)
                item["derived"] = entry.code == group_families_with_children || entry.code == group_under_25;
            entries.push_back(item);
        }
        body[std::string(list_name(list))] = entries;
    }
    // The sections of the acts in force today, by key (docs/domain.md#rule-legal-references-as-data):
    // the web cites through these and writes no section number itself.
    auto references = nlohmann::json::array();
    auto today = legal::today();
    for (const auto& reference : legal::references()) {
        if (reference.valid_from > today || &legal::find(reference.key, today) != &reference) continue;
        references.push_back({{"key", reference.key},
                              {"citation", legal::cite(reference.key, today)},
                              {"shortCitation", legal::cite_short(reference.key, today)},
                              {"section", legal::section(reference.key, today)},
                              {"title", reference.title}});
    }
    body["legalReferences"] = references;
    return json_response(200, body);
}

} // namespace

void register_code_routes(Router& router) {
    router.add({"GET", "/api/v1/codes", Access::logged_in(), list_codes, false});
}

} // namespace husly::http
