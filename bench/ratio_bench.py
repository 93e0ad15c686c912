"""Ratios measured in one run, so machine noise cancels out:

- `sqlcipher_vs_sqlite_ratio`: the same reads and searches on the SQLCipher vault vs the
  same schema and data in plain SQLite (the same SQLite build, unkeyed). Target ≤ 1.2.
  The plain copy holds synthetic data only and is deleted right after.
- `search_layer_ratio`: our search service vs the bare FTS5 query it runs. Target ≤ 1.5.
"""

from __future__ import annotations

import statistics

from bench.figures import Figure, time_ms
from bench.search_bench import QUERIES
from mfd_desktop.domain import search
from mfd_desktop.storage.connection import open_connection
from mfd_desktop.storage.vault import Vault

# The FTS5 query search.search() runs, as it runs it (it reads 4 × its hit limit of rows).
BARE_SEARCH = ("SELECT rowid, kind, client_id, rank FROM search_index WHERE search_index MATCH ? "
               "ORDER BY rank LIMIT ?")
BARE_LIMIT = search.DEFAULT_LIMIT * 4

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
        match = search.build_match(query)
        conn.execute(BARE_SEARCH, (match, BARE_LIMIT)).fetchall()


def run(ctx) -> list[Figure]:
    import sqlcipher3.dbapi2 as sqlcipher

    vault = Vault.unlock_with_passphrase(ctx.paths, ctx.passphrase)
    plain_path = ctx.workdir / "plain-synthetic-copy.db"
    try:
        conn = vault.conn
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain_path),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
        plain = sqlcipher.connect(str(plain_path), isolation_level=None)
        for c in (conn, plain):
            c.execute("PRAGMA cache_size = -65536")
        # a fresh connection each for the cipher side too, so both start with a cold cache
        cipher = open_connection(ctx.paths.vault, vault._data_key())
        cipher.execute("PRAGMA cache_size = -65536")
        cipher_ms = time_ms(lambda: _workload(cipher), repeat=ctx.repeat)
        plain_ms = time_ms(lambda: _workload(plain), repeat=ctx.repeat)
        cipher.close()
        plain.close()

        service_ms: list[float] = []
        bare_ms: list[float] = []
        for query in QUERIES:
            match = search.build_match(query)
            service_ms += time_ms(lambda q=query: search.search(conn, q), repeat=ctx.repeat)
            bare_ms += time_ms(lambda m=match: conn.execute(BARE_SEARCH, (m, BARE_LIMIT)).fetchall(),
                               repeat=ctx.repeat)
    finally:
        vault.lock()
        plain_path.unlink(missing_ok=True)

    ratio = Figure("sqlcipher_vs_sqlite_ratio", unit="×", target="≤ 1.2",
                   note=f"workload median {statistics.median(cipher_ms):.1f} ms vs "
                        f"{statistics.median(plain_ms):.1f} ms")
    ratio.samples = [c / p for c, p in zip(sorted(cipher_ms), sorted(plain_ms), strict=True)]
    layer = Figure("search_layer_ratio", unit="×", target="≤ 1.5",
                   note=f"service {statistics.median(service_ms):.2f} ms vs bare FTS5 "
                        f"{statistics.median(bare_ms):.2f} ms (per query, median)")
    layer.samples = [statistics.median(service_ms) / statistics.median(bare_ms)]
    return [ratio, layer]
