-- Case work (issue 4): deadlines, follow-ups, short contacts, structural work. Reserved; filled in by that work.
--
-- Conventions (as in 0002): dates are ISO 'YYYY-MM-DD' text, timestamps ISO UTC text;
-- reference keys are validated by the services (mfd_desktop.domain.*) before writing;
-- free text that may identify a person sits in columns named `note`/`text`/`override_reason`.

-- Fristen per client. Both the computed raw end (before § 193 BGB) and the end the
-- calculator suggests are kept; a counsellor's own date needs a reason. `due_on` is the
-- date everything else (Heute, lists, reminders) works with.
CREATE TABLE deadlines (
    id                   INTEGER PRIMARY KEY,
    client_id            INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    rule_key             TEXT NOT NULL,                 -- key: mfd_desktop.domain.deadline_rules
    start_date           TEXT,                          -- day 0: Zustellung/Bekanntgabe (fiction applied)
    posted_on            TEXT,                          -- Aufgabe zur Post, if the fiction was used
    given_date           TEXT,                          -- date from the letter / expiry date
    without_instruction  INTEGER NOT NULL DEFAULT 0 CHECK (without_instruction IN (0, 1)),
    raw_end              TEXT NOT NULL,                 -- computed, before weekend/holiday handling
    end_date             TEXT NOT NULL,                 -- computed end ("end" is an SQL keyword)
    override_date        TEXT,                          -- the counsellor's own date …
    override_reason      TEXT,                          -- … and why (identifying free text)
    due_on               TEXT NOT NULL GENERATED ALWAYS AS (coalesce(override_date, end_date)) VIRTUAL,
    note                 TEXT NOT NULL DEFAULT '',      -- identifying free text
    done                 INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_on              TEXT,
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (override_date IS NULL OR length(trim(coalesce(override_reason, ''))) > 0)
) STRICT;
CREATE INDEX deadlines_open_due ON deadlines(due_on, client_id) WHERE done = 0;
CREATE INDEX deadlines_client ON deadlines(client_id, due_on);

-- Wiedervorlagen. A follow-up may belong to no client (e.g. "Netzwerktreffen vorbereiten").
-- Reminders made by the app carry a `source_key` so that making them again is a no-op:
-- 'title_expiry:<client id>:<expiry date>' for an expiring residence title.
CREATE TABLE followups (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    due_on      TEXT NOT NULL,
    text        TEXT NOT NULL,                          -- identifying free text
    kind        TEXT NOT NULL DEFAULT 'manual' CHECK (kind IN ('manual', 'title_expiry')),
    source_key  TEXT UNIQUE,
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_on     TEXT,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX followups_open_due ON followups(due_on, client_id) WHERE done = 0;
CREATE INDEX followups_client ON followups(client_id, due_on);

-- Kurzkontakte: an anonymous tally. Deliberately no person, no free text and no time of
-- day (a timestamp could be matched to a visit): only the date, channel and topic.
CREATE TABLE short_contacts (
    id          INTEGER PRIMARY KEY,
    contact_on  TEXT NOT NULL,                          -- date
    channel     TEXT NOT NULL,                          -- key: channel
    topic       TEXT NOT NULL                           -- key: topics
) STRICT;
CREATE INDEX short_contacts_date ON short_contacts(contact_on, channel, topic);

-- Strukturarbeit (network meetings, committees, volunteer coordination …): no clients.
CREATE TABLE structural_work (
    id                INTEGER PRIMARY KEY,
    activity_type     TEXT NOT NULL,                    -- key: structural_work.ACTIVITY_TYPES
    held_on           TEXT NOT NULL,                    -- date
    duration_minutes  INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    participants      INTEGER CHECK (participants IS NULL OR participants BETWEEN 0 AND 100000),
    note              TEXT NOT NULL DEFAULT '',         -- free text; no names of clients
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX structural_work_date ON structural_work(held_on, activity_type);
