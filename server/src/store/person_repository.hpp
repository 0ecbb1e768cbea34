#pragma once
// Persons and which offices may see them (person_offices).

#include "domain/person.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace husly::person_repository {

int64_t insert(Connection& connection, const Person& person, int64_t office_id, const std::string& now);
std::optional<Person> find(Connection& connection, int64_t id);
std::optional<Person> find_by_identity_number(Connection& connection, const std::string& digits);
bool husly_reference_taken(Connection& connection, const std::string& reference);
// Persons visible to the office whose name key contains `key`, optionally born on a date.
std::vector<Person> search_by_name(Connection& connection, int64_t office_id, const std::string& key,
                                   const std::optional<std::string>& birth_date, int limit);
bool is_linked(Connection& connection, int64_t person_id, int64_t office_id);
// Every office the person is registered at.
std::vector<int64_t> linked_offices(Connection& connection, int64_t person_id);
void link(Connection& connection, int64_t person_id, int64_t office_id, const std::string& now);

// The person's representative (fvl. § 12), with the name of who recorded it; none when not given.
std::optional<Representative> find_representative(Connection& connection, int64_t person_id);
// Records (or replaces) the representative.
void set_representative(Connection& connection, const Representative& representative);
void remove_representative(Connection& connection, int64_t person_id);

} // namespace husly::person_repository
