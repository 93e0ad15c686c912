-- Case-Management (issue 17), first part: arrival and place of residence on the case,
-- dated histories of residence status, work/training situation and German level, and
-- the Förderplan (plans, goals, agreed steps). Domain: mfd_desktop/domain/casework/
-- arrival.py, districts.py, history.py, support_plans.py.

-- Einreise: the day it counts as (a month as its 15th, a year as its 1 July) and what
-- was known. Wohnort: Kreisschlüssel, 'ausserhalb_rlp' or NULL (not recorded); the
-- municipality or Sozialraum text stays local (never in statistics).
ALTER TABLE clients ADD COLUMN arrival_date TEXT;
ALTER TABLE clients ADD COLUMN arrival_precision TEXT
    CHECK (arrival_precision IS NULL OR arrival_precision IN ('day', 'month', 'year'));
ALTER TABLE clients ADD COLUMN district TEXT
    CHECK (district IS NULL OR district = 'ausserhalb_rlp' OR district GLOB '07[0-9][0-9][0-9]');
ALTER TABLE clients ADD COLUMN district_local TEXT;

-- Dated histories: the value from `valid_from` on (NULL = not known from then on). The
-- value at a day is the entry with the latest valid_from on or before it (ties: the
-- later id). clients.residence_status stays the current value.
CREATE TABLE client_history (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('residence_status', 'work_situation', 'language_level')),
    value       TEXT,
    certificate INTEGER CHECK (certificate IS NULL OR certificate IN (0, 1)),
    valid_from  TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX client_history_lookup ON client_history(client_id, kind, valid_from);
CREATE INDEX client_history_kind ON client_history(kind, valid_from);

-- The residence-status history of existing cases, from the change history the vault
-- already keeps: the value before the first recorded change from the first contact on,
-- then every change from its day; without a recorded change the current value from the
-- first contact (or the day the case was created).
INSERT INTO client_history(client_id, kind, value, valid_from)
SELECT id, 'residence_status', initial, since FROM (
    SELECT c.id,
           coalesce(c.first_contact, substr(c.created_at, 1, 10)) AS since,
           CASE WHEN EXISTS (SELECT 1 FROM change_history h
                             WHERE h.client_id = c.id AND h.record_type = 'client'
                               AND h.field = 'residence_status')
                THEN (SELECT json_extract(h.old_value, '$') FROM change_history h
                      WHERE h.client_id = c.id AND h.record_type = 'client'
                        AND h.field = 'residence_status'
                      ORDER BY h.changed_at, h.id LIMIT 1)
                ELSE c.residence_status END AS initial
    FROM clients c)
WHERE initial IS NOT NULL AND initial <> '';
INSERT INTO client_history(client_id, kind, value, valid_from)
SELECT h.client_id, 'residence_status', nullif(json_extract(h.new_value, '$'), ''),
       substr(h.changed_at, 1, 10)
FROM change_history h
WHERE h.record_type = 'client' AND h.field = 'residence_status' AND h.client_id IS NOT NULL
ORDER BY h.changed_at, h.id;

-- Every path that sets a case's residence status (the case form, the CSV import, a
-- correction) also dates it: from the first contact when the case is created, from today
-- when it changes — unless history.py has just written that value with its own date.
CREATE TRIGGER clients_residence_history_insert AFTER INSERT ON clients
WHEN new.residence_status IS NOT NULL AND new.residence_status <> ''
BEGIN
    INSERT INTO client_history(client_id, kind, value, valid_from)
    VALUES (new.id, 'residence_status', new.residence_status,
            coalesce(new.first_contact, date('now', 'localtime')));
END;
CREATE TRIGGER clients_residence_history_update AFTER UPDATE OF residence_status ON clients
WHEN old.residence_status IS NOT new.residence_status
 AND (SELECT value FROM client_history WHERE client_id = new.id AND kind = 'residence_status'
      ORDER BY id DESC LIMIT 1) IS NOT nullif(new.residence_status, '')
BEGIN
    INSERT INTO client_history(client_id, kind, value, valid_from)
    VALUES (new.id, 'residence_status', nullif(new.residence_status, ''), date('now', 'localtime'));
END;

-- Förderplan: several per case over time; goals in the client's own words with a topic,
-- a review date and an outcome; agreed steps per goal (what, who, by when).
CREATE TABLE support_plans (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    started_on  TEXT NOT NULL,
    ended_on    TEXT,
    transfer_service TEXT,                     -- Überleitung in Regeldienste: key: referral_targets
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (ended_on IS NULL OR ended_on >= started_on)
) STRICT;
CREATE INDEX support_plans_client ON support_plans(client_id, started_on);

CREATE TABLE plan_goals (
    id           INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES support_plans(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    text         TEXT NOT NULL,                -- in the client's own words
    topic        TEXT,                         -- key: topics
    review_on    TEXT,                         -- Überprüfung (Heute, Wiedervorlagen)
    outcome      TEXT CHECK (outcome IS NULL OR outcome IN
                             ('erreicht', 'teilweise', 'nicht_erreicht', 'nicht_verfolgt')),
    outcome_on   TEXT,
    outcome_note TEXT NOT NULL DEFAULT '',
    CHECK ((outcome IS NULL) = (outcome_on IS NULL))
) STRICT;
CREATE INDEX plan_goals_plan ON plan_goals(plan_id, position);
CREATE INDEX plan_goals_review ON plan_goals(review_on) WHERE review_on IS NOT NULL AND outcome IS NULL;

CREATE TABLE plan_steps (
    id         INTEGER PRIMARY KEY,
    goal_id    INTEGER NOT NULL REFERENCES plan_goals(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    what       TEXT NOT NULL,
    owner      TEXT NOT NULL CHECK (owner IN ('klient', 'beratung', 'andere_stelle')),
    office     TEXT,                           -- the other office, when owner = 'andere_stelle'
    due_on     TEXT,
    done_on    TEXT
) STRICT;
CREATE INDEX plan_steps_goal ON plan_steps(goal_id, position);

-- Einschränkung (Art. 18): a restricted case is read-only, its new tables too.
CREATE TRIGGER client_history_restricted_insert BEFORE INSERT ON client_history
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
CREATE TRIGGER client_history_restricted_update BEFORE UPDATE ON client_history
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
CREATE TRIGGER client_history_restricted_delete BEFORE DELETE ON client_history
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;

CREATE TRIGGER support_plans_restricted_insert BEFORE INSERT ON support_plans
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = new.client_id)
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
CREATE TRIGGER support_plans_restricted_update BEFORE UPDATE ON support_plans
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id IN (old.client_id, new.client_id))
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
CREATE TRIGGER support_plans_restricted_delete BEFORE DELETE ON support_plans
WHEN EXISTS (SELECT 1 FROM client_restrictions WHERE client_id = old.client_id)
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;

CREATE TRIGGER plan_goals_restricted_insert BEFORE INSERT ON plan_goals
WHEN EXISTS (SELECT 1 FROM support_plans p JOIN client_restrictions r ON r.client_id = p.client_id
             WHERE p.id = new.plan_id)
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
CREATE TRIGGER plan_goals_restricted_update BEFORE UPDATE ON plan_goals
WHEN EXISTS (SELECT 1 FROM support_plans p JOIN client_restrictions r ON r.client_id = p.client_id
             WHERE p.id IN (old.plan_id, new.plan_id))
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
CREATE TRIGGER plan_goals_restricted_delete BEFORE DELETE ON plan_goals
WHEN EXISTS (SELECT 1 FROM support_plans p JOIN client_restrictions r ON r.client_id = p.client_id
             WHERE p.id = old.plan_id)
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;

CREATE TRIGGER plan_steps_restricted_insert BEFORE INSERT ON plan_steps
WHEN EXISTS (SELECT 1 FROM plan_goals g JOIN support_plans p ON p.id = g.plan_id
             JOIN client_restrictions r ON r.client_id = p.client_id WHERE g.id = new.goal_id)
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
CREATE TRIGGER plan_steps_restricted_update BEFORE UPDATE ON plan_steps
WHEN EXISTS (SELECT 1 FROM plan_goals g JOIN support_plans p ON p.id = g.plan_id
             JOIN client_restrictions r ON r.client_id = p.client_id
             WHERE g.id IN (old.goal_id, new.goal_id))
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
CREATE TRIGGER plan_steps_restricted_delete BEFORE DELETE ON plan_steps
WHEN EXISTS (SELECT 1 FROM plan_goals g JOIN support_plans p ON p.id = g.plan_id
             JOIN client_restrictions r ON r.client_id = p.client_id WHERE g.id = old.goal_id)
BEGIN SELECT RAISE(ABORT, 'refusal.case_restricted'); END;
