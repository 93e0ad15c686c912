-- 1. Part-word search (issue 21): "bescheid" finds "Ablehnungsbescheid", "behörde"
-- "Ausländerbehörde", "platz" "Kitaplatz". A second FTS5 table beside search_index, inside
-- the vault like it, with the trigram tokenizer over the SAME folded text (both foldings,
-- ä→ae and ä→a, in one column; client rows in `name`, note rows in `note`), so
-- "muller"/"mueller"/"Müller" and "strasse"/"Straße" fold alike as in the word index.
-- Contentless (`content=''`: the text is not stored a third time) and `detail=none`
-- (no positions: about a tenth of the word index's size); mfd_desktop.domain.casework.search
-- looks a term up as the AND of its trigrams and checks every candidate against its text.
-- `client_id` is kept (contentless_unindexed) so a client's rows can be deleted at once.
-- Row ids are those of search_index: client id*4, consultation id*4+1, referral id*4+2.
CREATE VIRTUAL TABLE search_parts USING fts5(
    name, note, client_id UNINDEXED,
    tokenize = 'trigram',
    content = '', contentless_delete = 1, contentless_unindexed = 1,
    detail = none
);

-- Existing vaults: the folded texts are already in search_index (its content table).
INSERT INTO search_parts(rowid, name, note, client_id)
SELECT rowid,
       CASE WHEN name_alt <> '' THEN name || ' ' || name_alt ELSE name END,
       CASE WHEN note_alt <> '' THEN note || ' ' || note_alt ELSE note END,
       client_id
FROM search_index;
INSERT INTO search_parts(search_parts) VALUES ('optimize');

DROP TRIGGER clients_search_ad;
DROP TRIGGER clients_search_au;
DROP TRIGGER consultations_search_ad;
DROP TRIGGER consultations_search_au;
DROP TRIGGER referrals_search_ad;
DROP TRIGGER referrals_search_au;

-- 2. The word index no longer keeps a copy of its texts (issue 21): it stored every note
-- twice more (folded, and umlaut-less), a quarter of the vault, which SQLCipher had to
-- decrypt whenever a search read a hit's kind and client. Snippets come from the records
-- themselves (search.py), bm25 needs only the index, and the UNINDEXED columns kind and
-- client_id stay (contentless_unindexed), so `DELETE ... WHERE client_id = ?` still works.
ALTER TABLE search_index RENAME TO search_index_0009;
CREATE VIRTUAL TABLE search_index USING fts5(
    name, name_alt, note, note_alt, kind UNINDEXED, client_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4',
    content = '', contentless_delete = 1, contentless_unindexed = 1
);
INSERT INTO search_index(search_index, rank) VALUES ('rank', 'bm25(4.0, 3.2, 1.0, 0.8)');
INSERT INTO search_index(rowid, name, name_alt, note, note_alt, kind, client_id)
SELECT rowid, name, name_alt, note, note_alt, kind, client_id FROM search_index_0009;
DROP TABLE search_index_0009;
INSERT INTO search_index(search_index) VALUES ('optimize');

-- 3. The triggers remove stale rows from both indexes (the services write new ones).
CREATE TRIGGER clients_search_ad AFTER DELETE ON clients BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4;
    DELETE FROM search_parts WHERE rowid = old.id * 4;
END;
CREATE TRIGGER clients_search_au AFTER UPDATE OF name, pseudonym, case_number ON clients BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4;
    DELETE FROM search_parts WHERE rowid = old.id * 4;
END;
CREATE TRIGGER consultations_search_ad AFTER DELETE ON consultations BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
    DELETE FROM search_parts WHERE rowid = old.id * 4 + 1;
END;
CREATE TRIGGER consultations_search_au AFTER UPDATE OF note ON consultations BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
    DELETE FROM search_parts WHERE rowid = old.id * 4 + 1;
END;
CREATE TRIGGER referrals_search_ad AFTER DELETE ON referrals BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
    DELETE FROM search_parts WHERE rowid = old.id * 4 + 2;
END;
CREATE TRIGGER referrals_search_au AFTER UPDATE OF outcome_note ON referrals BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
    DELETE FROM search_parts WHERE rowid = old.id * 4 + 2;
END;
