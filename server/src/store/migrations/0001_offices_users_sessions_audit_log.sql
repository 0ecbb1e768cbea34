-- name: offices, users, sessions, audit log

CREATE TABLE municipalities (
    number TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    county_number TEXT NOT NULL,
    county TEXT NOT NULL
);

CREATE TABLE offices (
    id {{id}},
    name TEXT NOT NULL,
    unit_number TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE office_municipalities (
    office_id {{bigint}} NOT NULL REFERENCES offices(id),
    municipality_number TEXT NOT NULL REFERENCES municipalities(number),
    PRIMARY KEY (office_id, municipality_number)
);

CREATE TABLE users (
    id {{id}},
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE user_roles (
    id {{id}},
    user_id {{bigint}} NOT NULL REFERENCES users(id),
    role TEXT NOT NULL,
    office_id {{bigint}} REFERENCES offices(id)
);

CREATE INDEX user_roles_user ON user_roles(user_id);
CREATE INDEX user_roles_office ON user_roles(office_id);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id {{bigint}} NOT NULL REFERENCES users(id),
    csrf_token TEXT NOT NULL,
    active_office_id {{bigint}} REFERENCES offices(id),
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE audit_log (
    id {{bigint}} PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    actor_user_id {{bigint}},
    office_id {{bigint}},
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    person_id {{bigint}},
    address TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

CREATE INDEX audit_log_actor ON audit_log(actor_user_id, id);
CREATE INDEX audit_log_person ON audit_log(person_id, id);
CREATE INDEX audit_log_time ON audit_log(occurred_at);

CREATE TABLE audit_head (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    last_id {{bigint}} NOT NULL,
    last_hash TEXT NOT NULL
);

INSERT INTO audit_head (singleton, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Then in C++ (store/migrations.cpp, after_sql): the municipalities loaded from the embedded list,
-- and audit_log made append-only (make_append_only).
