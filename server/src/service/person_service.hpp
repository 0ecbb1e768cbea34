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

using PersonInput = husly::PersonInput; // the form (domain/person.hpp)

struct Registered {
    Person person;
    bool existing{false}; // the identity number was already known: the person is now linked here
};

struct Lookup {
    std::optional<Person> person;     // linked to the caller's office: shown in full
    bool registered_elsewhere{false}; // known only at other offices: this fact and nothing else
};

// Looks up one person by identity number, nationally, for a stated purpose (domain/person.hpp:
// is_lookup_purpose). The caller's own office's person comes back in full; of someone known only
// elsewhere the caller learns that alone (registering the number links them: the caseworker has
// the person in front of them). Links nothing. Each lookup is audited with its purpose, found or
// not; a user's lookups are throttled (429) and a bulk of them raises a security alert.
Result<Lookup> find_by_identity_number(Connection& connection, const Actor& actor,
                                       const std::string& identity_number, const std::string& purpose);
// Persons known to the active office by (part of) name, optionally with birth date.
Result<std::vector<Person>> search_by_name(Connection& connection, const Actor& actor,
                                           const std::string& name,
                                           const std::optional<std::string>& birth_date);
// Registers a person, or links an existing one with the same identity number to the office (then
// the names may be left out; the person's own are kept). A link counts against the lookup throttle.
Result<Registered> register_person(Connection& connection, const Actor& actor, const PersonInput& input);
// A person the active office may see (404 otherwise).
Result<Person> get(Connection& connection, const Actor& actor, int64_t person_id);
// The person's representative (fvl. § 12), if any; 404 for a person the office may not see.
Result<std::optional<Representative>> representative(Connection& connection, const Actor& actor,
                                                     int64_t person_id);
// Records or replaces the representative (name and address checked; audited), and removes it.
Result<Representative> set_representative(Connection& connection, const Actor& actor, int64_t person_id,
                                          std::string_view name, std::string_view address);
Status remove_representative(Connection& connection, const Actor& actor, int64_t person_id);

} // namespace husly::persons
