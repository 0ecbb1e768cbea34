-- name: keyed audit chain, role grants awaiting approval, password change after an administrator's reset

ALTER TABLE audit_head ADD COLUMN chain_id TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_head ADD COLUMN keyed_from {{bigint}} NOT NULL DEFAULT 1;
ALTER TABLE audit_head ADD COLUMN anchor_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_head ADD COLUMN anchor_mac TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;

CREATE TABLE role_grants (
    id {{id}},
    user_id {{bigint}} NOT NULL REFERENCES users(id),
    role TEXT NOT NULL,
    office_id {{bigint}} REFERENCES offices(id),
    status TEXT NOT NULL,
    requested_by {{bigint}} NOT NULL REFERENCES users(id),
    requested_at TEXT NOT NULL,
    decided_by {{bigint}} REFERENCES users(id),
    decided_at TEXT
);

CREATE INDEX role_grants_status ON role_grants(status, id);
CREATE INDEX role_grants_user ON role_grants(user_id, status);

-- Then in C++ (store/migrations.cpp, after_sql): the chain written so far anchored under the audit
-- key (anchor_audit_chain).
