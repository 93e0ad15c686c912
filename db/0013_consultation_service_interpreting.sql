-- Case-Management (issue 17), second part: the Dienst (programme) of each consultation
-- and its Sprachmittlung in more detail, with a local address book of interpreters.
-- Domain: mfd_desktop/domain/casework/consultations.py and interpreters.py.

-- The interpreter address book: not case data (like `offices`); the name and contact
-- stay in this vault. Languages: a JSON list of keys of the list "languages".
CREATE TABLE interpreters (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    languages  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)
                                                 AND json_type(languages) = 'array'),
    contact    TEXT NOT NULL DEFAULT '',
    kind       TEXT,                           -- key: sprachmittlung (professionell, ehrenamtlich, …)
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX interpreters_name ON interpreters(name COLLATE NOCASE);

-- Per consultation: the service it was held in (key: service; the case's service when
-- the consultation was recorded), the language pair interpreted (keys: languages; the
-- second usually 'de'), whether a relative who interpreted was a minor (1: the GUI warns,
-- never a minor) and the interpreter from the address book.
ALTER TABLE consultations ADD COLUMN service TEXT;
ALTER TABLE consultations ADD COLUMN interpreting_language TEXT;
ALTER TABLE consultations ADD COLUMN interpreting_into TEXT;
ALTER TABLE consultations ADD COLUMN interpreter_minor INTEGER
    CHECK (interpreter_minor IS NULL OR interpreter_minor IN (0, 1));
ALTER TABLE consultations ADD COLUMN interpreter_id INTEGER
    REFERENCES interpreters(id) ON DELETE SET NULL;
CREATE INDEX consultations_interpreter ON consultations(interpreter_id)
    WHERE interpreter_id IS NOT NULL;

-- Existing consultations were held in the case's service. A restricted case stays as it
-- is (read-only, Art. 18): statistics fall back to the case's service for NULL.
UPDATE consultations
SET service = (SELECT c.service FROM clients c WHERE c.id = consultations.client_id)
WHERE client_id NOT IN (SELECT client_id FROM client_restrictions);
CREATE INDEX consultations_service ON consultations(held_on, client_id, service);
