-- Case work (issue 4): clients, consultations, referrals, consents, search index. Reserved; filled in by that work.
--
-- Conventions:
-- * Every value from a reference list is stored as its stable key (resources/reference/
--   categories.toml); the services validate keys before writing.
-- * Dates are ISO 'YYYY-MM-DD' text, timestamps ISO UTC text.
-- * Identifying data sits in clearly named columns (name, pseudonym, phone, email,
--   address, notes) so deletion/anonymisation can target them.
-- * Multi-valued fields live in child tables so statistics can count them in SQL.
-- * Deleting a client removes everything that belongs to it (ON DELETE CASCADE).

CREATE TABLE clients (
    id                       INTEGER PRIMARY KEY,
    case_number              TEXT NOT NULL COLLATE NOCASE UNIQUE,
    name                     TEXT,                      -- identifying
    pseudonym                TEXT,                      -- identifying (chosen alias)
    anonymous                INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    birth_year               INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
    gender                   TEXT,                      -- key: gender
    country                  TEXT,                      -- ISO 3166-1 alpha-2 (plus XK, XX)
    interpreter_needed       INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
    sprachmittlung           TEXT,                      -- key: sprachmittlung
    residence_status         TEXT,                      -- key: residence_status
    residence_title_expires  TEXT,                      -- date the current title expires
    protection_status        TEXT,                      -- key: protection_status
    service                  TEXT,                      -- key: service
    household_size           INTEGER CHECK (household_size IS NULL OR household_size BETWEEN 1 AND 99),
    first_contact            TEXT,                      -- date
    phone                    TEXT,                      -- identifying, optional
    email                    TEXT,                      -- identifying, optional
    address                  TEXT,                      -- identifying, optional
    status                   TEXT NOT NULL DEFAULT 'offen'
                             CHECK (status IN ('offen', 'ruhend', 'abgeschlossen')),
    closing_reason           TEXT,                      -- key: closing_reason
    closed_on                TEXT,                      -- date
    created_at               TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at               TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE INDEX clients_status ON clients(status, case_number);
CREATE INDEX clients_service ON clients(service);
CREATE INDEX clients_updated ON clients(updated_at);
CREATE INDEX clients_title_expires ON clients(residence_title_expires)
    WHERE residence_title_expires IS NOT NULL;

CREATE TABLE client_languages (
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    language  TEXT NOT NULL,                            -- key: languages
    PRIMARY KEY (client_id, language)
) STRICT, WITHOUT ROWID;
CREATE INDEX client_languages_language ON client_languages(language);

CREATE TABLE client_special_needs (
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    need      TEXT NOT NULL,                            -- key: special_needs
    PRIMARY KEY (client_id, need)
) STRICT, WITHOUT ROWID;
CREATE INDEX client_special_needs_need ON client_special_needs(need);

-- Counsellor-defined tags (free words, stored as typed, compared case-insensitively).
CREATE TABLE client_tags (
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    tag       TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (client_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX client_tags_tag ON client_tags(tag);

-- The site's own address book of offices (Stellen) that clients are referred to.
CREATE TABLE offices (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    target_key      TEXT,                               -- key: referral_targets (kind of office)
    address         TEXT,
    phone           TEXT,
    email           TEXT,
    contact_person  TEXT,
    note            TEXT,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE TABLE consents (
    id              INTEGER PRIMARY KEY,
    client_id       INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    purpose         TEXT NOT NULL,                      -- key: consent_purpose
    recipient_key   TEXT,                               -- key: referral_targets, for passing data
    office_id       INTEGER REFERENCES offices(id) ON DELETE SET NULL,
    recipient_text  TEXT,                               -- named recipient in words
    form_version    TEXT,
    given_on        TEXT NOT NULL,                      -- date
    withdrawn_on    TEXT,                               -- date
    note            TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX consents_client ON consents(client_id);

CREATE TABLE consultations (
    id                INTEGER PRIMARY KEY,
    client_id         INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    held_on           TEXT NOT NULL,                    -- date
    duration_minutes  INTEGER CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 0 AND 1440),
    channel           TEXT NOT NULL,                    -- key: channel
    method            TEXT NOT NULL,                    -- key: method
    interpreter_used  INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_used IN (0, 1)),
    sprachmittlung    TEXT,                             -- key: sprachmittlung
    note              TEXT NOT NULL DEFAULT '',         -- identifying free text
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX consultations_client ON consultations(client_id, held_on);
CREATE INDEX consultations_held_on ON consultations(held_on);

CREATE TABLE consultation_topics (
    consultation_id INTEGER NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    topic           TEXT NOT NULL,                      -- key: topics
    PRIMARY KEY (consultation_id, topic)
) STRICT, WITHOUT ROWID;
CREATE INDEX consultation_topics_topic ON consultation_topics(topic);

CREATE TABLE referrals (
    id             INTEGER PRIMARY KEY,
    client_id      INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    target_key     TEXT,                                -- key: referral_targets
    office_id      INTEGER REFERENCES offices(id) ON DELETE SET NULL,
    referred_on    TEXT NOT NULL,                       -- date
    accompanied    INTEGER NOT NULL DEFAULT 0 CHECK (accompanied IN (0, 1)),
    passes_data    INTEGER NOT NULL DEFAULT 0 CHECK (passes_data IN (0, 1)),
    status         TEXT NOT NULL DEFAULT 'vereinbart'
                   CHECK (status IN ('vereinbart', 'wahrgenommen', 'nicht_wahrgenommen', 'unbekannt')),
    outcome_note   TEXT,                                -- identifying free text
    follow_up_on   TEXT,                                -- date
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (target_key IS NOT NULL OR office_id IS NOT NULL)
) STRICT;
CREATE INDEX referrals_client ON referrals(client_id, referred_on);
CREATE INDEX referrals_follow_up ON referrals(follow_up_on) WHERE follow_up_on IS NOT NULL;

-- Full-text search, inside the encrypted vault. Each row holds a German-folded copy of
-- its text (lowercase, ä→ae, ß→ss, other diacritics removed) and, where it differs, the
-- umlaut-less variant (ü→u). Client rows (case number, name, pseudonym, tags) use the
-- columns name/name_alt, note rows (consultation notes, referral outcomes) note/note_alt,
-- so the stored rank weights names above mentions in notes and `ORDER BY rank` stays fast.
-- Row ids encode the source: client id*4, consultation id*4+1, referral id*4+2.
-- mfd_desktop.domain.search writes rows; the triggers below only remove rows, so a change
-- made outside the services never leaves stale text behind (search.rebuild() restores).
CREATE VIRTUAL TABLE search_index USING fts5(
    name, name_alt, note, note_alt, kind UNINDEXED, client_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);
INSERT INTO search_index(search_index, rank) VALUES ('rank', 'bm25(4.0, 3.2, 1.0, 0.8)');

CREATE TRIGGER clients_search_ad AFTER DELETE ON clients BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4;
END;
CREATE TRIGGER clients_search_au AFTER UPDATE OF name, pseudonym, case_number ON clients BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4;
END;
CREATE TRIGGER consultations_search_ad AFTER DELETE ON consultations BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
END;
CREATE TRIGGER consultations_search_au AFTER UPDATE OF note ON consultations BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
END;
CREATE TRIGGER referrals_search_ad AFTER DELETE ON referrals BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
END;
CREATE TRIGGER referrals_search_au AFTER UPDATE OF outcome_note ON referrals BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
END;
