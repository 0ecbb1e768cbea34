-- name: stans with its advance notice, basis beyond § 27, incident reports, danger reason, new place and delivery (docs/domain.md#rule-stans-advance-notice)

-- Forvaltningsloven § 16: the day and way the person was warned before the stans, or why not.
ALTER TABLE stay_terminations ADD COLUMN notice_given_on TEXT;
ALTER TABLE stay_terminations ADD COLUMN notice_method TEXT CHECK (notice_method IN ('personlig', 'digitalt', 'post'));
ALTER TABLE stay_terminations ADD COLUMN notice_exception TEXT NOT NULL DEFAULT '';
-- The rule beyond sosialtjenesteloven § 27 that allows the place to end. A stans decided before this
-- named none: NULL.
ALTER TABLE stay_terminations ADD COLUMN basis TEXT CHECK (basis IN ('vilkar', 'husordensregler', 'omgjoring'));
ALTER TABLE stay_terminations ADD COLUMN basis_detail TEXT NOT NULL DEFAULT '';
-- A stans may rest on providers' incident reports as well as on house-rule breaches (ids, comma-separated).
ALTER TABLE stay_terminations ADD COLUMN incident_ids TEXT NOT NULL DEFAULT '';
-- Forvaltningsloven § 42: why it takes effect before the person has time to ask for postponement.
ALTER TABLE stay_terminations ADD COLUMN danger_reason TEXT NOT NULL DEFAULT '';
-- Sosialtjenesteloven § 27: the office's duty continues; where the person can live now, and when assessed.
ALTER TABLE stay_terminations ADD COLUMN new_place_assessment TEXT NOT NULL DEFAULT '';
ALTER TABLE stay_terminations ADD COLUMN new_place_assessed_on TEXT;

-- Forvaltningsloven § 29: the appeal deadline runs from when the letter reached the person, found from
-- how and when it was given, recorded after deciding (as for the § 27 vedtak, migration 0018).
-- Until then informed_on and appeal_deadline are '' (the columns are NOT NULL since 0004). A stans
-- decided before this is taken as handed over on the day recorded as informed, so its deadline stays.
ALTER TABLE stay_terminations ADD COLUMN delivery_method TEXT CHECK (delivery_method IN ('personlig', 'digitalt', 'post'));
ALTER TABLE stay_terminations ADD COLUMN delivered_on TEXT;
UPDATE stay_terminations SET delivery_method = 'personlig', delivered_on = informed_on WHERE informed_on <> '';
