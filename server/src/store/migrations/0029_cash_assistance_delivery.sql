-- name: how and when a § 18 decision on money for a night was given, and its appeal deadline (docs/domain.md#rule-cash-is-section-18-support)

-- As for the § 27 vedtak: recorded after it is decided; the deadline runs from the day it reached
-- the person. Decisions made before this have none on record: their deadline has not begun to run.
ALTER TABLE cash_assistance_decisions ADD COLUMN delivery_method TEXT CHECK (delivery_method IN ('personlig', 'digitalt', 'post'));
ALTER TABLE cash_assistance_decisions ADD COLUMN delivered_on TEXT;
ALTER TABLE cash_assistance_decisions ADD COLUMN informed_on TEXT;
ALTER TABLE cash_assistance_decisions ADD COLUMN appeal_deadline TEXT;
