-- name: on the way to a home: individuell plan, consents, referrals, after-care offers (docs/domain.md#on-the-way-to-a-home)

-- Sosialtjenesteloven § 28: whether the person wants an individuell plan, when asked, the coordinator
-- (a name, never an identity number) and when the plan was started. One per stay.
CREATE TABLE individual_plans (
    stay_id {{bigint}} PRIMARY KEY REFERENCES stays(id),
    wish TEXT NOT NULL CHECK (wish IN ('ikke_spurt', 'onsker', 'onsker_ikke')),
    asked_on TEXT,
    coordinator TEXT NOT NULL DEFAULT '',
    started_on TEXT,
    updated_at TEXT NOT NULL,
    updated_by {{bigint}} NOT NULL REFERENCES users(id)
);

-- Sosialtjenesteloven § 44 with forvaltningsloven § 13a: the person's consent, given to the office, to
-- share information with the parties named (comma-separated codes), from given_on through valid_until
-- (open when NULL) until withdrawn.
CREATE TABLE consents (
    id {{id}},
    person_id {{bigint}} NOT NULL REFERENCES persons(id),
    office_id {{bigint}} NOT NULL REFERENCES offices(id),
    parties TEXT NOT NULL,
    given_on TEXT NOT NULL,
    valid_until TEXT,
    withdrawn_on TEXT,
    registered_at TEXT NOT NULL,
    registered_by {{bigint}} NOT NULL REFERENCES users(id)
);

CREATE INDEX consents_person ON consents(person_id, office_id);

-- Referrals to the housing office, Husbanken and a deposit guarantee, with their outcome.
CREATE TABLE referrals (
    id {{id}},
    stay_id {{bigint}} NOT NULL REFERENCES stays(id),
    kind TEXT NOT NULL CHECK (kind IN ('kommunal_bolig', 'startlan', 'bostotte', 'depositumsgaranti')),
    sent_on TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('venter', 'innvilget', 'avslatt', 'trukket')),
    outcome_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    registered_at TEXT NOT NULL,
    registered_by {{bigint}} NOT NULL REFERENCES users(id)
);

CREATE INDEX referrals_stay ON referrals(stay_id, id);

-- The follow-up offered at exit besides visits and calls (health and care services, help setting up a
-- home, moving, financial advice): comma-separated codes.
ALTER TABLE after_care ADD COLUMN offers TEXT NOT NULL DEFAULT '';
