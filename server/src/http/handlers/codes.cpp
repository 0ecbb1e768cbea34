// The code lists the intake form needs, with their labels.

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
    return json_response(200, body);
}

} // namespace

void register_code_routes(Router& router) {
    router.add({"GET", "/api/v1/codes", Access::logged_in(), list_codes, false});
}

} // namespace husly::http
