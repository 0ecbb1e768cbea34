-- name: a refusal because another municipality is responsible records where the request was sent on; the limited right of a person without a fixed home in Norway (docs/domain.md#rule-wrong-municipality-is-forwarded, #rule-persons-without-a-fixed-home-in-norway)

-- The municipality (kommunenummer) the request was forwarded to, and the day. Refusals decided
-- before this forwarded nothing on record: their letters are what was sent, and they are left.
ALTER TABLE decisions ADD COLUMN forwarded_to TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN forwarded_on TEXT;

-- A person who is not a Norwegian citizen and has no fixed home (bopel) in Norway: the vedtak rests
-- on the 2011 regulation's limited right, with the assessment of until when help is given.
ALTER TABLE decisions ADD COLUMN without_fixed_home INTEGER NOT NULL DEFAULT 0;
ALTER TABLE decisions ADD COLUMN limited_right_assessment TEXT NOT NULL DEFAULT '';
