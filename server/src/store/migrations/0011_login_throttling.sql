-- name: login throttling: when an account last failed, and failures for e-mail addresses without one

ALTER TABLE users ADD COLUMN last_failed_login_at TEXT;

CREATE TABLE login_failures (
    email_digest TEXT PRIMARY KEY,
    failed_logins INTEGER NOT NULL,
    locked_until TEXT,
    last_failed_at TEXT NOT NULL
);

CREATE INDEX login_failures_last ON login_failures(last_failed_at);
