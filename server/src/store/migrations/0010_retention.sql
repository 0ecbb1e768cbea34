-- name: retention: when a person was anonymised

ALTER TABLE persons ADD COLUMN anonymised_at TEXT;
