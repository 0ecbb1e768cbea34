-- name: figures: the municipality of a request, night shelters, indexes for the reports

ALTER TABLE requests ADD COLUMN municipality_number TEXT REFERENCES municipalities(number);
ALTER TABLE units ADD COLUMN night_shelter INTEGER NOT NULL DEFAULT 0;
CREATE INDEX stays_started ON stays(started_on);
CREATE INDEX placements_stay ON placements(stay_id);
CREATE INDEX requests_municipality ON requests(municipality_number, received_at);
CREATE INDEX requests_received ON requests(received_at);
CREATE INDEX turnaways_occurred ON turnaways(occurred_on);
CREATE INDEX deviations_opened ON deviations(opened_on);

-- Requests made before: the office's first municipality.
UPDATE requests SET municipality_number = (
    SELECT MIN(om.municipality_number) FROM office_municipalities om WHERE om.office_id = requests.office_id
);
