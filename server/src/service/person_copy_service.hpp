#pragma once
// A person's own copy (GDPR art. 15): everything the caseworker's office holds on one person in
// Husly — the person, requests with households and special categories, vedtak and appeals, stays
// with their follow-up, the waiting list, storage — and who has read or changed it (the audit
// log). Only this office's own activity is shown: whether other offices also hold data is said,
// but never which, nor what they did, when or who (they answer for their own copy).

#include "common/error.hpp"
#include "domain/account.hpp"
#include "domain/person.hpp"
#include "domain/request.hpp"
#include "domain/storage.hpp"
#include "domain/waiting_list.hpp"
#include "service/decision_service.hpp"
#include "service/stay_service.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly::person_copy {

struct AccessLine {
    std::string occurred_at;
    std::string who;    // the user's name, or "Husly" for the system
    std::string office; // where they worked
    std::string action; // the audit action code
};

struct PersonCopy {
    std::string produced_at;
    std::string office_name;
    Person person;
    std::vector<Request> requests;
    std::vector<std::optional<decisions::DecisionView>> decisions; // one per request, same order
    std::vector<stays::StayDetail> stays;
    std::vector<WaitingListEntry> waiting_list;
    std::vector<StorageRecord> storage;
    std::vector<AccessLine> access_log; // this office's (and its bookings' provider staff), newest first
    bool registered_elsewhere{false};   // another office also holds the person: the fact only
};

// Collects the copy and records that it was made (audit "person.copy").
Result<PersonCopy> collect(Connection& connection, const Actor& actor, int64_t person_id);
// The copy as a PDF in bokmål.
std::string render_pdf(const PersonCopy& copy);
// "Leste henvendelse" for "request.read".
std::string describe_action(const std::string& action);

} // namespace husly::person_copy
