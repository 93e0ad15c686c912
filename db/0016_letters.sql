-- Schreiben (issue 20): which letter was printed for a case, when and in which language.
-- The printed PDF itself is an attachment (db/0014), so it is encrypted in the vault,
-- goes with the case's attachments (Auskunft, handover only with consent, deletion,
-- anonymisation) and this row goes with it (ON DELETE CASCADE). Domain:
-- mfd_desktop/domain/letters/kept.py. No free text here: the key names a template.
CREATE TABLE letters (
    id               INTEGER PRIMARY KEY,
    client_id        INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    attachment_id    INTEGER NOT NULL UNIQUE REFERENCES attachments(id) ON DELETE CASCADE,
    template_key     TEXT NOT NULL CHECK (length(template_key) BETWEEN 1 AND 63),
    template_version INTEGER NOT NULL CHECK (template_version >= 1),
    language         TEXT NOT NULL CHECK (language IN ('de', 'en', 'ar', 'fa', 'uk', 'ru', 'tr')),
    printed_on       TEXT NOT NULL,               -- ISO date
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX letters_client ON letters(client_id, printed_on);

-- Einschränkung (Art. 18): a restricted case is read-only, its letters too.
CREATE TRIGGER letters_restricted_insert BEFORE INSERT ON letters
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
CREATE TRIGGER letters_restricted_update BEFORE UPDATE ON letters
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
CREATE TRIGGER letters_restricted_delete BEFORE DELETE ON letters
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
