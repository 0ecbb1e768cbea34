-- name: decisions

CREATE TABLE decisions (
    id {{id}},
    request_id {{bigint}} NOT NULL UNIQUE REFERENCES requests(id),
    office_id {{bigint}} NOT NULL REFERENCES offices(id),
    person_id {{bigint}} NOT NULL REFERENCES persons(id),
    status TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT '',
    period_from TEXT,
    period_to TEXT,
    long_period_reason TEXT NOT NULL DEFAULT '',
    conditions TEXT NOT NULL DEFAULT '',
    conditions_text TEXT NOT NULL DEFAULT '',
    refusal_reasons TEXT NOT NULL DEFAULT '',
    facts TEXT NOT NULL DEFAULT '',
    considerations TEXT NOT NULL DEFAULT '',
    informed_on TEXT,
    appeal_deadline TEXT,
    created_at TEXT NOT NULL,
    created_by {{bigint}} NOT NULL REFERENCES users(id),
    decided_at TEXT,
    decided_by {{bigint}} REFERENCES users(id),
    processing_hours {{bigint}},
    letter_pdf TEXT
);

CREATE INDEX decisions_office ON decisions(office_id, status);
