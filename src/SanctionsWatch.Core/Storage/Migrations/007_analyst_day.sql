-- The analyst's day (issue 18). Numbered 007: 006 is related parties (issue 15), which rebuilds hits and alerts.

-- The watchlists this store was screened against, one row per distinct content as matching reads it (fingerprint:
-- each entity's id, kind, names and identifiers; notes and comments left out). The store's watchlist is the row of the
-- highest screening number: the last screening (sync, replay, run, watchlist apply) was against it.
CREATE TABLE watchlists (
    fingerprint        TEXT    PRIMARY KEY,
    path               TEXT    NOT NULL,          -- the file last screened with this content
    content_hash       TEXT    NOT NULL,          -- sha256 of that file's bytes
    entity_count       INTEGER NOT NULL,
    entities           TEXT    NOT NULL,          -- JSON object: entity id → the entity's own fingerprint
    first_screened_at  TEXT    NOT NULL,
    last_screened_at   TEXT    NOT NULL,
    screening          INTEGER NOT NULL           -- increases with every screening of the store
) WITHOUT ROWID;

-- Per source: the watchlist (by fingerprint) its current entries were last screened against in full, and when (beside
-- source_state, which keeps the file's hash and the matcher's version).
CREATE TABLE source_screenings (
    source                 TEXT PRIMARY KEY,
    watchlist_fingerprint  TEXT NOT NULL REFERENCES watchlists (fingerprint),
    screened_at            TEXT NOT NULL
) WITHOUT ROWID;

-- A changed alert names the change that raised it (changes show ID; its fields and diff go out with the alert).
ALTER TABLE alerts ADD COLUMN change_id INTEGER REFERENCES changes (id);

-- Each change of a hit's score: when, by which list change, from what to what (hits show explains a fall).
CREATE TABLE hit_score_changes (
    id            INTEGER PRIMARY KEY,
    hit_id        INTEGER NOT NULL REFERENCES hits (id),
    snapshot_id   INTEGER NOT NULL REFERENCES snapshots (id),
    change_id     INTEGER REFERENCES changes (id),
    score_before  REAL    NOT NULL,
    score_after   REAL    NOT NULL,
    at            TEXT    NOT NULL
);
CREATE INDEX hit_score_changes_by_hit ON hit_score_changes (hit_id, id);

-- The snapshot a review was made on: the hit's last snapshot when the reviewer decided (export reviews names it).
-- Reviews before this column have none (the trail is append-only: it cannot be filled in afterwards).
ALTER TABLE hit_reviews ADD COLUMN hit_snapshot_id INTEGER REFERENCES snapshots (id);

-- Scheduled digests (Alerts:Digest): one row per period, delivered per channel like alerts (at least once, with
-- retries), the body built when the row is made so every channel and every retry sends the same digest.
CREATE TABLE digests (
    id          INTEGER PRIMARY KEY,
    since       TEXT    NOT NULL,                 -- the period, [since, until), ISO 8601 UTC
    until       TEXT    NOT NULL,
    body        TEXT    NOT NULL,                 -- the digest as JSON (the digest command's JSON)
    created_at  TEXT    NOT NULL,
    UNIQUE (until)
);

CREATE TABLE digest_deliveries (
    digest_id        INTEGER NOT NULL REFERENCES digests (id),
    channel          TEXT    NOT NULL,
    status           TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    next_attempt_at  TEXT    NOT NULL,
    delivered_at     TEXT,
    PRIMARY KEY (digest_id, channel)
) WITHOUT ROWID;
