-- Foundation: vault identity, settings kept inside the vault, encrypted drafts.

CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Settings that belong to the vault (per counsellor); values are JSON.
CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value_json TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

-- Text being typed in an open form, saved every few seconds and at lock, so nothing
-- typed is lost. Lives only inside the encrypted vault.
CREATE TABLE drafts (
    draft_key    TEXT PRIMARY KEY,        -- e.g. 'consultation:new:client:12'
    form         TEXT NOT NULL,           -- which form it belongs to
    record_id    INTEGER,                 -- the record being edited, if any
    content_json TEXT NOT NULL,
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
