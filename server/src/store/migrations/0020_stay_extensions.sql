-- name: a new vedtak that lengthens a stay the household still lives in (docs/domain.md#rule-an-extension-continues-the-stay)

-- The stay keeps its check-in day, so the 3-month watch and the figures count from it; each
-- extension keeps the vedtak it rests on and the period it replaced. A request's vedtak extends at
-- most one stay, and one vedtak is used once.
CREATE TABLE stay_extensions (
    id {{id}},
    stay_id {{bigint}} NOT NULL REFERENCES stays(id),
    request_id {{bigint}} NOT NULL UNIQUE REFERENCES requests(id),
    decision_id {{bigint}} NOT NULL UNIQUE REFERENCES decisions(id),
    previous_period_to TEXT,
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by {{bigint}} NOT NULL REFERENCES users(id)
);

CREATE INDEX stay_extensions_stay ON stay_extensions(stay_id);
