-- name: corrections of a registered request, each with what it was before and who changed it

CREATE TABLE request_revisions (
    id {{id}},
    request_id {{bigint}} NOT NULL REFERENCES requests(id),
    revised_at TEXT NOT NULL,
    revised_by {{bigint}} NOT NULL REFERENCES users(id),
    changed TEXT NOT NULL,
    previous TEXT NOT NULL
);

CREATE INDEX request_revisions_request ON request_revisions(request_id);
