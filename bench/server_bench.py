"""Server throughput (issue #21): N enrolled devices each push one quarter to the real
server (`mfd-server serve` in a subprocess on 127.0.0.1) backed by PostgreSQL, with
CONCURRENCY requests in flight, like the days after a quarter's end.

Each request is what the desktop client sends: PUT /api/v1/reports/2025-Q4 with the
device's bearer token, an Idempotency-Key and the full-size payload gzip-compressed. A
broken connection is retried once with the same key (like the client); any other answer
than 200 counts as an error. Afterwards the database is asked how many reports and
cells were stored: every device's report, exactly once.

Figures (all written on every run, also at a tiny scale):
- `server_push_ms`: latency of each PUT under load (median / p95; target p95 ≤ 1 s);
- `server_throughput`: requests per second over the load phase (target ≥ 50 req/s);
- `server_total_s`: wall time of the load phase (target ≤ 60 s at 2,000 devices);
- `server_stored`: reports found in the database afterwards (target: = devices);
- `server_errors`: non-200 answers and broken connections (target 0).

Devices are created directly in the database (enrolment codes are rate-limited per
address on purpose). PostgreSQL is a throwaway cluster (initdb + pg_ctl) in a temp dir,
the one the server tests use; `--db sqlite` measures SQLite instead.

    python -m bench.server_bench --devices 2000 --workers 1 [--keep-alive] [--json FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
from sqlalchemy import func, select

from bench.figures import Figure
from bench.sync_bench import make_devices, payload, start_server
from mfd_server.db import make_engine, session_factory, upgrade
from mfd_server.models import Report, ReportCell

ROOT = Path(__file__).resolve().parents[1]
PERIOD = "2025-Q4"
CONCURRENCY = 50
TIME_LIMIT_S = 900
DEFAULT_WORKERS = 1  # on this 2-core machine: one queue, fair to every device (docs/server.md)


def request_bodies(devices: list[dict]) -> list[bytes]:
    rng = random.Random(21)
    return [gzip.compress(json.dumps(payload(d["device_id"], d["site_id"], PERIOD, rng))
                          .encode("utf-8"), mtime=0) for d in devices]


async def push_all(url: str, devices: list[dict], bodies: list[bytes], concurrency: int,
                   keep_alive: bool = False) -> tuple[list[float], float, int, int]:
    """(latencies in ms, elapsed s, errors, retried broken connections)."""
    latencies: list[float] = []
    errors = retries = 0
    broken: collections.Counter[str] = collections.Counter()
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(len(devices)):
        queue.put_nowait(i)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=120) as client:

        async def one(i: int) -> None:
            nonlocal errors, retries
            d = devices[i]
            headers = {"Authorization": f"Bearer {d['token']}",
                       "Idempotency-Key": uuid.uuid4().hex,  # kept across the retry
                       "Content-Type": "application/json", "Content-Encoding": "gzip"}
            if not keep_alive:
                # each device is its own laptop: its own connection, closed after its
                # push (a shared keep-alive pool pins 50 connections to whichever worker
                # process accepted them first)
                headers["Connection"] = "close"

            for attempt in range(2):
                start = time.perf_counter()
                try:
                    r = await client.put(f"/api/v1/reports/{PERIOD}", content=bodies[i],
                                         headers=headers)
                except httpx.TransportError as exc:
                    broken[type(exc).__name__] += 1
                    if attempt == 0:
                        retries += 1
                        continue
                    errors += 1
                    return
                latencies.append((time.perf_counter() - start) * 1000)
                if r.status_code != 200:
                    errors += 1
                return

        async def worker() -> None:  # one of `concurrency` requests in flight
            while not queue.empty():
                await one(queue.get_nowait())

        started = time.perf_counter()
        await asyncio.wait_for(asyncio.gather(*(worker() for _ in range(concurrency))),
                               TIME_LIMIT_S)
        elapsed = time.perf_counter() - started
    if broken:
        print(f"server_bench: broken connections: {dict(broken)}", file=sys.stderr)
    return latencies, elapsed, errors, retries


def stored(db_url: str) -> tuple[int, int]:
    engine = make_engine(db_url)
    try:
        with session_factory(engine)() as session:
            reports = session.scalar(select(func.count()).select_from(Report)
                                     .where(Report.period == PERIOD)) or 0
            cells = session.scalar(select(func.count()).select_from(ReportCell)) or 0
    finally:
        engine.dispose()
    return reports, cells


def bench(db_url: str, devices_count: int, workers: int, concurrency: int = CONCURRENCY,
          label: str = "postgres", keep_alive: bool = False) -> list[Figure]:
    upgrade(db_url)
    devices = make_devices(db_url, devices_count)
    bodies = request_bodies(devices)
    log_path = Path(tempfile.gettempdir()) / f"mfd-serverbench-{os.getpid()}.log"
    proc, url = start_server(db_url, workers, log_path)
    try:
        latencies, elapsed, errors, retries = asyncio.run(
            push_all(url, devices, bodies, concurrency, keep_alive))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    reports, cells = stored(db_url)
    rps = len(latencies) / elapsed if elapsed else float("nan")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    note = (f"{label}, {devices_count} devices × 1 quarter, {concurrency} in flight, "
            f"{workers} worker(s), {'keep-alive pool' if keep_alive else 'a connection per device'}, "
            f"{os.cpu_count()} cores, load {load:.1f} at the end; "
            f"{rps:.0f} req/s, {errors} errors, {retries} retried connections")
    scale_total = "≤ 60 s" if devices_count >= 2000 else "≤ 60 s at 2,000 devices"
    return [
        Figure("server_push_ms", samples=latencies, target="p95 ≤ 1000 ms", note=note),
        Figure("server_throughput", unit="req/s", samples=[rps], target="≥ 50 req/s",
               note=note),
        Figure("server_total_s", unit="s", samples=[elapsed], target=scale_total, note=note),
        Figure("server_stored", unit="reports", samples=[float(reports)],
               target=f"= {devices_count}", note=f"{cells} cells stored"),
        Figure("server_errors", unit="", samples=[float(errors)], target="0", note=note),
    ]


def run_postgres(devices_count: int, workers: int, concurrency: int = CONCURRENCY,
                 keep_alive: bool = False) -> list[Figure]:
    sys.path.insert(0, str(ROOT))
    from tests.server.support import start_pg_cluster

    cluster = start_pg_cluster()
    try:
        return bench(cluster.new_database(), devices_count, workers, concurrency,
                     keep_alive=keep_alive)
    finally:
        cluster.stop()


def run(ctx) -> list[Figure]:
    """For `python -m bench`: 2,000 devices at scale ≥ 1, fewer below (at least 20)."""
    return run_postgres(max(20, int(2000 * min(ctx.scale, 1.0))), DEFAULT_WORKERS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.server_bench",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--devices", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=DEFAULT_WORKERS)
    parser.add_argument("--concurrency", type=int, default=CONCURRENCY)
    parser.add_argument("--db", choices=("postgres", "sqlite"), default="postgres")
    parser.add_argument("--keep-alive", action="store_true",
                        help="share one keep-alive pool of CONCURRENCY connections between "
                             "all devices (the old sync_bench way) instead of one connection "
                             "per device")
    parser.add_argument("--json", type=Path, help="write the figures to this file as well")
    args = parser.parse_args(argv)
    if args.db == "sqlite":
        with tempfile.TemporaryDirectory(prefix="mfd-serverbench-") as tmp:
            figures = bench(f"sqlite:///{tmp}/server.db", args.devices, args.workers,
                            args.concurrency, label="sqlite", keep_alive=args.keep_alive)
    else:
        figures = run_postgres(args.devices, args.workers, args.concurrency, args.keep_alive)
    for fig in figures:
        print(f"{fig.key:20s} median {fig.median:9.1f}  p95 {fig.p95:9.1f} {fig.unit:8s} "
              f"target {fig.target}")
    print(figures[0].note)
    if args.json:
        args.json.write_text(json.dumps({f.key: f.to_dict() for f in figures}, indent=2,
                                        ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
