-- The outbox's delivery state: one row per alert per channel (log, webhook, email, file), created by the dispatcher
-- for every alert that has none yet, so no alert is ever missed, whenever and however it was written.
CREATE TABLE alert_deliveries (
    alert_id         INTEGER NOT NULL REFERENCES alerts (id),
    channel          TEXT    NOT NULL,
    status           TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    next_attempt_at  TEXT    NOT NULL,            -- ISO 8601 UTC; due when <= now
    last_attempt_at  TEXT,
    delivered_at     TEXT,
    created_at       TEXT    NOT NULL,
    PRIMARY KEY (alert_id, channel)
) WITHOUT ROWID;
CREATE INDEX alert_deliveries_due ON alert_deliveries (status, next_attempt_at);
