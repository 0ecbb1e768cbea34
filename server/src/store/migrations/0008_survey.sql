-- name: the survey: rounds and each office's response

CREATE TABLE survey_rounds (
    id {{id}},
    survey_id TEXT NOT NULL,
    title TEXT NOT NULL,
    year INTEGER NOT NULL,
    deadline TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    opened_by {{bigint}} NOT NULL REFERENCES users(id)
);

CREATE TABLE survey_responses (
    id {{id}},
    round_id {{bigint}} NOT NULL REFERENCES survey_rounds(id),
    office_id {{bigint}} NOT NULL REFERENCES offices(id),
    status TEXT NOT NULL,
    answers TEXT NOT NULL,
    prefill TEXT NOT NULL,
    period_until TEXT,
    updated_at TEXT,
    updated_by {{bigint}} REFERENCES users(id),
    submitted_at TEXT,
    submitted_by {{bigint}} REFERENCES users(id),
    reminded_at TEXT,
    reminders INTEGER NOT NULL,
    UNIQUE (round_id, office_id)
);

CREATE INDEX survey_responses_office ON survey_responses(office_id, round_id);
