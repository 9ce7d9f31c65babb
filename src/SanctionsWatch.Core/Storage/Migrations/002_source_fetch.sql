-- Downloads: where each snapshot's raw file was archived, and per source what the last download found.
ALTER TABLE snapshots ADD COLUMN archive_path TEXT;   -- the raw file (or folder of files) as downloaded

CREATE TABLE source_fetch_state (
    source             TEXT PRIMARY KEY,
    etag               TEXT,                 -- of the last accepted or unchanged download, sent as If-None-Match
    last_modified      TEXT,                 -- likewise, sent as If-Modified-Since (HTTP date as received)
    last_check_at      TEXT,                 -- the last download attempt, whatever its result
    last_change_at     TEXT,                 -- the last download that brought a new file that was applied
    last_status        TEXT,                 -- accepted | unchanged | not-modified | refused | failed
    last_error         TEXT,                 -- the reason of the last refusal or failure; NULL after a good check
    last_hash          TEXT,                 -- sha256 of the last archived file (set)
    last_archive_path  TEXT                  -- the last archived file (or folder)
) WITHOUT ROWID;
