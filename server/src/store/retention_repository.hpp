#pragma once
// Finding closed cases past their retention period, and anonymising a person: the SQL half of
// domain/retention.hpp.

#include "store/database.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace husly::retention_repository {

struct Candidate {
    int64_t person_id{0};
    std::string last_activity; // YYYY-MM-DD
};

// Persons not yet anonymised with nothing open in any office and no activity on or after
// `cutoff` (YYYY-MM-DD), by id.
std::vector<Candidate> closed_before(Connection& connection, const std::string& cutoff);

// Removes who the persons were — name, identity number, Husly reference, phone, the day and month
// of birth, and the free text of every request, vedtak, appeal, stay, note, plan, booking and
// deviation about them, letters included — and keeps every date, code and count. One statement
// per table for all of them; runs inside the caller's transaction.
void anonymise(Connection& connection, const std::vector<int64_t>& person_ids, const std::string& at);

} // namespace husly::retention_repository
