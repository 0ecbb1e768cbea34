#include "domain/account.hpp"

#include "domain/text_rules.hpp"

#include <algorithm>
#include <cctype>

namespace husly {

bool Actor::has_role(Role role) const {
    return std::any_of(memberships.begin(), memberships.end(),
                       [&](const Membership& m) { return m.role == role; });
}

bool Actor::has_role_in_office(Role role, int64_t office_id) const {
    return std::any_of(memberships.begin(), memberships.end(),
                       [&](const Membership& m) { return m.role == role && m.office_id == office_id; });
}

bool Actor::has_any_role_here(std::initializer_list<Role> roles) const {
    for (const auto& m : memberships) {
        if (std::find(roles.begin(), roles.end(), m.role) == roles.end()) continue;
        if (!role_is_office_bound(m.role)) return true;
        if (active_office_id && m.office_id == active_office_id) return true;
    }
    return false;
}

std::vector<int64_t> Actor::office_ids() const {
    std::vector<int64_t> ids;
    for (const auto& m : memberships)
        if (m.office_id && std::find(ids.begin(), ids.end(), *m.office_id) == ids.end())
            ids.push_back(*m.office_id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool Actor::belongs_to_office(int64_t office_id) const {
    return std::any_of(memberships.begin(), memberships.end(),
                       [&](const Membership& m) { return m.office_id == office_id; });
}

bool grant_needs_approval(Role role) {
    return role == Role::veileder || role == Role::leder || role == Role::tilbyder ||
           role == Role::administrator;
}

std::string_view to_string(GrantStatus status) {
    switch (status) {
    case GrantStatus::pending:
        return "pending";
    case GrantStatus::approved:
        return "approved";
    case GrantStatus::refused:
        return "refused";
    case GrantStatus::withdrawn:
        return "withdrawn";
    }
    return "pending";
}

std::optional<GrantStatus> parse_grant_status(std::string_view text) {
    for (auto status :
         {GrantStatus::pending, GrantStatus::approved, GrantStatus::refused, GrantStatus::withdrawn})
        if (to_string(status) == text) return status;
    return std::nullopt;
}

std::string_view to_string(GrantKind kind) {
    return kind == GrantKind::password_reset ? "password_reset" : "role";
}

std::optional<GrantKind> parse_grant_kind(std::string_view text) {
    for (auto kind : {GrantKind::role, GrantKind::password_reset})
        if (to_string(kind) == text) return kind;
    return std::nullopt;
}

bool may_see_grant(const Actor& actor, const RoleGrant& grant, const std::vector<Membership>& grantee_roles) {
    if (actor.has_role(Role::administrator)) return true;
    if (grant.kind == GrantKind::password_reset) {
        // A leder knows their own office's people; an administrator's account is another
        // administrator's to vouch for.
        bool administrator = std::any_of(grantee_roles.begin(), grantee_roles.end(),
                                         [](const Membership& m) { return m.role == Role::administrator; });
        return !administrator &&
               std::any_of(grantee_roles.begin(), grantee_roles.end(), [&](const Membership& m) {
                   return m.office_id && actor.has_role_in_office(Role::leder, *m.office_id);
               });
    }
    bool office_role = grant.membership.role == Role::veileder || grant.membership.role == Role::leder;
    return office_role && grant.membership.office_id &&
           actor.has_role_in_office(Role::leder, *grant.membership.office_id);
}

bool may_decide_grant(const Actor& actor, const RoleGrant& grant,
                      const std::vector<Membership>& grantee_roles) {
    if (actor.user_id == grant.requested_by || actor.user_id == grant.user_id) return false;
    return may_see_grant(actor, grant, grantee_roles);
}

namespace {

std::string trimmed(std::string_view text) {
    auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

// "" allowed; else a clean single line of at most `max_length` characters.
Result<std::string> optional_line(std::string_view field, std::string_view value, size_t max_length,
                                  std::string_view label) {
    auto text = trimmed(value);
    if (text.empty()) return text;
    return require_text(field, text, max_length, label);
}

// A web address as an office writes it on a letter: "nav.no/bodo" or "https://www.nav.no/bodo":
// a host of letters, digits, dots and hyphens with a dot in it, optionally https:// or http://
// before it and a path after it; no other scheme (javascript:, ftp:), no user or password, no
// backslash, ASCII only (a look-alike letter is not the office's address).
bool is_web_address(std::string_view text) {
    for (std::string_view scheme : {"https://", "http://"})
        if (text.starts_with(scheme)) {
            text.remove_prefix(scheme.size());
            break;
        }
    auto host = text.substr(0, text.find('/'));
    if (host.empty() || host.find('.') == std::string_view::npos || host.front() == '.' || host.back() == '.')
        return false;
    for (char c : host)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-')) return false;
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80 || c == ' ' || c == '\\' || c == '@' || c == '"' ||
            c == '<' || c == '>')
            return false;
    return true;
}

} // namespace

Result<OfficeContact> check_office_contact(const OfficeContact& contact) {
    OfficeContact checked;
    checked.postal_address = TRY(optional_line("postalAddress", contact.postal_address, 200, "Postadressen"));
    checked.phone = TRY(optional_line("phone", contact.phone, 30, "Telefonnummeret"));
    if (!checked.phone.empty()) {
        std::string digits;
        bool plus = checked.phone.front() == '+';
        bool ok = true;
        for (size_t i = plus ? 1 : 0; i < checked.phone.size(); ++i) {
            char c = checked.phone[i];
            if (c >= '0' && c <= '9')
                digits += c;
            else if (c != ' ')
                ok = false;
        }
        if (!ok || (plus ? digits.size() < 8 || digits.size() > 15 : digits.size() != 8))
            return invalid("phone", "Telefonnummeret må ha åtte sifre, for eksempel 55 55 33 33 (med "
                                    "landskode: +47 55 55 33 33).");
    }
    auto email = trimmed(contact.email);
    if (!email.empty()) {
        auto normalized = normalize_email("email", email);
        if (!normalized)
            return invalid("email", "E-postadressen er ikke gyldig. Skriv den slik: navn@nav.no.");
        checked.email = *normalized;
    }
    checked.website = TRY(optional_line("website", contact.website, 200, "Nettadressen"));
    if (!checked.website.empty() && !is_web_address(checked.website))
        return invalid("website", "Nettadressen er ikke gyldig. Skriv den slik: nav.no/bodo.");
    checked.appeal_authority =
        TRY(optional_line("appealAuthority", contact.appeal_authority, 120, "Klageinstansen"));
    return checked;
}

} // namespace husly
