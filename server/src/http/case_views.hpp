#pragma once
// JSON representations of case data in the API (camelCase, as in openapi.json): persons,
// requests, decisions, stays, the waiting list and storage. One place, so a person's own copy
// (GDPR art. 15) shows the data exactly as the API does.

#include "domain/person.hpp"
#include "domain/request.hpp"
#include "domain/storage.hpp"
#include "domain/waiting_list.hpp"
#include "service/decision_service.hpp"
#include "service/stay_service.hpp"

#include <nlohmann/json.hpp>
#include <optional>

namespace husly::http {

nlohmann::json person_json(const Person& person);
nlohmann::json summary_json(const RequestSummary& summary);
nlohmann::json request_json(const husly::Request& request);
nlohmann::json decision_view_json(const std::optional<decisions::DecisionView>& view);
nlohmann::json stay_json(const stays::StayView& view);
nlohmann::json stay_detail_json(const stays::StayDetail& detail);
nlohmann::json waiting_entry_json(const WaitingListEntry& entry);
nlohmann::json storage_json(const StorageRecord& record);

} // namespace husly::http
