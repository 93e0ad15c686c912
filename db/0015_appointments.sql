-- Termine (issue 20): appointments, local outreach places (Außensprechstunden) and
-- calendar events imported from an .ics file (e.g. the office's opening hours).
-- Domain: mfd_desktop/domain/appointments/. Times are local wall-clock times in
-- Europe/Berlin ('YYYY-MM-DD', 'HH:MM').

-- Outreach sites of this office: a local list, never sent anywhere.
CREATE TABLE outreach_places (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

-- The place is kept as text too (the outreach place's or other office's name when it
-- was chosen), so a handed-over appointment keeps its place without the local lists.
-- recorded_as marks an appointment that has become a consultation or a structural-work
-- entry: it is never taken over twice.
CREATE TABLE appointments (
    id                 INTEGER PRIMARY KEY,
    day                TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    start_time         TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    duration_minutes   INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    kind               TEXT NOT NULL,             -- key: appointment_kind
    place_kind         TEXT NOT NULL CHECK (place_kind IN ('office', 'outreach', 'other_office')),
    outreach_place_id  INTEGER,                   -- outreach_places.id (local, no FK: handover)
    place_text         TEXT NOT NULL DEFAULT '',
    client_id          INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    interpreter_needed INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
    interpreter_language TEXT,                    -- key: languages
    note               TEXT NOT NULL DEFAULT '',
    recorded_as        TEXT CHECK (recorded_as IS NULL OR recorded_as IN ('consultation', 'structural_work')),
    recorded_id        INTEGER,                   -- id of that consultation / structural_work row
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at         TEXT
) STRICT;
CREATE INDEX appointments_day ON appointments(day, start_time);
CREATE INDEX appointments_client ON appointments(client_id) WHERE client_id IS NOT NULL;

-- Imported calendar events (kept apart, shown as imported, never exported again).
-- rrule/exdates hold the recurrence of the source event; it is expanded when shown.
CREATE TABLE imported_events (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL,
    summary     TEXT NOT NULL DEFAULT '',
    location    TEXT NOT NULL DEFAULT '',
    starts_at   TEXT NOT NULL,                    -- local 'YYYY-MM-DDTHH:MM' (Europe/Berlin)
    all_day     INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 0 AND 527040),
    rrule       TEXT,
    exdates     TEXT NOT NULL DEFAULT '[]',       -- JSON list of local 'YYYY-MM-DDTHH:MM'
    source      TEXT NOT NULL DEFAULT '',         -- file name it came from
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX imported_events_start ON imported_events(starts_at);

-- Einschränkung (Art. 18): appointments of a restricted case are read-only.
CREATE TRIGGER appointments_restricted_insert BEFORE INSERT ON appointments
WHEN new.client_id IS NOT NULL
 AND EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
CREATE TRIGGER appointments_restricted_update BEFORE UPDATE ON appointments
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
CREATE TRIGGER appointments_restricted_delete BEFORE DELETE ON appointments
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
