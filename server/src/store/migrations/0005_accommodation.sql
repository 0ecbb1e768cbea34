-- name: accommodation: providers, units, prices, inspections, placements, turnaways, deviations, costs

CREATE TABLE providers (
    id {{id}},
    office_id {{bigint}} NOT NULL REFERENCES offices(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    offer_type TEXT NOT NULL,
    organization_number TEXT NOT NULL,
    address TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    note TEXT NOT NULL,
    active INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by {{bigint}} NOT NULL REFERENCES users(id)
);

CREATE INDEX providers_office ON providers(office_id);

CREATE TABLE provider_municipalities (
    provider_id {{bigint}} NOT NULL REFERENCES providers(id),
    municipality_number TEXT NOT NULL REFERENCES municipalities(number),
    PRIMARY KEY (municipality_number, provider_id)
);

CREATE TABLE provider_contacts (
    id {{id}},
    provider_id {{bigint}} NOT NULL REFERENCES providers(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL
);

CREATE INDEX provider_contacts_provider ON provider_contacts(provider_id, position);

CREATE TABLE quality_agreements (
    id {{id}},
    provider_id {{bigint}} NOT NULL REFERENCES providers(id),
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    document_name TEXT NOT NULL,
    document TEXT,
    registered_at TEXT NOT NULL,
    registered_by {{bigint}} NOT NULL REFERENCES users(id)
);

CREATE INDEX quality_agreements_provider ON quality_agreements(provider_id, starts_on);

CREATE TABLE provider_staff (
    provider_id {{bigint}} NOT NULL REFERENCES providers(id),
    user_id {{bigint}} NOT NULL REFERENCES users(id),
    PRIMARY KEY (user_id, provider_id)
);

CREATE TABLE units (
    id {{id}},
    provider_id {{bigint}} NOT NULL REFERENCES providers(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    municipality_number TEXT NOT NULL REFERENCES municipalities(number),
    rooms INTEGER NOT NULL,
    beds INTEGER NOT NULL,
    facilities TEXT NOT NULL,
    staffing TEXT NOT NULL,
    suits TEXT NOT NULL,
    not_suits TEXT NOT NULL,
    requires_self_evacuation INTEGER NOT NULL,
    active INTEGER NOT NULL,
    note TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX units_provider ON units(provider_id);
CREATE INDEX units_municipality ON units(municipality_number, active);

CREATE TABLE unit_prices (
    unit_id {{bigint}} NOT NULL REFERENCES units(id),
    from_date TEXT NOT NULL,
    per_night INTEGER NOT NULL,
    registered_at TEXT NOT NULL,
    registered_by {{bigint}} NOT NULL REFERENCES users(id),
    PRIMARY KEY (unit_id, from_date)
);

CREATE TABLE inspections (
    id {{id}},
    unit_id {{bigint}} NOT NULL REFERENCES units(id),
    inspected_on TEXT NOT NULL,
    inspector TEXT NOT NULL,
    items TEXT NOT NULL,
    problems TEXT NOT NULL,
    problem_note TEXT NOT NULL,
    verdict TEXT NOT NULL,
    next_due_on TEXT NOT NULL,
    note TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    registered_by {{bigint}} NOT NULL REFERENCES users(id)
);

CREATE INDEX inspections_unit ON inspections(unit_id, inspected_on, id);

CREATE TABLE placements (
    id {{id}},
    office_id {{bigint}} NOT NULL REFERENCES offices(id),
    request_id {{bigint}} NOT NULL REFERENCES requests(id),
    person_id {{bigint}} NOT NULL REFERENCES persons(id),
    stay_id {{bigint}} REFERENCES stays(id),
    unit_id {{bigint}} NOT NULL REFERENCES units(id),
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    persons INTEGER NOT NULL,
    uses_room INTEGER NOT NULL,
    status TEXT NOT NULL,
    quality_status TEXT NOT NULL,
    quality_reason TEXT NOT NULL,
    moved_from_id {{bigint}} REFERENCES placements(id),
    booked_at TEXT NOT NULL,
    booked_by {{bigint}} NOT NULL REFERENCES users(id),
    status_changed_at TEXT NOT NULL,
    status_changed_by {{bigint}} NOT NULL REFERENCES users(id)
);

CREATE INDEX placements_unit ON placements(unit_id, starts_on);
CREATE INDEX placements_request ON placements(request_id);
CREATE INDEX placements_office ON placements(office_id, status);

CREATE TABLE turnaways (
    id {{id}},
    office_id {{bigint}} NOT NULL REFERENCES offices(id),
    person_id {{bigint}} NOT NULL REFERENCES persons(id),
    request_id {{bigint}} NOT NULL REFERENCES requests(id),
    occurred_on TEXT NOT NULL,
    reason TEXT NOT NULL,
    instead TEXT NOT NULL,
    note TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    registered_by {{bigint}} NOT NULL REFERENCES users(id)
);

CREATE INDEX turnaways_office ON turnaways(office_id, occurred_on);
CREATE INDEX turnaways_request ON turnaways(request_id);

-- A rule's deviation carries a source key so the rule raises it once.
CREATE TABLE deviations (
    id {{id}},
    office_id {{bigint}} NOT NULL REFERENCES offices(id),
    kind TEXT NOT NULL,
    source_key TEXT UNIQUE,
    person_id {{bigint}} REFERENCES persons(id),
    request_id {{bigint}} REFERENCES requests(id),
    stay_id {{bigint}} REFERENCES stays(id),
    placement_id {{bigint}} REFERENCES placements(id),
    unit_id {{bigint}} REFERENCES units(id),
    description TEXT NOT NULL,
    status TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    opened_by {{bigint}} NOT NULL REFERENCES users(id),
    reported_at TEXT,
    reported_by {{bigint}} REFERENCES users(id),
    closed_at TEXT,
    closed_by {{bigint}} REFERENCES users(id),
    note TEXT NOT NULL
);

CREATE INDEX deviations_office ON deviations(office_id, status, opened_on);

CREATE TABLE stay_own_payment (
    stay_id {{bigint}} PRIMARY KEY REFERENCES stays(id),
    rate_per_night INTEGER NOT NULL,
    monthly_cap INTEGER NOT NULL,
    social_assistance_income INTEGER NOT NULL,
    can_pay_per_month INTEGER,
    updated_at TEXT NOT NULL,
    updated_by {{bigint}} NOT NULL REFERENCES users(id)
);

CREATE TABLE office_budgets (
    office_id {{bigint}} NOT NULL REFERENCES offices(id),
    year INTEGER NOT NULL,
    amount {{bigint}} NOT NULL,
    alternative_price INTEGER NOT NULL,
    PRIMARY KEY (office_id, year)
);
