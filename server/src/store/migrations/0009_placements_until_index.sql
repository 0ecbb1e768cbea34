-- name: the bookings of a unit that hold nights from a day on (place search, capacity checks)

CREATE INDEX placements_unit_until ON placements(unit_id, (COALESCE(ends_on, '9999-12-31')), starts_on);
