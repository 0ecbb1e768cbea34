-- name: the office's contact details and its Statsforvalter, printed on every letter

-- Forvaltningsloven § 27 third paragraph: a letter says where the person turns (to appeal, to see
-- the documents, with a question). Empty until the administrator fills them in; a letter leaves
-- an empty one out.
ALTER TABLE offices ADD COLUMN postal_address TEXT NOT NULL DEFAULT '';
ALTER TABLE offices ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE offices ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE offices ADD COLUMN website TEXT NOT NULL DEFAULT '';
ALTER TABLE offices ADD COLUMN appeal_authority TEXT NOT NULL DEFAULT '';
