#include "http/handlers/persons_json.hpp"

#include "common/clock.hpp"
#include "http/handlers/shared_json.hpp"

namespace husly::http {

nlohmann::json person_json(const Person& person) {
    return {
        {"id", person.id},
        {"identityNumber", optional_json(person.identity_number)},
        {"huslyReference", optional_json(person.husly_reference)},
        {"firstName", person.first_name},
        {"lastName", person.last_name},
        {"birthDate", person.birth_date ? nlohmann::json(format_date(*person.birth_date)) : nlohmann::json()},
        {"phone", person.phone}};
}

} // namespace husly::http
