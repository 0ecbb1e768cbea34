#include "service/admin_service.hpp"

#include "common/clock.hpp"
#include "domain/text_rules.hpp"
#include "service/audit_service.hpp"
#include "service/passwords.hpp"
#include "store/office_repository.hpp"
#include "store/session_repository.hpp"
#include "store/user_repository.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace husly::admin {
namespace {

bool is_national_viewer(const Actor& actor) {
    return actor.has_role(Role::administrator) || actor.has_role(Role::analytiker);
}

Result<Office> validate_office(Connection& connection, const OfficeInput& input,
                               std::optional<int64_t> existing_id) {
    Office office;
    office.id = existing_id.value_or(0);
    office.name = TRY(require_text("name", input.name, 120, "Navnet"));
    if (!is_digits(input.unit_number, 4)) return invalid("unitNumber", "Enhetsnummeret må være fire sifre.");
    office.unit_number = input.unit_number;
    office.decisions_need_approval = input.decisions_need_approval;
    if (auto other = office_repository::find_id_by_unit_number(connection, office.unit_number);
        other && other != existing_id)
        return fail(ErrorKind::conflict, "duplicate", "Et annet kontor har dette enhetsnummeret.",
                    "unitNumber");
    if (input.municipality_numbers.empty())
        return invalid("municipalityNumbers", "Velg minst én kommune kontoret betjener.");
    for (const auto& number : input.municipality_numbers)
        if (!is_digits(number, 4))
            return invalid("municipalityNumbers",
                           fmt::format("«{}» er ikke et kommunenummer (fire sifre).",
                                       is_clean_text(number) ? number.substr(0, 20) : "?"));
    auto unknown = office_repository::unknown_municipalities(connection, input.municipality_numbers);
    if (!unknown.empty())
        return invalid("municipalityNumbers", fmt::format("Kommunenummer {} finnes ikke.", unknown.front()));
    office.municipality_numbers = input.municipality_numbers;
    std::sort(office.municipality_numbers.begin(), office.municipality_numbers.end());
    office.municipality_numbers.erase(
        std::unique(office.municipality_numbers.begin(), office.municipality_numbers.end()),
        office.municipality_numbers.end());
    return office;
}

Status validate_memberships(Connection& connection, const std::vector<Membership>& memberships) {
    if (memberships.empty()) return invalid("roles", "Brukeren må ha minst én rolle.");
    for (const auto& membership : memberships) {
        if (role_is_office_bound(membership.role)) {
            if (!membership.office_id)
                return invalid("roles", fmt::format("Rollen {} må knyttes til et kontor.",
                                                    display_name(membership.role)));
            if (!office_repository::find(connection, *membership.office_id))
                return invalid("roles", "Kontoret finnes ikke.");
        } else if (membership.office_id) {
            return invalid("roles", fmt::format("Rollen {} gjelder hele landet og knyttes ikke "
                                                "til et kontor.",
                                                display_name(membership.role)));
        }
    }
    for (size_t i = 0; i < memberships.size(); ++i)
        for (size_t k = i + 1; k < memberships.size(); ++k)
            if (memberships[i].role == memberships[k].role &&
                memberships[i].office_id == memberships[k].office_id)
                return invalid("roles", "Samme rolle er oppgitt to ganger.");
    return {};
}

nlohmann::json roles_detail(const std::vector<Membership>& memberships) {
    auto list = nlohmann::json::array();
    for (const auto& m : memberships)
        list.push_back({{"role", to_string(m.role)},
                        {"officeId", m.office_id ? nlohmann::json(*m.office_id) : nlohmann::json()}});
    return list;
}

} // namespace

std::vector<Office> list_offices(Connection& connection, const Actor& actor) {
    if (is_national_viewer(actor)) return office_repository::list(connection);
    return office_repository::list_by_ids(connection, actor.office_ids());
}

Result<Office> get_office(Connection& connection, const Actor& actor, int64_t office_id) {
    // The same answer for "does not exist" and "not yours": no probing of other offices.
    if (!is_national_viewer(actor) && !actor.belongs_to_office(office_id))
        return not_found("Fant ikke kontoret.");
    auto office = office_repository::find(connection, office_id);
    if (!office) return not_found("Fant ikke kontoret.");
    return *office;
}

Result<Office> create_office(Connection& connection, const Actor& actor, const OfficeInput& input) {
    return in_transaction(connection, [&](Transaction&) -> Result<Office> {
        auto office = TRY(validate_office(connection, input, std::nullopt));
        office.id = office_repository::insert(connection, office, format_instant(now()));
        audit::record(connection, &actor, actor.address,
                      {"office.create",
                       "office",
                       std::to_string(office.id),
                       std::nullopt,
                       {{"unitNumber", office.unit_number}}});
        return office;
    });
}

Result<Office> update_office(Connection& connection, const Actor& actor, int64_t office_id,
                             const OfficeInput& input) {
    return in_transaction(connection, [&](Transaction&) -> Result<Office> {
        if (!office_repository::find(connection, office_id)) return not_found("Fant ikke kontoret.");
        auto office = TRY(validate_office(connection, input, office_id));
        office_repository::update(connection, office);
        audit::record(connection, &actor, actor.address,
                      {"office.update", "office", std::to_string(office_id), std::nullopt, {}});
        return office;
    });
}

std::vector<User> list_users(Connection& connection, const Actor&) {
    return user_repository::list(connection);
}

Result<std::vector<User>> list_office_users(Connection& connection, const Actor& actor, int64_t office_id) {
    if (!actor.has_role(Role::administrator) && !actor.has_role_in_office(Role::leder, office_id))
        return not_found("Fant ikke kontoret.");
    if (!office_repository::find(connection, office_id)) return not_found("Fant ikke kontoret.");
    return user_repository::list_in_office(connection, office_id);
}

Result<User> create_user(Connection& connection, const Actor* actor, const NewUser& input) {
    User user;
    user.email = TRY(normalize_email("email", input.email));
    user.display_name = TRY(require_text("displayName", input.display_name, 120, "Navnet"));
    TRY(check_new_password("password", input.password));
    user.memberships = input.memberships;
    // Hash before the transaction: argon2id is slow and must not hold the write lock.
    auto password_hash = passwords::hash(input.password);
    return in_transaction(connection, [&](Transaction&) -> Result<User> {
        TRY(validate_memberships(connection, user.memberships));
        if (user_repository::email_taken(connection, user.email))
            return fail(ErrorKind::conflict, "duplicate",
                        "Det finnes allerede en bruker med "
                        "denne e-postadressen.",
                        "email");
        user.id = user_repository::insert(connection, user, password_hash, format_instant(now()));
        audit::record(connection, actor, actor ? actor->address : "cli",
                      {"user.create",
                       "user",
                       std::to_string(user.id),
                       std::nullopt,
                       {{"roles", roles_detail(user.memberships)}}});
        return user;
    });
}

Result<User> update_user(Connection& connection, const Actor& actor, int64_t user_id,
                         const UserChanges& changes) {
    std::optional<std::string> password_hash;
    if (changes.password) {
        TRY(check_new_password("password", *changes.password));
        password_hash = passwords::hash(*changes.password);
    }
    return in_transaction(connection, [&](Transaction&) -> Result<User> {
        auto user = user_repository::find(connection, user_id);
        if (!user) return not_found("Fant ikke brukeren.");
        nlohmann::json changed = nlohmann::json::array();
        if (changes.display_name) {
            user->display_name = TRY(require_text("displayName", *changes.display_name, 120, "Navnet"));
            changed.push_back("displayName");
        }
        if (changes.active) {
            if (!*changes.active && user_id == actor.user_id)
                return invalid("active", "Du kan ikke deaktivere din egen bruker.");
            user->active = *changes.active;
            changed.push_back("active");
        }
        user_repository::update_profile(connection, *user);
        if (changes.memberships) {
            TRY(validate_memberships(connection, *changes.memberships));
            user_repository::replace_memberships(connection, user_id, *changes.memberships);
            user->memberships = *changes.memberships;
            changed.push_back("roles");
        }
        if (password_hash) {
            user_repository::set_password_hash(connection, user_id, *password_hash);
            changed.push_back("password");
        }
        if (changes.unlock) {
            user_repository::reset_failed_logins(connection, user_id);
            user->failed_logins = 0;
            user->locked_until.reset();
            changed.push_back("unlock");
        }
        // Deactivation or a new password ends the user's sessions everywhere.
        if ((changes.active && !*changes.active) || password_hash)
            session_repository::remove_for_user(connection, user_id);
        audit::record(connection, &actor, actor.address,
                      {"user.update", "user", std::to_string(user_id), std::nullopt, {{"changed", changed}}});
        return *user;
    });
}

} // namespace husly::admin
