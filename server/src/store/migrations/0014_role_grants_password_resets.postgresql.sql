-- name: role grants carry an administrator's password reset awaiting approval

-- Finding F1 of the second security review (docs/security.md): an administrator's new password
-- for another user is a grant awaiting approval like a role: its kind, the new password's hash
-- while the reset waits, and no role for a reset.
ALTER TABLE role_grants ADD COLUMN kind TEXT NOT NULL DEFAULT 'role';
ALTER TABLE role_grants ADD COLUMN password_hash TEXT;
ALTER TABLE role_grants ALTER COLUMN role DROP NOT NULL;
ALTER TABLE role_grants ADD CONSTRAINT role_grants_kind
    CHECK (kind IN ('role', 'password_reset') AND (kind = 'password_reset' OR role IS NOT NULL));
