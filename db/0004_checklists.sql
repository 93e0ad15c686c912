-- Checklists (issue 5): templates, case checklists and items. Reserved; filled in by that work.
--
-- Templates themselves are files (resources/checklists, <data dir>/templates): they hold
-- no personal data. A checklist on a case stores a snapshot of the template version it
-- was made from (template_json), so later template changes never alter it.
-- Dates are ISO 'YYYY-MM-DD' text, timestamps ISO UTC text.

CREATE TABLE checklists (
    id               INTEGER PRIMARY KEY,
    client_id        INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    template_key     TEXT NOT NULL,
    template_version INTEGER NOT NULL CHECK (template_version >= 1),
    template_json    TEXT NOT NULL,                    -- snapshot of the template as assigned
    title_de         TEXT NOT NULL,                    -- copied from the snapshot for lists
    appointment_date TEXT,                             -- optional appointment at the office
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE INDEX checklists_client ON checklists(client_id);

CREATE TABLE checklist_items (
    id           INTEGER PRIMARY KEY,
    checklist_id INTEGER NOT NULL REFERENCES checklists(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    item_key     TEXT NOT NULL,
    label_de     TEXT NOT NULL,                        -- copied from the snapshot for lists
    state        TEXT NOT NULL DEFAULT 'fehlt'
                 CHECK (state IN ('fehlt', 'angefordert', 'liegt_vor_kopie',
                                  'liegt_vor_original', 'eingereicht', 'entfaellt')),
    note         TEXT,                                 -- counsellor's note (may be identifying)
    due_date     TEXT,                                 -- the item's own due date
    -- Sort key of "Offene Unterlagen": the item's due date, else the checklist's
    -- appointment, else '9999-12-31'. Kept up to date by mfd_desktop.checklists.
    sort_due     TEXT NOT NULL DEFAULT '9999-12-31',
    retired      INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)), -- gone from the template,
                                                       -- kept because it carried a state or note
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (checklist_id, item_key)
) STRICT;

-- "Offene Unterlagen": open items across all clients by due date, without a table scan.
CREATE INDEX checklist_items_open_due ON checklist_items(sort_due, id)
    WHERE state IN ('fehlt', 'angefordert') AND retired = 0;
