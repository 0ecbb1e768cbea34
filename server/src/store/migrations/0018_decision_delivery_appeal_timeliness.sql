-- name: how a vedtak was given and when it reached the person; when an appeal was sent; the § 31 assessment of a late one

-- Forvaltningsloven § 29: the appeal deadline runs from the day the vedtak reached the person, which
-- follows from how it was given (handed over, digitally, by post) and the day (never before it was
-- decided). Recorded after deciding; informed_on becomes the day it reached the person, computed.
ALTER TABLE decisions ADD COLUMN delivery_method TEXT CHECK (delivery_method IN ('personlig', 'digitalt', 'post'));
ALTER TABLE decisions ADD COLUMN delivered_on TEXT;

-- A vedtak decided before this: taken as handed over on the day the caseworker recorded as informed,
-- so its deadline stays what the letter said.
UPDATE decisions SET delivery_method = 'personlig', delivered_on = informed_on
    WHERE status = 'decided' AND informed_on IS NOT NULL;
-- A draft's typed date is no longer how the deadline is found: nobody has been given a draft.
UPDATE decisions SET informed_on = NULL WHERE status <> 'decided';

-- Forvaltningsloven § 30: an appeal posted (or handed in) before the deadline is in time. Appeals
-- registered before this recorded only the day received: that is the day taken as sent, so none
-- becomes late that was not late before.
ALTER TABLE appeals ADD COLUMN sent_on TEXT NOT NULL DEFAULT '';
UPDATE appeals SET sent_on = received_on;

-- Forvaltningsloven § 31: a late appeal is heard anyway or dismissed (avvist), with the reason; a
-- dismissal is a vedtak with its own letter (stored once, like the vedtak's).
ALTER TABLE appeals ADD COLUMN late_assessment TEXT CHECK (late_assessment IN ('behandles', 'avvist'));
ALTER TABLE appeals ADD COLUMN late_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE appeals ADD COLUMN late_assessed_at TEXT;
ALTER TABLE appeals ADD COLUMN late_assessed_by {{bigint}} REFERENCES users(id);
ALTER TABLE appeals ADD COLUMN dismissal_letter_pdf TEXT;
