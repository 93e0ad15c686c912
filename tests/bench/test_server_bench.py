"""bench/server_bench.py runs end to end at a tiny scale against the real server (a
subprocess of `mfd-server serve`) on a throwaway PostgreSQL, writes every figure, and
every device's report is stored exactly once. No timing assertions: the figures are
reported in docs/benchmarks.md, not tested."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KEYS = ["server_push_ms", "server_throughput", "server_total_s", "server_stored",
        "server_errors"]
DEVICES = 20


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.timeout(300)
@pytest.mark.parametrize("workers", [1, 2])
def test_server_bench_writes_every_figure_and_stores_every_report(tmp_path, workers):
    pytest.importorskip("psycopg")
    from tests.server.support import start_pg_cluster

    try:  # the bench starts its own cluster; skip only where none can start at all
        start_pg_cluster().stop()
    except Exception as exc:  # noqa: BLE001 - any failure to start is the skip reason
        pytest.skip(f"PostgreSQL could not be started: {exc}")
    out = tmp_path / "server.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench.server_bench", "--devices", str(DEVICES),
         "--workers", str(workers), "--concurrency", "5", "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=280, check=False)
    assert done.returncode == 0, done.stderr[-4000:]
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(figures) == sorted(KEYS)
    assert figures["server_push_ms"]["runs"] == DEVICES  # one answer per device
    for key in KEYS:
        assert figures[key]["runs"] >= 1, key
        assert figures[key]["median"] == figures[key]["median"], key  # not NaN
    assert figures["server_stored"]["median"] == DEVICES
    assert figures["server_errors"]["median"] == 0
    assert f"{workers} worker(s)" in figures["server_push_ms"]["note"]
    # every report with all its cells
    cells = int(figures["server_stored"]["note"].split()[0])
    assert cells > DEVICES * 100
    for key in KEYS:
        assert key in done.stdout
