-- name: role grants carry an administrator's password reset awaiting approval

-- Finding F1 of the second security review (docs/security.md): an administrator's new password
-- for another user is a grant awaiting approval like a role: its kind, the new password's hash
-- while the reset waits, and no role for a reset. SQLite cannot drop a NOT NULL, so the table is
-- rebuilt (nothing refers to it; its ids and the AUTOINCREMENT counter are kept).
CREATE TABLE role_grants_v14 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL DEFAULT 'role',
    role TEXT,
    office_id INTEGER REFERENCES offices(id),
    password_hash TEXT,
    status TEXT NOT NULL,
    requested_by INTEGER NOT NULL REFERENCES users(id),
    requested_at TEXT NOT NULL,
    decided_by INTEGER REFERENCES users(id),
    decided_at TEXT,
    CHECK (kind IN ('role', 'password_reset') AND (kind = 'password_reset' OR role IS NOT NULL))
);
INSERT INTO role_grants_v14 (id, user_id, kind, role, office_id, status, requested_by, requested_at,
                             decided_by, decided_at)
    SELECT id, user_id, 'role', role, office_id, status, requested_by, requested_at, decided_by,
           decided_at
    FROM role_grants;
DROP TABLE role_grants;
ALTER TABLE role_grants_v14 RENAME TO role_grants;
CREATE INDEX role_grants_status ON role_grants(status, id);
CREATE INDEX role_grants_user ON role_grants(user_id, status);
