#include "service/person_service.hpp"

#include "common/clock.hpp"
#include "common/log.hpp"
#include "domain/identity_number.hpp"
#include "domain/text_rules.hpp"
#include "service/audit_service.hpp"
#include "service/case_access.hpp"
#include "service/passwords.hpp"
#include "store/audit_repository.hpp"
#include "store/person_repository.hpp"

namespace husly::persons {
namespace {

std::string new_husly_reference(Connection& connection) {
    // 8 characters without look-alikes (0/O, 1/I): easy to read out over the phone.
    static constexpr std::string_view alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    for (;;) {
        auto token = passwords::random_token();
        std::string reference = "HUSLY-";
        for (size_t i = 0; i < 8; ++i)
            reference.push_back(alphabet[static_cast<unsigned char>(token[i * 2]) % alphabet.size()]);
        if (!person_repository::husly_reference_taken(connection, reference)) return reference;
    }
}

void audit_read(Connection& connection, const Actor& actor, const char* action, const Person& person) {
    audit::record(connection, &actor, actor.address,
                  {action, "person", std::to_string(person.id), person.id, nlohmann::json::object()});
}

// The throttle on resolving identity numbers, counted from the audit log (so every server
// process agrees): 429 past the limit; the lookup that reaches the alert mark also writes a
// security alert to the audit log and a warning to the log (ids and counts only).
Status throttle_lookup(Connection& connection, const Actor& actor) {
    auto earlier = audit_repository::identity_lookups_since(connection, actor.user_id,
                                                            format_instant(now() - lookup_window));
    switch (judge_lookup(earlier)) {
    case LookupVerdict::refuse:
        log::warn("identity-number lookups throttled", {{"userId", actor.user_id}, {"lookups", earlier}});
        return fail(ErrorKind::too_many_requests, "lookup_throttled",
                    "Du har slått opp svært mange fødselsnumre på kort tid. Vent noen minutter før du prøver "
                    "igjen.",
                    "identityNumber");
    case LookupVerdict::allow_and_alert:
        log::warn("security alert: bulk identity-number lookups",
                  {{"userId", actor.user_id}, {"lookups", earlier + 1}});
        audit::record(
            connection, &actor, actor.address,
            {"security.bulk_lookup",
             "user",
             std::to_string(actor.user_id),
             std::nullopt,
             {{"securityAlert", true}, {"lookups", earlier + 1}, {"windowMinutes", lookup_window.count()}}});
        return {};
    case LookupVerdict::allow:
        return {};
    }
    return {};
}

} // namespace

Result<Lookup> find_by_identity_number(Connection& connection, const Actor& actor,
                                       const std::string& identity_number, const std::string& purpose) {
    auto office_id = TRY(case_office(actor));
    if (purpose.empty())
        return invalid("purpose", "Oppgi hvorfor du slår opp personen (formål).", "required");
    if (!is_lookup_purpose(purpose))
        return invalid("purpose", "Ukjent formål med oppslaget.", "unknown_code");
    auto number = TRY(parse_identity_number(identity_number, today()));
    return in_transaction(connection, Transaction::Mode::read, [&](Transaction&) -> Result<Lookup> {
        TRY(throttle_lookup(connection, actor));
        Lookup lookup;
        auto person = person_repository::find_by_identity_number(connection, number.digits);
        std::string found = "ukjent";
        if (person && person_repository::is_linked(connection, person->id, office_id)) {
            found = "kontoret";
            lookup.person = person;
        } else if (person) {
            found = "annet_kontor";
            lookup.registered_elsewhere = true;
        }
        // Found or not, the purpose of every lookup is on record, and misses count for the throttle.
        audit::record(connection, &actor, actor.address,
                      {"person.lookup",
                       "person",
                       person ? std::to_string(person->id) : std::string(),
                       person ? std::optional(person->id) : std::nullopt,
                       {{"purpose", purpose}, {"found", found}}});
        return lookup;
    });
}

Result<std::vector<Person>> search_by_name(Connection& connection, const Actor& actor,
                                           const std::string& name,
                                           const std::optional<std::string>& birth_date) {
    auto office_id = TRY(case_office(actor));
    auto text = TRY(require_text("name", name, 100, "Navnet"));
    // Letters only: "%%", "__" or "a%" would otherwise pass as a search and list everyone (finding
    // F6 of the second review; the store also matches % and _ literally now).
    if (count_letters(text) < 2)
        return invalid("name", "Skriv minst to bokstaver av navnet. Tall og tegn som % og _ teller ikke.");
    if (birth_date && !parse_date(*birth_date)) return invalid("birthDate", date_error_message(*birth_date));
    return in_transaction(connection, Transaction::Mode::read,
                          [&](Transaction&) -> Result<std::vector<Person>> {
                              auto found = person_repository::search_by_name(
                                  connection, office_id, name_search_key(text), birth_date, 20);
                              for (const auto& person : found)
                                  audit_read(connection, actor, "person.search", person);
                              return found;
                          });
}

Result<Registered> register_person(Connection& connection, const Actor& actor, const PersonInput& input) {
    auto office_id = TRY(case_office(actor));
    auto checked = check_person(input, today());
    if (!checked.problems.empty()) return invalid_all(checked.problems);
    auto& person = checked.person;
    bool names_given = checked.names_given;
    auto now_text = format_instant(now());
    return in_transaction(connection, [&](Transaction&) -> Result<Registered> {
        if (person.identity_number) {
            if (auto existing =
                    person_repository::find_by_identity_number(connection, *person.identity_number)) {
                // Linking by number shows the person: it counts against the lookup throttle.
                if (!person_repository::is_linked(connection, existing->id, office_id))
                    TRY(throttle_lookup(connection, actor));
                person_repository::link(connection, existing->id, office_id, now_text);
                audit_read(connection, actor, "person.link", *existing);
                return Registered{*existing, true};
            }
            // A number not known before: the names are needed after all.
            if (!names_given)
                if (auto problems = name_problems(input, person); !problems.empty())
                    return invalid_all(problems);
        } else {
            person.husly_reference = new_husly_reference(connection);
        }
        person.id = person_repository::insert(connection, person, office_id, now_text);
        audit::record(connection, &actor, actor.address,
                      {"person.create",
                       "person",
                       std::to_string(person.id),
                       person.id,
                       {{"withIdentityNumber", person.identity_number.has_value()}}});
        return Registered{person, false};
    });
}

Result<Person> get(Connection& connection, const Actor& actor, int64_t person_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, Transaction::Mode::read, [&](Transaction&) -> Result<Person> {
        if (!person_repository::is_linked(connection, person_id, office_id))
            return not_found("Fant ikke personen.");
        auto person = person_repository::find(connection, person_id);
        if (!person) return not_found("Fant ikke personen.");
        audit_read(connection, actor, "person.read", *person);
        return *person;
    });
}

Result<std::optional<Representative>> representative(Connection& connection, const Actor& actor,
                                                     int64_t person_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, Transaction::Mode::read,
                          [&](Transaction&) -> Result<std::optional<Representative>> {
                              if (!person_repository::is_linked(connection, person_id, office_id))
                                  return not_found("Fant ikke personen.");
                              return person_repository::find_representative(connection, person_id);
                          });
}

Result<Representative> set_representative(Connection& connection, const Actor& actor, int64_t person_id,
                                          std::string_view name, std::string_view address) {
    auto office_id = TRY(case_office(actor));
    auto checked = TRY(check_representative(name, address));
    return in_transaction(connection, [&](Transaction&) -> Result<Representative> {
        if (!person_repository::is_linked(connection, person_id, office_id))
            return not_found("Fant ikke personen.");
        checked.person_id = person_id;
        checked.recorded_at = format_instant(now());
        checked.recorded_by = actor.user_id;
        person_repository::set_representative(connection, checked);
        audit::record(connection, &actor, actor.address,
                      {"person.representative_set", "person", std::to_string(person_id), person_id,
                       nlohmann::json::object()});
        return person_repository::find_representative(connection, person_id).value();
    });
}

Status remove_representative(Connection& connection, const Actor& actor, int64_t person_id) {
    auto office_id = TRY(case_office(actor));
    return in_transaction(connection, [&](Transaction&) -> Status {
        if (!person_repository::is_linked(connection, person_id, office_id))
            return not_found("Fant ikke personen.");
        // Removing none is done too (idempotent), and logged like any change asked for.
        person_repository::remove_representative(connection, person_id);
        audit::record(connection, &actor, actor.address,
                      {"person.representative_removed", "person", std::to_string(person_id), person_id,
                       nlohmann::json::object()});
        return {};
    });
}

} // namespace husly::persons
