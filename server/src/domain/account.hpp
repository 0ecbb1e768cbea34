#pragma once
// Offices, users and their role memberships: the account model of docs/domain.md#roles.

#include "common/error.hpp"
#include "domain/role.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace husly {

// Where a person turns to the office (printed on every letter, fvl. § 27 third paragraph); each
// part may be empty, and a letter then leaves its line out.
struct OfficeContact {
    std::string postal_address;   // "Postboks 123, 8001 Bodø"
    std::string phone;            // "55 55 33 33"
    std::string email;            // "nav.bodo@nav.no"
    std::string website;          // "nav.no/bodo"
    std::string appeal_authority; // "Statsforvalteren i Nordland": who decides an appeal
    bool operator==(const OfficeContact&) const = default;
};

struct Office {
    int64_t id{0};
    std::string name;                              // "Nav Bodø"
    std::string unit_number;                       // 4-digit enhetsnummer
    std::vector<std::string> municipality_numbers; // the kommunenummer it serves
    bool decisions_need_approval{false};           // a leder approves a veileder's vedtak
    OfficeContact contact;
};

// The contact details as an administrator typed them, trimmed and checked: a postal address and
// the Statsforvalter's name as single lines, a phone number of 8 digits (or + and 8–15 digits,
// spaces allowed), an e-mail address, a web address without spaces. The first problem (422 with
// its field: postalAddress, phone, email, website, appealAuthority).
Result<OfficeContact> check_office_contact(const OfficeContact& contact);

struct Membership {
    Role role{Role::veileder};
    std::optional<int64_t> office_id; // empty for national roles
};

struct User {
    int64_t id{0};
    std::string email;
    std::string display_name;
    bool active{true};
    int failed_logins{0};
    std::optional<std::string> locked_until;
    std::vector<Membership> memberships;
    bool must_change_password{false}; // an administrator set the password: the user changes it first
    // Roles asked for and awaiting approval (grant id and the membership it would give).
    std::vector<std::pair<int64_t, Membership>> pending_roles;
    // A new password an administrator asked for, awaiting approval (the grant).
    struct PendingReset {
        int64_t grant_id{0};
        std::string requested_at;
    };
    std::optional<PendingReset> pending_password_reset;
};

// What the server knows about the caller of a request, resolved from the session.
struct Actor {
    int64_t user_id{0};
    std::string display_name;
    std::vector<Membership> memberships;
    std::optional<int64_t> active_office_id;
    std::string address;

    bool has_role(Role role) const;
    bool has_role_in_office(Role role, int64_t office_id) const;
    // True when the actor holds any of `roles`, nationally or in the active office.
    bool has_any_role_here(std::initializer_list<Role> roles) const;
    // Offices the actor belongs to through an office-bound role.
    std::vector<int64_t> office_ids() const;
    bool belongs_to_office(int64_t office_id) const;
};

// Dual control of access (finding 7 of the 2026-12 security review): a role that opens person
// data (veileder, leder), a provider's bookings (tilbyder) or the administration itself
// (administrator, who asks for and approves such grants) is not given by one administrator alone.
// It is stored as a grant awaiting a second person's approval and takes effect only then.
bool grant_needs_approval(Role role);

enum class GrantStatus { pending, approved, refused, withdrawn };
std::string_view to_string(GrantStatus status);
std::optional<GrantStatus> parse_grant_status(std::string_view text);

// What a grant gives: a role, or (finding F1 of the second review: one administrator could set
// anyone's password and log in as them) a new password an administrator chose for another user.
enum class GrantKind { role, password_reset };
std::string_view to_string(GrantKind kind);
std::optional<GrantKind> parse_grant_kind(std::string_view text);

struct RoleGrant {
    int64_t id{0};
    int64_t user_id{0};
    GrantKind kind{GrantKind::role};
    Membership membership; // the role given (kind role only)
    GrantStatus status{GrantStatus::pending};
    int64_t requested_by{0};
    std::string requested_at;
    std::optional<int64_t> decided_by;
    std::optional<std::string> decided_at;
};

// Who sees a pending grant in their list: administrators all; a leder a veileder or leder role at
// their offices, and a new password for a user at their offices who is no administrator.
// Administrator and tilbyder roles, and new passwords for administrators, are for administrators
// alone. `grantee_roles` are the roles the user it is for holds now.
bool may_see_grant(const Actor& actor, const RoleGrant& grant, const std::vector<Membership>& grantee_roles);
// Who may approve or refuse a grant: never the one who asked for it, never the one it is for;
// otherwise whoever sees it.
bool may_decide_grant(const Actor& actor, const RoleGrant& grant,
                      const std::vector<Membership>& grantee_roles);

} // namespace husly
