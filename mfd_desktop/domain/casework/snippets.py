"""Snippets of search hits: the part of a note around the first match, with the matching
words (or, for a part-word match, the matching part of a word) marked, and the check
whether a part-word candidate really holds every term inside a word.

Both work on the original text (not the folded index copy), so the counsellor sees
"Müller", not "mueller". A search shows 50 snippets of notes about 500 characters long,
so the per-word work is kept out of Python loops (issue 21, `search_layer_ratio`):

- every distinct whitespace-separated token is checked once per search; a note whose
  tokens were all seen costs one set operation;
- the tokens seen for the first time are checked together: their folded forms (cached
  across searches, they do not depend on the query) are joined into one string and the
  query's pattern runs over it once, at C speed; only the few tokens it finds get the
  exact check that also says which characters to mark;
- the first match is found with `filter`/`list.index` (C speed, stopping at it) and only
  the tokens inside the shown window are walked.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

from mfd_desktop.domain.casework.search_query import (
    _UMLAUTS,
    _UMLAUTS_PLAIN,
    _WORD,
    ParsedQuery,
    _fold_with,
    _word_forms,
    fold,
    fold_plain,
    part_tokens,
)

Spans = tuple[tuple[int, int], ...]


@functools.lru_cache(maxsize=20_000)
def _fold_map(word: str, plain: bool) -> tuple[str, tuple[int, ...]] | None:
    """`word` folded character by character, with the index in `word` of every folded
    character; None if that differs from folding the word as a whole (decomposed input)."""
    table = _UMLAUTS_PLAIN if plain else _UMLAUTS
    folded: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(word):
        piece = _fold_with(ch, table)
        folded.append(piece)
        origin += [i] * len(piece)
    text = "".join(folded)
    return (text, tuple(origin)) if text == _fold_with(word, table) else None


def _part_spans(word: str, tokens: tuple[str, ...]) -> Spans:
    """Where the tokens occur inside `word`, as spans of the original characters (the
    whole word if its folding cannot be mapped back character by character)."""
    spans: list[tuple[int, int]] = []
    for plain in (False, True):
        mapped = _fold_map(word, plain)
        if mapped is None:
            folded = fold_plain(word) if plain else fold(word)
            if any(token in folded for token in tokens):
                return ((0, len(word)),)
            continue
        folded, origin = mapped
        for token in tokens:
            at = folded.find(token)
            if at >= 0:
                spans.append((origin[at], origin[at + len(token) - 1] + 1))
        if spans:
            break
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


@functools.lru_cache(maxsize=50_000)
def _token_words(token: str) -> tuple[tuple[int, str], ...]:
    """The words of a whitespace-separated token with their offsets. The same tokens recur
    in every note and every search, so this does not depend on the query (issue 21: a
    search's snippets checked ~200 distinct tokens, each split anew)."""
    return tuple((m.start(), m.group()) for m in _WORD.finditer(token))


@functools.lru_cache(maxsize=50_000)
def _token_forms(token: str) -> str:
    """The folded forms (both foldings) of a token's words, each between spaces
    (" mueller muller strasse "): what a query's pattern runs over. One line of the
    string `Matcher` searches; never holds a newline (words are letters and digits)."""
    forms = [form for _offset, word in _token_words(token) for form in _word_forms(word)]
    return f" {' '.join(forms)} "


def _lines(pattern: re.Pattern[str], text: str) -> list[int]:
    """Numbers of the lines of `text` in which `pattern` matches (each line once)."""
    found: list[int] = []
    line = counted = pos = 0
    while (match := pattern.search(text, pos)) is not None:
        line += text.count("\n", counted, match.start())
        counted = match.start()
        found.append(line)
        pos = text.find("\n", match.start()) + 1
        if pos == 0:
            break
    return found


def _alternatives(words: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words)) + ")"


class Matcher:
    """Which tokens of the original text match the query (a word folded either way
    exactly, or as a prefix, or — for part-word queries — anywhere inside a word); one per
    search, remembering every token it has checked."""

    def __init__(self, parsed: ParsedQuery):
        self.parsed = parsed
        exact: set[str] = set()
        prefixes: list[str] = []
        for term in parsed.terms:
            for i, token in enumerate(term.tokens):
                if term.prefix and i == len(term.tokens) - 1:
                    prefixes.append(token)
                else:
                    exact.add(token)
        self._exact = frozenset(exact)
        self._prefixes = tuple(prefixes)
        self.parts = part_tokens(parsed)
        # Over _token_forms() lines: a form equal to an exact token, starting with a
        # prefix, or holding a part token. A superset test: what it finds is checked
        # exactly by _match().
        pieces = ([f" {_alternatives(exact)} "] if exact else []) \
            + ([f" {_alternatives(prefixes)}"] if prefixes else []) \
            + ([_alternatives(self.parts)] if self.parts else [])
        self._pattern = re.compile("|".join(pieces)) if pieces else None
        # per part token: a pattern for "inside a form" and one for "a whole form" (or
        # its start, where the query term is a prefix), see part_only()
        self._part_patterns = tuple(
            (re.compile(re.escape(token)),
             re.compile(f" {re.escape(token)}" + ("" if prefix else " ")))
            for token, prefix in (
                (token, any(t.prefix for t in parsed.terms if t.tokens == (token,)))
                for token in self.parts))
        self._memo: dict[str, Spans] = {}      # word → spans
        self._seen: set[str] = set()           # whitespace-separated tokens checked
        self.hits: dict[str, Spans] = {}       # … and those of them that match, with spans
        self.opens: dict[str, int] = {}        # … and where a window showing them opens
        self._masked: set[str] = set()         # tokens checked by part_only()
        # per part token: the tokens holding it inside a word / as a whole word
        self._inside: tuple[set[str], ...] = tuple(set() for _ in self.parts)
        self._whole: tuple[set[str], ...] = tuple(set() for _ in self.parts)

    def _match(self, word: str) -> Spans:
        forms = _word_forms(word)
        if not self._exact.isdisjoint(forms):
            return ((0, len(word)),)
        if self._prefixes:
            for form in forms:
                if form.startswith(self._prefixes):
                    return ((0, len(word)),)
        for token in self.parts:
            for form in forms:
                if token in form:
                    return _part_spans(word, self.parts)
        return ()

    def _word(self, word: str) -> Spans:
        spans = self._memo.get(word)
        if spans is None:
            spans = self._memo[word] = self._match(word)
        return spans

    def _token(self, token: str) -> Spans:
        """Spans inside a whitespace-separated token ("(Jobcenter)," → its word's spans)."""
        spans: list[tuple[int, int]] = []
        for offset, word in _token_words(token):
            hit = self._word(word)
            if hit:
                spans += [(offset + s, offset + e) for s, e in hit]
        return tuple(spans)

    def learn(self, tokens: list[str]) -> dict[str, Spans]:
        """Check the tokens not seen before in this search; returns `hits` (every matching
        token seen so far, with its spans)."""
        seen = self._seen
        if seen.issuperset(tokens):  # most notes: every token seen in an earlier note
            return self.hits
        new = list(set(tokens).difference(seen))
        seen.update(new)
        if self._pattern is not None:
            forms = "\n".join(map(_token_forms, new))
            for line in _lines(self._pattern, forms):
                token = new[line]
                spans = self._token(token)
                if spans:
                    self.hits[token] = spans
                    # where a window showing this token opens: the start of the word
                    # holding its first matching part
                    inside = spans[0][0]
                    self.opens[token] = next((o for o, w in _token_words(token)
                                              if o <= inside < o + len(w)), inside)
        return self.hits

    def part_only(self, text: str) -> bool:
        """Whether `text` holds every part token inside some word, and is not a
        whole-word match of the query (then the word ranking decides about it)."""
        tokens = set(text.split())
        new = list(tokens.difference(self._masked))
        if new:
            self._masked.update(new)
            forms = "\n".join(map(_token_forms, new))
            for (inside, whole), found_inside, found_whole in zip(
                    self._part_patterns, self._inside, self._whole, strict=True):
                found_inside.update(new[line] for line in _lines(inside, forms))
                found_whole.update(new[line] for line in _lines(whole, forms))
        if any(found.isdisjoint(tokens) for found in self._inside):
            return False
        return any(found.isdisjoint(tokens) for found in self._whole)


def make_snippet(text: str, parsed: ParsedQuery, width: int = 160, *,
                 matcher: Matcher | None = None) -> tuple[tuple[str, bool], ...]:
    """Segments of `text` (whitespace made single spaces) around the first match, with
    the matching words (or, for a part-word match, the matching part of the word) marked."""
    tokens = (text or "").split()
    if not tokens:
        return ()
    matcher = matcher if matcher is not None else Matcher(parsed)
    hits = matcher.learn(tokens)
    first = next(filter(hits.__contains__, tokens), None)  # stops at the first match
    text = " ".join(tokens)
    if first is None:
        start = 0
    else:
        first_index = tokens.index(first)
        token_at = sum(map(len, itertools.islice(tokens, first_index))) + first_index
        first_start = token_at + matcher.opens[first]
        start = max(0, first_start - width // 3)
        if start > 0:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < first_start else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    segments: list[tuple[str, bool]] = [("…", False)] if start > 0 else []
    pos = start
    if first is not None:
        # The matching tokens from the first one to the end of the window: the window's
        # part of the text split at its single spaces gives the tokens (the last one
        # perhaps cut short: its spans are looked up under the whole token).
        shown = text[token_at:end].split(" ")
        if end < len(text) and text[end] != " ":
            shown[-1] = tokens[first_index + len(shown) - 1]
        at = token_at
        for index in itertools.compress(itertools.count(), map(hits.__contains__, shown)):
            found = hits[shown[index]]
            if index:
                at = token_at + sum(map(len, shown[:index])) + index
            for s, e in found:
                s, e = at + s, at + e
                if s < start or e > end:
                    continue
                if s > pos:
                    segments.append((text[pos:s], False))
                segments.append((text[s:e], True))
                pos = e
    if pos < end:
        segments.append((text[pos:end], False))
    if end < len(text):
        segments.append(("…", False))
    return tuple(segments)
