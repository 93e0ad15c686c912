-- Case-Management (issue 17): encrypted attachments. Scans, photos and PDFs (e.g. a
-- Bescheid with its delivery date) are kept INSIDE the vault as BLOBs, so SQLCipher
-- encrypts them, backups carry them and deleting the case deletes them. Domain:
-- mfd_desktop/domain/casework/attachments.py.
--
-- The metadata (listed without touching the bytes) and the content live in two tables:
-- a list of a case never reads a page of a 20 MB file.
CREATE TABLE attachments (
    id                INTEGER PRIMARY KEY,
    client_id         INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    consultation_id   INTEGER REFERENCES consultations(id) ON DELETE SET NULL,
    checklist_item_id INTEGER REFERENCES checklist_items(id) ON DELETE SET NULL,
    file_name         TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    media_type        TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size              INTEGER NOT NULL CHECK (size > 0),
    sha256            TEXT NOT NULL CHECK (length(sha256) = 64),
    description       TEXT NOT NULL DEFAULT '',   -- e.g. "Bescheid" (may be identifying)
    delivered_on      TEXT,                       -- Zustellung, for a Bescheid
    added_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX attachments_client ON attachments(client_id, added_at);
CREATE INDEX attachments_consultation ON attachments(consultation_id) WHERE consultation_id IS NOT NULL;
CREATE INDEX attachments_checklist_item ON attachments(checklist_item_id) WHERE checklist_item_id IS NOT NULL;

CREATE TABLE attachment_contents (
    attachment_id INTEGER PRIMARY KEY REFERENCES attachments(id) ON DELETE CASCADE,
    data          BLOB NOT NULL
) STRICT;

-- Einschränkung (Art. 18): a restricted case is read-only, its attachments too.
CREATE TRIGGER attachments_restricted_insert BEFORE INSERT ON attachments
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
CREATE TRIGGER attachments_restricted_update BEFORE UPDATE ON attachments
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
CREATE TRIGGER attachments_restricted_delete BEFORE DELETE ON attachments
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;

CREATE TRIGGER attachment_contents_restricted_insert BEFORE INSERT ON attachment_contents
WHEN EXISTS (SELECT 1 FROM attachments a JOIN client_restrictions r ON r.client_id = a.client_id
             WHERE a.id = new.attachment_id)
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
CREATE TRIGGER attachment_contents_restricted_update BEFORE UPDATE ON attachment_contents
WHEN EXISTS (SELECT 1 FROM attachments a JOIN client_restrictions r ON r.client_id = a.client_id
             WHERE a.id IN (old.attachment_id, new.attachment_id))
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
CREATE TRIGGER attachment_contents_restricted_delete BEFORE DELETE ON attachment_contents
WHEN EXISTS (SELECT 1 FROM attachments a JOIN client_restrictions r ON r.client_id = a.client_id
             WHERE a.id = old.attachment_id)
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
