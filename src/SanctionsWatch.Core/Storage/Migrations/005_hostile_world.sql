-- How each snapshot's time (taken_at) was found: 'as-of' (given by the operator, or a replayed file's name),
-- 'published' (the publication date the file states), 'last-modified' (the HTTP header of the download) or
-- 'checked' (none of these: the time of the check). Only stated dates (not 'checked') order a source's files.
ALTER TABLE snapshots ADD COLUMN dated_by TEXT CHECK (dated_by IN ('as-of', 'published', 'last-modified', 'checked'));
-- Before this column, downloads were dated when checked and files by --as-of or a replayed file's name.
UPDATE snapshots SET dated_by = CASE WHEN archive_path IS NULL THEN 'as-of' ELSE 'checked' END;

-- A delivery being sent is claimed (until this time) by the dispatcher sending it, so no other sends it too.
ALTER TABLE alert_deliveries ADD COLUMN claimed_until TEXT;
