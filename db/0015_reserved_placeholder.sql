-- Placeholder so branch h-letters (db/0016_letters.sql) migrates without a gap:
-- 0015 belongs to the Termine branch. DELETE THIS FILE when merging that branch.
SELECT 1;
