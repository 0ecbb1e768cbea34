-- name: figures outside the office from stored snapshots, refreshed once per period

CREATE TABLE figure_snapshots (
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    computed_at TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (kind, year)
);

CREATE TABLE figure_refreshes (
    kind TEXT PRIMARY KEY,
    period_start TEXT NOT NULL,
    claimed_at TEXT NOT NULL,
    finished_at TEXT
);
