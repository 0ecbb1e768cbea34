-- name: persons and requests

CREATE TABLE persons (
    id {{id}},
    identity_number TEXT UNIQUE,
    husly_reference TEXT UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    birth_date TEXT,
    phone TEXT NOT NULL DEFAULT '',
    registered_office_id {{bigint}} NOT NULL REFERENCES offices(id),
    created_at TEXT NOT NULL
);

CREATE TABLE person_offices (
    person_id {{bigint}} NOT NULL REFERENCES persons(id),
    office_id {{bigint}} NOT NULL REFERENCES offices(id),
    linked_at TEXT NOT NULL,
    PRIMARY KEY (office_id, person_id)
);

CREATE INDEX person_offices_person ON person_offices(person_id);

CREATE TABLE requests (
    id {{id}},
    office_id {{bigint}} NOT NULL REFERENCES offices(id),
    person_id {{bigint}} NOT NULL REFERENCES persons(id),
    channel TEXT NOT NULL,
    received_at TEXT NOT NULL,
    acute INTEGER NOT NULL,
    reason_text TEXT NOT NULL DEFAULT '',
    network TEXT NOT NULL,
    network_note TEXT NOT NULL DEFAULT '',
    housing_situation TEXT,
    family_with_children INTEGER NOT NULL,
    under_25 INTEGER NOT NULL,
    outcome TEXT,
    outcome_at TEXT,
    outcome_by {{bigint}} REFERENCES users(id),
    outcome_note TEXT NOT NULL DEFAULT '',
    created_by {{bigint}} NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
);

CREATE INDEX requests_office_open ON requests(office_id, outcome, acute, received_at);
CREATE INDEX requests_office_received ON requests(office_id, received_at);
CREATE INDEX requests_person ON requests(person_id);

CREATE TABLE request_codes (
    request_id {{bigint}} NOT NULL REFERENCES requests(id),
    list TEXT NOT NULL,
    code TEXT NOT NULL,
    PRIMARY KEY (request_id, list, code)
);

CREATE TABLE request_members (
    id {{id}},
    request_id {{bigint}} NOT NULL REFERENCES requests(id),
    role TEXT NOT NULL,
    first_name TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    person_id {{bigint}} REFERENCES persons(id)
);

CREATE INDEX request_members_request ON request_members(request_id);

-- Special-category data (GDPR art. 9) apart from the request.
CREATE TABLE request_sensitive (
    request_id {{bigint}} PRIMARY KEY REFERENCES requests(id),
    substance_use INTEGER NOT NULL,
    mental_health INTEGER NOT NULL
);
