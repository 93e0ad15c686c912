-- Placeholder so branch h-attach (db/0014_attachments.sql) migrates without a gap:
-- 0013 belongs to another branch. DELETE THIS FILE when merging that branch.
SELECT 1;
