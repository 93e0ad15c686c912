"""Real servers for tests: uvicorn in a thread on 127.0.0.1, SQLite or a throwaway PostgreSQL.

PostgreSQL: a cluster made by the tests themselves with initdb + pg_ctl from
/usr/lib/postgresql/*/bin, in a temp dir, on a free port, Unix socket in that dir.
PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres`
system user (via runuser). It is skipped, with the reason, only if it cannot start.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import io
import json
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import uvicorn

from mfd_server import cli as server_cli
from mfd_server.app import create_app
from mfd_server.config import ServerConfig
from mfd_server.db import make_engine, session_factory, upgrade

CLOSED_PERIOD = "2025-Q1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ----- PostgreSQL ----------------------------------------------------------------------

@dataclass
class PgCluster:
    root: Path
    port: int
    bindir: Path
    user: str | None  # system user the server runs as (None: the current user)
    counter: int = 0

    def _run(self, *cmd: str) -> subprocess.CompletedProcess:
        full = list(cmd)
        if self.user:
            full = ["runuser", "-u", self.user, "--", *full]
        return subprocess.run(full, capture_output=True, text=True, timeout=120, check=False)

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://postgres@/{dbname}?host={self.root}&port={self.port}"

    def new_database(self) -> str:
        import psycopg

        self.counter += 1
        name = f"mfd_test_{os.getpid()}_{self.counter}"
        with psycopg.connect(host=str(self.root), port=self.port, user="postgres",
                             dbname="postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate",
                  "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def start_pg_cluster() -> PgCluster:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not candidates:
        raise RuntimeError("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)")
    bindir = Path(candidates[-1]).parent
    user = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            subprocess.run(["useradd", "--system", "--no-create-home", "postgres"], check=True)
        user = "postgres"
    root = Path(tempfile.mkdtemp(prefix="mfd-pg-"))
    os.chmod(root, 0o755)
    if user:
        shutil.chown(root, user=user)
    cluster = PgCluster(root=root, port=free_port(), bindir=bindir, user=user)
    res = cluster._run(str(bindir / "initdb"), "-D", str(root / "data"), "-A", "trust",
                       "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C")
    if res.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {res.stderr.strip()[-500:]}")
    opts = (f"-p {cluster.port} -k {root} -c listen_addresses='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=400")
    res = cluster._run(str(bindir / "pg_ctl"), "-D", str(root / "data"), "-o", opts,
                       "-l", str(root / "server.log"), "-w", "-t", "60", "start")
    if res.returncode != 0:
        log = (root / "server.log").read_text(errors="replace")[-800:] if (root / "server.log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"pg_ctl start failed: {res.stderr.strip()[-300:]} {log}")
    return cluster


@pytest.fixture(scope="session")
def pg_cluster():
    try:
        cluster = start_pg_cluster()
    except Exception as exc:  # noqa: BLE001 - any failure to start is the skip reason
        pytest.skip(f"PostgreSQL could not be started: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    cluster = request.getfixturevalue("pg_cluster")
    return cluster.new_database()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'server.db'}"


# ----- live server ---------------------------------------------------------------------

@dataclass
class LiveServer:
    url: str
    db_url: str
    config: ServerConfig
    thread: threading.Thread
    server: uvicorn.Server
    scheme: str = "http"
    extra: dict = field(default_factory=dict)
    app: object = None
    engines: list = field(default_factory=list)  # opened by sessions(); closed by stop()

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def cli(self, *args: str, stdin: str | None = None) -> tuple[int, str]:
        """Run `mfd-server --db <url> ARGS` in-process; returns (exit code, stdout)."""
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            if stdin is not None:
                import sys

                old = sys.stdin
                sys.stdin = io.StringIO(stdin)
                try:
                    code = server_cli.main(["--db", self.db_url, *args])
                finally:
                    sys.stdin = old
            else:
                code = server_cli.main(["--db", self.db_url, *args])
        return code, out.getvalue()

    def enrollment_code(self, site: str = "Mainz-Caritas") -> str:
        code, out = self.cli("enroll-code", "--site", site)
        assert code == 0
        return out.strip()

    def enroll(self, site: str = "Mainz-Caritas") -> dict:
        response = httpx.post(f"{self.url}/api/v1/enroll",
                              json={"code": self.enrollment_code(site)}, timeout=10)
        assert response.status_code == 200, response.text
        return response.json()

    def sessions(self):
        engine = make_engine(self.db_url)
        self.engines.append(engine)
        return session_factory(engine)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)
        # close the pools: PostgreSQL counts every idle pooled connection of every test
        app_engine = getattr(getattr(self.app, "state", None), "engine", None)
        for engine in [*self.engines, *([app_engine] if app_engine is not None else [])]:
            engine.dispose()
        self.engines.clear()


def start_server(db_url: str, *, certfile: str | None = None, keyfile: str | None = None,
                 host: str = "127.0.0.1", **config_kwargs) -> LiveServer:
    upgrade(db_url)
    config = ServerConfig(db_url=db_url, **config_kwargs)
    app = create_app(config)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    uv_config = uvicorn.Config(app, host=host, port=port, log_level="warning",
                               ssl_certfile=certfile, ssl_keyfile=keyfile, lifespan="off",
                               timeout_graceful_shutdown=2,
                               # as `mfd-server serve`: proxies only per ServerConfig
                               proxy_headers=False)
    server = uvicorn.Server(uv_config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("test server did not start")
        time.sleep(0.02)
    scheme = "https" if certfile else "http"
    return LiveServer(f"{scheme}://{host}:{port}", db_url, config, thread, server, scheme,
                      app=app)


@pytest.fixture
def server_factory():
    started: list[LiveServer] = []

    def factory(db_url: str, **kwargs) -> LiveServer:
        live = start_server(db_url, **kwargs)
        started.append(live)
        return live

    yield factory
    for live in started:
        live.stop()


@pytest.fixture
def live_server(server_factory, db_url) -> LiveServer:
    return server_factory(db_url)


# ----- payloads ------------------------------------------------------------------------

def make_payload(device: dict, period: str = CLOSED_PERIOD, revision: int = 1,
                 clients: int = 12, regions: dict[str, int | None] | None = None,
                 **extra) -> dict:
    """A valid mfd-stats/1 payload for an enrolled device; None = suppressed cell."""
    regions = regions if regions is not None else {"westbalkan": 7, "naher_osten": 5}
    cells = [{"measure": "clients", "dimension": "total", "category": "total", "value": clients}]
    for key, value in regions.items():
        if value is None:
            cells.append({"measure": "clients", "dimension": "region", "category": key,
                          "value": None, "suppressed": True})
        else:
            cells.append({"measure": "clients", "dimension": "region", "category": key,
                          "value": value})
    kind = "quarter" if "-Q" in period else ("half_year" if "-H" in period else
                                             ("year" if len(period) == 4 else "month"))
    return {"schema": "mfd-stats/1", "site_id": device["site_id"],
            "device_id": device["device_id"], "period": period, "period_kind": kind,
            "revision": revision, "suppression_k": 5, "cells": cells, **extra}


def put(live: LiveServer, device: dict, payload: dict | bytes, *, key: str | None = None,
        period: str | None = None, token: str | None = None, **kwargs) -> httpx.Response:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    period = period or (payload["period"] if isinstance(payload, dict) else CLOSED_PERIOD)
    headers = {"Authorization": f"Bearer {token or device['token']}",
               "Idempotency-Key": key or uuid.uuid4().hex,
               "Content-Type": "application/json"}
    headers.update(kwargs.pop("headers", {}))
    return httpx.put(f"{live.url}/api/v1/reports/{period}", content=body, headers=headers,
                     timeout=10, **kwargs)


def current_quarter() -> str:
    today = dt.date.today()
    return f"{today.year}-Q{(today.month - 1) // 3 + 1}"
