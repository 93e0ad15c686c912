"""Sync server figures: N simulated devices × 4 quarters pushing concurrently to the real
server (`mfd-server serve` in a subprocess on 127.0.0.1), with SQLite and PostgreSQL.

- `sync_<db>_push_ms`: latency of each PUT under load (devices push their 4 quarters one
  after another, up to CONCURRENCY requests in flight), with requests/s in the note;
- `sync_<db>_throughput`: requests per second over the whole load phase;
- `sync_<db>_single_push_ms`: one device pushing one period to the otherwise idle server
  (target ≤ 200 ms on loopback).
Devices are created directly in the server database (enrolment codes are rate-limited per
address on purpose). PostgreSQL is a throwaway cluster (initdb + pg_ctl) in a temp dir.
Loopback only; the number of requests is fixed (devices × 4 + 24) and the run has a time
limit. Scale 1.0 = 500 devices; `python -m bench.sync_bench [DEVICES]` runs it alone.
"""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

from bench.figures import Figure
from mfd_desktop.stats import vocabulary
from mfd_desktop.stats.payload import MEASURES, SCHEMA_ID
from mfd_server.db import make_engine, session_factory, upgrade
from mfd_server.models import Device, Site
from mfd_server.security import new_device_id, new_device_token, sha256_hex

ROOT = Path(__file__).resolve().parents[1]
QUARTERS = ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]
CONCURRENCY = 50
TIME_LIMIT_S = 600
SITES = 40


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def payload(device_id: str, site: str, period: str, rng: random.Random) -> dict:
    """A full-size payload: every measure and dimension with 6 categories."""
    cells = []
    for measure, dims in MEASURES.items():
        for dim in dims:
            categories = vocabulary.category_keys(dim)[:6]  # the server takes known keys only
            for cat in categories:
                v = rng.choice([0, 0, 5, 8, 13, 21, 34, None])
                if v is not None and 0 < v < vocabulary.dimension_k(5, dim):
                    v = None
                cell = {"measure": measure, "dimension": dim, "category": cat}
                cells.append(cell | ({"value": None, "suppressed": True} if v is None
                                     else {"value": v}))
    kind = "month" if len(period) == 7 and "-Q" not in period else "quarter"
    return {"schema": SCHEMA_ID, "site_id": site, "device_id": device_id, "period": period,
            "period_kind": kind, "revision": 1, "suppression_k": 5, "cells": cells}


def make_devices(db_url: str, count: int) -> list[dict]:
    sessions = session_factory(make_engine(db_url))
    devices = []
    with sessions() as session:
        for i in range(SITES):
            session.add(Site(id=f"site-{i:02d}"))
        session.flush()
        for i in range(count):
            device_id = new_device_id()
            token = new_device_token(device_id)
            site = f"site-{i % SITES:02d}"
            session.add(Device(id=device_id, site_id=site, token_hash=sha256_hex(token)))
            devices.append({"device_id": device_id, "token": token, "site_id": site})
        session.commit()
    return devices


def start_server(db_url: str, workers: int, log_path: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    log_file = open(log_path, "wb")  # noqa: SIM115 - closed with the process
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "mfd_server.cli", "--db", db_url, "serve", "--host", "127.0.0.1",
         "--port", str(port), "--workers", str(workers), "--log-level", "warning"],
        stdout=subprocess.DEVNULL, stderr=log_file, env=env, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/api/v1/health", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not start: " + log_path.read_text(errors="replace")[-500:])


async def load(url: str, devices: list[dict]) -> tuple[list[float], float, int]:
    rng = random.Random(1)
    bodies = {(d["device_id"], q): httpx.Request("PUT", "x", json=payload(
        d["device_id"], d["site_id"], q, rng)).read() for d in devices for q in QUARTERS}
    latencies: list[float] = []
    errors = 0
    gate = asyncio.Semaphore(CONCURRENCY)
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=120) as client:

        async def device_push(d: dict) -> None:
            nonlocal errors
            for q in QUARTERS:  # a device pushes its outbox in order, one after another
                key = uuid.uuid4().hex  # one key per item, kept across the retry
                for _attempt in range(2):  # like the real client: retry a broken connection
                    async with gate:
                        start = time.perf_counter()
                        try:
                            r = await client.put(
                                f"/api/v1/reports/{q}", content=bodies[(d["device_id"], q)],
                                headers={"Authorization": f"Bearer {d['token']}",
                                         "Idempotency-Key": key,
                                         "Content-Type": "application/json"})
                        except httpx.TransportError:
                            errors += 1
                            continue
                        latencies.append((time.perf_counter() - start) * 1000)
                        if r.status_code != 200:
                            errors += 1
                        break

        started = time.perf_counter()
        await asyncio.wait_for(asyncio.gather(*(device_push(d) for d in devices)), TIME_LIMIT_S)
        elapsed = time.perf_counter() - started
    return latencies, elapsed, errors


def single_pushes(url: str, device: dict) -> list[float]:
    rng = random.Random(2)
    periods = [f"2024-{m:02d}" for m in range(1, 13)] + [f"2023-{m:02d}" for m in range(1, 13)]
    samples = []
    with httpx.Client(base_url=url, timeout=30) as client:
        for period in periods:
            body = payload(device["device_id"], device["site_id"], period, rng)
            start = time.perf_counter()
            r = client.put(f"/api/v1/reports/{period}", json=body,
                           headers={"Authorization": f"Bearer {device['token']}",
                                    "Idempotency-Key": uuid.uuid4().hex})
            samples.append((time.perf_counter() - start) * 1000)
            r.raise_for_status()
    return samples


def bench_backend(name: str, db_url: str, count: int, workers: int = 1) -> list[Figure]:
    upgrade(db_url)
    devices = make_devices(db_url, count + 1)
    log_path = Path(tempfile.gettempdir()) / f"mfd-syncbench-{name}-{os.getpid()}.log"
    proc, url = start_server(db_url, workers, log_path)
    try:
        latencies, elapsed, errors = asyncio.run(load(url, devices[:count]))
        single = single_pushes(url, devices[-1])
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    requests = len(latencies)
    rps = requests / elapsed if elapsed else float("nan")
    tag = f"{name}_w{workers}"
    note = (f"{count} devices × 4 quarters, {CONCURRENCY} in flight, {workers} worker(s); "
            f"{rps:.0f} req/s, {errors} errors/retries")
    return [
        Figure(f"sync_{tag}_push_ms", samples=latencies, note=note),
        Figure(f"sync_{tag}_throughput", unit="req/s", samples=[rps], note=note),
        Figure(f"sync_{tag}_single_push_ms", samples=single, target="≤ 200 ms",
               note="one device, one full-size payload, idle server"),
    ]


def run_all(count: int) -> list[Figure]:
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="mfd-syncbench-") as tmp:
        figures += bench_backend("sqlite", f"sqlite:///{tmp}/server.db", count)
    sys.path.insert(0, str(ROOT))
    from tests.server.support import start_pg_cluster

    try:
        cluster = start_pg_cluster()
    except Exception as exc:  # noqa: BLE001 - report, do not fail
        print(f"sync_bench: PostgreSQL not available: {exc}", file=sys.stderr)
        return figures
    try:
        figures += bench_backend("postgres", cluster.new_database(), count, workers=1)
        figures += bench_backend("postgres", cluster.new_database(), count, workers=2)
    finally:
        cluster.stop()
    return figures


def run(ctx) -> list[Figure]:
    return run_all(max(20, int(500 * min(ctx.scale, 1.0))))


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    for fig in run_all(count):
        print(f"{fig.key:40s} median {fig.median:8.1f}  p95 {fig.p95:8.1f} {fig.unit:6s} "
              f"{fig.target} {fig.note}")
