"""Full-text search over names, case numbers and notes (SQLite FTS5 inside the vault).

German folding: the index is fed a folded copy of each text (lowercase, ä→ae, ö→oe,
ü→ue, ß→ss, other diacritics removed) and, where it differs, the umlaut-less variant
(ü→u) in a second column (`name`/`name_alt` for clients, `note`/`note_alt` for notes). A query is folded the same way, so
"Müller", "mueller" and "muller" all find Müller, and "strasse" finds "Straße".

Part words (issue 21): counsellors type part of a compound word — "bescheid" must find
"Ablehnungsbescheid", "behörde" "Ausländerbehörde". A second FTS5 table, `search_parts`
(db/0012_search_parts.sql), holds the same folded text (both foldings) under the trigram
tokenizer, contentless and without positions (`detail=none`: about a tenth of the word
index's size). A query term of three or more characters is looked up there as the AND of
its trigrams; every candidate is then checked against its text (trigrams can come from
different words), so only real part-word matches count. Whole-word (and word-start)
matches always rank above part-word matches: the part-word index is asked only when the
word index gives fewer than `limit` clients, and only for rows that are not word matches.

Safety: user input never reaches MATCH as syntax. `build_match()` tokenises the input
itself (words of letters and digits only), quotes every token and joins them with
AND; quoted input becomes a phrase, every other word a prefix query. Any input, however
strange, gives results or a German hint, never an exception.

Row ids encode the source (see db/0002_casework.sql): client id*4, consultation
id*4+1, referral id*4+2, in both tables. The services call `index_*` after every write;
the database triggers delete stale rows of both tables on update/delete, and `rebuild()`
restores everything.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from typing import Any, NamedTuple

# Re-exported: callers use search.fold(), search.parse(), search.make_snippet() …
from mfd_desktop.domain.casework.search_query import (  # noqa: F401
    MAX_QUERY_CHARS,
    MAX_TERMS,
    PART_MIN,
    ParsedQuery,
    Term,
    build_match,
    fold,
    fold_plain,
    parse,
    part_match,
    part_tokens,
    words,
)
from mfd_desktop.domain.casework.snippets import Matcher, make_snippet
from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection, DatabaseError

log = logging.getLogger("mfd.domain.search")

KIND_CLIENT, KIND_CONSULTATION, KIND_REFERRAL = "client", "consultation", "referral"
_KIND_OFFSET = {KIND_CLIENT: 0, KIND_CONSULTATION: 1, KIND_REFERRAL: 2}

DEFAULT_LIMIT = 50
RANK_WINDOW = 3000  # matches ranked by bm25 at most (the newest ones), see search()
PART_BATCH = 64  # part-word candidates checked per round (their texts fetched at once)
PART_CANDIDATES = 1000  # at most this many part-word candidates are checked per search
SEARCH_CACHE_KIB = 64 * 1024  # page cache of a connection that searches, see _tune()

HINT_EMPTY = Msg("search.hint_empty")
HINT_NO_WORDS = Msg("search.hint_no_words")
HINT_NOTHING = Msg("search.hint_nothing")
HINT_TOO_LONG = Msg("search.hint_too_long")
HINT_FAILED = Msg("search.hint_failed")


# Folding and parsing: search_query.py; snippets: snippets.py.
# ----- writing the index -----------------------------------------------------------------

def _rowid(kind: str, record_id: int) -> int:
    return int(record_id) * 4 + _KIND_OFFSET[kind]


def _put(conn: Connection, kind: str, record_id: int, client_id: int, text: str) -> None:
    rowid = _rowid(kind, record_id)
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
    conn.execute("DELETE FROM search_parts WHERE rowid = ?", (rowid,))
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
    # The part-word index gets the same folded text, both foldings in one column (as
    # db/0012 copies it for existing vaults).
    parts = f"{body} {alt}" if alt else body
    conn.execute("INSERT INTO search_parts(rowid, name, note, client_id) VALUES (?, ?, ?, ?)",
                 (rowid, parts if kind == KIND_CLIENT else "",
                  "" if kind == KIND_CLIENT else parts, client_id))


def _drop(conn: Connection, rowid: int) -> None:
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
    conn.execute("DELETE FROM search_parts WHERE rowid = ?", (rowid,))


def forget_client(conn: Connection, client_id: int) -> None:
    """Remove every index row of a client (both tables), e.g. before erasing it."""
    conn.execute("DELETE FROM search_index WHERE client_id = ?", (client_id,))
    conn.execute("DELETE FROM search_parts WHERE client_id = ?", (client_id,))


def optimize(conn: Connection) -> None:
    """Merge both indexes (drops deleted rows' terms physically, e.g. before VACUUM)."""
    conn.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    conn.execute("INSERT INTO search_parts(search_parts) VALUES ('optimize')")


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
        _drop(conn, _rowid(KIND_CONSULTATION, consultation_id))
        return
    _put(conn, KIND_CONSULTATION, consultation_id, row[0], row[1])


def index_referral(conn: Connection, referral_id: int) -> None:
    row = conn.execute("SELECT client_id, outcome_note FROM referrals WHERE id = ?",
                       (referral_id,)).fetchone()
    if row is None:
        _drop(conn, _rowid(KIND_REFERRAL, referral_id))
        return
    _put(conn, KIND_REFERRAL, referral_id, row[0], row[1] or "")


def rebuild(conn: Connection) -> int:
    """Rebuild the whole index from the records; returns the number of rows indexed."""
    from mfd_desktop.storage.transaction import transaction

    with transaction(conn):
        conn.execute("INSERT INTO search_index(search_index) VALUES ('delete-all')")
        conn.execute("INSERT INTO search_parts(search_parts) VALUES ('delete-all')")
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


# ----- searching -------------------------------------------------------------------------

class Hit(NamedTuple):
    """A client found, with where its best match is and the snippet to show. A named
    tuple: read-only like a frozen dataclass, at a third of its cost to build (a search
    builds 50; issue 21's search_layer_ratio)."""

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
    decrypts every page it reads, and ranking a common word touches many index pages.
    64 MiB (the app's connections start with 32): at 200,000 consultations the pages a
    round of searches and the client list read no longer fit into 32 MiB, and every miss
    is a decryption (sqlcipher_vs_sqlite_ratio 1.54 → 0.9 at scale 4, issue 21). Only the
    connection that searches grows, and only with pages it really reads."""
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
    """Ranked clients matching `query`; never raises for any input.

    Whole-word (and word-start) matches come first, ranked by bm25; when they give fewer
    than `limit` clients, part-word matches follow, newest first."""
    if not str(query or "").strip():
        return SearchResult([], HINT_EMPTY)
    parsed = parse(query)
    match = parsed.match()
    if match is None:
        return SearchResult([], HINT_NO_WORDS)
    limit = max(1, limit)
    matcher = Matcher(parsed)  # one per search: words repeat across notes
    texts: dict[int, str] = {}
    try:
        _tune(conn)
        # `rank` is bm25 with the column weights stored in the index (names count 4x).
        # Scoring every match of a very common word ("Jobcenter" in 15,000 notes) costs
        # ~40 ms, so a term with more than RANK_WINDOW matches is ranked among its newest
        # RANK_WINDOW matches only (row ids grow with time): the counsellor gets the best
        # recent hits fast; a rarer second word narrows the window to everything again.
        rows = ranked_rows(conn, match, limit * 4)
        best: dict[int, tuple[int, str, float]] = {}
        for rowid, kind, client_id, score in rows:
            if client_id not in best:
                best[client_id] = (rowid, kind, score)
                if len(best) >= limit:
                    break
        if len(best) < limit and matcher.parts:
            _add_part_hits(conn, best, matcher, texts, limit)
    except DatabaseError as exc:  # should not happen with a built query; never crash the UI
        log.warning("search query failed: %s", type(exc).__name__)
        return SearchResult([], HINT_FAILED)
    hits = _hits(conn, best, matcher, texts)
    hint = None
    if not hits:
        hint = HINT_NOTHING
    elif parsed.truncated:
        hint = HINT_TOO_LONG
    return SearchResult(hits, hint)


PART_ROWS_SQL = ("SELECT rowid, client_id FROM search_parts WHERE search_parts MATCH ? "
                 "AND rowid < ? ORDER BY rowid DESC LIMIT ?")
_NO_ROWID_ABOVE = 2 ** 62


def part_rows(conn: Connection, match: str, rows: int, below: int = _NO_ROWID_ABOVE
              ) -> list[tuple[int, int]]:
    """Part-word candidates (rowid, client_id), newest first, with row ids below `below`."""
    found: list[tuple[int, int]] = conn.execute(PART_ROWS_SQL, (match, below, rows)).fetchall()
    return found


def fts_rows(conn: Connection, query: str | None, *, limit: int = DEFAULT_LIMIT
             ) -> list[tuple[Any, ...]]:
    """The bare FTS5 queries `search()` runs for `query`, without reading texts, checking
    part-word candidates or making snippets (bench/ratio_bench.py: the layer ratio): the
    ranked word query and, when it gives fewer than `limit` clients and the query has a
    part-word form, the first round of part-word candidates."""
    parsed = parse(query)
    match = parsed.match()
    if match is None:
        return []
    limit = max(1, limit)
    _tune(conn)
    rows = ranked_rows(conn, match, limit * 4)
    tokens = part_tokens(parsed)
    if tokens and len({row[2] for row in rows}) < limit:
        rows = rows + part_rows(conn, part_match(tokens) or "", PART_BATCH)
    return rows


def _add_part_hits(conn: Connection, best: dict[int, tuple[int, str, float]],
                   matcher: Matcher, texts: dict[int, str], limit: int) -> None:
    """Fill `best` up to `limit` clients with part-word matches, newest first. A candidate
    counts only if its text really has every term inside a word (trigrams of the index may
    come from different words) and is not a whole-word match (those are ranked above, and
    a row the word ranking left out of its window stays out here too)."""
    match = part_match(matcher.parts)
    if match is None:
        return
    below = _NO_ROWID_ABOVE
    checked = 0
    while len(best) < limit and checked < PART_CANDIDATES:
        rows = part_rows(conn, match, PART_BATCH, below)
        if not rows:
            return
        below = rows[-1][0]
        checked += len(rows)
        fresh = [(rowid, cid) for rowid, cid in rows if cid not in best]
        texts.update(_texts(conn, [rowid for rowid, _cid in fresh if rowid not in texts]))
        for rowid, client_id in fresh:
            if client_id in best or not matcher.part_only(texts.get(rowid, "")):
                continue
            best[client_id] = (rowid, _kind_of(rowid), PART_SCORE)
            if len(best) >= limit:
                return


PART_SCORE = 0.0  # the score of part-word hits: below every bm25 score (those are negative)


def _kind_of(rowid: int) -> str:
    return (KIND_CLIENT, KIND_CONSULTATION, KIND_REFERRAL, KIND_CLIENT)[rowid % 4]


def _fetch(conn: Connection, sql: str, ids: list[int]) -> dict[int, tuple[Any, ...]]:
    """Rows keyed by their first column, for ids in chunks (SQLite's variable limit)."""
    out: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in conn.execute(sql.format(marks=marks), chunk):
            out[row[0]] = tuple(row[1:])
    return out


def _texts(conn: Connection, rowids: list[int]) -> dict[int, str]:
    """The indexed texts of index rows (original spelling), keyed by row id: notes and
    referral outcomes with one query each, client rows as client_text() builds them."""
    out: dict[int, str] = {}
    by_kind: dict[str, list[int]] = {}
    for rowid in rowids:
        by_kind.setdefault(_kind_of(rowid), []).append(rowid // 4)
    for record_id, (note,) in _fetch(conn, "SELECT id, note FROM consultations WHERE id IN "
                                           "({marks})", by_kind.get(KIND_CONSULTATION, [])).items():
        out[_rowid(KIND_CONSULTATION, record_id)] = note or ""
    for record_id, (note,) in _fetch(conn, "SELECT id, outcome_note FROM referrals WHERE id IN "
                                           "({marks})", by_kind.get(KIND_REFERRAL, [])).items():
        out[_rowid(KIND_REFERRAL, record_id)] = note or ""
    client_ids = by_kind.get(KIND_CLIENT, [])
    if client_ids:
        people = _fetch(conn, "SELECT id, case_number, name, pseudonym FROM clients "
                              "WHERE id IN ({marks})", client_ids)
        tags = _tags(conn, list(people))
        for cid, (case_number, name, pseudonym) in people.items():
            out[_rowid(KIND_CLIENT, cid)] = " · ".join(
                p for p in (case_number, name, pseudonym, *tags.get(cid, ())) if p)
    return out


def _tags(conn: Connection, client_ids: list[int]) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = {}
    for start in range(0, len(client_ids), 500):
        chunk = client_ids[start:start + 500]
        for cid, tag in conn.execute(
                "SELECT client_id, tag FROM client_tags WHERE client_id IN "
                f"({', '.join('?' for _ in chunk)}) ORDER BY client_id, tag", chunk):
            tags.setdefault(cid, []).append(tag)
    return tags


def _hits(conn: Connection, best: dict[int, tuple[int, str, float]], matcher: Matcher,
          texts: dict[int, str]) -> list[Hit]:
    """Hits in rank order, with batched look-ups instead of queries per hit (texts already
    read while checking part-word candidates are not read again)."""
    people = _fetch(conn, "SELECT id, case_number, name, pseudonym, anonymous, status FROM clients "
                          "WHERE id IN ({marks})", list(best))
    notes = _fetch(conn, "SELECT id, note FROM consultations WHERE id IN ({marks})",
                   [r // 4 for r, k, _s in best.values()
                    if k == KIND_CONSULTATION and r not in texts])
    outcomes = _fetch(conn, "SELECT id, outcome_note FROM referrals WHERE id IN ({marks})",
                      [r // 4 for r, k, _s in best.values() if k == KIND_REFERRAL and r not in texts])
    # client_text() for all client hits at once
    tags = _tags(conn, [cid for cid, (_r, k, _s) in best.items() if k == KIND_CLIENT])
    hits = []
    for client_id, (rowid, kind, score) in best.items():
        person = people.get(client_id)
        if person is None:
            continue
        case_number, name, pseudonym, anonymous, status = person
        record_id = rowid // 4
        if rowid in texts:
            text = texts[rowid]
        elif kind == KIND_CONSULTATION:
            text = (notes.get(record_id) or ("",))[0]
        elif kind == KIND_REFERRAL:
            text = (outcomes.get(record_id) or ("",))[0] or ""
        else:  # the same text as client_text(), from the rows fetched above
            text = " · ".join(p for p in (case_number, name, pseudonym,
                                          *tags.get(client_id, ())) if p)
        hits.append(Hit(client_id=client_id, case_number=case_number, name=name,
                        pseudonym=pseudonym, anonymous=bool(anonymous), status=status, kind=kind,
                        record_id=record_id, score=float(score),
                        snippet=make_snippet(text, matcher.parsed, matcher=matcher)))
    return hits
