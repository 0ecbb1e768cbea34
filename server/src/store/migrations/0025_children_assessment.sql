-- name: children in a placement: the best-interests and barnevern assessment, and children left out of a booking (docs/domain.md#rule-childs-best-interests)

-- Placing a household with children raises one assessment per request (Grunnloven § 104: the child's
-- best interests; sosialtjenesteloven § 45: whether barneverntjenesten must be told). It is open
-- (assessed_at NULL) until a caseworker records it, and the office's leder sees the open ones on the
-- front page. barnevern: 'meldt' (barneverntjenesten was told, on barnevern_on) or 'ikke_nodvendig'
-- (concluded on barnevern_on that it need not be told), each with its reason. Placements made before
-- this migration raised none: the rule applies from now on.
CREATE TABLE child_assessments (
    id {{id}},
    office_id {{bigint}} NOT NULL REFERENCES offices(id),
    request_id {{bigint}} NOT NULL UNIQUE REFERENCES requests(id),
    person_id {{bigint}} NOT NULL REFERENCES persons(id),
    placement_id {{bigint}} REFERENCES placements(id), -- none when the family moved in without a booking
    raised_at TEXT NOT NULL,
    assessed_at TEXT,
    assessed_by {{bigint}} REFERENCES users(id),
    best_interests TEXT NOT NULL DEFAULT '',
    barnevern TEXT CHECK (barnevern IN ('meldt', 'ikke_nodvendig')),
    barnevern_on TEXT,
    barnevern_reason TEXT NOT NULL DEFAULT ''
);

CREATE INDEX child_assessments_open ON child_assessments(office_id, assessed_at);

-- A child of the household a booking leaves out (a row of placement_absent_members, migration 0019)
-- needs the reason and where the child lives meanwhile. Placements made before this have none.
CREATE TABLE placement_absent_children (
    placement_id {{bigint}} NOT NULL REFERENCES placements(id),
    member_index INTEGER NOT NULL,
    reason TEXT NOT NULL,
    lives_at TEXT NOT NULL,
    PRIMARY KEY (placement_id, member_index)
);
