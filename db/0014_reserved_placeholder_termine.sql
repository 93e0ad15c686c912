-- Placeholder so branch h-termine (db/0015_appointments.sql) migrates without a gap:
-- 0014 belongs to another branch (h-attach). DELETE THIS FILE when merging it.
SELECT 1;
