"""Runs bench/sync_bench.py (the sync server's figures) for `python -m bench`, bounded, and
adds the issue's key:

- `sync_push_ms`: one device pushing one full-size statistics payload (PUT with
  Idempotency-Key) to the real server (`mfd-server serve`, SQLite) on 127.0.0.1, idle
  otherwise. (= sync_bench's `sync_sqlite_w1_single_push_ms`.)

Here only the SQLite back end runs, with max(10, 100 × scale) devices for the load phase;
the full load test (500 devices, SQLite and PostgreSQL) is `python -m bench.sync_bench`.
"""

from __future__ import annotations

import tempfile

from bench import sync_bench
from bench.figures import Figure


def run(ctx) -> list[Figure]:
    devices = max(10, int(100 * min(ctx.scale, 1.0)))
    with tempfile.TemporaryDirectory(prefix="mfd-syncbench-", dir=ctx.workdir) as tmp:
        figures = sync_bench.bench_backend("sqlite", f"sqlite:///{tmp}/server.db", devices)
    single = next((f for f in figures if f.key.endswith("_single_push_ms")), None)
    push = Figure("sync_push_ms", target="–",
                  note="one full payload to the local server on 127.0.0.1 "
                       f"(= {single.key if single else 'n/a'})")
    if single is not None:
        push.samples = list(single.samples)
    return [push, *figures]
