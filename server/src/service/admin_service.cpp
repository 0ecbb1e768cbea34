#include "service/admin_service.hpp"

#include "common/clock.hpp"
#include "domain/text_rules.hpp"
#include "service/audit_service.hpp"
#include "service/passwords.hpp"
#include "store/accommodation_repository.hpp"
#include "store/office_repository.hpp"
#include "store/session_repository.hpp"
#include "store/user_repository.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>

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
    if (input.contact) office.contact = TRY(check_office_contact(*input.contact));
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

// A new user linked to a provider gets the role tilbyder at the office that keeps it.
Status check_staff_provider(Connection& connection, const std::vector<Membership>& memberships,
                            int64_t provider_id) {
    auto provider = accommodation_repository::find_provider(connection, provider_id);
    if (!provider) return invalid("providerId", "Botilbudet finnes ikke.");
    bool staff_role = false;
    for (const auto& m : memberships)
        if (m.role == Role::tilbyder) {
            staff_role = true;
            if (m.office_id == provider->office_id) return {};
        }
    return invalid("providerId", staff_role ? "Velg et botilbud ved kontoret brukeren får rollen ved."
                                            : "Bare brukere med rollen «Ansatt hos tilbyder» knyttes til et "
                                              "botilbud.");
}

nlohmann::json membership_detail(const Membership& m) {
    return {{"role", to_string(m.role)},
            {"officeId", m.office_id ? nlohmann::json(*m.office_id) : nlohmann::json()}};
}

nlohmann::json roles_detail(const std::vector<Membership>& memberships) {
    auto list = nlohmann::json::array();
    for (const auto& m : memberships) list.push_back(membership_detail(m));
    return list;
}

bool same_membership(const Membership& a, const Membership& b) {
    return a.role == b.role && a.office_id == b.office_id;
}

bool contains(const std::vector<Membership>& list, const Membership& membership) {
    return std::any_of(list.begin(), list.end(),
                       [&](const Membership& m) { return same_membership(m, membership); });
}

// Words a user's password must not lean on: their e-mail address and name.
std::vector<std::string> personal_words(const std::string& email, const std::string& display_name) {
    return {email, display_name};
}

// Stores `wanted` as a grant awaiting approval (unless one is pending already) and audits the
// request: who asked, for whom, which role where.
void request_grant(Connection& connection, const Actor& actor, int64_t user_id, const Membership& wanted) {
    for (const auto& pending : user_repository::pending_grants_for_user(connection, user_id))
        if (pending.kind == GrantKind::role && same_membership(pending.membership, wanted)) return;
    RoleGrant grant;
    grant.user_id = user_id;
    grant.membership = wanted;
    grant.requested_by = actor.user_id;
    grant.requested_at = format_instant(now());
    grant.id = user_repository::insert_grant(connection, grant);
    auto detail = membership_detail(wanted);
    detail["grantId"] = grant.id;
    audit::record(connection, &actor, actor.address,
                  {"role.grant_requested", "user", std::to_string(user_id), std::nullopt, detail});
}

// Finding F1 of the second review: an administrator set another user's password and logged in as
// them. The new password now waits, as a grant, for a second person; an earlier reset still
// waiting is withdrawn (the newest one counts). Audited with who asked, for whom and the grant.
int64_t request_password_reset(Connection& connection, const Actor& actor, int64_t user_id,
                               const std::string& password_hash) {
    auto now_text = format_instant(now());
    std::optional<int64_t> replaced;
    for (const auto& pending : user_repository::pending_grants_for_user(connection, user_id))
        if (pending.kind == GrantKind::password_reset &&
            user_repository::decide_grant(connection, pending.id, GrantStatus::withdrawn, actor.user_id,
                                          now_text))
            replaced = pending.id;
    RoleGrant grant;
    grant.user_id = user_id;
    grant.kind = GrantKind::password_reset;
    grant.requested_by = actor.user_id;
    grant.requested_at = now_text;
    grant.id = user_repository::insert_grant(connection, grant, password_hash);
    nlohmann::json detail = {{"grantId", grant.id}};
    if (replaced) detail["replacesGrantId"] = *replaced;
    audit::record(connection, &actor, actor.address,
                  {"password.reset_requested", "user", std::to_string(user_id), std::nullopt, detail});
    return grant.id;
}

void add_pending(User& user, const RoleGrant& grant) {
    if (grant.kind == GrantKind::password_reset)
        user.pending_password_reset = User::PendingReset{grant.id, grant.requested_at};
    else
        user.pending_roles.emplace_back(grant.id, grant.membership);
}

void attach_pending(Connection& connection, User& user) {
    user.pending_roles.clear();
    user.pending_password_reset.reset();
    for (const auto& grant : user_repository::pending_grants_for_user(connection, user.id))
        add_pending(user, grant);
}

} // namespace

std::vector<Municipality> municipalities(Connection& connection) {
    return office_repository::municipalities(connection);
}

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
        auto stored = office_repository::find(connection, office_id);
        if (!stored) return not_found("Fant ikke kontoret.");
        auto changed = input;
        if (!changed.contact) changed.contact = stored->contact; // left out: kept as it is
        auto office = TRY(validate_office(connection, changed, office_id));
        office_repository::update(connection, office);
        audit::record(connection, &actor, actor.address,
                      {"office.update", "office", std::to_string(office_id), std::nullopt, {}});
        return office;
    });
}

std::vector<User> list_users(Connection& connection, const Actor&) {
    auto users = user_repository::list(connection);
    std::map<int64_t, User*> by_id;
    for (auto& user : users) by_id[user.id] = &user;
    for (const auto& grant : user_repository::pending_grants(connection))
        if (auto it = by_id.find(grant.user_id); it != by_id.end()) add_pending(*it->second, grant);
    return users;
}

Result<std::vector<User>> list_office_users(Connection& connection, const Actor& actor, int64_t office_id) {
    if (!actor.has_role(Role::administrator) && !actor.has_role_in_office(Role::leder, office_id))
        return not_found("Fant ikke kontoret.");
    if (!office_repository::find(connection, office_id)) return not_found("Fant ikke kontoret.");
    return user_repository::list_in_office(connection, office_id);
}

Result<std::vector<ProviderChoice>> office_providers(Connection& connection, const Actor&,
                                                     int64_t office_id) {
    Transaction transaction(connection, Transaction::Mode::read);
    if (!office_repository::find(connection, office_id)) return not_found("Fant ikke kontoret.");
    std::vector<ProviderChoice> choices;
    for (const auto& provider : accommodation_repository::providers_of_office(connection, office_id))
        choices.push_back({provider.id, provider.name, provider.kind, provider.active});
    return choices;
}

Result<User> create_user(Connection& connection, const Actor* actor, const NewUser& input) {
    User user;
    user.email = TRY(normalize_email("email", input.email));
    user.display_name = TRY(require_text("displayName", input.display_name, 120, "Navnet"));
    TRY(check_new_password("password", input.password, personal_words(user.email, user.display_name)));
    // From the API an administrator chose the password: the user replaces it at the first login,
    // and roles opening person data wait for a second person's approval. `husly user add` (no
    // actor) is the operator at the server, who makes the first administrator.
    user.must_change_password = actor != nullptr;
    std::vector<Membership> awaiting;
    for (const auto& membership : input.memberships) {
        if (actor && grant_needs_approval(membership.role))
            awaiting.push_back(membership);
        else
            user.memberships.push_back(membership);
    }
    // Hash before the transaction: argon2id is slow and must not hold the write lock.
    auto password_hash = passwords::hash(input.password);
    return in_transaction(connection, [&](Transaction&) -> Result<User> {
        TRY(validate_memberships(connection, input.memberships));
        if (user_repository::email_taken(connection, user.email))
            return fail(ErrorKind::conflict, "duplicate",
                        "Det finnes allerede en bruker med "
                        "denne e-postadressen.",
                        "email");
        if (input.provider_id) TRY(check_staff_provider(connection, input.memberships, *input.provider_id));
        user.id = user_repository::insert(connection, user, password_hash, format_instant(now()));
        audit::record(connection, actor, actor ? actor->address : "cli",
                      {"user.create",
                       "user",
                       std::to_string(user.id),
                       std::nullopt,
                       {{"roles", roles_detail(user.memberships)}}});
        for (const auto& membership : awaiting) request_grant(connection, *actor, user.id, membership);
        if (input.provider_id) {
            accommodation_repository::add_staff(connection, *input.provider_id, user.id);
            audit::record(connection, actor, actor ? actor->address : "cli",
                          {"provider.staff_add",
                           "provider",
                           std::to_string(*input.provider_id),
                           std::nullopt,
                           {{"userId", user.id}}});
        }
        attach_pending(connection, user);
        return user;
    });
}

Result<User> update_user(Connection& connection, const Actor& actor, int64_t user_id,
                         const UserChanges& changes) {
    // Nobody changes their own roles (finding 7: an administrator gave themself caseworker
    // access), nor sets their own password here without the current one (PUT /auth/password).
    if (user_id == actor.user_id && changes.memberships)
        return fail(ErrorKind::forbidden, "own_roles",
                    "Du kan ikke endre dine egne roller. Be en annen administrator om å gjøre det.", "roles");
    if (user_id == actor.user_id && changes.password)
        return fail(ErrorKind::forbidden, "own_password",
                    "Ditt eget passord bytter du under «Bytt passord», med det nåværende passordet.",
                    "password");
    std::optional<std::string> password_hash;
    if (changes.password) {
        auto existing = user_repository::find(connection, user_id);
        if (!existing) return not_found("Fant ikke brukeren.");
        TRY(check_new_password("password", *changes.password,
                               personal_words(existing->email, existing->display_name)));
        password_hash = passwords::hash(*changes.password);
    }
    return in_transaction(connection, [&](Transaction&) -> Result<User> {
        auto user = user_repository::find(connection, user_id);
        if (!user) return not_found("Fant ikke brukeren.");
        std::vector<Membership> requested;
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
            const auto& wanted = *changes.memberships;
            TRY(validate_memberships(connection, wanted));
            // Removals and roles without person data take effect now; a role opening person data
            // that the user does not hold yet waits for approval.
            std::vector<Membership> effective;
            for (const auto& membership : wanted) {
                if (contains(user->memberships, membership) || !grant_needs_approval(membership.role))
                    effective.push_back(membership);
                else
                    requested.push_back(membership);
            }
            user_repository::replace_memberships(connection, user_id, effective);
            user->memberships = effective;
            // Grants no longer wanted are withdrawn.
            auto now_text = format_instant(now());
            for (const auto& pending : user_repository::pending_grants_for_user(connection, user_id))
                if (pending.kind == GrantKind::role && !contains(wanted, pending.membership))
                    user_repository::decide_grant(connection, pending.id, GrantStatus::withdrawn,
                                                  actor.user_id, now_text);
            changed.push_back("roles");
        }
        if (password_hash) changed.push_back("passwordResetRequested");
        if (changes.unlock) {
            user_repository::reset_failed_logins(connection, user_id);
            user->failed_logins = 0;
            user->locked_until.reset();
            changed.push_back("unlock");
        }
        // Deactivation ends the user's sessions everywhere (a new password does when approved).
        if (changes.active && !*changes.active) session_repository::remove_for_user(connection, user_id);
        audit::record(connection, &actor, actor.address,
                      {"user.update", "user", std::to_string(user_id), std::nullopt, {{"changed", changed}}});
        for (const auto& membership : requested) request_grant(connection, actor, user_id, membership);
        if (password_hash) request_password_reset(connection, actor, user_id, *password_hash);
        attach_pending(connection, *user);
        return *user;
    });
}

std::vector<GrantView> list_pending_grants(Connection& connection, const Actor& actor) {
    std::vector<GrantView> views;
    std::map<int64_t, std::optional<User>> users;
    auto user = [&](int64_t id) -> const std::optional<User>& {
        auto it = users.find(id);
        if (it == users.end()) it = users.emplace(id, user_repository::find(connection, id)).first;
        return it->second;
    };
    for (auto& grant : user_repository::pending_grants(connection)) {
        const auto& grantee = user(grant.user_id);
        if (!grantee) continue;
        if (!may_see_grant(actor, grant, grantee->memberships)) continue;
        GrantView view;
        view.may_decide = may_decide_grant(actor, grant, grantee->memberships);
        view.user_name = grantee->display_name;
        view.user_email = grantee->email;
        if (const auto& requester = user(grant.requested_by))
            view.requested_by_name = requester->display_name;
        view.grant = std::move(grant);
        views.push_back(std::move(view));
    }
    return views;
}

Result<GrantView> decide_grant(Connection& connection, const Actor& actor, int64_t grant_id, bool approve) {
    return in_transaction(connection, [&](Transaction&) -> Result<GrantView> {
        auto grant = user_repository::find_grant(connection, grant_id);
        auto grantee = grant ? user_repository::find(connection, grant->user_id) : std::nullopt;
        // Another office's grants are hidden from its leder like everything else of that office.
        if (!grant || !grantee || !may_see_grant(actor, *grant, grantee->memberships))
            return not_found("Fant ikke tilgangen.");
        bool reset = grant->kind == GrantKind::password_reset;
        if (!may_decide_grant(actor, *grant, grantee->memberships)) {
            std::string message;
            if (actor.user_id == grant->user_id)
                message = reset ? "Du kan ikke godkjenne et nytt passord for deg selv."
                                : "Du kan ikke godkjenne tilgang til deg selv.";
            else
                message = reset
                              ? "Du ba selv om dette passordet. En annen administrator eller en leder ved "
                                "brukerens kontor må godkjenne det."
                              : "Du ba selv om denne tilgangen. En annen administrator eller kontorets leder "
                                "må godkjenne den.";
            return fail(ErrorKind::forbidden, "second_person_required", message);
        }
        // Read before deciding: deciding forgets it.
        auto password_hash =
            reset ? user_repository::reset_password_hash(connection, grant_id) : std::nullopt;
        auto decided_at = format_instant(now());
        auto status = approve ? GrantStatus::approved : GrantStatus::refused;
        if (grant->status != GrantStatus::pending ||
            !user_repository::decide_grant(connection, grant_id, status, actor.user_id, decided_at))
            return fail(ErrorKind::conflict, "already_decided",
                        reset ? "Passordet er allerede behandlet." : "Tilgangen er allerede behandlet.");
        nlohmann::json detail;
        if (reset) {
            if (approve) {
                if (!password_hash)
                    return fail(ErrorKind::conflict, "already_decided", "Passordet er allerede behandlet.");
                // The user must choose their own at the next login, and whoever is logged in as
                // them now is logged out.
                user_repository::set_password_hash(connection, grant->user_id, *password_hash, true);
                session_repository::remove_for_user(connection, grant->user_id);
            }
            detail = {{"grantId", grant_id}, {"requestedBy", grant->requested_by}};
        } else {
            if (approve) user_repository::add_membership(connection, grant->user_id, grant->membership);
            detail = membership_detail(grant->membership);
            detail["grantId"] = grant_id;
            detail["requestedBy"] = grant->requested_by;
        }
        std::string action = reset ? (approve ? "password.reset_approved" : "password.reset_refused")
                                   : (approve ? "role.grant_approved" : "role.grant_refused");
        audit::record(connection, &actor, actor.address,
                      {action, "user", std::to_string(grant->user_id), std::nullopt, detail});
        grant->status = status;
        grant->decided_by = actor.user_id;
        grant->decided_at = decided_at;
        GrantView view;
        view.grant = *grant;
        view.user_name = grantee->display_name;
        view.user_email = grantee->email;
        if (auto requester = user_repository::find(connection, grant->requested_by))
            view.requested_by_name = requester->display_name;
        return view;
    });
}

} // namespace husly::admin
