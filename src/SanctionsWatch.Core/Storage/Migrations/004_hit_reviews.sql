-- The review trail of each hit: one row per decision (confirm, dismiss, reopen), never changed or deleted.
-- A person's review has reviewer = their name and snapshot_id NULL; a dismissed hit reopened automatically by a sync
-- (its list entry changed materially) has reviewer = 'sync', the snapshot, and a note naming the changed fields.
CREATE TABLE hit_reviews (
    id             INTEGER PRIMARY KEY,
    hit_id         INTEGER NOT NULL REFERENCES hits (id),
    action         TEXT    NOT NULL CHECK (action IN ('confirm', 'dismiss', 'reopen')),
    status_before  TEXT    NOT NULL CHECK (status_before IN ('new', 'confirmed', 'dismissed')),
    status_after   TEXT    NOT NULL CHECK (status_after IN ('new', 'confirmed', 'dismissed')),
    note           TEXT    NOT NULL CHECK (length(trim(note)) > 0),
    reviewer       TEXT    NOT NULL CHECK (length(trim(reviewer)) > 0),
    at             TEXT    NOT NULL,          -- ISO 8601 UTC
    snapshot_id    INTEGER REFERENCES snapshots (id),  -- the snapshot whose sync reopened the hit; NULL for a person
    CHECK (status_before <> status_after)
);
CREATE INDEX hit_reviews_by_hit ON hit_reviews (hit_id, id);

-- Append-only: an audit trail that could be edited would prove nothing.
CREATE TRIGGER hit_reviews_no_update BEFORE UPDATE ON hit_reviews
BEGIN
    SELECT RAISE(ABORT, 'hit_reviews is append-only: a review cannot be changed');
END;

CREATE TRIGGER hit_reviews_no_delete BEFORE DELETE ON hit_reviews
BEGIN
    SELECT RAISE(ABORT, 'hit_reviews is append-only: a review cannot be deleted');
END;
