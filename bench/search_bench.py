"""Search latency over a fixed query set on the generated vault: the nine word queries
(common word, rare word, prefixes, phrase, umlaut- and ß-folded spellings, two terms, a case
number) and four part-word queries (parts of compound words, issue 21). Target: p95 ≤ 30 ms
at scale 4. Also the vault's size per 1,000 consultations and the share of the two search
indexes in it."""

from __future__ import annotations

from bench.figures import Figure, time_ms
from mfd_desktop.domain.casework import search
from mfd_desktop.storage.vault import Vault

WORD_QUERIES = [
    "Jobcenter",                 # common word
    "Inkassobüro",               # rare word
    "Mül",                       # prefix of a name
    "Aufenth",                   # prefix of a common word
    '"Frist ist notiert"',       # phrase
    "mueller",                   # umlaut folded (Müller)
    "strasse",                   # ß folded (Straße)
    "Kovalenko Wohngeld",        # two terms
    "MZ-2025",                   # case number prefix
]
# Parts of compound words (bench/generate.py): "Bescheid" and "Straße" also occur as words
# of their own often (the word index fills the list), "Behörde" and "Platz" alone only
# rarely (the part-word index fills it: Ausländerbehörde, Meldebehörde, Kitaplatz …).
PART_QUERIES = ["bescheid", "straße", "behörde", "platz"]
QUERIES = WORD_QUERIES + PART_QUERIES


def index_bytes(conn) -> dict[str, int]:
    """Bytes the two FTS5 indexes hold (their shadow tables' blocks and rows; dbstat is
    not compiled into SQLCipher), without page overhead."""
    sizes: dict[str, int] = {}
    for table in ("search_index", "search_parts"):
        total = 0
        for shadow, expr in (("data", "length(block)"), ("idx", "length(term) + 16"),
                             ("docsize", "length(sz) + 8"), ("content", "*")):
            if shadow == "content":
                columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table}_content)")]
                expr = " + ".join(f"coalesce(length(\"{c}\"), 0)" for c in columns) or "0"
            try:
                total += int(conn.execute(f"SELECT coalesce(sum({expr}), 0) FROM "
                                          f"{table}_{shadow}").fetchone()[0])
            except Exception:  # noqa: BLE001 - a shadow table this configuration lacks
                continue
        sizes[table] = total
    return sizes


def run(ctx) -> list[Figure]:
    vault = Vault.unlock_with_passphrase(ctx.paths, ctx.passphrase)
    try:
        conn = vault.conn
        samples: list[float] = []
        part_samples: list[float] = []
        for query in QUERIES:
            taken = time_ms(lambda q=query: search.search(conn, q), repeat=ctx.repeat)
            samples += taken
            if query in PART_QUERIES:
                part_samples += taken
        consultations = conn.execute("SELECT count(*) FROM consultations").fetchone()[0]
        sizes = index_bytes(conn)
    finally:
        vault.lock()
    vault_bytes = ctx.paths.vault.stat().st_size
    p50 = Figure("search_p50_ms", target="–",
                 note=f"{len(WORD_QUERIES)} word + {len(PART_QUERIES)} part-word queries × "
                      f"{ctx.repeat} runs")
    p50.samples = samples
    p95 = Figure("search_p95_ms", target="≤ 30 ms", note="p95 column is the figure")
    p95.samples = samples
    parts = Figure("search_part_p95_ms", target="–",
                   note="the four part-word queries alone: " + ", ".join(PART_QUERIES))
    parts.samples = part_samples
    per_k = Figure("vault_mb_per_1000_consultations", unit="MB", target="report",
                   note=f"vault {vault_bytes / 1e6:.0f} MB, {consultations} consultations")
    per_k.samples = [vault_bytes / 1e6 / max(1, consultations) * 1000]
    share = Figure("search_index_share", unit="%", target="report",
                   note=f"word index {sizes['search_index'] / 1e6:.0f} MB, part-word index "
                        f"{sizes['search_parts'] / 1e6:.0f} MB (both contentless since db/0010)")
    share.samples = [100 * sum(sizes.values()) / vault_bytes]
    part_share = Figure("search_parts_share", unit="%", target="report",
                        note="the part-word (trigram) index alone")
    part_share.samples = [100 * sizes["search_parts"] / vault_bytes]
    return [p50, p95, parts, per_k, share, part_share]
