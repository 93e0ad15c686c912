"""Folding German text and turning user input into safe FTS5 queries (search.py's
first half, shared with snippets.py).

German folding: lowercase, ä→ae, ö→oe, ü→ue, ß→ss, other diacritics removed, and the
umlaut-less variant (ü→u) beside it, so "Müller", "mueller" and "muller" all find
Müller. User input never reaches MATCH as syntax: `parse()` tokenises it itself (words
of letters and digits only), quotes every token and joins them with AND.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

MAX_QUERY_CHARS = 500
MAX_TERMS = 12
PART_MIN = 3  # the trigram index needs three characters; shorter terms match word starts only

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_UMLAUTS_PLAIN = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})
# letters and digits, with combining marks inside a word (decomposed "u\u0308" stays one word)
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")


# ----- folding ---------------------------------------------------------------------------

def _fold_with(text: str, umlauts: dict[int, str]) -> str:
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFC", text).casefold()  # casefold: ß → ss, ẞ → ss
    text = unicodedata.normalize("NFKD", text.translate(umlauts))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """German folding: 'Müller-Straße' → 'mueller-strasse'."""
    return _fold_with(text, _UMLAUTS)


def fold_plain(text: str) -> str:
    """Umlaut-less folding: 'Müller' → 'muller'."""
    return _fold_with(text, _UMLAUTS_PLAIN)


@functools.lru_cache(maxsize=20_000)
def _word_forms(word: str) -> frozenset[str]:
    return frozenset((fold(word), fold_plain(word)))


def words(text: str) -> list[str]:
    """Folded search tokens of a text, split like FTS5's unicode61 tokenizer."""
    return _WORD.findall(fold(text))


# ----- building a safe query -------------------------------------------------------------

@dataclass(frozen=True)
class Term:
    tokens: tuple[str, ...]     # folded tokens
    prefix: bool                # last token is a prefix
    phrase: bool                # from quotes

    def fts(self) -> str:
        # Tokens contain letters and digits only, so quoting cannot be escaped from.
        quoted = '"' + " ".join(self.tokens) + '"'
        return quoted + ("*" if self.prefix else "")


@dataclass
class ParsedQuery:
    terms: list[Term] = field(default_factory=list)
    truncated: bool = False

    def match(self) -> str | None:
        if not self.terms:
            return None
        return " AND ".join(t.fts() for t in self.terms)


def parse(query: str | None) -> ParsedQuery:
    """Tokenise user input into safe terms: quotes → phrases, other words → prefix terms."""
    parsed = ParsedQuery()
    text = "".join(ch if ch.isprintable() else " " for ch in str(query or ""))
    if len(text) > MAX_QUERY_CHARS:
        text, parsed.truncated = text[:MAX_QUERY_CHARS], True
    segments = text.split('"')
    for index, segment in enumerate(segments):
        in_quotes = index % 2 == 1
        if in_quotes:
            tokens = tuple(words(segment))
            if tokens:
                parsed.terms.append(Term(tokens, prefix=False, phrase=True))
            continue
        for word in segment.split():
            tokens = tuple(words(word))
            if not tokens:
                continue
            # A single character as a prefix would scan the whole index: match it exactly.
            prefix = len(tokens[-1]) >= 2
            parsed.terms.append(Term(tokens, prefix=prefix, phrase=False))
    if len(parsed.terms) > MAX_TERMS:
        parsed.terms, parsed.truncated = parsed.terms[:MAX_TERMS], True
    return parsed


def build_match(query: str | None) -> str | None:
    """The FTS5 MATCH expression for user input, or None if it has no searchable words."""
    return parse(query).match()


def part_tokens(parsed: ParsedQuery) -> tuple[str, ...]:
    """The folded tokens a part-word search looks for, or () when the query has no
    part-word form: every term must be one word (no phrase) of at least PART_MIN
    characters (the trigram index cannot look up anything shorter)."""
    tokens: list[str] = []
    for term in parsed.terms:
        if term.phrase or len(term.tokens) != 1 or len(term.tokens[0]) < PART_MIN:
            return ()
        tokens.append(term.tokens[0])
    return tuple(dict.fromkeys(tokens))


def part_match(tokens: tuple[str, ...]) -> str | None:
    """The MATCH expression for `search_parts` (trigram, detail=none): the AND of
    trigrams covering each token — every third one and the last, which is enough to
    find each candidate; the candidates are checked against their text afterwards."""
    grams: list[str] = []
    for token in tokens:
        starts = list(range(0, len(token) - 2, 3))
        if starts[-1] != len(token) - 3:
            starts.append(len(token) - 3)
        grams += [token[i:i + 3] for i in starts]
    # Tokens hold letters and digits only (see words()), so quoting cannot be escaped.
    return " AND ".join(f'"{g}"' for g in dict.fromkeys(grams)) or None

