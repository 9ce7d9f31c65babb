-- Related parties (issue 15). A related hit is a row of hits with related = 1: a listed entry tied by links to a
-- watchlist entity (path: the links, as JSON; depth: how many; link_type: the first one's type). An entry can be both a
-- direct hit and a related hit of one entity, hence the wider unique key. Alerts gain the related kinds, deliver (0:
-- recorded for review, never sent) and detail (the path as text at the alert's snapshot).
-- SQLite cannot change a table's constraints in place: hits and alerts are rebuilt with their ids. Foreign keys
-- (alerts, hit_reviews and alert_deliveries point at them) are checked at commit, when every id is back.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE hits_before AS SELECT * FROM hits;
CREATE TEMP TABLE alerts_before AS SELECT * FROM alerts;
DROP TABLE alerts;
DROP TABLE hits;

CREATE TABLE hits (
    id                 INTEGER PRIMARY KEY,
    watchlist_id       TEXT    NOT NULL,
    source             TEXT    NOT NULL,
    entry_id           TEXT    NOT NULL,
    entry_name         TEXT    NOT NULL,
    score              REAL    NOT NULL,
    status             TEXT    NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'confirmed', 'dismissed')),
    listed             INTEGER NOT NULL DEFAULT 1,  -- 0 once the entry has been removed (a related hit: or no longer related)
    explanation        TEXT    NOT NULL,            -- JSON MatchExplanation (a related hit: of the path's end)
    first_snapshot_id  INTEGER NOT NULL REFERENCES snapshots (id),
    last_snapshot_id   INTEGER NOT NULL REFERENCES snapshots (id),
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    related            INTEGER NOT NULL DEFAULT 0 CHECK (related IN (0, 1)),
    link_type          TEXT,                        -- related: the first link's type (linked-to, parent, …)
    depth              INTEGER,                     -- related: how many links
    path               TEXT,                        -- related: JSON RelatedPath
    UNIQUE (watchlist_id, source, entry_id, related)
);
CREATE INDEX hits_by_entry ON hits (source, entry_id);
INSERT INTO hits (id, watchlist_id, source, entry_id, entry_name, score, status, listed, explanation,
                  first_snapshot_id, last_snapshot_id, created_at, updated_at)
SELECT id, watchlist_id, source, entry_id, entry_name, score, status, listed, explanation,
       first_snapshot_id, last_snapshot_id, created_at, updated_at
FROM temp.hits_before;

CREATE TABLE alerts (
    id            INTEGER PRIMARY KEY,
    kind          TEXT    NOT NULL CHECK (kind IN ('first-seen', 'listed', 'changed', 'delisted', 'related-first-seen',
                                                   'related-listed', 'related-changed', 'related-delisted')),
    hit_id        INTEGER NOT NULL REFERENCES hits (id),
    watchlist_id  TEXT    NOT NULL,
    source        TEXT    NOT NULL,
    entry_id      TEXT    NOT NULL,
    entry_name    TEXT    NOT NULL,
    score         REAL    NOT NULL,
    snapshot_id   INTEGER NOT NULL REFERENCES snapshots (id),
    snapshot_at   TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    deliver       INTEGER NOT NULL DEFAULT 1 CHECK (deliver IN (0, 1)),  -- 0: recorded for review, never delivered
    detail        TEXT,                                                   -- related: the path as text
    UNIQUE (hit_id, kind, snapshot_id)
);
CREATE INDEX alerts_by_snapshot ON alerts (snapshot_id);
INSERT INTO alerts (id, kind, hit_id, watchlist_id, source, entry_id, entry_name, score, snapshot_id, snapshot_at, created_at)
SELECT id, kind, hit_id, watchlist_id, source, entry_id, entry_name, score, snapshot_id, snapshot_at, created_at
FROM temp.alerts_before;

DROP TABLE temp.hits_before;
DROP TABLE temp.alerts_before;

-- Per source: what its related hits were last worked out with (watchlist, Related settings, matcher) and from
-- which entities' entries (a hash of the listed, undismissed direct hits). No row: the source's links were never read
-- (a store from before links): its next import reads them for the first time.
CREATE TABLE related_state (
    source    TEXT PRIMARY KEY,
    settings  TEXT NOT NULL,
    targets   TEXT NOT NULL
) WITHOUT ROWID;
