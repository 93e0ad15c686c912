"""Part-word search (issue 21): parts of German compound words find the compound, inside
the encrypted vault (FTS5 trigram table `search_parts`, db/0012), with the umlaut and ß
folding of the word index; whole-word matches rank above part-word matches; snippets mark
the part that matched; hostile input never raises."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mfd_desktop.domain.casework import clients, consultations, search
from mfd_desktop.domain.casework.clients import Client
from mfd_desktop.domain.casework.consultations import Consultation
from mfd_desktop.domain.referrals import referrals
from mfd_desktop.domain.referrals.referrals import Referral
from mfd_desktop.storage import migrations
from mfd_desktop.storage.transaction import transaction

NOTES = {
    "ablehnung": "Gegen den Ablehnungsbescheid des Bundesamts ist Klage möglich.",
    "bewilligung": "Der Bewilligungsbescheid der Familienkasse ist da.",
    "haupt": "Umzug in die Hauptstraße 12 steht an.",
    "behoerde": "Termin bei der Ausländerbehörde am Montag.",
    "kita": "Für die Tochter ist ein Kitaplatz zugesagt.",
    "whole": "Der Bescheid kam gestern, Behörde und Platz sind bekannt.",
    # the trigrams of "bescheid" (bes, esc, sch, che, hei, eid) spread over other words
    "decoy": "Besuch beim Schreiner, eidesstattliche Erklärung, Schule geheizt, Escher-Druck.",
}


@pytest.fixture
def people(vault):
    conn = vault.conn
    ids = {}
    for n, (key, note) in enumerate(NOTES.items()):
        ids[key] = clients.create_client(conn, Client(pseudonym=f"Person {n}"))
        consultations.add_consultation(conn, Consultation(ids[key], note=note))
    ids["schmueller"] = clients.create_client(conn, Client(name="Anna Schmüller"))
    referrals.add_referral(conn, Referral(ids["schmueller"], target_key="schuldnerberatung",
                                          outcome_note="Wohnungsbaugesellschaft hat zugesagt."))
    return ids


def found(conn, query):
    return [h.client_id for h in search.search(conn, query).hits]


def part_rows(conn, text):
    """Row ids the trigram table holds for `text` (the AND of its trigrams)."""
    match = search.part_match(search.part_tokens(search.parse(text)))
    return {r for (r,) in conn.execute(
        "SELECT rowid FROM search_parts WHERE search_parts MATCH ?", (match,))}


@pytest.mark.parametrize(("query", "keys"), [
    ("bescheid", ["whole", "bewilligung", "ablehnung"]),   # whole word first, then newest
    ("Bescheid", ["whole", "bewilligung", "ablehnung"]),
    ("straße", ["haupt"]), ("strasse", ["haupt"]), ("STRASSE", ["haupt"]),
    ("behörde", ["whole", "behoerde"]), ("behoerde", ["whole", "behoerde"]),
    ("behorde", ["whole", "behoerde"]),
    ("platz", ["whole", "kita"]),
    ("länderbeh", ["behoerde"]), ("landerbeh", ["behoerde"]),
    ("muller", ["schmueller"]), ("mueller", ["schmueller"]), ("Müller", ["schmueller"]),
    ("baugesell", ["schmueller"]),                             # in a referral outcome
    ("ablehnungs bundesamt", ["ablehnung"]),                  # every term must match
])
def test_part_words_find_compounds(vault, people, query, keys):
    assert found(vault.conn, query) == [people[k] for k in keys]


def test_whole_word_matches_rank_above_part_word_matches(vault, people):
    hits = search.search(vault.conn, "bescheid").hits
    assert [h.client_id for h in hits][0] == people["whole"]
    assert hits[0].score < 0 and {h.score for h in hits[1:]} == {search.PART_SCORE}
    # the same fields for part-word hits (the JSON contract of `mfd search`)
    assert hits[1].as_dict().keys() == hits[0].as_dict().keys()


def test_trigrams_from_different_words_are_not_a_match(vault, people):
    conn = vault.conn
    decoy = people["decoy"]
    decoy_row = conn.execute("SELECT id FROM consultations WHERE client_id = ?",
                             (decoy,)).fetchone()[0] * 4 + 1
    assert decoy_row in part_rows(conn, "bescheid")  # the index alone would say yes
    assert decoy not in found(conn, "bescheid")        # the check of the text says no


def test_snippets_mark_the_part_that_matched(vault, people):
    conn = vault.conn

    def snippet(query, key):
        hit = next(h for h in search.search(conn, query).hits if h.client_id == people[key])
        return hit.snippet_text()

    assert "Ablehnungs[bescheid]" in snippet("bescheid", "ablehnung")
    assert "Haupt[straße]" in snippet("strasse", "haupt")
    assert "Ausländer[behörde]" in snippet("behorde", "behoerde")
    assert "Ausländer[behörde]" in snippet("behoerde", "behoerde")
    assert "Kita[platz]" in snippet("platz", "kita")
    assert "Aus[länderbeh]örde" in snippet("landerbeh", "behoerde")
    assert "Sch[müller]" in snippet("mueller", "schmueller")
    whole = snippet("bescheid", "whole")
    assert "[Bescheid]" in whole
    hit = next(h for h in search.search(conn, "platz").hits if h.client_id == people["kita"])
    assert ("platz", True) in hit.snippet and "Kita<b>platz</b>" in hit.snippet_html()


def test_snippet_of_decomposed_umlauts_marks_the_whole_word():
    parsed = search.parse("behörde")
    text = "Termin bei der Ausla\u0308nderbeho\u0308rde."  # combining diaeresis
    segments = search.make_snippet(text, parsed)
    assert ("Ausla\u0308nderbeho\u0308rde", True) in segments


def test_short_terms_match_word_starts_only(vault, people):
    assert search.part_tokens(search.parse("pl")) == ()
    assert search.part_tokens(search.parse("platz pl")) == ()
    assert search.part_tokens(search.parse('"kita platz"')) == ()
    assert found(vault.conn, "at") == []            # no trigram lookup for two letters
    assert found(vault.conn, "Pl") == [people["whole"]]   # word start: "Platz"


def test_index_follows_changes(vault, people):
    conn = vault.conn
    row_of = {key: conn.execute("SELECT id FROM consultations WHERE client_id = ?",
                                (people[key],)).fetchone()[0] for key in ("kita", "haupt")}
    consultation_id = row_of["kita"]
    assert consultation_id * 4 + 1 in part_rows(conn, "kitaplatz")
    consultations.update_consultation(conn, consultation_id, Consultation(
        people["kita"], note="Jetzt ein Hortplatz."))
    assert found(conn, "kitaplatz") == [] and found(conn, "hortpl") == [people["kita"]]
    assert consultation_id * 4 + 1 not in part_rows(conn, "kitaplatz")
    # a change outside the services: the trigger drops the row from both indexes
    conn.execute("UPDATE consultations SET note = 'ohne' WHERE id = ?", (consultation_id,))
    assert part_rows(conn, "hortplatz") == set()
    # deleting a client removes its rows (the cascade fires the consultation trigger)
    with transaction(conn):
        conn.execute("DELETE FROM clients WHERE id = ?", (people["haupt"],))
    assert part_rows(conn, "hauptstrasse") == set() and found(conn, "straße") == []
    search.forget_client(conn, people["ablehnung"])
    assert part_rows(conn, "ablehnungsbescheid") == set()
    assert search.rebuild(conn) > 0
    assert found(conn, "ablehnungsbes") == [people["ablehnung"]]
    assert part_rows(conn, "hortplatz") == set()
    search.optimize(conn)
    assert found(conn, "bewilligungs") == [people["bewilligung"]]


HOSTILE = ['"AND(', "*", "NEAR/", 'NEAR("abc" "bcd", 2)', '"', '"""', "abc OR", "OR AND NOT",
           "x" * 10_000, "^abc", "-abc", "'; DROP TABLE search_parts; --", "(abc)", "a", "ab",
           "{note}: abc", "note:abc", "abc*", "* *", "\u202e", "🙂🙂🙂", "ß", "ßß", "ẞẞẞ", "...",
           "straße" * 500, " ".join(["platz"] * 500), "\x00\x01abc"]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(vault, people, query):
    result = search.search(vault.conn, query)
    if not result.hits:
        assert result.hint
    assert clients.count_clients(vault.conn) == len(people)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=120))
def test_fuzzed_part_word_queries_never_raise(vault, query):
    result = search.search(vault.conn, query)
    assert isinstance(result.hits, list)
    match = search.part_match(search.part_tokens(search.parse(query)))
    if match is not None:
        vault.conn.execute("SELECT count(*) FROM search_parts WHERE search_parts MATCH ?",
                           (match,)).fetchone()
    assert isinstance(search.fts_rows(vault.conn, query), list)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcäöüßÄÖÜẞeilnrst\u0308", min_size=3, max_size=12),
       st.text(alphabet="abcäöüßeilnrst", max_size=6), st.text(alphabet="abcäöüßeilnrst", max_size=6))
def test_a_part_of_a_word_is_marked_where_it_is(part, before, after):
    word = before + part + after
    segments = search.make_snippet(f"Notiz {word} Ende", search.parse(part))
    if len(search.words(part)) == 1 and len(search.fold(part)) >= search.PART_MIN:
        marked = "".join(text for text, hit in segments if hit)
        assert marked and marked in word  # a piece of the word, never beyond it


def _add_0009_consultation(conn, client_id: int, note: str) -> None:
    """A consultation as the app at db/0009 wrote it (the columns of later migrations,
    e.g. db/0013's service, do not exist yet)."""
    with transaction(conn):
        cur = conn.execute("INSERT INTO consultations(client_id, held_on, channel, method, note) "
                           "VALUES (?, date('now'), 'persoenlich', 'einzelfallberatung', ?)",
                           (client_id, note))
        search.index_consultation(conn, int(cur.lastrowid))


def test_migration_0012_builds_the_index_for_an_existing_vault(monkeypatch, vault_at_schema,
                                                               unlock):
    vault = vault_at_schema(9)
    conn = vault.conn
    # written as the app before 0012 wrote it: the word index only
    monkeypatch.setattr(search, "_put", _put_0009)
    client_id = clients.create_client(conn, Client(name="Jürgen Schmüller"))
    _add_0009_consultation(conn, client_id, "Ablehnungsbescheid, Hauptstraße 3")
    other = clients.create_client(conn, Client(pseudonym="Zweite"))
    _add_0009_consultation(conn, other, "Kitaplatz gefunden")
    vault.lock()
    monkeypatch.undo()
    opened = unlock()
    try:
        conn = opened.conn
        assert migrations.current_version(conn) == migrations.latest_version() >= 10
        assert found(conn, "bescheid") == [client_id]
        assert found(conn, "strasse") == [client_id]
        assert found(conn, "muller") == [client_id]      # name row, umlaut-less folding
        assert found(conn, "platz") == [other]
        # the word index keeps no copy of the texts any more, only kind and client
        assert conn.execute("SELECT note, note_alt, kind, client_id FROM search_index "
                            "WHERE rowid % 4 = 1 AND client_id = ?", (client_id,)
                            ).fetchall() == [(None, None, "consultation", client_id)]
        assert found(conn, "Ablehnungsbescheid") == [client_id]  # word index, migrated
        assert found(conn, "Schmüller") == [client_id]
        # the new triggers keep both indexes in step
        with transaction(conn):
            conn.execute("DELETE FROM clients WHERE id = ?", (other,))
        assert part_rows(conn, "kitaplatz") == set()
        assert {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE "
            "'%search_parts%'")} == {"clients_search_ad", "clients_search_au",
                                     "consultations_search_ad", "consultations_search_au",
                                     "referrals_search_ad", "referrals_search_au"}
    finally:
        opened.lock()


def _put_0009(conn, kind, record_id, client_id, text):
    """search._put as it was before db/0012: the word index only."""
    rowid = search._rowid(kind, record_id)
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
    text = " ".join((text or "").split())
    if not text:
        return
    body, alt = search.fold(text), search.fold_plain(text)
    alt = alt if alt != body else ""
    values = ((rowid, body, alt, "", "", kind, client_id) if kind == search.KIND_CLIENT
              else (rowid, "", "", body, alt, kind, client_id))
    conn.execute("INSERT INTO search_index(rowid, name, name_alt, note, note_alt, kind, "
                 "client_id) VALUES (?, ?, ?, ?, ?, ?, ?)", values)


def test_cli_json_contract_for_part_word_hits(tmp_path):
    from tests.cli.helpers import init_vault, run_mfd

    passphrase = "Rhein Brücke Kaffee Sonne"
    root = tmp_path / "data"
    init_vault(root, passphrase)
    csv_file = tmp_path / "liste.csv"
    csv_file.write_text("Fallnummer;Name;Notiz\nMZ-2024-0007;Jürgen Müller;Ablehnungsbescheid "
                        "liegt vor\nMZ-2024-0008;Amina Haddad;Der Bescheid kam\n", encoding="utf-8")

    def mfd(*args):
        return run_mfd(*args, "--data-dir", str(root), "--passphrase-stdin",
                       stdin=passphrase + "\n")

    assert mfd("import-csv", str(csv_file)).code == 0
    result = mfd("search", "bescheid", "--json")
    assert result.code == 0, result.err
    hits = json.loads(result.out)
    assert [h["case_number"] for h in hits] == ["MZ-2024-0008", "MZ-2024-0007"]
    assert hits[0].keys() == hits[1].keys() == {"case_number", "name", "client_id", "status",
                                                "found_in", "snippet"}
    assert hits[1]["found_in"] == "consultation"
    assert "Ablehnungs[bescheid]" in hits[1]["snippet"]
