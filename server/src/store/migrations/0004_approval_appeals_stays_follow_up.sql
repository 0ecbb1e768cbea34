-- name: approval, appeals, stays and their follow-up, waiting list, storage

ALTER TABLE offices ADD COLUMN decisions_need_approval INTEGER NOT NULL DEFAULT 0;
ALTER TABLE decisions ADD COLUMN submitted_at TEXT;
ALTER TABLE decisions ADD COLUMN submitted_by {{bigint}} REFERENCES users(id);
ALTER TABLE decisions ADD COLUMN return_note TEXT NOT NULL DEFAULT '';

CREATE TABLE appeals (
    id {{id}},
    decision_id {{bigint}} NOT NULL REFERENCES decisions(id),
    received_on TEXT NOT NULL,
    summary TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    registered_by {{bigint}} NOT NULL REFERENCES users(id),
    forwarded_on TEXT,
    result TEXT,
    result_on TEXT,
    result_note TEXT NOT NULL DEFAULT '',
    result_by {{bigint}} REFERENCES users(id)
);

CREATE INDEX appeals_decision ON appeals(decision_id);

CREATE TABLE stays (
    id {{id}},
    office_id {{bigint}} NOT NULL REFERENCES offices(id),
    person_id {{bigint}} NOT NULL REFERENCES persons(id),
    request_id {{bigint}} NOT NULL UNIQUE REFERENCES requests(id),
    decision_id {{bigint}} NOT NULL REFERENCES decisions(id),
    started_on TEXT NOT NULL,
    period_to TEXT,
    ended_on TEXT,
    exit_outcome TEXT,
    exit_transit_kind TEXT NOT NULL DEFAULT '',
    exit_transit_until TEXT,
    exit_note TEXT NOT NULL DEFAULT '',
    family_with_children INTEGER NOT NULL,
    under_25 INTEGER NOT NULL,
    previous_stay_id {{bigint}} REFERENCES stays(id),
    created_at TEXT NOT NULL,
    created_by {{bigint}} NOT NULL REFERENCES users(id)
);

CREATE INDEX stays_office ON stays(office_id, ended_on, started_on);
CREATE INDEX stays_person ON stays(person_id, started_on);

CREATE TABLE stay_agreements (
    stay_id {{bigint}} PRIMARY KEY REFERENCES stays(id),
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    resident_commitments TEXT NOT NULL,
    office_commitments TEXT NOT NULL,
    signed_on TEXT,
    updated_at TEXT NOT NULL,
    updated_by {{bigint}} NOT NULL REFERENCES users(id)
);

CREATE TABLE action_plan_items (
    id {{id}},
    stay_id {{bigint}} NOT NULL REFERENCES stays(id),
    position INTEGER NOT NULL,
    goal TEXT NOT NULL,
    action TEXT NOT NULL,
    responsible TEXT NOT NULL,
    due_on TEXT,
    other TEXT NOT NULL,
    status TEXT NOT NULL
);

CREATE INDEX action_plan_items_stay ON action_plan_items(stay_id, position);

CREATE TABLE journal_notes (
    id {{id}},
    stay_id {{bigint}} NOT NULL REFERENCES stays(id),
    written_at TEXT NOT NULL,
    written_by {{bigint}} NOT NULL REFERENCES users(id),
    text TEXT NOT NULL,
    corrects_note_id {{bigint}} REFERENCES journal_notes(id)
);

CREATE INDEX journal_notes_stay ON journal_notes(stay_id, id);

CREATE TABLE appointments (
    id {{id}},
    stay_id {{bigint}} NOT NULL REFERENCES stays(id),
    position INTEGER NOT NULL,
    starts_at TEXT NOT NULL,
    purpose TEXT NOT NULL,
    place TEXT NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL
);

CREATE INDEX appointments_stay ON appointments(stay_id, position);

CREATE TABLE house_rule_breaches (
    id {{id}},
    stay_id {{bigint}} NOT NULL REFERENCES stays(id),
    occurred_on TEXT NOT NULL,
    description TEXT NOT NULL,
    resident_account TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    registered_by {{bigint}} NOT NULL REFERENCES users(id)
);

CREATE INDEX house_rule_breaches_stay ON house_rule_breaches(stay_id, id);

CREATE TABLE after_care (
    stay_id {{bigint}} PRIMARY KEY REFERENCES stays(id),
    agreed_on TEXT NOT NULL,
    until_on TEXT NOT NULL,
    forms TEXT NOT NULL,
    note TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by {{bigint}} NOT NULL REFERENCES users(id)
);

CREATE TABLE after_care_contacts (
    id {{id}},
    stay_id {{bigint}} NOT NULL REFERENCES stays(id),
    position INTEGER NOT NULL,
    planned_on TEXT NOT NULL,
    form TEXT NOT NULL,
    done_on TEXT,
    note TEXT NOT NULL
);

CREATE INDEX after_care_contacts_stay ON after_care_contacts(stay_id, position);

CREATE TABLE stay_terminations (
    id {{id}},
    stay_id {{bigint}} NOT NULL UNIQUE REFERENCES stays(id),
    effective_on TEXT NOT NULL,
    breach_ids TEXT NOT NULL,
    facts TEXT NOT NULL,
    resident_account TEXT NOT NULL,
    considerations TEXT NOT NULL,
    informed_on TEXT NOT NULL,
    appeal_deadline TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    decided_by {{bigint}} NOT NULL REFERENCES users(id),
    letter_pdf TEXT NOT NULL
);

CREATE TABLE waiting_list (
    id {{id}},
    office_id {{bigint}} NOT NULL REFERENCES offices(id),
    person_id {{bigint}} NOT NULL REFERENCES persons(id),
    request_id {{bigint}} REFERENCES requests(id),
    added_on TEXT NOT NULL,
    position INTEGER NOT NULL,
    note TEXT NOT NULL,
    offered_on TEXT,
    removed_on TEXT,
    removal_outcome TEXT,
    created_at TEXT NOT NULL,
    created_by {{bigint}} NOT NULL REFERENCES users(id)
);

CREATE INDEX waiting_list_office ON waiting_list(office_id, removed_on, position);

CREATE TABLE storage (
    id {{id}},
    office_id {{bigint}} NOT NULL REFERENCES offices(id),
    person_id {{bigint}} NOT NULL REFERENCES persons(id),
    request_id {{bigint}} REFERENCES requests(id),
    location TEXT NOT NULL,
    stored_from TEXT NOT NULL,
    stored_to TEXT,
    monthly_cost INTEGER NOT NULL,
    note TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by {{bigint}} NOT NULL REFERENCES users(id)
);

CREATE INDEX storage_person ON storage(person_id);

-- Then in C++ (store/migrations.cpp, after_sql): journal_notes made append-only (make_append_only).
