#pragma once
// Reading the query string of a request: a value, a true/false flag, a whole number, a download
// format. A malformed value is a 422 naming the parameter.

#include "export/table_export.hpp"
#include "http/app.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly::http {

// The parameter's value, or nullopt when absent or empty.
std::optional<std::string> query_value(RequestContext& context, const std::string& name);
Result<bool> query_flag(RequestContext& context, const std::string& name);
Result<int> query_int(RequestContext& context, const std::string& name, int fallback);
// `year=`, this year when absent.
Result<int> query_year(RequestContext& context);

// `format=xlsx|csv` for a download (`fallback` when absent), and the download itself: CSV holds
// the first sheet, the workbook all of them. `name` is the file name without its extension.
Result<std::string> export_format(RequestContext& context, const std::string& fallback);
Response sheets_response(const std::vector<table_export::Sheet>& sheets, const std::string& format,
                         const std::string& name);

} // namespace husly::http
