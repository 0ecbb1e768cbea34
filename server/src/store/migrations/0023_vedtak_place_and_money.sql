-- name: the vedtak names the place it offers, sets the own payment with its assessment, and records changes of place (docs/domain.md#rule-vedtak-names-the-offer, #rule-own-payment)

-- What a granted vedtak offers: the place named (provider, address, from when), or the office's
-- statement that it will find one by a date. Vedtak decided before this named no place: their
-- letters are what was sent, and they are left as they were.
ALTER TABLE decisions ADD COLUMN offer_kind TEXT CHECK (offer_kind IN ('navngitt', 'skaffes'));
ALTER TABLE decisions ADD COLUMN offer_provider TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN offer_address TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN offer_from TEXT;
ALTER TABLE decisions ADD COLUMN offer_find_by TEXT;

-- The own payment the vedtak sets (with the condition «egenbetaling»): per night, the cap per
-- month, what the person was assessed able to pay, whether their income is social assistance
-- (then they pay nothing) and the assessment itself.
ALTER TABLE decisions ADD COLUMN own_payment_rate {{bigint}};
ALTER TABLE decisions ADD COLUMN own_payment_monthly_cap {{bigint}};
ALTER TABLE decisions ADD COLUMN own_payment_can_pay {{bigint}};
ALTER TABLE decisions ADD COLUMN own_payment_social_assistance INTEGER NOT NULL DEFAULT 0;
ALTER TABLE decisions ADD COLUMN own_payment_assessment TEXT NOT NULL DEFAULT '';

-- A vedtak decided before this with «egenbetaling» told the person the office's rule: 300 kr a
-- night, at most 9 000 kr a month, never more than they can pay. That is what it set.
UPDATE decisions SET own_payment_rate = 300, own_payment_monthly_cap = 9000
    WHERE status = 'decided' AND conditions LIKE '%egenbetaling%';

-- Attending follow-up meetings is not a lawful condition of the § 27 right: it is taken out of
-- the vedtak not yet decided (a decided one keeps what its letter said).
UPDATE decisions
    SET conditions = REPLACE(REPLACE(REPLACE(conditions, ',oppfolging', ''), 'oppfolging,', ''), 'oppfolging', '')
    WHERE status <> 'decided' AND conditions LIKE '%oppfolging%';

-- A change of place after the vedtak: an amending vedtak naming the new place, why, and whether the
-- person agreed, with its own letter (stored once, like the vedtak's) and appeal.
CREATE TABLE decision_place_changes (
    id {{id}},
    decision_id {{bigint}} NOT NULL REFERENCES decisions(id),
    provider TEXT NOT NULL,
    address TEXT NOT NULL,
    from_date TEXT NOT NULL,
    reason TEXT NOT NULL,
    person_agrees INTEGER NOT NULL DEFAULT 0,
    decided_at TEXT NOT NULL,
    decided_by {{bigint}} NOT NULL REFERENCES users(id),
    letter_pdf TEXT NOT NULL
);

CREATE INDEX decision_place_changes_decision ON decision_place_changes(decision_id);
