-- Sync (issue 7): enrolment state and sync log. Reserved; filled in by that work.

-- This device's enrolment at the central statistics server (one row at most).
-- The device token normally lives in the OS keyring (token_in_keyring = 1); only where
-- no trusted keyring exists is it kept here, inside the encrypted vault, never in a file.
CREATE TABLE sync_enrolment (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    server_url        TEXT NOT NULL,
    device_id         TEXT NOT NULL,
    site_id           TEXT NOT NULL,
    token_in_keyring  INTEGER NOT NULL CHECK (token_in_keyring IN (0, 1)),
    token             TEXT,
    enrolled_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK ((token_in_keyring = 1 AND token IS NULL) OR (token_in_keyring = 0 AND token IS NOT NULL))
) STRICT;

-- One row per sync run: what the app shows as "Letzte Synchronisation". Counts and a
-- German message only; never payload contents.
CREATE TABLE sync_runs (
    id           INTEGER PRIMARY KEY,
    started_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    finished_at  TEXT,
    outcome      TEXT NOT NULL DEFAULT 'running'
                 CHECK (outcome IN ('running', 'ok', 'nothing', 'offline', 'refused', 'error')),
    sent         INTEGER NOT NULL DEFAULT 0,
    refused      INTEGER NOT NULL DEFAULT 0,
    pending      INTEGER NOT NULL DEFAULT 0,
    message_de   TEXT
) STRICT;

CREATE INDEX sync_runs_started ON sync_runs(started_at);
