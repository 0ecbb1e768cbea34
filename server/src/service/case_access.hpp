#pragma once
// Who may work with cases (persons, requests): a veileder or leder in the active office.
// Every use case on person data starts here.

#include "common/error.hpp"
#include "domain/account.hpp"

namespace husly {

// The active office of an actor allowed to work with cases, or 403.
inline Result<int64_t> case_office(const Actor& actor) {
    if (!actor.active_office_id || !actor.has_any_role_here({Role::veileder, Role::leder}))
        return forbidden("Du må være veileder eller leder ved et kontor for å arbeide med saker.");
    return *actor.active_office_id;
}

// The active office of its leder, or 403: the office's figures, economics and budget are theirs.
inline Result<int64_t> leader_office(const Actor& actor) {
    if (!actor.active_office_id || !actor.has_any_role_here({Role::leder}))
        return forbidden("Bare leder ved kontoret ser kontorets tall, økonomi og budsjett.");
    return *actor.active_office_id;
}

} // namespace husly
