-- name: incident reports by provider staff and Nav's follow-up (docs/domain.md#rule-exclusion-by-a-provider)

-- A provider reports what happened at a placement (at any time); when it has ended the stay or shut
-- the person out, Nav is alerted and follows up: the person's own account, the same-day assessment
-- of a new place, and Nav's decision (a stans vedtak, linked, or no stans with its reason).
CREATE TABLE incident_reports (
    id {{id}},
    office_id {{bigint}} NOT NULL REFERENCES offices(id),
    placement_id {{bigint}} NOT NULL REFERENCES placements(id),
    stay_id {{bigint}} REFERENCES stays(id),
    person_id {{bigint}} NOT NULL REFERENCES persons(id),
    occurred_on TEXT NOT NULL,
    facts TEXT NOT NULL,
    action_taken TEXT NOT NULL,
    ends_stay INTEGER NOT NULL CHECK (ends_stay IN (0, 1)),
    reported_at TEXT NOT NULL,
    reported_by {{bigint}} NOT NULL REFERENCES users(id),
    resident_account TEXT NOT NULL DEFAULT '',
    new_place_assessment TEXT NOT NULL DEFAULT '',
    new_place_assessed_on TEXT,
    nav_decision TEXT CHECK (nav_decision IN ('stans', 'ikke_stans')),
    nav_decision_reason TEXT NOT NULL DEFAULT '',
    termination_id {{bigint}} REFERENCES stay_terminations(id),
    followed_up_at TEXT,
    followed_up_by {{bigint}} REFERENCES users(id)
);

CREATE INDEX incident_reports_placement ON incident_reports(placement_id);
CREATE INDEX incident_reports_stay ON incident_reports(stay_id);
CREATE INDEX incident_reports_office_open ON incident_reports(office_id, nav_decision);
