#pragma once
// Building a case over the API for tests: a person, a request, a decided vedtak; dates relative
// to today; and the text of a PDF (by Poppler's pdftotext).

#include "support/http_client.hpp"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace husly::test {

// Today in Norway plus `days` (negative for the past), "YYYY-MM-DD".
std::string day_offset(int days);

struct CaseOptions {
    std::string birth_date{"1990-05-17"};
    nlohmann::json members = nlohmann::json::array(); // besides the applicant
    int received_days_ago{0};
};

// A person without a Norwegian number (a Husly reference) and a request from them; returns the
// request id.
int64_t new_case(HttpClient& client, const std::string& last_name, const CaseOptions& options = {});
// Grants the request from `from` to `to` (dates) and decides it.
void grant(HttpClient& client, int64_t request_id, const std::string& from, const std::string& to);

std::string pdf_text(const std::string& pdf);

} // namespace husly::test
