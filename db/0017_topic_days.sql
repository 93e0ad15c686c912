-- Statistics (issue 21): the day of a topic's consultation kept beside the topic, so the
-- topics of a period are counted from one index, (topic, held_on), with one range per
-- topic, instead of probing every consultation of the period (stats_year_ms at scale 4:
-- the topic count 70 ms → about 3 ms). The column is derived data: triggers keep it equal
-- to consultations.held_on, whoever writes (the app, an import, a handover).
ALTER TABLE consultation_topics ADD COLUMN held_on TEXT;

-- Filling it is an update of every row; a restricted case (Art. 18) is read-only for the
-- app, not for this copy of its own consultation dates, so the guard steps aside.
DROP TRIGGER consultation_topics_restricted_update;
UPDATE consultation_topics
SET held_on = (SELECT k.held_on FROM consultations k WHERE k.id = consultation_id);
CREATE TRIGGER consultation_topics_restricted_update BEFORE UPDATE ON consultation_topics
WHEN EXISTS (SELECT 1 FROM consultations p JOIN client_restrictions r ON r.client_id = p.client_id WHERE p.id = old.consultation_id)
BEGIN
    SELECT RAISE(ABORT, 'refusal.case_restricted');
END;

-- (topic, held_on) serves everything the (topic) index did.
DROP INDEX consultation_topics_topic;
CREATE INDEX consultation_topics_topic_day ON consultation_topics(topic, held_on);

CREATE TRIGGER consultation_topics_day_insert AFTER INSERT ON consultation_topics
WHEN new.held_on IS NOT (SELECT held_on FROM consultations WHERE id = new.consultation_id)
BEGIN
    UPDATE consultation_topics
    SET held_on = (SELECT held_on FROM consultations WHERE id = new.consultation_id)
    WHERE consultation_id = new.consultation_id AND topic = new.topic;
END;
CREATE TRIGGER consultations_day_topics AFTER UPDATE OF held_on ON consultations
WHEN new.held_on IS NOT old.held_on
BEGIN
    UPDATE consultation_topics SET held_on = new.held_on WHERE consultation_id = new.id;
END;
