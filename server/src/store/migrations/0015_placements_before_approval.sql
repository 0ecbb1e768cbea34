-- name: placements booked before the vedtak was approved (acute requests, docs/domain.md#rule-urgent-placement)

ALTER TABLE placements ADD COLUMN before_approval INTEGER NOT NULL DEFAULT 0;
