"""Ratios measured in one run, so machine noise cancels out:

- `sqlcipher_vs_sqlite_ratio`: the same reads and searches on the SQLCipher vault vs the
  same schema and data in plain SQLite (the same SQLite build, unkeyed). Target ≤ 1.2.
  What is compared is what encryption costs the app as configured: the cipher side is a
  connection exactly as the app opens it (storage/connection.py: its pragmas, its page
  cache, grown to search.SEARCH_CACHE_KIB by its first search, as the app's connection
  is); the plain side gets the same pragmas and the same page-cache size, without
  the key. Both are warmed once and then timed alternately (the plain file profits from
  the OS file cache as much as it can; SQLCipher must decrypt every page it misses in
  its own cache). The plain copy holds synthetic data only and is deleted right after.
- `search_layer_ratio`: our search service (`search.search`: the FTS5 queries, checking
  part-word candidates against their text, the hits' clients and notes, snippets) vs the
  bare FTS5 queries it runs (`search.fts_rows`: the ranked word query and, where the
  service asks the part-word index, its first round of candidates), on the same
  connection, over the word and part-word queries of bench/search_bench.py. Target ≤ 1.3.
"""

from __future__ import annotations

import statistics

from bench.figures import Figure, time_ms
from bench.search_bench import QUERIES
from mfd_desktop.domain.casework import search
from mfd_desktop.storage.connection import open_connection
from mfd_desktop.storage.vault import Vault

READS = [
    "SELECT id, case_number, name, status FROM clients ORDER BY case_number LIMIT 200",
    "SELECT count(*) FROM consultations WHERE held_on >= '2026-01-01'",
    "SELECT c.id, count(k.id) FROM clients c JOIN consultations k ON k.client_id = c.id "
    "GROUP BY c.id ORDER BY 2 DESC LIMIT 50",
    "SELECT topic, count(*) FROM consultation_topics GROUP BY topic",
]


def _workload(conn) -> None:
    for sql in READS:
        conn.execute(sql).fetchall()
    for query in QUERIES:
        search.fts_rows(conn, query)


def run(ctx) -> list[Figure]:
    import sqlcipher3.dbapi2 as sqlcipher

    vault = Vault.unlock_with_passphrase(ctx.paths, ctx.passphrase)
    plain_path = ctx.workdir / "plain-synthetic-copy.db"
    try:
        conn = vault.conn
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain_path),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
        cipher = open_connection(ctx.paths.vault, vault._data_key(), read_only=True)
        plain = sqlcipher.connect(str(plain_path), isolation_level=None)
        _workload(cipher)  # warm both: the app's connection lives as long as the session
        # the cache size after a search (search._tune() gives a searching connection more)
        cache = cipher.execute("PRAGMA cache_size").fetchone()[0]
        cache_note = f"{-int(cache) // 1024} MiB"
        for pragma in (f"PRAGMA cache_size = {int(cache)}", "PRAGMA foreign_keys = ON",
                       "PRAGMA temp_store = MEMORY"):
            plain.execute(pragma)
        _workload(plain)
        cipher_ms: list[float] = []
        plain_ms: list[float] = []
        for _ in range(ctx.repeat):
            cipher_ms += time_ms(lambda: _workload(cipher), repeat=1, warmup=0)
            plain_ms += time_ms(lambda: _workload(plain), repeat=1, warmup=0)
        cipher.close()
        plain.close()

        # Rounds over the whole query set, service and bare query alternating per query;
        # each round gives one ratio (time of the set through the service / bare).
        for query in QUERIES:  # warm-up
            search.search(conn, query)
            search.fts_rows(conn, query)
        service_rounds: list[float] = []
        bare_rounds: list[float] = []
        for _ in range(ctx.repeat):
            service = bare = 0.0
            for query in QUERIES:
                service += time_ms(lambda q=query: search.search(conn, q), 1, warmup=0)[0]
                bare += time_ms(lambda q=query: search.fts_rows(conn, q), 1, warmup=0)[0]
            service_rounds.append(service)
            bare_rounds.append(bare)
    finally:
        vault.lock()
        plain_path.unlink(missing_ok=True)

    ratio = Figure("sqlcipher_vs_sqlite_ratio", unit="×", target="≤ 1.2",
                   note=f"workload median {statistics.median(cipher_ms):.1f} ms vs "
                        f"{statistics.median(plain_ms):.1f} ms; page cache {cache_note} "
                        "both sides (the app's setting)")
    ratio.samples = [c / p for c, p in zip(cipher_ms, plain_ms, strict=True)]  # run by run
    layer = Figure("search_layer_ratio", unit="×", target="≤ 1.3",
                   note=f"{len(QUERIES)} word and part-word queries: service {statistics.median(service_rounds):.1f} ms "
                        f"vs bare FTS5 {statistics.median(bare_rounds):.1f} ms per round (median)")
    layer.samples = [s / b for s, b in zip(service_rounds, bare_rounds, strict=True)]
    return [ratio, layer]
