-- Messages as keys (issue 16): what the vault keeps is a message key with its
-- arguments (mfd_desktop.messages.Msg, JSON), never a translated sentence.
--
-- 1. sync_runs.message_de becomes sync_runs.message: Msg JSON from now on. Older rows
--    whose German sentence is one of the known fixed texts, or "N Statistik(en)
--    übertragen." / "N übertragen, M vom Server abgelehnt.", are converted here. Any
--    other older sentence (one carrying a server's reason, a path or a status code)
--    stays as it is and is shown as it is (mfd_desktop.sync.messages.load).
-- 2. stats_releases.last_error_de (the outbox's last error, written by the sync client)
--    holds Msg JSON from now on; older fixed texts are converted the same way, the
--    server's refusals with their reasons stay readable as text.
-- 3. The data-protection triggers of 0007 are recreated so that RAISE(ABORT, …)
--    carries a message key ('refusal.case_restricted') instead of a German sentence;
--    mfd_desktop.storage.transaction maps the key to its message.
-- The audit log (hash-chained) is not touched.

ALTER TABLE sync_runs RENAME COLUMN message_de TO message;

CREATE TABLE migration_0009_fixed (german TEXT PRIMARY KEY, key TEXT NOT NULL) STRICT;
INSERT INTO migration_0009_fixed(german, key) VALUES
    ('Eine Synchronisation läuft bereits.', 'sync.already_running'),
    ('Nichts zu übertragen.', 'sync.nothing'),
    ('Der Server hat die Übermittlung nicht eindeutig bestätigt. Sie wird wiederholt.', 'sync.unconfirmed'),
    ('Der Server kennt dieses Gerät nicht (mehr). Bitte mit einem neuen Anmeldecode neu anmelden.', 'sync.unknown_device'),
    ('Der Server nimmt von diesem Gerät keine Statistik an: unter seiner Statistik-Kennung meldet schon ein anderes angemeldetes Gerät. Bitte die Administration um einen Übernahme-Anmeldecode bitten und damit neu anmelden. Die Statistiken bleiben im Postausgang.', 'sync.identity_taken'),
    ('Der Server nimmt von diesem Gerät keine Statistik an: es ist am Server an eine andere Statistik-Kennung gebunden. Bitte die Administration fragen. Die Statistiken bleiben im Postausgang.', 'sync.identity_mismatch'),
    ('Der Server ist gerade ausgelastet. Es wird später erneut versucht.', 'sync.busy'),
    ('Der Server hat nicht rechtzeitig geantwortet.', 'sync.timeout'),
    ('Das Zertifikat des Servers passt nicht zu seiner Adresse. Es wurde nichts übertragen. Bitte die Administration fragen.', 'sync.hostname'),
    ('Das Zertifikat des Servers ist nicht vertrauenswürdig. Es wurde nichts übertragen. Bitte die Administration fragen (CA-Datei in den Einstellungen).', 'sync.untrusted'),
    ('Die verschlüsselte Verbindung zum Server ist gescheitert.', 'sync.tls'),
    ('Der Server ist nicht erreichbar (keine Verbindung).', 'sync.unreachable'),
    ('Bitte die Adresse des Servers vollständig angeben, z. B. https://statistik.beispiel.de', 'sync.url_incomplete'),
    ('Die Server-Adresse darf keine Zugangsdaten, ? oder # enthalten.', 'sync.url_extras'),
    ('Unverschlüsselte Verbindungen (http://) sind nur zu diesem Computer erlaubt. Bitte eine https://-Adresse verwenden.', 'sync.url_plain_http'),
    ('Dieses Gerät ist noch nicht beim Statistik-Server angemeldet. Bitte unter Einstellungen → Server & Synchronisation mit dem Anmeldecode anmelden.', 'sync.not_enrolled'),
    ('Der Zugangsschlüssel für den Statistik-Server fehlt auf diesem Gerät. Bitte neu anmelden.', 'sync.token_missing');

UPDATE sync_runs
   SET message = (SELECT json_object('key', f.key, 'args', json_object())
                    FROM migration_0009_fixed f WHERE f.german = sync_runs.message)
 WHERE message IN (SELECT german FROM migration_0009_fixed);
UPDATE stats_releases
   SET last_error_de = (SELECT json_object('key', f.key, 'args', json_object())
                          FROM migration_0009_fixed f WHERE f.german = stats_releases.last_error_de)
 WHERE last_error_de IN (SELECT german FROM migration_0009_fixed);
DROP TABLE migration_0009_fixed;

-- "N Statistik(en) übertragen."
UPDATE sync_runs
   SET message = json_object('key', 'sync.sent', 'args',
                             json_object('sent', CAST(substr(message, 1, instr(message, ' ') - 1) AS INTEGER)))
 WHERE message GLOB '[0-9]* Statistik(en) übertragen.'
   AND substr(message, 1, instr(message, ' ') - 1) NOT GLOB '*[^0-9]*';

-- "N übertragen, M vom Server abgelehnt."
UPDATE sync_runs
   SET message = json_object('key', 'sync.sent_refused', 'args', json_object(
         'sent', CAST(substr(message, 1, instr(message, ' ') - 1) AS INTEGER),
         'refused', CAST(substr(message, instr(message, ', ') + 2,
                                instr(message, ' vom Server') - instr(message, ', ') - 2) AS INTEGER)))
 WHERE message GLOB '[0-9]* übertragen, [0-9]* vom Server abgelehnt.'
   AND substr(message, 1, instr(message, ' ') - 1) NOT GLOB '*[^0-9]*'
   AND substr(message, instr(message, ', ') + 2,
              instr(message, ' vom Server') - instr(message, ', ') - 2) NOT GLOB '*[^0-9]*';

-- 3. Trigger refusals with a key (same triggers and conditions as in 0007).

DROP TRIGGER clients_restricted_update;
CREATE TRIGGER clients_restricted_update
BEFORE UPDATE OF case_number, name, pseudonym, anonymous, birth_year, gender, country,
    interpreter_needed, sprachmittlung, residence_status, residence_title_expires,
    protection_status, service, household_size, first_contact, phone, email, address, status,
    closing_reason, closed_on ON clients
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER clients_restricted_delete;
CREATE TRIGGER clients_restricted_delete BEFORE DELETE ON clients
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER client_languages_restricted_insert;
CREATE TRIGGER client_languages_restricted_insert BEFORE INSERT ON client_languages
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER client_languages_restricted_update;
CREATE TRIGGER client_languages_restricted_update BEFORE UPDATE ON client_languages
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER client_languages_restricted_delete;
CREATE TRIGGER client_languages_restricted_delete BEFORE DELETE ON client_languages
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER client_special_needs_restricted_insert;
CREATE TRIGGER client_special_needs_restricted_insert BEFORE INSERT ON client_special_needs
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER client_special_needs_restricted_update;
CREATE TRIGGER client_special_needs_restricted_update BEFORE UPDATE ON client_special_needs
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER client_special_needs_restricted_delete;
CREATE TRIGGER client_special_needs_restricted_delete BEFORE DELETE ON client_special_needs
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER client_tags_restricted_insert;
CREATE TRIGGER client_tags_restricted_insert BEFORE INSERT ON client_tags
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER client_tags_restricted_update;
CREATE TRIGGER client_tags_restricted_update BEFORE UPDATE ON client_tags
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER client_tags_restricted_delete;
CREATE TRIGGER client_tags_restricted_delete BEFORE DELETE ON client_tags
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER consultations_restricted_insert;
CREATE TRIGGER consultations_restricted_insert BEFORE INSERT ON consultations
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER consultations_restricted_update;
CREATE TRIGGER consultations_restricted_update BEFORE UPDATE ON consultations
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER consultations_restricted_delete;
CREATE TRIGGER consultations_restricted_delete BEFORE DELETE ON consultations
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER referrals_restricted_insert;
CREATE TRIGGER referrals_restricted_insert BEFORE INSERT ON referrals
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER referrals_restricted_update;
CREATE TRIGGER referrals_restricted_update BEFORE UPDATE ON referrals
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER referrals_restricted_delete;
CREATE TRIGGER referrals_restricted_delete BEFORE DELETE ON referrals
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER consents_restricted_insert;
CREATE TRIGGER consents_restricted_insert BEFORE INSERT ON consents
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER consents_restricted_update;
CREATE TRIGGER consents_restricted_update BEFORE UPDATE ON consents
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
    AND (old.client_id IS NOT new.client_id OR old.purpose IS NOT new.purpose OR old.recipient_key IS NOT new.recipient_key OR old.office_id IS NOT new.office_id OR old.recipient_text IS NOT new.recipient_text OR old.form_version IS NOT new.form_version OR old.given_on IS NOT new.given_on OR old.note IS NOT new.note)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER consents_restricted_delete;
CREATE TRIGGER consents_restricted_delete BEFORE DELETE ON consents
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER deadlines_restricted_insert;
CREATE TRIGGER deadlines_restricted_insert BEFORE INSERT ON deadlines
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER deadlines_restricted_update;
CREATE TRIGGER deadlines_restricted_update BEFORE UPDATE ON deadlines
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER deadlines_restricted_delete;
CREATE TRIGGER deadlines_restricted_delete BEFORE DELETE ON deadlines
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER followups_restricted_insert;
CREATE TRIGGER followups_restricted_insert BEFORE INSERT ON followups
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER followups_restricted_update;
CREATE TRIGGER followups_restricted_update BEFORE UPDATE ON followups
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER followups_restricted_delete;
CREATE TRIGGER followups_restricted_delete BEFORE DELETE ON followups
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER checklists_restricted_insert;
CREATE TRIGGER checklists_restricted_insert BEFORE INSERT ON checklists
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER checklists_restricted_update;
CREATE TRIGGER checklists_restricted_update BEFORE UPDATE ON checklists
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER checklists_restricted_delete;
CREATE TRIGGER checklists_restricted_delete BEFORE DELETE ON checklists
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER consultation_topics_restricted_insert;
CREATE TRIGGER consultation_topics_restricted_insert BEFORE INSERT ON consultation_topics
WHEN EXISTS (SELECT 1 FROM consultations p JOIN client_restrictions r ON r.client_id = p.client_id WHERE p.id = new.consultation_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER consultation_topics_restricted_update;
CREATE TRIGGER consultation_topics_restricted_update BEFORE UPDATE ON consultation_topics
WHEN EXISTS (SELECT 1 FROM consultations p JOIN client_restrictions r ON r.client_id = p.client_id WHERE p.id = old.consultation_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER consultation_topics_restricted_delete;
CREATE TRIGGER consultation_topics_restricted_delete BEFORE DELETE ON consultation_topics
WHEN EXISTS (SELECT 1 FROM consultations p JOIN client_restrictions r ON r.client_id = p.client_id WHERE p.id = old.consultation_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER checklist_items_restricted_insert;
CREATE TRIGGER checklist_items_restricted_insert BEFORE INSERT ON checklist_items
WHEN EXISTS (SELECT 1 FROM checklists p JOIN client_restrictions r ON r.client_id = p.client_id WHERE p.id = new.checklist_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER checklist_items_restricted_update;
CREATE TRIGGER checklist_items_restricted_update BEFORE UPDATE ON checklist_items
WHEN EXISTS (SELECT 1 FROM checklists p JOIN client_restrictions r ON r.client_id = p.client_id WHERE p.id = old.checklist_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
DROP TRIGGER checklist_items_restricted_delete;
CREATE TRIGGER checklist_items_restricted_delete BEFORE DELETE ON checklist_items
WHEN EXISTS (SELECT 1 FROM checklists p JOIN client_restrictions r ON r.client_id = p.client_id WHERE p.id = old.checklist_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;
