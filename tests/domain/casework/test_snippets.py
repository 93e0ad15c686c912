"""The snippet matcher's fast paths (issue 21) against the plain definitions: a token is
found by the pattern run over many tokens at once exactly when checking it alone says it
matches, and a part-word candidate is accepted exactly when the definition says so."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mfd_desktop.domain.casework import search
from mfd_desktop.domain.casework.search_query import _WORD
from mfd_desktop.domain.casework.snippets import Matcher, make_snippet

QUERIES = ["strasse", "straße", "bescheid", "mül", "mueller", "muller", "platz", "behörde",
           '"frist ist"', "ab", "ssa", "eid", "tz platz", "jobcenter", "12", "Müller Straße"]
PIECES = ["Straße", "strasse", "Bescheid", "Ablehnungsbescheid", "Müller", "Mueller", "Muller",
          "Ausländerbehörde", "Kitaplatz", "Jobcenter", "(Jobcenter),", "Hauptstraße", "platz",
          "Platz-Suche", "Mu\u0308ller", "STRASSE", "Frist", "ist", "12", "2012", "ẞ", "é"]
token = st.one_of(st.sampled_from(PIECES),
                  st.text(alphabet="abeilmnrstuzäöüßÄÖÜé-(),.·12\u0308", min_size=1,
                          max_size=12))


def _whole_or_start(form: str, part: str, prefix: bool) -> bool:
    return form == part or (prefix and form.startswith(part))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(QUERIES), st.lists(token, max_size=40))
def test_a_token_is_found_exactly_when_it_matches_alone(query, tokens):
    parsed = search.parse(query)
    matcher = Matcher(parsed)
    hits = matcher.learn(tokens)
    alone = Matcher(parsed)
    assert set(hits) == {t for t in tokens if alone._token(t)}
    assert all(hits[t] == alone._token(t) for t in hits)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([q for q in QUERIES if search.part_tokens(search.parse(q))]),
       st.lists(st.lists(token, max_size=25), min_size=1, max_size=4))
def test_part_word_candidates_are_judged_as_defined(query, texts):
    parsed = search.parse(query)
    matcher = Matcher(parsed)
    prefix = {t.tokens[0]: t.prefix for t in parsed.terms}
    for words in texts:
        forms = [form for word in _WORD.findall(" ".join(words))
                 for form in (search.fold(word), search.fold_plain(word))]
        inside = all(any(p in f for f in forms) for p in matcher.parts)
        whole = all(any(_whole_or_start(f, p, prefix[p]) for f in forms) for p in matcher.parts)
        assert matcher.part_only(" ".join(words)) == (inside and not whole)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(QUERIES), st.lists(token, max_size=120),
       st.sampled_from([20, 60, 160]))
def test_snippet_text_is_a_window_of_the_text_with_every_match_marked(query, tokens, width):
    parsed = search.parse(query)
    text = " ".join(tokens)
    segments = make_snippet(text, parsed, width)
    shown = "".join(t for t, _hit in segments)
    assert shown.strip("…") in " ".join(text.split())
    matcher = Matcher(parsed)
    for part, marked in segments:
        if marked:  # only what matches is marked
            assert any(matcher._token(t) for t in part.split()) or matcher._word(part)
