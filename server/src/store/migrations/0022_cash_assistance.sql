-- name: money for a night as a § 18 decision of its own (docs/domain.md#rule-cash-is-section-18-support)

-- Kept apart from the § 27 vedtak (decisions): money handed over so that the person can pay for a
-- night does not answer the request for a place, and the figures count it on its own. A request may
-- have several (one per decision); a refusal has no amount and no nights.
CREATE TABLE cash_assistance_decisions (
    id {{id}},
    request_id {{bigint}} NOT NULL REFERENCES requests(id),
    office_id {{bigint}} NOT NULL REFERENCES offices(id),
    person_id {{bigint}} NOT NULL REFERENCES persons(id),
    granted INTEGER NOT NULL CHECK (granted IN (0, 1)),
    amount_kroner {{bigint}} NOT NULL DEFAULT 0,
    nights INTEGER NOT NULL DEFAULT 0,
    decided_on TEXT NOT NULL,
    reasons TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    decided_by {{bigint}} NOT NULL REFERENCES users(id)
);

CREATE INDEX cash_assistance_request ON cash_assistance_decisions(request_id);
CREATE INDEX cash_assistance_office ON cash_assistance_decisions(office_id, decided_on);
