-- name: covering indexes for the KOSTRA report's households and places

DROP INDEX placements_stay;
CREATE INDEX placements_stay ON placements(stay_id, status, unit_id);
CREATE INDEX request_members_household ON request_members(request_id, role, birth_date);
