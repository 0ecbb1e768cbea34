-- name: who of the request's household a placement leaves out (KOSTRA counts the household living in the place)

-- A booking places the request's whole household unless it says otherwise: a row here is a member
-- the placement left out, by the member's place in the request's household (0 the applicant, then
-- the others in the order registered, as the request's `members` are shown). No rows: everyone
-- placed, so every placement made before this migration places all its members without a data
-- step. KOSTRA's «husstander med barn» (KOSmidlbobarn) counts children living in the place, and
-- bed-nights count the persons placed (docs/figures.md).
CREATE TABLE placement_absent_members (
    placement_id {{bigint}} NOT NULL REFERENCES placements(id),
    member_index INTEGER NOT NULL,
    PRIMARY KEY (placement_id, member_index)
);
