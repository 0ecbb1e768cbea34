#pragma once
// JSON of a person (persons, and the person's own copy).

#include "domain/person.hpp"

#include <nlohmann/json.hpp>

namespace husly::http {

nlohmann::json person_json(const Person& person);

} // namespace husly::http
