#pragma once
// Finding and registering persons at the front desk. Every read is audit-logged.

#include "common/error.hpp"
#include "domain/account.hpp"
#include "domain/person.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace husly::persons {

struct PersonInput {
    std::optional<std::string> identity_number; // none: a Husly reference is made
    std::string first_name;
    std::string last_name;
    std::optional<std::string> birth_date; // required without an identity number? no: may be unknown
    std::string phone;
};

struct Registered {
    Person person;
    bool existing{false}; // the identity number was already known: the person is now linked here
};

// Looks up one person by identity number, nationally: the number is the caseworker's proof of
// knowing the person. Links nothing. nullopt when unknown.
Result<std::optional<Person>> find_by_identity_number(Connection& connection, const Actor& actor,
                                                      const std::string& identity_number);
// Persons known to the active office by (part of) name, optionally with birth date.
Result<std::vector<Person>> search_by_name(Connection& connection, const Actor& actor,
                                           const std::string& name,
                                           const std::optional<std::string>& birth_date);
// Registers a person, or links an existing one with the same identity number to the office.
Result<Registered> register_person(Connection& connection, const Actor& actor, const PersonInput& input);
// A person the active office may see (404 otherwise).
Result<Person> get(Connection& connection, const Actor& actor, int64_t person_id);

} // namespace husly::persons
