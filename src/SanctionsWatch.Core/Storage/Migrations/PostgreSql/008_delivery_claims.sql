-- The node that made a delivery's last attempt (issue 14): Cluster:NodeId, else host-pid. While claimed_until is set it
-- holds the delivery's lease; afterwards it says which node delivered it (or failed to). Digests get the lease alerts
-- had, so two nodes of a cluster do not send one digest at once.
-- From this migration on each is written once per engine, in the same number (here with PostgreSQL's COLLATE "C").
ALTER TABLE alert_deliveries ADD COLUMN claimed_by TEXT COLLATE "C";
ALTER TABLE digest_deliveries ADD COLUMN claimed_until TEXT COLLATE "C";
ALTER TABLE digest_deliveries ADD COLUMN claimed_by TEXT COLLATE "C";
