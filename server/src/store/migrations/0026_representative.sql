-- name: the representative (fullmektig, fvl § 12) who gets a copy of letters; what a partial grant refuses

-- At most one recorded at a time per person; recorded with who and when. Removing the representative
-- deletes the row (the audit log keeps that it was there). docs/domain.md#rule-representative.
CREATE TABLE representatives (
    person_id {{bigint}} PRIMARY KEY REFERENCES persons(id),
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by {{bigint}} NOT NULL REFERENCES users(id)
);

-- A partial grant says what was applied for and what is refused (fvl. § 25; docs/domain.md
-- #rule-partial-grant-says-what-is-refused). Empty for every other outcome.
ALTER TABLE decisions ADD COLUMN applied_for TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN refused_part TEXT NOT NULL DEFAULT '';
