import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mfd_desktop.domain.casework import clients, consultations, search
from mfd_desktop.domain.casework.clients import Client
from mfd_desktop.domain.casework.consultations import Consultation
from mfd_desktop.domain.referrals import referrals
from mfd_desktop.domain.referrals.referrals import Referral


@pytest.fixture
def people(vault):
    conn = vault.conn
    ids = {}
    ids["mueller"] = clients.create_client(conn, Client(name="Jürgen Müller", case_number="MZ-2026-0042"))
    ids["haddad"] = clients.create_client(conn, Client(name="Amina Haddad", case_number="MZ-2026-0043"))
    ids["mueller2"] = clients.create_client(conn, Client(name="Mueller Brigitte"))
    ids["anon"] = clients.create_client(conn, Client(anonymous=True, tags=["Wohnungssuche"]))
    consultations.add_consultation(conn, Consultation(
        ids["haddad"], note="Termin in der Große Bleiche Straße; Mietvertrag mit Herrn Müller "
                            "geprüft. Antrag auf Wohngeld gestellt."))
    consultations.add_consultation(conn, Consultation(
        ids["anon"], note="Ausländerbehörde: Verlängerung der Aufenthaltserlaubnis beantragt."))
    referrals.add_referral(conn, Referral(ids["mueller"], target_key="schuldnerberatung",
                                          outcome_note="Schuldnerberatung Caritas übernimmt."))
    return ids


def found(conn, query):
    return [h.client_id for h in search.search(conn, query).hits]


@pytest.mark.parametrize("query", ["Müller", "müller", "MÜLLER", "mueller", "muller", "Mül", "mul",
                                   "Mue"])
def test_german_folding_finds_mueller(vault, people, query):
    hits = found(vault.conn, query)
    assert people["mueller"] in hits


def test_umlaut_spelling_variants_in_the_data(vault, people):
    # "Mueller" written with ue is found by the umlaut spelling too
    assert people["mueller2"] in found(vault.conn, "Müller")


def test_strasse_finds_strasse_with_eszett(vault, people):
    assert found(vault.conn, "strasse") == [people["haddad"]]
    assert found(vault.conn, "Straße") == [people["haddad"]]
    assert people["anon"] in found(vault.conn, "auslanderbehorde")
    assert people["anon"] in found(vault.conn, "Auslaenderbehoerde")


def test_case_numbers_and_tags(vault, people):
    assert found(vault.conn, "MZ-2026-0042") == [people["mueller"]]
    assert found(vault.conn, "mz-2026-0043") == [people["haddad"]]
    assert set(found(vault.conn, "MZ-2026")) == {people["mueller"], people["haddad"]}
    assert found(vault.conn, "wohnungssuche") == [people["anon"]]


def test_phrases_in_quotes(vault, people):
    assert found(vault.conn, '"große bleiche"') == [people["haddad"]]
    assert found(vault.conn, '"bleiche große"') == []
    assert found(vault.conn, '"Antrag auf Wohngeld"') == [people["haddad"]]


def test_several_words_must_all_match(vault, people):
    assert found(vault.conn, "Mietvertrag Wohngeld") == [people["haddad"]]
    assert found(vault.conn, "Mietvertrag Schuldnerberatung") == []


def test_ranking_prefers_names_over_mentions_in_notes(vault, people):
    hits = found(vault.conn, "Müller")
    # Jürgen Müller and Brigitte Mueller by name; Haddad only mentions "Herrn Müller" in a note
    assert people["haddad"] in hits
    assert hits.index(people["haddad"]) > hits.index(people["mueller"])


def test_snippets_show_original_text_with_highlight(vault, people):
    result = search.search(vault.conn, "wohngeld")
    hit = result.hits[0]
    assert hit.kind == "consultation"
    assert "[Wohngeld]" in hit.snippet_text()
    assert "<b>Wohngeld</b>" in hit.snippet_html()
    result = search.search(vault.conn, "<script>")
    assert all("<script>" not in h.snippet_html() for h in result.hits)


def test_referral_outcome_notes_are_searchable(vault, people):
    hits = search.search(vault.conn, "caritas").hits
    assert [h.client_id for h in hits] == [people["mueller"]]
    assert hits[0].kind == "referral"


def test_index_follows_changes_and_rebuild(vault, people):
    conn = vault.conn
    c = clients.get_client(conn, people["haddad"])
    c.name = "Amina Nasser"
    clients.update_client(conn, people["haddad"], c)
    assert found(conn, "Nasser") == [people["haddad"]]
    assert people["haddad"] not in found(conn, "Haddad")
    # a change outside the services drops the stale row (trigger); rebuild restores it
    conn.execute("UPDATE clients SET name = 'Samir Yilmaz' WHERE id = ?", (people["mueller"],))
    assert found(conn, "Jürgen") == []
    assert search.rebuild(conn) > 0
    assert found(conn, "Yilmaz") == [people["mueller"]]


NASTY = ['"AND(', "*", "NEAR/", 'NEAR("a" "b", 2)', '"', '"""', "a OR", "OR", "AND", "NOT",
         "x" * 10_000, "\x00\x01\x02\x1b[31m", "^", "-", "'; DROP TABLE clients; --", "(", ")",
         "{body}: x", "body:müller", "mül*", "* *", "\u202e", "🙂", "   ", "", None, "\n\t",
         "müller" * 3000, " ".join(["wort"] * 500)]


@pytest.mark.parametrize("query", NASTY)
def test_nasty_input_never_raises(vault, people, query):
    result = search.search(vault.conn, query)
    if not result.hits:
        assert result.hint  # at worst no results with a German hint
    assert clients.count_clients(vault.conn) == 4


def test_operators_in_input_are_words_not_syntax(vault, people):
    assert found(vault.conn, "body:müller") == found(vault.conn, "body müller")
    assert search.build_match('"AND(') == '"and"'  # unbalanced quote: the rest is a phrase
    assert search.build_match("*") is None
    assert search.build_match("mül*") == '"muel"*'


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
def test_fuzzed_queries_never_raise(vault, query):
    result = search.search(vault.conn, query)
    assert isinstance(result.hits, list)
    match = search.build_match(query)
    if match is not None:
        vault.conn.execute("SELECT count(*) FROM search_index WHERE search_index MATCH ?",
                           (match,)).fetchone()


def test_folding_rules():
    assert search.fold("Müller-Straße") == "mueller-strasse"
    assert search.fold_plain("Müller") == "muller"
    assert search.fold("Çelik Şahin") == "celik sahin"
    assert search.fold("GROSS") == "gross"
    assert search.words("Ali's MZ-2026-0042") == ["ali", "s", "mz", "2026", "0042"]


def test_a_very_common_word_is_ranked_among_its_newest_matches(vault, monkeypatch):
    from mfd_desktop.domain.casework import clients, consultations
    from mfd_desktop.domain.casework import search as search_service

    conn = vault.conn
    old = clients.create_client(conn, clients.Client(name="Erste Person"))
    new = clients.create_client(conn, clients.Client(name="Zweite Person"))
    # the older client's note mentions the word more often (better bm25), the newer once
    consultations.add_consultation(conn, consultations.Consultation(
        old, held_on="2025-01-02", note="Jobcenter Jobcenter Jobcenter Bescheid"))
    for _ in range(3):
        consultations.add_consultation(conn, consultations.Consultation(
            new, held_on="2026-01-02", note="Termin beim Jobcenter und viele andere Wörter dazu"))
    everything = search_service.search(conn, "Jobcenter")
    assert [h.client_id for h in everything.hits] == [old, new]
    monkeypatch.setattr(search_service, "RANK_WINDOW", 3)
    windowed = search_service.search(conn, "Jobcenter")
    assert [h.client_id for h in windowed.hits] == [new]  # only the 3 newest matches ranked
    assert [h.client_id for h in search_service.search(conn, "Bescheid").hits] == [old]
