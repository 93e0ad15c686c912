-- Data protection (issue 8): audit log, retention, restrictions. Reserved; filled in by that work.

-- Append-only audit log: who (counsellor profile), what (action, record id), when.
-- Never content. Each entry's hash covers the previous entry's hash, so a changed,
-- removed or reordered entry shows in `mfd audit verify`. The head (last seq and
-- hash) is kept in vault_meta('audit_head') so a cut-off tail shows as well.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,      -- 1, 2, 3, … without gaps
    at          TEXT NOT NULL,            -- UTC, ISO 8601
    actor       TEXT NOT NULL,            -- counsellor profile
    action      TEXT NOT NULL,            -- e.g. 'client.deleted'
    record_type TEXT,                     -- e.g. 'client'
    record_id   TEXT,                     -- id only, never a name
    prev_hash   TEXT NOT NULL,
    entry_hash  TEXT NOT NULL
) STRICT;

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Berichtigung (Art. 16): every correction of a field keeps the old and new value
-- (inside the encrypted vault). Deleted together with the client (Löschung).
CREATE TABLE change_history (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    record_type TEXT NOT NULL,            -- 'client', 'consultation', …
    record_id   INTEGER NOT NULL,
    field       TEXT NOT NULL,
    old_value   TEXT,                     -- JSON
    new_value   TEXT,                     -- JSON
    reason      TEXT,
    changed_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    actor       TEXT NOT NULL
) STRICT;
CREATE INDEX change_history_record ON change_history(record_type, record_id);
CREATE INDEX change_history_client ON change_history(client_id);

-- Einschränkung der Verarbeitung (Art. 18): a restricted case is read-only; the
-- services call data_subject_rights.ensure_not_restricted() before every write.
CREATE TABLE client_restrictions (
    client_id     INTEGER PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
    restricted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    reason        TEXT                    -- a key: 'accuracy_disputed', 'objection', 'legal_claims', 'other'
) STRICT;

-- Consent withdrawal: a referral that passed data on the basis of a consent that has
-- since been withdrawn is marked here (the referral itself is not changed).
CREATE TABLE consent_withdrawal_marks (
    id           INTEGER PRIMARY KEY,
    consent_id   INTEGER NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
    referral_id  INTEGER NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
    marked_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (consent_id, referral_id)
) STRICT;
CREATE INDEX consent_withdrawal_marks_referral ON consent_withdrawal_marks(referral_id);

-- Cases a counsellor has explicitly kept beyond the retention period (with a reason
-- key) so they stop showing as due for deletion until the given date.
CREATE TABLE retention_holds (
    client_id   INTEGER PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
    hold_until  TEXT NOT NULL,            -- YYYY-MM-DD
    reason      TEXT NOT NULL,            -- key: 'ongoing_procedure', 'legal_claims', 'other'
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

-- Einschränkung, enforced by the database as well: while a client is in
-- client_restrictions, nothing of the case can be added, changed or deleted (the
-- services check first with data_subject_rights.ensure_not_restricted() and give the
-- same German sentence; these triggers are the safety net). Recording a consent's
-- withdrawal stays possible (consents.withdrawn_on, clients.updated_at).
CREATE TRIGGER clients_restricted_update
BEFORE UPDATE OF case_number, name, pseudonym, anonymous, birth_year, gender, country,
    interpreter_needed, sprachmittlung, residence_status, residence_title_expires,
    protection_status, service, household_size, first_contact, phone, email, address, status,
    closing_reason, closed_on ON clients
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER clients_restricted_delete BEFORE DELETE ON clients
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;

CREATE TRIGGER client_languages_restricted_insert BEFORE INSERT ON client_languages
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER client_languages_restricted_update BEFORE UPDATE ON client_languages
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER client_languages_restricted_delete BEFORE DELETE ON client_languages
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER client_special_needs_restricted_insert BEFORE INSERT ON client_special_needs
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER client_special_needs_restricted_update BEFORE UPDATE ON client_special_needs
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER client_special_needs_restricted_delete BEFORE DELETE ON client_special_needs
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER client_tags_restricted_insert BEFORE INSERT ON client_tags
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER client_tags_restricted_update BEFORE UPDATE ON client_tags
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER client_tags_restricted_delete BEFORE DELETE ON client_tags
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER consultations_restricted_insert BEFORE INSERT ON consultations
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER consultations_restricted_update BEFORE UPDATE ON consultations
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER consultations_restricted_delete BEFORE DELETE ON consultations
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER referrals_restricted_insert BEFORE INSERT ON referrals
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER referrals_restricted_update BEFORE UPDATE ON referrals
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER referrals_restricted_delete BEFORE DELETE ON referrals
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER consents_restricted_insert BEFORE INSERT ON consents
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER consents_restricted_update BEFORE UPDATE ON consents
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
    AND (old.client_id IS NOT new.client_id OR old.purpose IS NOT new.purpose OR old.recipient_key IS NOT new.recipient_key OR old.office_id IS NOT new.office_id OR old.recipient_text IS NOT new.recipient_text OR old.form_version IS NOT new.form_version OR old.given_on IS NOT new.given_on OR old.note IS NOT new.note)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER consents_restricted_delete BEFORE DELETE ON consents
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER deadlines_restricted_insert BEFORE INSERT ON deadlines
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER deadlines_restricted_update BEFORE UPDATE ON deadlines
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER deadlines_restricted_delete BEFORE DELETE ON deadlines
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER followups_restricted_insert BEFORE INSERT ON followups
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER followups_restricted_update BEFORE UPDATE ON followups
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER followups_restricted_delete BEFORE DELETE ON followups
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER checklists_restricted_insert BEFORE INSERT ON checklists
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER checklists_restricted_update BEFORE UPDATE ON checklists
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER checklists_restricted_delete BEFORE DELETE ON checklists
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER consultation_topics_restricted_insert BEFORE INSERT ON consultation_topics
WHEN EXISTS (SELECT 1 FROM consultations p JOIN client_restrictions r ON r.client_id = p.client_id WHERE p.id = new.consultation_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER consultation_topics_restricted_update BEFORE UPDATE ON consultation_topics
WHEN EXISTS (SELECT 1 FROM consultations p JOIN client_restrictions r ON r.client_id = p.client_id WHERE p.id = old.consultation_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER consultation_topics_restricted_delete BEFORE DELETE ON consultation_topics
WHEN EXISTS (SELECT 1 FROM consultations p JOIN client_restrictions r ON r.client_id = p.client_id WHERE p.id = old.consultation_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER checklist_items_restricted_insert BEFORE INSERT ON checklist_items
WHEN EXISTS (SELECT 1 FROM checklists p JOIN client_restrictions r ON r.client_id = p.client_id WHERE p.id = new.checklist_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER checklist_items_restricted_update BEFORE UPDATE ON checklist_items
WHEN EXISTS (SELECT 1 FROM checklists p JOIN client_restrictions r ON r.client_id = p.client_id WHERE p.id = old.checklist_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;
CREATE TRIGGER checklist_items_restricted_delete BEFORE DELETE ON checklist_items
WHEN EXISTS (SELECT 1 FROM checklists p JOIN client_restrictions r ON r.client_id = p.client_id WHERE p.id = old.checklist_id)
BEGIN
    SELECT RAISE(ABORT, 'Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.');
END;

-- Berichtigung: every change of a client's Stammdaten, by whatever path (the case form,
-- the CSV import, data_subject_rights.correct_client), keeps old and new value in
-- change_history. Deleted with the client; removed by Anonymisierung.
CREATE TRIGGER clients_change_history AFTER UPDATE ON clients
BEGIN
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'case_number', json_quote(old.case_number), json_quote(new.case_number),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.case_number IS NOT new.case_number;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'name', json_quote(old.name), json_quote(new.name),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.name IS NOT new.name;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'pseudonym', json_quote(old.pseudonym), json_quote(new.pseudonym),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.pseudonym IS NOT new.pseudonym;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'anonymous', json_quote(old.anonymous), json_quote(new.anonymous),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.anonymous IS NOT new.anonymous;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'birth_year', json_quote(old.birth_year), json_quote(new.birth_year),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.birth_year IS NOT new.birth_year;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'gender', json_quote(old.gender), json_quote(new.gender),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.gender IS NOT new.gender;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'country', json_quote(old.country), json_quote(new.country),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.country IS NOT new.country;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'interpreter_needed', json_quote(old.interpreter_needed), json_quote(new.interpreter_needed),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.interpreter_needed IS NOT new.interpreter_needed;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'sprachmittlung', json_quote(old.sprachmittlung), json_quote(new.sprachmittlung),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.sprachmittlung IS NOT new.sprachmittlung;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'residence_status', json_quote(old.residence_status), json_quote(new.residence_status),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.residence_status IS NOT new.residence_status;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'residence_title_expires', json_quote(old.residence_title_expires), json_quote(new.residence_title_expires),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.residence_title_expires IS NOT new.residence_title_expires;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'protection_status', json_quote(old.protection_status), json_quote(new.protection_status),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.protection_status IS NOT new.protection_status;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'service', json_quote(old.service), json_quote(new.service),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.service IS NOT new.service;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'household_size', json_quote(old.household_size), json_quote(new.household_size),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.household_size IS NOT new.household_size;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'first_contact', json_quote(old.first_contact), json_quote(new.first_contact),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.first_contact IS NOT new.first_contact;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'phone', json_quote(old.phone), json_quote(new.phone),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.phone IS NOT new.phone;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'email', json_quote(old.email), json_quote(new.email),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.email IS NOT new.email;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'address', json_quote(old.address), json_quote(new.address),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.address IS NOT new.address;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'status', json_quote(old.status), json_quote(new.status),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.status IS NOT new.status;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'closing_reason', json_quote(old.closing_reason), json_quote(new.closing_reason),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.closing_reason IS NOT new.closing_reason;
    INSERT INTO change_history(client_id, record_type, record_id, field, old_value, new_value, actor)
    SELECT new.id, 'client', new.id, 'closed_on', json_quote(old.closed_on), json_quote(new.closed_on),
           coalesce((SELECT value FROM vault_meta WHERE key = 'profile_name'), 'Standardprofil')
    WHERE old.closed_on IS NOT new.closed_on;
END;
