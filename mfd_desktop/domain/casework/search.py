"""Full-text search over names, case numbers and notes (SQLite FTS5 inside the vault).

German folding: the index holds a folded copy of each text (lowercase, ä→ae, ö→oe,
ü→ue, ß→ss, other diacritics removed) and, where it differs, the umlaut-less variant
(ü→u) in a second column (`name`/`name_alt` for clients, `note`/`note_alt` for notes). A query is folded the same way, so
"Müller", "mueller" and "muller" all find Müller, and "strasse" finds "Straße".

Safety: user input never reaches MATCH as syntax. `build_match()` tokenises the input
itself (words of letters and digits only), quotes every token and joins them with
AND; quoted input becomes a phrase, every other word a prefix query. Any input, however
strange, gives results or a German hint, never an exception.

Row ids encode the source (see db/0002_casework.sql): client id*4, consultation
id*4+1, referral id*4+2. The services call `index_*` after every write; the database
triggers delete stale rows on update/delete, and `rebuild()` restores everything.
"""

from __future__ import annotations

import functools
import html
import itertools
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection, DatabaseError

log = logging.getLogger("mfd.domain.search")

KIND_CLIENT, KIND_CONSULTATION, KIND_REFERRAL = "client", "consultation", "referral"
_KIND_OFFSET = {KIND_CLIENT: 0, KIND_CONSULTATION: 1, KIND_REFERRAL: 2}

MAX_QUERY_CHARS = 500
MAX_TERMS = 12
DEFAULT_LIMIT = 50
RANK_WINDOW = 3000  # matches ranked by bm25 at most (the newest ones), see search()
SEARCH_CACHE_KIB = 32 * 1024

HINT_EMPTY = Msg("search.hint_empty")
HINT_NO_WORDS = Msg("search.hint_no_words")
HINT_NOTHING = Msg("search.hint_nothing")
HINT_TOO_LONG = Msg("search.hint_too_long")
HINT_FAILED = Msg("search.hint_failed")


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_UMLAUTS_PLAIN = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})
_WORD = re.compile(r"[^\W_]+")


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


# ----- writing the index -----------------------------------------------------------------

def _rowid(kind: str, record_id: int) -> int:
    return int(record_id) * 4 + _KIND_OFFSET[kind]


def _put(conn: Connection, kind: str, record_id: int, client_id: int, text: str) -> None:
    rowid = _rowid(kind, record_id)
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
    text = " ".join((text or "").split())
    if not text:
        return
    body = fold(text)
    alt = fold_plain(text)
    alt = alt if alt != body else ""
    if kind == KIND_CLIENT:
        values = (rowid, body, alt, "", "", kind, client_id)
    else:
        values = (rowid, "", "", body, alt, kind, client_id)
    conn.execute(
        "INSERT INTO search_index(rowid, name, name_alt, note, note_alt, kind, client_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", values,
    )


def client_text(conn: Connection, client_id: int) -> str:
    row = conn.execute("SELECT case_number, name, pseudonym FROM clients WHERE id = ?",
                       (client_id,)).fetchone()
    if row is None:
        return ""
    tags = [t for (t,) in conn.execute("SELECT tag FROM client_tags WHERE client_id = ? "
                                       "ORDER BY tag", (client_id,))]
    return " · ".join(p for p in (row[0], row[1], row[2], *tags) if p)


def index_client(conn: Connection, client_id: int) -> None:
    _put(conn, KIND_CLIENT, client_id, client_id, client_text(conn, client_id))


def index_consultation(conn: Connection, consultation_id: int) -> None:
    row = conn.execute("SELECT client_id, note FROM consultations WHERE id = ?",
                       (consultation_id,)).fetchone()
    if row is None:
        conn.execute("DELETE FROM search_index WHERE rowid = ?",
                     (_rowid(KIND_CONSULTATION, consultation_id),))
        return
    _put(conn, KIND_CONSULTATION, consultation_id, row[0], row[1])


def index_referral(conn: Connection, referral_id: int) -> None:
    row = conn.execute("SELECT client_id, outcome_note FROM referrals WHERE id = ?",
                       (referral_id,)).fetchone()
    if row is None:
        conn.execute("DELETE FROM search_index WHERE rowid = ?",
                     (_rowid(KIND_REFERRAL, referral_id),))
        return
    _put(conn, KIND_REFERRAL, referral_id, row[0], row[1] or "")


def rebuild(conn: Connection) -> int:
    """Rebuild the whole index from the records; returns the number of rows indexed."""
    from mfd_desktop.storage.transaction import transaction

    with transaction(conn):
        conn.execute("DELETE FROM search_index")
        for (cid,) in conn.execute("SELECT id FROM clients").fetchall():
            index_client(conn, cid)
        for (kid,) in conn.execute("SELECT id FROM consultations WHERE note <> ''").fetchall():
            index_consultation(conn, kid)
        for (rid,) in conn.execute("SELECT id FROM referrals WHERE coalesce(outcome_note, '') <> ''"
                                   ).fetchall():
            index_referral(conn, rid)
        count: int = conn.execute("SELECT count(*) FROM search_index").fetchone()[0]
    log.info("search index rebuilt with %d rows", count)
    return count


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


# ----- searching -------------------------------------------------------------------------

@dataclass(frozen=True)
class Hit:
    client_id: int
    case_number: str
    name: str | None
    pseudonym: str | None
    anonymous: bool
    status: str
    kind: str                       # where the best match is: client, consultation, referral
    record_id: int
    score: float
    snippet: tuple[tuple[str, bool], ...]   # (text, highlighted) segments

    @property
    def display_name(self) -> str:
        return display_name(self.name, self.pseudonym, self.anonymous)

    def snippet_text(self, before: str = "[", after: str = "]") -> str:
        return "".join(f"{before}{t}{after}" if hit else t for t, hit in self.snippet)

    def snippet_html(self) -> str:
        return "".join(f"<b>{html.escape(t)}</b>" if hit else html.escape(t)
                       for t, hit in self.snippet)

    def as_dict(self) -> dict[str, Any]:
        return {
            "case_number": self.case_number,
            "name": self.display_name,
            "client_id": self.client_id,
            "status": self.status,
            "found_in": self.kind,
            "snippet": self.snippet_text(),
        }


@dataclass(frozen=True)
class SearchResult:
    hits: list[Hit]
    hint: Msg | None = None  # rendered by the GUI


def display_name(name: str | None, pseudonym: str | None, anonymous: bool) -> str:
    if name:
        return name
    if pseudonym:
        return pseudonym
    return "anonym" if anonymous else "ohne Namen"


def _tune(conn: Connection) -> None:
    """A larger page cache for this connection (a cheap no-op when already set): SQLCipher
    decrypts every page it reads, and ranking a common word touches many index pages."""
    conn.execute(f"PRAGMA cache_size = -{SEARCH_CACHE_KIB}")


RANKED_MATCH_SQL = (
    "SELECT rowid, kind, client_id, rank FROM search_index WHERE search_index MATCH ? "
    "AND rowid >= coalesce((SELECT rowid FROM search_index WHERE search_index MATCH ? "
    "ORDER BY rowid DESC LIMIT 1 OFFSET ?), 0) "
    "ORDER BY rank LIMIT ?"
)


def ranked_rows(conn: Connection, match: str, rows: int) -> list[tuple[Any, ...]]:
    """The bare FTS5 query of `search()`: (rowid, kind, client_id, rank), best first."""
    ranked: list[tuple[Any, ...]] = conn.execute(
        RANKED_MATCH_SQL, (match, match, RANK_WINDOW - 1, rows)).fetchall()
    return ranked


def search(conn: Connection, query: str | None, *, limit: int = DEFAULT_LIMIT) -> SearchResult:
    """Ranked clients matching `query`; never raises for any input."""
    if not str(query or "").strip():
        return SearchResult([], HINT_EMPTY)
    parsed = parse(query)
    match = parsed.match()
    if match is None:
        return SearchResult([], HINT_NO_WORDS)
    try:
        _tune(conn)
        # `rank` is bm25 with the column weights stored in the index (names count 4x).
        # Scoring every match of a very common word ("Jobcenter" in 15,000 notes) costs
        # ~40 ms, so a term with more than RANK_WINDOW matches is ranked among its newest
        # RANK_WINDOW matches only (row ids grow with time): the counsellor gets the best
        # recent hits fast; a rarer second word narrows the window to everything again.
        rows = ranked_rows(conn, match, max(1, limit) * 4)
    except DatabaseError as exc:  # should not happen with a built query; never crash the UI
        log.warning("search query failed: %s", type(exc).__name__)
        return SearchResult([], HINT_FAILED)
    best: dict[int, tuple[int, str, float]] = {}
    for rowid, kind, client_id, score in rows:
        if client_id not in best:
            best[client_id] = (rowid, kind, score)
            if len(best) >= limit:
                break
    hits = _hits(conn, best, parsed)
    hint = None
    if not hits:
        hint = HINT_NOTHING
    elif parsed.truncated:
        hint = HINT_TOO_LONG
    return SearchResult(hits, hint)


def _fetch(conn: Connection, sql: str, ids: list[int]) -> dict[int, tuple[Any, ...]]:
    """Rows keyed by their first column, for ids in chunks (SQLite's variable limit)."""
    out: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in conn.execute(sql.format(marks=marks), chunk):
            out[row[0]] = tuple(row[1:])
    return out


def _hits(conn: Connection, best: dict[int, tuple[int, str, float]], parsed: ParsedQuery
          ) -> list[Hit]:
    """Hits in rank order, with three batched look-ups instead of queries per hit."""
    people = _fetch(conn, "SELECT id, case_number, name, pseudonym, anonymous, status FROM clients "
                          "WHERE id IN ({marks})", list(best))
    notes = _fetch(conn, "SELECT id, note FROM consultations WHERE id IN ({marks})",
                   [r // 4 for r, k, _s in best.values() if k == KIND_CONSULTATION])
    outcomes = _fetch(conn, "SELECT id, outcome_note FROM referrals WHERE id IN ({marks})",
                      [r // 4 for r, k, _s in best.values() if k == KIND_REFERRAL])
    tags: dict[int, list[str]] = {}
    client_hits = [cid for cid, (_r, k, _s) in best.items() if k == KIND_CLIENT]
    for start in range(0, len(client_hits), 500):  # client_text() for all of them at once
        chunk = client_hits[start:start + 500]
        for cid, tag in conn.execute(
                "SELECT client_id, tag FROM client_tags WHERE client_id IN "
                f"({', '.join('?' for _ in chunk)}) ORDER BY client_id, tag", chunk):
            tags.setdefault(cid, []).append(tag)
    hits = []
    matcher = _Matcher(parsed)  # one per search: words repeat across notes
    for client_id, (rowid, kind, score) in best.items():
        person = people.get(client_id)
        if person is None:
            continue
        case_number, name, pseudonym, anonymous, status = person
        record_id = rowid // 4
        if kind == KIND_CONSULTATION:
            text = (notes.get(record_id) or ("",))[0]
        elif kind == KIND_REFERRAL:
            text = (outcomes.get(record_id) or ("",))[0] or ""
        else:  # the same text as client_text(), from the rows fetched above
            text = " · ".join(p for p in (case_number, name, pseudonym,
                                          *tags.get(client_id, ())) if p)
        hits.append(Hit(client_id=client_id, case_number=case_number, name=name,
                        pseudonym=pseudonym, anonymous=bool(anonymous), status=status, kind=kind,
                        record_id=record_id, score=float(score),
                        snippet=make_snippet(text, parsed, matcher=matcher)))
    return hits


class _Matcher:
    """Whether a word of the original text matches a term of the query (folded either
    way, exactly or as a prefix); memoised, since the same words recur in every note."""

    def __init__(self, parsed: ParsedQuery):
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
        self._memo: dict[str, bool] = {}

    def _match(self, word: str) -> bool:
        return any(form in self._exact or (self._prefixes and form.startswith(self._prefixes))
                   for form in _word_forms(word))

    def flags(self, words: list[str]) -> list[bool]:
        """For each word, whether it matches (words not seen before are checked once)."""
        memo = self._memo
        for word in set(words).difference(memo):
            memo[word] = self._match(word)
        return list(map(memo.__getitem__, words))


def make_snippet(text: str, parsed: ParsedQuery, width: int = 160, *,
                 matcher: _Matcher | None = None) -> tuple[tuple[str, bool], ...]:
    """Segments of `text` around the first match, with matching words marked.

    Works on the original text (not the folded index copy), so the counsellor sees
    "Müller", not "mueller". A search shows 50 snippets of notes about 600 characters
    long, so the per-word work is kept out of Python loops: each distinct word is checked
    once per search, and only the words inside the shown window are walked."""
    text = " ".join((text or "").split())
    if not text:
        return ()
    matcher = matcher if matcher is not None else _Matcher(parsed)
    flags = matcher.flags(_WORD.findall(text))
    found = _WORD.finditer(text)  # the same words as `flags`, with their positions
    first_index = flags.index(True) if True in flags else -1
    first = next(itertools.islice(found, first_index, None)) if first_index >= 0 else None
    if first is not None:
        start = max(0, first.start() - width // 3)
        if start > 0:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < first.start() else start
    else:
        start = 0
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    spans: list[tuple[int, int]] = []
    if first is not None:
        spans.append(first.span())
        # the words after the first match, up to the window's end
        for m, hit in zip(found, flags[first_index + 1:]):  # noqa: B905 - same lengths
            if m.start() >= end:
                break
            if hit:
                spans.append(m.span())
    segments: list[tuple[str, bool]] = []
    if start > 0:
        segments.append(("…", False))
    pos = start
    for s, e in spans:
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
