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

// Accommodation for placements: every U-5/2003 inspection item ok; a provider in Bodø (1804); a unit of
// it with a price from 400 days ago; an inspection ten days ago (due in 355).
nlohmann::json all_items_ok();
int64_t make_provider(HttpClient& client, const std::string& name, const std::string& kind,
                      const std::string& offer_type = "");
int64_t make_unit(HttpClient& client, int64_t provider_id, const std::string& name, int rooms, int beds,
                  int64_t price, nlohmann::json extra = nlohmann::json::object());
HttpResult inspect(HttpClient& client, int64_t unit_id, const std::string& verdict = "forsvarlig",
                   nlohmann::json items = all_items_ok());
// A granted case ready to be placed (received yesterday, granted for 60 days from today);
// `children` adds a child to the household.
int64_t granted_case(HttpClient& client, const std::string& name, bool children = false);

std::string pdf_text(const std::string& pdf);
// The text with every run of white space as one space: a sentence is found across lines.
std::string flatten(const std::string& text);

} // namespace husly::test
