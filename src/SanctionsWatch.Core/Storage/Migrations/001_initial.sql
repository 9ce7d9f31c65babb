-- Snapshots: every file offered for a source, accepted or not.
CREATE TABLE snapshots (
    id           INTEGER PRIMARY KEY,
    source       TEXT    NOT NULL,
    taken_at     TEXT    NOT NULL,            -- the list's as-of time, ISO 8601 UTC
    recorded_at  TEXT    NOT NULL,            -- when SanctionsWatch recorded it
    file_name    TEXT,
    file_hash    TEXT,                        -- sha256 of the file bytes
    file_size    INTEGER,
    format       TEXT,
    complete     INTEGER,                     -- 1: end marker present, 0: missing, NULL: format has none
    entry_count  INTEGER,
    status       TEXT    NOT NULL CHECK (status IN ('accepted', 'unchanged', 'refused')),
    error        TEXT,
    added        INTEGER NOT NULL DEFAULT 0,
    removed      INTEGER NOT NULL DEFAULT 0,
    modified     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX snapshots_by_source ON snapshots (source, status, id);

-- Every version of every entry: a new row only when an entry's content changes.
CREATE TABLE entry_versions (
    id                INTEGER PRIMARY KEY,
    source            TEXT    NOT NULL,
    entry_id          TEXT    NOT NULL,
    content_hash      TEXT    NOT NULL,
    data              TEXT    NOT NULL,       -- canonical JSON of the ListEntry
    from_snapshot_id  INTEGER NOT NULL REFERENCES snapshots (id),
    to_snapshot_id    INTEGER REFERENCES snapshots (id)  -- the snapshot that replaced or removed it; NULL while current
);
CREATE INDEX entry_versions_by_entry ON entry_versions (source, entry_id, id);

-- The current list of each source.
CREATE TABLE entries (
    source             TEXT    NOT NULL,
    entry_id           TEXT    NOT NULL,
    version_id         INTEGER NOT NULL REFERENCES entry_versions (id),
    content_hash       TEXT    NOT NULL,
    name               TEXT    NOT NULL,
    party_type         TEXT    NOT NULL,
    listed_snapshot_id INTEGER NOT NULL REFERENCES snapshots (id),  -- the snapshot it (last) appeared in
    PRIMARY KEY (source, entry_id)
) WITHOUT ROWID;

-- What changed in each accepted snapshot.
CREATE TABLE changes (
    id              INTEGER PRIMARY KEY,
    snapshot_id     INTEGER NOT NULL REFERENCES snapshots (id),
    source          TEXT    NOT NULL,
    entry_id        TEXT    NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('added', 'removed', 'modified')),
    name            TEXT    NOT NULL,
    fields          TEXT,                      -- JSON array of the changed fields (modified only)
    old_version_id  INTEGER REFERENCES entry_versions (id),
    new_version_id  INTEGER REFERENCES entry_versions (id)
);
CREATE INDEX changes_by_snapshot ON changes (snapshot_id);
CREATE INDEX changes_by_entry ON changes (source, entry_id);

-- A watchlist entity found on a list entry.
CREATE TABLE hits (
    id                 INTEGER PRIMARY KEY,
    watchlist_id       TEXT    NOT NULL,
    source             TEXT    NOT NULL,
    entry_id           TEXT    NOT NULL,
    entry_name         TEXT    NOT NULL,
    score              REAL    NOT NULL,
    status             TEXT    NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'confirmed', 'dismissed')),
    listed             INTEGER NOT NULL DEFAULT 1,  -- 0 once the entry has been removed from the list
    explanation        TEXT    NOT NULL,            -- JSON MatchExplanation
    first_snapshot_id  INTEGER NOT NULL REFERENCES snapshots (id),
    last_snapshot_id   INTEGER NOT NULL REFERENCES snapshots (id),
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    UNIQUE (watchlist_id, source, entry_id)
);
CREATE INDEX hits_by_entry ON hits (source, entry_id);

-- One row per event; delivery state lives beside it (outbox).
CREATE TABLE alerts (
    id            INTEGER PRIMARY KEY,
    kind          TEXT    NOT NULL CHECK (kind IN ('first-seen', 'listed', 'changed', 'delisted')),
    hit_id        INTEGER NOT NULL REFERENCES hits (id),
    watchlist_id  TEXT    NOT NULL,
    source        TEXT    NOT NULL,
    entry_id      TEXT    NOT NULL,
    entry_name    TEXT    NOT NULL,
    score         REAL    NOT NULL,
    snapshot_id   INTEGER NOT NULL REFERENCES snapshots (id),
    snapshot_at   TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    UNIQUE (hit_id, kind, snapshot_id)
);
CREATE INDEX alerts_by_snapshot ON alerts (snapshot_id);

-- Per source: the watchlist (by content hash) its current entries were last fully matched against.
CREATE TABLE source_state (
    source          TEXT PRIMARY KEY,
    watchlist_hash  TEXT NOT NULL,
    matcher_version TEXT NOT NULL
) WITHOUT ROWID;
